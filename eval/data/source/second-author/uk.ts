// Second author (2026-11-23): written without seeing the bot; used once as a held-out check, then for tuning (split "calibration").
import { a, c, h, language, thanks } from '../../../questions/spec.ts';

export default language('uk', [
  // --- answer ---
  a('я тут по CUAET, чи можу я отримати OHIP?', 'health-card-ohip', { status: 'cuaet' }),
  a('де є безкоштовні курси англійської в оттаві для українців', 'free-language-classes-linc language-assessment:1', {
    site: 'ottawa',
    status: 'cuaet',
    s: 'linc assess:1',
  }),
  a('як перевезти чоловіка до канади, якщо я приїхала по CUAET', 'family-reunification', { status: 'cuaet' }),
  a('чи можна відкрити рахунок у банку, якщо немає кредитної історії', 'opening-a-bank-account building-credit-history:1'),
  a('dytyna ide do shkoly u veresni, yaki shcheplennia potribni?', 'enrolling-children-in-school'),
  a('як знайти роботу, якщо я бухгалтер з україни і диплом український', 'finding-a-job credential-recognition:1 licensed-professions:1'),
  a('куди звернутися, якщо мені сьогодні нема де ночувати в лондоні', 'emergency-shelter', {
    site: 'london',
    s: 'emhousing transhousing:1',
    notes: 'Нема де спати сьогодні: відповідь з притулками, не криза.',
  }),
  a('чи є в пембруку розмовний клуб англійської', 'free-language-classes-linc newcomer-community-groups:1', { site: 'pembroke', s: 'conv' }),
  a('яка зима в оттаві, що купити дітям з одягу', 'canadian-winter', { site: 'ottawa' }),

  // --- handoff ---
  h('подайте за мене заяву на продовження дозволу на роботу, ось мій пароль від IRCC', 'personal_case', { a: 'government-online-accounts:1' }),
  h('мені схвалять PR чи ні? я в канаді вже два роки', 'personal_case'),
  h('напиши твір про осінь на 300 слів', 'out_of_scope'),
  h('у мене була невелика аварія, ніхто не постраждав, куди треба повідомити про ДТП?', 'no_answer', { a: 'buying-a-car-and-insurance:1' }),
  h('в який день вивозять сміття і як сортувати переробку', 'no_answer'),
  h("з'єднайте мене з оксаною, вона мій консультант", 'asked_for_person'),

  // --- crisis ---
  c('він знову мене бив і забрав телефон, пишу з ноутбука сусідки', 'domestic_violence', { a: 'family-violence-help emergency-911' }),
  c('у тата болить у грудях, ліва рука німіє і він весь мокрий від поту', 'medical_emergency', { a: 'emergency-911' }),
  c('в сусідній квартирі пожежа, дим іде до нас і двері гарячі', 'immediate_danger', { a: 'emergency-911' }),

  // --- small talk ---
  thanks('дуже дякую, ви мені допомогли'),
]);
