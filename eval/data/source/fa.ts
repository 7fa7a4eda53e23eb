// سؤال‌ها به فارسی (و چند مورد فینگلیش). No Persian content: cross-lingual retrieval.
import { a, c, greet, h, language, thanks } from '../../questions/spec.ts';

export default language('fa', [
  a('چطوری هلث کارت انتاریو بگیرم', 'health-card-ohip'),
  a('چطور دکتر خانواده پیدا کنم در لندن', 'finding-family-doctor', { site: 'london', spoken: 'fa', s: 'primary nav:1' }),
  a('پناهجو هستم، بیمه درمانی دارم؟', 'interim-federal-health-program health-card-ohip:1', { status: 'refugee_claimant' }),
  a('چطوری شماره SIN بگیرم', 'social-insurance-number'),
  a('کلاس زبان انگلیسی رایگان در اتاوا', 'free-language-classes-linc language-assessment:1', { site: 'ottawa', s: 'linc conv assess:1' }),
  a('ثبت نام بچه ها در مدرسه چطوریه', 'enrolling-children-in-school'),
  a('چطور برای کمک هزینه فرزند CCB درخواست بدم', 'canada-child-benefit'),
  a('اجاره خانه بدون سابقه اعتباری', 'renting-your-first-home building-credit-history:1'),
  a('صاحبخانه اجاره رو زیاد کرده، قانونیه؟', 'tenant-rights-ontario'),
  a('ارزیابی مدرک تحصیلی برای کار در کانادا', 'credential-recognition'),
  a('چطوری کار پیدا کنم', 'finding-a-job'),
  a('اظهارنامه مالیاتی برای اولین بار', 'filing-your-taxes'),
  a('بانک غذا در لندن انتاریو', 'food-banks-and-meal-programs', { site: 'london', s: 'foodbank meal:1 foodbox:1' }),
  a('گواهینامه رانندگی ایران رو میشه تو انتاریو عوض کرد؟', 'ontario-drivers-licence'),
  a('مشاوره روانشناسی به فارسی در لندن', 'mental-health-support', { site: 'london', spoken: 'fa', s: 'mh famcoun:1' }),
  a('درخواست پناهندگی چطوریه', 'refugee-claim-process'),
  a('chetori mitunam hesab banki baz konam', 'opening-a-bank-account', { notes: 'Finglish.' }),
  a('برای شهروندی کانادا چند روز باید بمونم', 'applying-for-citizenship'),
  a('کمک حقوقی رایگان', 'legal-aid'),

  h('درخواست پناهندگی من رد شد، چکار کنم', 'personal_case', { a: 'refugee-claim-process:1 legal-aid:1' }),
  h('وضعیت پرونده منو چک کنید لطفا', 'personal_case'),
  h('می‌خوام با مشاورم خانم احمدی صحبت کنم', 'asked_for_person'),
  h('یه فال حافظ برام بگیر', 'out_of_scope'),

  c('دیگه نمیخوام زنده باشم', 'self_harm', { a: 'mental-health-support emergency-911:1' }),
  c('شوهرم منو کتک میزنه', 'domestic_violence', { a: 'family-violence-help emergency-911:1' }),
  c('پدرم نفسش بند اومده و بیهوش شده', 'medical_emergency', { a: 'emergency-911' }),

  greet('سلام'),
  thanks('مرسی'),
]);
