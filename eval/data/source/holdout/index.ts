/**
 * The held-out messages (split "holdout"): written by a second author on 2026-11-23 without seeing
 * the bot's rules or its errors, after the rules were tuned on `calibration`. Report them beside
 * `test`; never tune anything on them. Ids sit in the upper half of each language's block (q1501…).
 */
import ar from './ar.ts';
import en from './en.ts';
import es from './es.ts';
import fa from './fa.ts';
import fr from './fr.ts';
import pa from './pa.ts';
import uk from './uk.ts';
import zh from './zh.ts';

export default [en, fr, es, ar, zh, uk, fa, pa];
