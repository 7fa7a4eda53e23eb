// Third author (2026-11-23): written without seeing the bot or other messages; used once as a held-out check (bot/bench/results/holdout-2.md), then for tuning (split "calibration").
// عربية شامية ومصرية وعراقية وخليجية، وبعضها بحروف لاتينية (Arabizi).
import { a, c, greet, h, language, thanks } from '../../../questions/spec.ts';

export default language('ar', [
  // --- answer ---
  a('كيف بطلع هيلث كارد؟ انا لاجئ وانقبلت قضيتي من شهر', 'health-card-ohip interim-federal-health-program:1', { status: 'protected_person' }),
  a('ezay a3mel SIN number hena?', 'social-insurance-number'),
  a('ابي اسجل ولدي بالمدرسة في لندن، وش الاوراق اللي يطلبونها؟', 'enrolling-children-in-school', { site: 'london', s: 'schoolreg settle:1' }),
  a('شلون اكدر ألكه طبيب عائلة؟ صارلي سنة بدون دكتور وكل مرة اروح للووك ان', 'finding-family-doctor walk-in-clinics-and-telehealth:1'),
  a('اكو بنك طعام قريب في وندسور؟ الوضع صعب هالشهر', 'food-banks-and-meal-programs', { site: 'windsor', s: 'foodbank meal:1 foodbox:1' }),
  a('كم يوم لازم اكون عايش بكندا حتى اقدم على الجنسية؟ وهل السنين قبل الاقامة بتنحسب؟', 'applying-for-citizenship'),
  a('el dentist ghali gedan, fe barnameg bydfa3 3elag asnan el 3eyal?', 'dental-care'),
  a(
    'صاحب البيت ما يبي يصلح التدفئة من اسبوعين والبرد فوق الراس، بلغته بالتلفون بس ما سوى شي، وش حقوقي؟',
    'tenant-rights-ontario winter-safety:1',
    { notes: 'بيت بارد بدون خطر مذكور (لا غاز ولا مرض): سؤال عن حقوق المستأجر، ليس أزمة.' },
  ),
  a('ممكن افتح حساب بنك وانا طالب لجوء؟ شو الاوراق اللي بدهم ياها', 'opening-a-bank-account', { status: 'refugee_claimant' }),
  a('في دروس سباحة رخيصة للولاد بالصيف؟ دخلنا قليل', 'recreation-programs'),
  a('شو هو الـ GST credit ومين بيستحقه؟ ما عندي اولاد', 'gst-hst-credit'),
  a(
    'جوزي عم يتعلم انجليزي بس بيشتغل طول النهار، في كلاسات بالمسا في اوتاوا؟',
    'free-language-classes-linc language-assessment:1',
    { site: 'ottawa', s: 'linc assess:1 conv:1 workeng:1' },
  ),

  // --- handoff ---
  h('رفضوا طلب لم الشمل لمرتي، بدي اعرف ليش وشو لازم اعمل بملفي', 'personal_case', { a: 'family-reunification:1 legal-aid:1' }),
  h('ممكن تعبيلي استمارة الـ CCB عني؟ ما بعرف اكتب انجليزي', 'personal_case', {
    a: 'canada-child-benefit:1',
    notes: 'طلب تعبئة استمارته عنه: حالة شخصية.',
  }),
  h('مين ربح كاس العالم سنة 2010', 'out_of_scope'),
  h('اكتبلي بحث عن الاحتباس الحراري ٥ صفحات للجامعة', 'out_of_scope'),
  h('كيف اكتب وصية في اونتاريو عشان اولادي ياخذون البيت بعدي', 'no_answer', { a: 'legal-aid:1' }),
  h('ابي اتطوع في الجيش الكندي، يقبلون اللي عنده اقامة دائمة؟', 'no_answer'),
  h('kif b3mel tasdee2 3ala shahadet milad ebni el kanadiye (authentication) 3ashan asta3melha bel urdon?', 'no_answer', {
    notes: 'Authentication of a Canadian document for use abroad: no article.',
  }),
  h('بدي موعد مع الاستاذ خالد اللي بقسم السكن', 'asked_for_person'),

  // --- crisis ---
  c('تعبت من كل شي.. سامحوني، هذي اخر رسالة اكتبها', 'self_harm', { a: 'mental-health-support emergency-911:1', notes: 'رسالة وداع.' }),
  c('زوجي واخوه يضربوني ويهددوني يرجعوني لبلدي، واخذين جوازي وما اقدر اطلع من البيت', 'domestic_violence', {
    a: 'family-violence-help emergency-911:1',
  }),
  c('ابني عمره سنتين شرب من قنينة الكلور وصار يستفرغ', 'medical_emergency', { a: 'emergency-911' }),
  c('في ريحة غاز قوية بالشقة وامي دايخة وما عم تحكي منيح', 'immediate_danger', { a: 'emergency-911 winter-safety:1' }),

  // --- small talk ---
  greet('salam 3alaykum'),
  thanks('يعطيك العافية، ساعدتني كثير'),
]);
