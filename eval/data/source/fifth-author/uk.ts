// Fifth author: written without seeing the bot or other messages; used once as a held-out check (bot/bench/results/holdout-4.md), then for tuning (split "calibration").
import { a, c, greet, h, human, language, thanks } from '../../../questions/spec.ts';

export default language('uk', [
  // --- answer ---
  a(
    'Доброго дня! Ми з дітьми приїхали по CUAET у Сарнію. Чи можу я ходити на безкоштовні курси англійської?',
    'free-language-classes-linc language-assessment:1',
    { site: 'sarnia', status: 'cuaet', s: 'linc conv:1 assess:1' },
  ),
  a(
    'як отримати SIN якщо в мене відкритий робочий дозвіл? які документи брати',
    'social-insurance-number',
    { status: 'cuaet' },
  ),
  a(
    'Чи можуть українці по CUAET отримати OHIP? і скільки чекати картку',
    'health-card-ohip',
    { status: 'cuaet' },
  ),
  a(
    'шукаю роботу в Пембруку, я бухгалтер з 15 роками досвіду, але англійська десь B1. З чого почати?',
    'finding-a-job credential-recognition:1 canadian-style-resume:1',
    { site: 'pembroke', s: 'jobs mentor:1 workeng:1' },
  ),
  a(
    'чи дають українцям допомогу на дітей CCB? декларацію за минулий рік я вже подала',
    'canada-child-benefit',
    { status: 'cuaet' },
  ),
  a(
    'Як перевезти батьків з України до Канади? вони зараз у Польщі, тато після інсульту',
    'family-reunification',
  ),
  a(
    'де в Оттаві можна взяти зимовий одяг для дітей безкоштовно або дешево? ми приїхали в листопаді а в нас тільки осінні куртки',
    'canadian-winter',
    { site: 'ottawa' },
  ),
  a(
    'дружина лікар-педіатр, хоче підтвердити диплом тут. скільки це займає і з чого почати?',
    'licensed-professions credential-recognition',
  ),
  a(
    'підкажіть як користуватись автобусом у Лондоні (Онтаріо)? де купити проїзний і чи є знижки для малозабезпечених',
    'public-transit',
    { site: 'london' },
  ),
  a(
    'постійно тривожусь, погано сплю, щоночі сниться війна. чи є психолог, який говорить українською, у Віндзорі?',
    'mental-health-support',
    { site: 'windsor', s: 'mh', spoken: 'uk', notes: 'Anxiety and nightmares without risk words: answer.' },
  ),

  // --- handoff: personal_case ---
  h(
    'мій дозвіл на роботу закінчується через місяць, я подала на продовження ще 4 місяці тому і досі тиша. чи можу я далі працювати? що взагалі з моєю заявою?',
    'personal_case',
    { status: 'cuaet', a: 'government-online-accounts:1 legal-aid:1', notes: 'Legal status advice and the state of her own application.' },
  ),
  h(
    'ваш працівник у Пембруку обіцяв допомогти з житлом і пропав, на дзвінки не відповідає вже місяць. хочу поскаржитись',
    'personal_case',
    { site: 'pembroke', notes: 'Complaint about an agency worker.' },
  ),

  // --- handoff: out_of_scope ---
  h('напиши мені код на python для калькулятора, дуже треба для курсу', 'out_of_scope'),

  // --- handoff: no_answer ---
  h('як отримати ліцензію на рибалку в Онтаріо? чоловік хоче на озеро у вихідні', 'no_answer'),
  h(
    'ми по CUAET, хочемо залишитись назавжди. як подаватись через Express Entry і скільки балів треба?',
    'no_answer',
    { status: 'cuaet' },
  ),

  // --- handoff: asked_for_person ---
  h('можна записатись до Олени, яка допомагала нам з житлом? вона говорить українською', 'asked_for_person'),

  // --- crisis ---
  c('я більше не можу. думаю, як би це все закінчити так, щоб діти не побачили', 'self_harm', { a: 'emergency-911 mental-health-support' }),
  c(
    'чоловік знову підняв на мене руку, сказав що якщо піду — забере доньку в Україну і я її більше не побачу. ми в Лондоні',
    'domestic_violence',
    { site: 'london', s: 'fv shelter crisisline:1', a: 'family-violence-help emergency-911 emergency-shelter:1' },
  ),
  c(
    'у мами вже пів години болить у грудях і віддає в ліву руку, вона вся мокра від поту. дати їй аспірин?',
    'medical_emergency',
    { a: 'emergency-911' },
  ),
  c(
    'біля нашого будинку впав дріт електропередач, іскрить прямо на траві, а сусідські діти поруч',
    'immediate_danger',
    { a: 'emergency-911' },
  ),

  // --- small talk ---
  greet('Привіт! Тут хтось є?'),
]);
