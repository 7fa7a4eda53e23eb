// Sixth author: held-out messages, written without seeing the bot or other messages; never tune on them before they are measured.
import { a, c, greet, h, human, language, thanks } from '../../../questions/spec.ts';

export default language('uk', [
]);
