// Held-out messages (split "holdout"): written by a fourth author after the bot was last tuned; never tune on them.
import { language } from '../../../questions/spec.ts';

export default language('fa', []);
