import type { Rng } from './random.ts';

/**
 * Rewrites a first-person library statement the way an assessor types a note, so a few plan
 * statements are free text that only text similarity can link back to the library.
 */
export function paraphraseStatement(text: string, rng: Rng): string {
  const core = text.trim().replace(/[.!]+$/, '');
  const thirdPerson = toThirdPerson(core);
  switch (rng.int(0, 5)) {
    case 0:
      return `Client says: "${core}"`;
    case 1:
      return thirdPerson;
    case 2:
      return `${thirdPerson} (raised at intake)`;
    case 3:
      return `Discussed at assessment: ${lowerFirst(thirdPerson)}`;
    case 4:
      return `${core} - asked for help with this`;
    default:
      return `Follow up: ${lowerFirst(thirdPerson)}`;
  }
}

/** Lower-cases our own "Client" prefix mid-sentence; the client's own words keep their capitals. */
function lowerFirst(s: string): string {
  return s.replace(/^Client\b/, 'client');
}

/** Words after "I" that stay as they are: modals and past tenses. */
const KEEP = new Set(['can', 'could', 'should', 'must', 'might', 'may', 'would', 'will', 'had', 'was', 'got', 'lost', 'came', 'left', 'took', 'became', 'paid', 'sent', 'did', 'made', 'fell', 'found', 'heard', 'knew', 'felt', 'saw', 'spent', 'told', 'went', 'used']);
const ADVERB = /^(just|also|still|really|already|never|always|often|only|recently|sometimes|usually|cannot|can't)$/;
const IRREGULAR: Record<string, string> = { am: 'is', have: 'has', do: 'does', "don't": "doesn't", "'m": ' is', "'ve": ' has' };

/** "speak" -> "speaks", "worry" -> "worries", "wish" -> "wishes", "have" -> "has"; past tenses stay. */
function conjugate(verb: string): string {
  const lower = verb.toLowerCase();
  if (IRREGULAR[lower]) return IRREGULAR[lower];
  if (KEEP.has(lower) || (lower.endsWith('ed') && !lower.endsWith('eed'))) return verb;
  if (/(s|sh|ch|x|z|o)$/.test(lower)) return `${verb}es`;
  if (/[^aeiou]y$/.test(lower)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

/** "I just had a baby" -> "Client just had a baby"; "I need my papers" -> "Client needs their papers". */
export function toThirdPerson(s: string): string {
  let out = s
    .replace(/^I'm\b/, 'Client is')
    .replace(/^I've\b/, 'Client has')
    .replace(/^I'd\b/, 'Client would')
    .replace(/^My\b/, "Client's")
    .replace(/^I (\S+)(?: (\S+))?/, (_whole, first: string, second: string | undefined) => {
      if (ADVERB.test(first) && second) return `Client ${first} ${first === 'cannot' || first === "can't" ? second : conjugate(second)}`;
      return `Client ${conjugate(first)}${second ? ` ${second}` : ''}`;
    });
  // The rest of the sentence: first person becomes third person.
  out = out
    .replace(/\bI am\b/g, 'they are')
    .replace(/\bI'm\b/g, 'they are')
    .replace(/\bI've\b/g, 'they have')
    .replace(/\bI\b/g, 'they')
    .replace(/\bmy\b/g, 'their')
    .replace(/\bme\b/g, 'them')
    .replace(/\bmyself\b/g, 'themselves')
    .replace(/\bus\b/g, 'them')
    .replace(/\bour\b/g, 'their')
    .replace(/\bwe\b/g, 'they');
  return out;
}
