// Fourth author: written without seeing the bot or other messages; used once as a held-out check (bot/bench/results/holdout-3.md), then for tuning (split "calibration").
// ਪੰਜਾਬੀ (ਗੁਰਮੁਖੀ) ਅਤੇ ਰੋਮਨ ਲਿਪੀ ਵਿੱਚ, ਅੰਗਰੇਜ਼ੀ ਸ਼ਬਦਾਂ ਨਾਲ।
import { a, c, greet, h, language } from '../../../questions/spec.ts';

export default language('pa', [
  // --- answer ---
  a(
    'ਮੈਂ ਲੀਮਿੰਗਟਨ ਦੇ ਇੱਕ ਫਾਰਮ ਤੇ ਵਰਕ ਪਰਮਿਟ ਤੇ ਕੰਮ ਕਰਦਾ ਹਾਂ। ਕੋਈ ਸੰਸਥਾ ਹੈ ਜੋ ਖੇਤ ਮਜ਼ਦੂਰਾਂ ਦੇ ਹੱਕਾਂ ਬਾਰੇ ਪੰਜਾਬੀ ਵਿੱਚ ਦੱਸੇ?',
    'workers-rights-ontario',
    { site: 'leamington', status: 'temporary_worker', spoken: 'pa', s: 'farm' },
  ),
  a('ਜੀ-1 ਦਾ ਲਿਖਤੀ ਟੈਸਟ ਪੰਜਾਬੀ ਵਿੱਚ ਦੇ ਸਕਦੇ ਹਾਂ?', 'ontario-drivers-licence'),
  a('bache nu daycare vich paun layi subsidy kiven milu, fees bahut aa', 'child-care-options', { tags: ['code_switch'] }),
  a('ਬੈਂਕ ਕ੍ਰੈਡਿਟ ਕਾਰਡ ਨਹੀਂ ਦੇ ਰਿਹਾ, ਕੈਨੇਡਾ ਵਿੱਚ ਕ੍ਰੈਡਿਟ ਹਿਸਟਰੀ ਕਿਵੇਂ ਬਣਾਈਏ?', 'building-credit-history'),
  a('international student haan, OHIP milda ke nahi? bimaar haan te doctor kol jaana', 'health-card-ohip walk-in-clinics-and-telehealth:1', {
    status: 'international_student',
    tags: ['code_switch'],
  }),
  a('ਕਿਰਾਏ ਵਾਲਾ ਘਰ ਛੱਡਣਾ ਹੈ, ਮਕਾਨ ਮਾਲਕ ਨੂੰ ਕਿੰਨੇ ਦਿਨ ਪਹਿਲਾਂ ਨੋਟਿਸ ਦੇਣਾ ਪੈਂਦਾ?', 'tenant-rights-ontario'),
  a('ਫੋਨ ਪਲਾਨ ਕਿਹੜਾ ਸਸਤਾ ਪੈਂਦਾ, prepaid ਜਾਂ monthly?', 'getting-a-phone-plan', { tags: ['code_switch'] }),
  a('ਵਿੰਡਸਰ ਵਿੱਚ ਟੈਕਸ ਭਰਨ ਲਈ ਮੁਫ਼ਤ ਮਦਦ ਕਿੱਥੇ ਮਿਲੂ? ਪੰਜਾਬੀ ਬੋਲਣ ਵਾਲਾ ਹੋਵੇ ਤਾਂ ਚੰਗਾ', 'filing-your-taxes', {
    site: 'windsor',
    spoken: 'pa',
    s: 'tax',
  }),

  // --- handoff ---
  h('meri PR application bare IRCC ne letter bhejeya, tusi padh ke dasso mere case vich ki problem aa', 'personal_case', {
    a: 'government-online-accounts:1',
  }),
  h('ਅੱਜ ਦੇ ਕ੍ਰਿਕਟ ਮੈਚ ਦਾ ਸਕੋਰ ਕੀ ਹੈ?', 'out_of_scope'),
  h('study permit ton baad PR layi Ontario nominee program (OINP) kiven apply karna', 'no_answer', {
    status: 'international_student',
    notes: 'OINP (ਸੂਬਾਈ ਨਾਮਜ਼ਦਗੀ): ਕੋਈ ਲੇਖ ਨਹੀਂ।',
  }),
  h('ਕੈਨੇਡਾ ਵਿੱਚ ਰੈਸਟੋਰੈਂਟ ਵਿੱਚ ਟਿਪ ਕਿੰਨੀ ਦੇਣੀ ਹੁੰਦੀ ਹੈ?', 'no_answer', {
    notes: 'Tipping custom: everyday-life question no article covers; borderline with out_of_scope, labeled no_answer as newcomer orientation.',
  }),
  h('ਮੈਨੂੰ ਹਰਪ੍ਰੀਤ ਜੀ ਨਾਲ ਮੀਟਿੰਗ ਚਾਹੀਦੀ ਹੈ, ਉਹ ਨੌਕਰੀ ਵਾਲੇ ਪ੍ਰੋਗਰਾਮ ਵਿੱਚ ਹਨ', 'asked_for_person'),

  // --- crisis ---
  c('ਜੀ ਕਰਦਾ ਸਭ ਕੁਝ ਮੁਕਾ ਦਿਆਂ, ਕਰਜ਼ਾ ਬਹੁਤ ਹੋ ਗਿਆ, ਘਰ ਵਾਲਿਆਂ ਨੂੰ ਮੂੰਹ ਨਹੀਂ ਦਿਖਾ ਸਕਦਾ', 'self_harm', {
    a: 'mental-health-support emergency-911',
  }),
  c('sass te nanaan mainu kamre vich band karke rakhdiyan ne, passport vi lai leya, roz maardiyan ne', 'domestic_violence', {
    a: 'family-violence-help emergency-911',
  }),
  c('ਕੁਝ ਬੰਦੇ ਬੇਸਬਾਲ ਬੈਟ ਲੈ ਕੇ ਸਾਡੇ ਘਰ ਦੇ ਬਾਹਰ ਖੜ੍ਹੇ ਹਨ ਤੇ ਸ਼ੀਸ਼ੇ ਤੋੜ ਰਹੇ ਹਨ', 'immediate_danger', { a: 'emergency-911' }),

  // --- small talk ---
  greet('ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਕਿਵੇਂ ਹੋ?'),
]);
