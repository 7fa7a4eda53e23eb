/**
 * Prints the language-detection accuracy and crisis recall on the test sets in ./testdata:
 *   npx tsx bot/understand/report.ts [--size medium]
 * Message text is test data written for this project, so printing it is fine here.
 */
import { readFileSync } from 'node:fs';
import { classifyIntent } from './intents.ts';
import { loadLanguageDetector, type ModelSize } from './language.ts';

const load = (name: string) => JSON.parse(readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8'));
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;

async function main() {
  const size: ModelSize = process.argv.includes('--size') && process.argv[process.argv.indexOf('--size') + 1] === 'medium' ? 'medium' : 'large';
  const detector = await loadLanguageDetector({ size });

  for (const file of ['short-messages.json', 'held-out-messages.json']) {
    const { messages } = load(file) as { messages: Record<string, string[]> };
    console.log(`\nLanguage detection, ${file} (ELD ${size})`);
    console.log('lang  n   no hint  right hint  wrong hint');
    const sum = [0, 0, 0, 0];
    for (const [lang, texts] of Object.entries(messages)) {
      const wrong = lang === 'en' ? 'fr' : 'en';
      const a = texts.filter((t) => detector.detect(t).language === lang).length;
      const b = texts.filter((t) => detector.detect(t, { hint: lang }).language === lang).length;
      const c = texts.filter((t) => detector.detect(t, { hint: wrong }).language === lang).length;
      console.log(`${lang.padEnd(5)} ${String(texts.length).padEnd(3)} ${pct(a, texts.length).padEnd(8)} ${pct(b, texts.length).padEnd(11)} ${pct(c, texts.length)}`);
      sum[0] += texts.length;
      sum[1] += a;
      sum[2] += b;
      sum[3] += c;
    }
    console.log(`all   ${String(sum[0]).padEnd(3)} ${pct(sum[1], sum[0]).padEnd(8)} ${pct(sum[2], sum[0]).padEnd(11)} ${pct(sum[3], sum[0])}`);
  }

  for (const file of ['crisis-messages.json', 'crisis-held-out.json', 'crisis-unseen.json', 'crisis-review.json']) {
    const { crisis, ordinary } = crisisSet(load(file));
    console.log(`\nCrisis recall, ${file}`);
    let n = 0;
    let caught = 0;
    const otherKind: string[] = [];
    for (const [lang, items] of Object.entries(crisis)) {
      let hits = 0;
      for (const [text, kind] of items) {
        const r = classifyIntent(text, { language: lang });
        if (r.intent !== 'crisis') console.log(`  missed (${lang}, ${kind}): ${text}`);
        else {
          hits++;
          if (r.crisisKind !== kind) otherKind.push(`  caught as ${r.crisisKind}, labelled ${kind} (${lang}): ${text}`);
        }
      }
      console.log(`${lang.padEnd(5)} ${hits}/${items.length}`);
      n += items.length;
      caught += hits;
    }
    console.log(`all   ${caught}/${n} = ${pct(caught, n)}`);
    for (const line of otherKind) console.log(line);
    if (ordinary) {
      const texts = Object.entries(ordinary).flatMap(([lang, list]) => list.map((t) => [lang, t] as const));
      const fired = texts.filter(([lang, t]) => classifyIntent(t, { language: lang }).intent === 'crisis');
      for (const [lang, t] of fired) console.log(`  false alarm (${lang}): ${t}`);
      console.log(`false alarms on ordinary messages: ${fired.length}/${texts.length}`);
    }
  }
}

type CrisisItems = Record<string, Array<[string, string]>>;

/** The crisis sets come in two shapes: per-language pairs, or a flat list (crisis-unseen.json). */
function crisisSet(data: {
  crisis?: CrisisItems;
  ordinary?: Record<string, string[]>;
  messages?: Array<{ language: string; kind: string; text: string }>;
}): { crisis: CrisisItems; ordinary?: Record<string, string[]> } {
  if (data.crisis) return { crisis: data.crisis, ordinary: data.ordinary };
  const crisis: CrisisItems = {};
  for (const m of data.messages ?? []) (crisis[m.language] ??= []).push([m.text, m.kind]);
  return { crisis };
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
