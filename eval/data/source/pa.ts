// ਪੰਜਾਬੀ ਸਵਾਲ: ਗੁਰਮੁਖੀ ਅਤੇ ਰੋਮਨ ਪੰਜਾਬੀ (ਬਹੁਤੇ ਵਿਦਿਆਰਥੀ ਅਤੇ ਕਾਮੇ ਇੰਜ ਲਿਖਦੇ ਹਨ). No Punjabi content: cross-lingual retrieval.
import { a, c, greet, h, language, thanks } from '../../questions/spec.ts';

export default language('pa', [
  a('ਓਂਟਾਰੀਓ ਹੈਲਥ ਕਾਰਡ ਕਿਵੇਂ ਬਣਦਾ', 'health-card-ohip'),
  a('health card kive banda ontario vich', 'health-card-ohip'),
  a('ਮੈਂ ਇੰਟਰਨੈਸ਼ਨਲ ਸਟੂਡੈਂਟ ਹਾਂ, ਕੀ ਮੈਨੂੰ OHIP ਮਿਲ ਸਕਦਾ?', 'health-card-ohip', { status: 'international_student' }),
  a('SIN number kive apply karna', 'social-insurance-number'),
  a('ਫੈਮਿਲੀ ਡਾਕਟਰ ਕਿਵੇਂ ਲੱਭਾਂ', 'finding-family-doctor'),
  a('leamington vich punjabi bolan wala settlement worker kithe milu', 'newcomer-settlement-services', { site: 'leamington', spoken: 'pa', s: 'settle orient:1' }),
  a('ਵਿੰਡਸਰ ਵਿੱਚ ਮੁਫ਼ਤ ਅੰਗਰੇਜ਼ੀ ਕਲਾਸਾਂ', 'free-language-classes-linc language-assessment:1', { site: 'windsor', s: 'linc conv assess:1' }),
  a('student haan, ki main part time job kar sakda?', 'finding-a-job', { status: 'international_student' }),
  a('ਕਿਰਾਏ ਤੇ ਘਰ ਲੈਣ ਲਈ ਕੀ ਕੀ ਚਾਹੀਦਾ', 'renting-your-first-home'),
  a('landlord ne rent vadha ditta, ki eh legal hai', 'tenant-rights-ontario'),
  a('ਬੈਂਕ ਖਾਤਾ ਖੋਲ੍ਹਣ ਲਈ ਕਿਹੜੇ ਕਾਗਜ਼ ਚਾਹੀਦੇ', 'opening-a-bank-account'),
  a('driving licence india da ontario vich kive badlaiye', 'ontario-drivers-licence'),
  a('ਟੈਕਸ ਫਾਈਲ ਕਿਵੇਂ ਕਰੀਏ ਪਹਿਲੀ ਵਾਰ', 'filing-your-taxes'),
  a('ਮੇਰੇ ਮਾਪਿਆਂ ਲਈ ਸੁਪਰ ਵੀਜ਼ਾ ਕਿਵੇਂ ਮਿਲਦਾ', 'family-reunification seniors-services:1'),
  a('food bank kithe aa chatham vich', 'food-banks-and-meal-programs', { site: 'chatham', s: 'foodbank foodbox:1' }),
  a('farm te kam karda haan, boss overtime de paise nahi dinda', 'workers-rights-ontario', { status: 'temporary_worker' }),
  a('ਬੱਚਿਆਂ ਨੂੰ ਸਕੂਲ ਵਿੱਚ ਦਾਖਲ ਕਿਵੇਂ ਕਰਾਈਏ', 'enrolling-children-in-school'),
  a('ਪੈਸੇ ਇੰਡੀਆ ਭੇਜਣ ਦਾ ਸਸਤਾ ਤਰੀਕਾ', 'sending-money-home'),
  a('resume canada style kive banaiye', 'canadian-style-resume'),

  h('mera study permit extension refuse ho gaya, hun ki kariye', 'personal_case', { a: 'legal-aid:1' }),
  h('PGWP ton baad PR kive milu, mera CRS score 420 hai', 'no_answer', { notes: 'Express Entry is not covered and the answer depends on the person.' }),
  h('ਮੈਂ ਆਪਣੇ ਕੇਸ ਵਰਕਰ ਨਾਲ ਗੱਲ ਕਰਨੀ ਹੈ', 'asked_for_person'),
  h('cricket match da score ki hai', 'out_of_scope'),

  c('ਮੈਂ ਹੁਣ ਜੀਣਾ ਨਹੀਂ ਚਾਹੁੰਦਾ', 'self_harm', { a: 'mental-health-support emergency-911:1' }),
  c('mera ghar wala sharab pee ke maarda', 'domestic_violence', { a: 'family-violence-help emergency-911:1' }),
  c('mere papa nu chest pain ho reha, saah nahi aa reha', 'medical_emergency', { a: 'emergency-911' }),

  greet('ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ'),
  thanks('thank you ji'),
]);
