/**
 * The held-out messages (split "holdout"): written by a fifth author without seeing the bot's
 * rules, its errors or the other messages, after the bot was last tuned. Report them beside
 * `test`; never tune anything on them. Ids q…301–q…499.
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
