// Sixth author: written without seeing the bot or other messages; used once as a held-out check (bot/bench/results/holdout-5.md), then for tuning (split "calibration").
import { a, c, greet, h, human, language, thanks } from '../../../questions/spec.ts';

export default language('pa', [
  // --- answer ---
  a(
    'ਮੈਂ ਲੀਮਿੰਗਟਨ ਵਿੱਚ ਗ੍ਰੀਨਹਾਊਸ ਤੇ ਕੰਮ ਕਰਦਾ ਹਾਂ ਵਰਕ ਪਰਮਿਟ ਤੇ। ਕੋਈ ਦਫ਼ਤਰ ਹੈ ਜਿੱਥੇ ਪੰਜਾਬੀ ਵਿੱਚ ਮਦਦ ਮਿਲ ਸਕੇ ਕੰਮ ਦੀਆਂ ਮੁਸ਼ਕਲਾਂ ਲਈ?',
    'workers-rights-ontario newcomer-settlement-services:1',
    { site: 'leamington', status: 'temporary_worker', spoken: 'pa', s: 'farm settle:1' },
  ),
  a(
    'study permit te hafte vich kinne ghante kam kar sakde haan? te SIN number kive milega',
    'finding-a-job social-insurance-number post-secondary-education:1',
    { status: 'international_student', tags: ['romanized', 'code_switch'] },
  ),
  a(
    'ਮੇਰੇ ਮਾਪੇ 70 ਸਾਲ ਦੇ ਨੇ ਤੇ PR ਹਨ, ਕੀ ਉਹਨਾਂ ਨੂੰ ਇੱਥੇ ਸਰਕਾਰੀ ਪੈਨਸ਼ਨ ਮਿਲ ਸਕਦੀ ਹੈ?',
    'seniors-services',
  ),
  a(
    'windsor vich koi punjabi bolan wala doctor mil sakda? mummy nu english nahi aundi',
    'finding-family-doctor',
    { site: 'windsor', spoken: 'pa', s: 'primary nav:1 interp:1', tags: ['romanized'] },
  ),
  a(
    'ਕਾਰ ਲੈਣੀ ਹੈ ਪਰ ਸਾਰੇ ਕਹਿੰਦੇ ਨੇ ਨਵੇਂ ਡਰਾਈਵਰ ਲਈ ਇੰਸ਼ੋਰੈਂਸ ਬਹੁਤ ਮਹਿੰਗੀ ਹੈ, ਸਸਤੀ ਕਿਵੇਂ ਮਿਲੇ?',
    'buying-a-car-and-insurance ontario-drivers-licence:1',
  ),
  a(
    'ਬੱਚਿਆਂ ਵਾਲੇ ਪੈਸੇ (CCB) ਕਿਵੇਂ ਅਪਲਾਈ ਕਰੀਏ? ਅਸੀਂ ਦੋਵੇਂ ਵਰਕ ਪਰਮਿਟ ਤੇ ਹਾਂ',
    'canada-child-benefit',
    { status: 'temporary_worker' },
  ),
  a(
    'main apna kam shuru karna chahunda, trucking company. ontario vich ki process hai te registration kithe hundi',
    'starting-a-business',
    { tags: ['romanized'] },
  ),
  a(
    'ਪਹਿਲੀ ਵਾਰ ਬਰਫ਼ ਵਿੱਚ ਗੱਡੀ ਚਲਾਉਣੀ ਹੈ, ਕਿਹੜੇ ਟਾਇਰ ਚਾਹੀਦੇ ਤੇ ਕੀ ਧਿਆਨ ਰੱਖੀਏ?',
    'winter-driving',
  ),
  a(
    'sasta phone plan kithon milu? koi prepaid jo bina credit check de mil jave',
    'getting-a-phone-plan',
    { tags: ['romanized'] },
  ),

  // --- handoff: personal_case ---
  h(
    'ਮੇਰੀ ਵਰਕ ਪਰਮਿਟ ਦੀ ਐਕਸਟੈਂਸ਼ਨ ਰਿਜੈਕਟ ਹੋ ਗਈ ਹੈ। ਹੁਣ ਮੈਂ ਕੀ ਕਰਾਂ? ਕੀ ਮੈਂ ਕੰਮ ਜਾਰੀ ਰੱਖ ਸਕਦਾ ਹਾਂ?',
    'personal_case',
    { status: 'temporary_worker', a: 'legal-aid:1' },
  ),
  h(
    'employer ne 3 hafte di tankhah nahi diti te hun phone vi nahi chakda. tusi ohnu phone karke gal kar sakde o?',
    'personal_case',
    { a: 'workers-rights-ontario:1', tags: ['romanized'], notes: 'Asks the agency to act on their behalf with the employer; the rights article is a grade-1 next read.' },
  ),

  // --- handoff: out_of_scope ---
  h('kal brampton vich mausam kiho jeha rahega? barish hovegi?', 'out_of_scope', { tags: ['romanized'] }),

  // --- handoff: no_answer ---
  h(
    'express entry vich CRS score kive vadhaiye? mera 455 aa te cutoff 480 ton upar chal reha',
    'no_answer',
    { tags: ['romanized'] },
  ),
  h(
    'ਪਿੰਡ ਦੀ ਜ਼ਮੀਨ ਲਈ ਪਾਵਰ ਆਫ਼ ਅਟਾਰਨੀ ਬਣਾਉਣੀ ਹੈ, ਇੱਥੋਂ ਕਿਵੇਂ ਅਟੈਸਟ ਕਰਵਾਵਾਂ?',
    'no_answer',
  ),

  // --- handoff: asked_for_person ---
  h(
    'Gurpreet ji naal gal karni aa, jo leamington office ch punjabi bolde ne',
    'asked_for_person',
    { site: 'leamington', tags: ['romanized'] },
  ),

  // --- crisis ---
  c(
    'main bahut pareshan haan, study permit khatam ho reha, ghar wale paise mangde ne. kade kade lagda ke hun jeena hi nahi chahunda',
    'self_harm',
    { status: 'international_student', a: 'mental-health-support emergency-911', tags: ['romanized'] },
  ),
  c(
    'ਮੇਰਾ ਪਤੀ ਤੇ ਸੱਸ ਮੈਨੂੰ ਮਾਰਦੇ ਨੇ ਤੇ ਕਹਿੰਦੇ ਨੇ ਵਾਪਸ ਇੰਡੀਆ ਭੇਜ ਦੇਣਗੇ। ਮੇਰਾ ਪਾਸਪੋਰਟ ਵੀ ਉਹਨਾਂ ਕੋਲ ਹੈ। ਮੈਂ ਚੈਥਮ ਵਿੱਚ ਹਾਂ',
    'domestic_violence',
    { site: 'chatham', a: 'family-violence-help emergency-911 emergency-shelter:1' },
  ),
  c(
    'ਮੇਰੇ ਦੋਸਤ ਨੇ ਬਹੁਤ ਸਾਰੀਆਂ ਗੋਲੀਆਂ ਖਾ ਲਈਆਂ ਨੇ ਤੇ ਹੁਣ ਉੱਠ ਨਹੀਂ ਰਿਹਾ',
    'medical_emergency',
    { a: 'emergency-911 mental-health-support:1', notes: "A friend's overdose happening now: medical emergency first, self-harm support next." },
  ),
  c(
    'ਇੱਕ ਬੰਦਾ ਕਈ ਦਿਨਾਂ ਤੋਂ ਮੇਰਾ ਪਿੱਛਾ ਕਰਦਾ, ਹੁਣ ਘਰ ਦੇ ਬਾਹਰ ਖੜ੍ਹਾ ਦਰਵਾਜ਼ਾ ਖੜਕਾ ਰਿਹਾ ਤੇ ਧਮਕੀਆਂ ਦੇ ਰਿਹਾ',
    'immediate_danger',
    { a: 'emergency-911' },
  ),

  // --- small talk ---
  thanks('bahut bahut dhanvaad ji 🙏', { tags: ['romanized'] }),
]);
