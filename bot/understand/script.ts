/**
 * Which writing system a message is in. Script is the cheapest and most reliable first signal
 * for language: Gurmukhi means Punjabi, Han means Chinese, and Arabic script narrows the
 * choice to a handful of languages before any statistics are needed.
 */

export const SCRIPTS = [
  'Latin',
  'Arabic',
  'Han',
  'Cyrillic',
  'Gurmukhi',
  'Devanagari',
  'Hangul',
  'Kana',
  'Hebrew',
  'Greek',
  'Thai',
  'Ethiopic',
  'Bengali',
  'Gujarati',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Oriya',
  'Sinhala',
  'Armenian',
  'Georgian',
  'Khmer',
  'Lao',
  'Myanmar',
  'Tibetan',
] as const;
export type Script = (typeof SCRIPTS)[number];
/** 'None' when the text has no letters at all (emoji, numbers, punctuation). */
export type DetectedScript = Script | 'None';

// Unicode Script property for each script (Kana = Hiragana + Katakana).
const SCRIPT_PATTERNS: ReadonlyArray<readonly [Script, RegExp]> = SCRIPTS.map((name) => {
  const pattern =
    name === 'Kana' ? /[\p{Script=Hiragana}\p{Script=Katakana}]/u : new RegExp(`\\p{Script=${name}}`, 'u');
  return [name, pattern] as const;
});

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** How many letters (and combining marks) of each script the text has. */
export function countScripts(text: string): Map<Script, number> {
  const counts = new Map<Script, number>();
  for (const ch of text) {
    if (!LETTER_OR_MARK.test(ch)) continue;
    // Latin first: it is by far the most common script in mixed messages.
    for (const [name, pattern] of SCRIPT_PATTERNS) {
      if (pattern.test(ch)) {
        counts.set(name, (counts.get(name) ?? 0) + 1);
        break;
      }
    }
  }
  return counts;
}

// A Han character carries about as much as a short Latin word.
const WEIGHT: Partial<Record<Script, number>> = { Han: 3, Kana: 2, Hangul: 2 };

/**
 * The script the message is written in. English words inside a non-Latin message are common
 * ("كيف احصل على SIN number", "work permit 怎么续签") while the reverse is rare, so a non-Latin
 * script wins once its weighted letter count is at least half the Latin count.
 */
export function dominantScript(text: string): DetectedScript {
  const counts = countScripts(text);
  let best: Script | undefined;
  let bestWeight = 0;
  for (const [name, count] of counts) {
    if (name === 'Latin') continue;
    const weight = count * (WEIGHT[name] ?? 1);
    if (weight > bestWeight) {
      best = name;
      bestWeight = weight;
    }
  }
  const latin = counts.get('Latin') ?? 0;
  if (best && bestWeight >= latin * 0.5) {
    // Japanese mixes Kana with Han; any Kana makes it Japanese rather than Chinese.
    if (best === 'Han' && (counts.get('Kana') ?? 0) > 0) return 'Kana';
    return best;
  }
  return latin > 0 ? 'Latin' : 'None';
}
