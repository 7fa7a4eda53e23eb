/**
 * Settlement topics the content does not cover (eval/data/README.md, handoff reason `no_answer`:
 * marriage licence or registration, name change, police check, hunting or fishing licence, the
 * ways to become a permanent resident (Express Entry, provincial nominees), permit extensions,
 * travel documents). Retrieval finds confident-looking neighbours for them ("permit", "licence", "job"), so
 * the confidence model cannot tell them apart; a phrase list can. The intent rules' out-of-scope
 * list is vetoed by settlement words, which is why these live here and hand off instead.
 *
 * Phrases are matched on lower-cased, accent-stripped text at a word start (a prefix, so
 * "мисливськ" catches every ending); phrases in scripts written without spaces match anywhere.
 */
const PHRASES: Record<string, readonly string[]> = {
  en: ['marriage licence', 'marriage license', 'marriage certificate', 'change my name', 'name change', 'legally change my name', 'police check', 'criminal record check', 'police clearance', 'hunting licence', 'hunting license', 'hunting permit', 'fishing licence', 'fishing license', 'fishing permit', 'express entry', 'crs score', 'travel document', 'canadian passport', 'change my last name', 'change my surname', 'register my marriage', 'register our marriage', 'apply for pr', 'apply for permanent residence', 'become a permanent resident', 'pathway to pr', 'pr pathway', 'provincial nominee', 'oinp', 'extend my work permit', 'work permit extension', 'extend my visa'],
  fr: ['licence de mariage', 'certificat de mariage', 'changer mon nom', 'changer de nom', 'changement de nom', 'verification policiere', 'verification des antecedents', 'casier judiciaire', 'permis de chasse', 'permis de peche', 'entree express', 'score crs', 'document de voyage', 'passeport canadien', 'enregistrer mon mariage', 'enregistrer notre mariage', 'demande de residence permanente', 'demander la residence permanente', 'obtenir la residence permanente', 'devenir resident permanent', 'programme des candidats des provinces', 'prolonger mon permis'],
  es: ['licencia de matrimonio', 'acta de matrimonio', 'cambiar mi nombre', 'cambiar de nombre', 'cambio de nombre', 'antecedentes penales', 'verificacion policial', 'licencia de caza', 'permiso de caza', 'licencia de pesca', 'permiso de pesca', 'entrada express', 'documento de viaje', 'pasaporte canadiense', 'cambiar mi apellido', 'cambio mi apellido', 'cambio de apellido', 'registrar mi matrimonio', 'registrar el matrimonio', 'solicitar la residencia permanente', 'aplicar a la residencia permanente', 'aplicar para la residencia permanente', 'sacar la residencia permanente', 'obtener la residencia permanente', 'extender mi permiso'],
  ar: ['عقد زواج', 'رخصة زواج', 'تسجيل زواج', 'تغيير اسمي', 'تغيير الاسم', 'شهادة حسن سيرة', 'فحص جنائي', 'سجل جنائي', 'رخصة صيد', 'تصريح صيد', 'اكسبرس انتري', 'وثيقة سفر', 'جواز سفر كندي', 'اسجل زواج', 'تسجيل الزواج', 'توثيق الزواج', 'اغير اسمي', 'تغيير اسم العائلة', 'الحصول على الاقامة الدائمة', 'اقدم على الاقامة الدائمة', 'طلب الاقامة الدائمة', 'تمديد تصريح العمل', 'تمديد الفيزا'],
  zh: ['结婚登记', '结婚证', '改名', '更改姓名', '无犯罪记录', '无犯罪证明', '打猎', '狩猎', '钓鱼执照', '钓鱼证', '快速通道', '旅行证件', '加拿大护照', '登记结婚', '申请永居', '申请移民', '省提名', '延长工签', '续签工签', '改姓'],
  uk: ['реєстрація шлюбу', 'зареєструвати шлюб', 'змінити ім', 'змінити прізвище', 'зміна прізвища', 'довідка про несудимість', 'мисливськ', 'рибальськ', 'проїзний документ', 'канадський паспорт', 'отримати pr', 'подати на pr', 'отримати статус постійного', 'продовжити дозвіл на роботу'],
  fa: ['ثبت ازدواج', 'تغییر نام', 'سوء پیشینه', 'مجوز شکار', 'مجوز ماهیگیری', 'اکسپرس انتری', 'سند سفر', 'پاسپورت کانادایی', 'اقامت دائم بگیرم', 'درخواست اقامت دائم', 'گرفتن اقامت دائم', 'تمدید ویزا', 'تمدید پرمیت', 'تمدید مجوز کار'],
  pa: ['ਵਿਆਹ ਦਾ ਲਾਇਸੈਂਸ', 'ਨਾਮ ਬਦਲ', 'naam badal', 'ਪੁਲਿਸ ਚੈੱਕ', 'ਸ਼ਿਕਾਰ', 'shikar', 'pgwp ton baad pr', 'pr lain', 'pr leni', 'pr apply', 'ਪੀਆਰ ਲੈਣ', 'ਪੀਆਰ ਅਪਲਾਈ', 'permit extend', 'ਪਰਮਿਟ ਵਧਾ'],
};

const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff]/;

function normalize(text: string): string {
  const plain = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return ` ${plain.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

const NORMALIZED = Object.values(PHRASES)
  .flat()
  .map((p) => ({ phrase: p, key: UNSPACED.test(p) ? normalize(p).trim() : normalize(p).trimEnd() }));

/** The uncovered topic a message names (the phrase as listed), or null. */
export function notCoveredTopic(text: string): string | null {
  const t = normalize(text);
  return NORMALIZED.find(({ key }) => t.includes(key))?.phrase ?? null;
}
