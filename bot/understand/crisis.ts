/**
 * What the bot says at once when a message looks like a crisis: call 911 when in danger, the
 * stable official Canadian lines for the kind of crisis, and that an advisor has been alerted.
 * Numbers and links are data here, not inside the translations, so one edit fixes all languages.
 */
import { direction, uiLanguageOrDefault, type TextDirection, type UiLanguage } from '../i18n/languages.ts';
import { CRISIS_KINDS, type CrisisKind } from './lexicons.ts';

export type CrisisLineId = 'emergency' | 'suicide_crisis' | 'kids_help_phone' | 'awhl' | 'health811';

interface LineData {
  phone: string;
  /** Number to text, when the line takes text messages. */
  sms?: string;
  /** Official site; a language may have its own. */
  url?: string;
  urlByLanguage?: Partial<Record<UiLanguage, string>>;
}

/** The lines, as published by the services themselves. */
export const CRISIS_LINES: Readonly<Record<CrisisLineId, LineData>> = {
  emergency: { phone: '911' },
  // 9-8-8: Suicide Crisis Helpline, national, call or text, 24/7.
  suicide_crisis: { phone: '988', sms: '988', url: 'https://988.ca' },
  // Kids Help Phone / Jeunesse, J'écoute: call, or text CONNECT (PARLER in French) to 686868.
  kids_help_phone: {
    phone: '1-800-668-6868',
    sms: '686868',
    url: 'https://kidshelpphone.ca',
    urlByLanguage: { fr: 'https://jeunessejecoute.ca' },
  },
  // Assaulted Women's Helpline, Ontario, 24/7.
  awhl: { phone: '1-866-863-0511', url: 'https://www.awhl.org' },
  // Health811 (formerly Telehealth Ontario): nurse advice, 24/7.
  health811: { phone: '811', url: 'https://ontario.ca/health811' },
};

/** Which lines each kind of crisis shows, most relevant first (911 always first). */
export const LINES_FOR: Readonly<Record<CrisisKind, readonly CrisisLineId[]>> = {
  self_harm: ['emergency', 'suicide_crisis', 'kids_help_phone'],
  violence: ['emergency', 'awhl', 'kids_help_phone'],
  medical: ['emergency', 'health811'],
  danger: ['emergency', 'awhl'],
};

interface CrisisTexts {
  intro: Record<CrisisKind, string>;
  /** Line names and how to reach them; {phone} and {sms} are filled in from CRISIS_LINES. */
  lines: Record<CrisisLineId, { name: string; how: string }>;
  advisorAlerted: string;
  /** For violence: the person may be watched. */
  safetyNote: string;
}

export const CRISIS_TEXTS: Readonly<Record<UiLanguage, CrisisTexts>> = {
  en: {
    intro: {
      self_harm: "You matter, and you don't have to go through this alone. If you are in immediate danger, call 911 now.",
      violence: 'Your safety comes first. If you are in danger now, call 911.',
      medical: 'This could be a medical emergency. Call 911 now.',
      danger: 'If you are in immediate danger, call 911 now.',
    },
    lines: {
      emergency: { name: 'Emergency (police, ambulance, fire)', how: 'call {phone}' },
      suicide_crisis: { name: '9-8-8 Suicide Crisis Helpline', how: 'call or text {sms}, 24/7' },
      kids_help_phone: { name: 'Kids Help Phone (children and young people)', how: 'call {phone} or text CONNECT to {sms}, 24/7' },
      awhl: { name: "Assaulted Women's Helpline (Ontario)", how: 'call {phone}, 24/7' },
      health811: { name: 'Health811 (Ontario, advice from a nurse)', how: 'call {phone}, 24/7' },
    },
    advisorAlerted: 'An advisor has been alerted and will join this conversation as soon as possible. You can keep writing here.',
    safetyNote: 'If someone might read this conversation, you can close this window at any time.',
  },
  fr: {
    intro: {
      self_harm: "Vous comptez, et vous n'avez pas à traverser cela sans aide. Si vous êtes en danger immédiat, composez le 911 maintenant.",
      violence: 'Votre sécurité passe en premier. Si vous êtes en danger en ce moment, composez le 911.',
      medical: "Il pourrait s'agir d'une urgence médicale. Composez le 911 maintenant.",
      danger: 'Si vous êtes en danger immédiat, composez le 911 maintenant.',
    },
    lines: {
      emergency: { name: 'Urgences (police, ambulance, pompiers)', how: 'composez le {phone}' },
      suicide_crisis: { name: "9-8-8 : Ligne d'aide en cas de crise de suicide", how: 'appelez ou textez le {sms}, 24 heures sur 24, 7 jours sur 7' },
      kids_help_phone: { name: "Jeunesse, J'écoute (enfants et jeunes)", how: 'appelez le {phone} ou textez PARLER au {sms}, 24 heures sur 24' },
      awhl: { name: "Assaulted Women's Helpline (ligne d'aide pour les femmes victimes de violence, Ontario)", how: 'appelez le {phone}, 24 heures sur 24' },
      health811: { name: "Santé811 (Ontario, conseils d'une infirmière)", how: 'composez le {phone}, 24 heures sur 24' },
    },
    advisorAlerted:
      'Une personne de notre équipe a été avertie et se joindra à cette conversation dès que possible. Vous pouvez continuer à écrire ici.',
    safetyNote: "Si quelqu'un risque de lire cette conversation, vous pouvez fermer cette fenêtre à tout moment.",
  },
  es: {
    intro: {
      self_harm: 'Usted importa y no tiene que pasar por esto a solas. Si está en peligro inmediato, llame al 911 ahora.',
      violence: 'Su seguridad es lo primero. Si está en peligro ahora, llame al 911.',
      medical: 'Esto podría ser una emergencia médica. Llame al 911 ahora.',
      danger: 'Si está en peligro inmediato, llame al 911 ahora.',
    },
    lines: {
      emergency: { name: 'Emergencias (policía, ambulancia, bomberos)', how: 'llame al {phone}' },
      suicide_crisis: { name: '9-8-8, línea de ayuda en crisis de suicidio', how: 'llame o envíe un mensaje de texto al {sms}, las 24 horas' },
      kids_help_phone: {
        name: 'Kids Help Phone (niños y jóvenes)',
        how: 'llame al {phone} o envíe CONNECT por mensaje de texto al {sms}, las 24 horas',
      },
      awhl: { name: "Assaulted Women's Helpline (ayuda para mujeres víctimas de violencia, Ontario)", how: 'llame al {phone}, las 24 horas' },
      health811: { name: 'Health811 (Ontario, consejos de enfermería)', how: 'llame al {phone}, las 24 horas' },
    },
    advisorAlerted:
      'Ya avisamos a una persona de nuestro equipo, que se unirá a esta conversación lo antes posible. Puede seguir escribiendo aquí.',
    safetyNote: 'Si alguien pudiera leer esta conversación, puede cerrar esta ventana en cualquier momento.',
  },
  ar: {
    intro: {
      self_harm: 'أنت مهم، ولست مضطرًا لمواجهة هذا وحدك. إذا كنت في خطر مباشر، اتصل بالرقم 911 الآن.',
      violence: 'سلامتك أولًا. إذا كنت في خطر الآن، اتصل بالرقم 911.',
      medical: 'قد تكون هذه حالة طبية طارئة. اتصل بالرقم 911 الآن.',
      danger: 'إذا كنت في خطر مباشر، اتصل بالرقم 911 الآن.',
    },
    lines: {
      emergency: { name: 'الطوارئ (الشرطة، الإسعاف، الإطفاء)', how: 'اتصل بالرقم {phone}' },
      suicide_crisis: { name: 'خط 9-8-8 للمساعدة في أزمات الانتحار', how: 'اتصل أو أرسل رسالة نصية إلى {sms}، على مدار الساعة' },
      kids_help_phone: {
        name: 'Kids Help Phone (للأطفال والشباب)',
        how: 'اتصل بالرقم {phone} أو أرسل كلمة CONNECT برسالة نصية إلى {sms}، على مدار الساعة',
      },
      awhl: { name: "Assaulted Women's Helpline (خط مساعدة النساء المعنَّفات، أونتاريو)", how: 'اتصلي بالرقم {phone}، على مدار الساعة' },
      health811: { name: 'Health811 (أونتاريو، استشارة ممرضة)', how: 'اتصل بالرقم {phone}، على مدار الساعة' },
    },
    advisorAlerted: 'تم تنبيه أحد المستشارين، وسينضم إلى هذه المحادثة في أقرب وقت ممكن. يمكنك متابعة الكتابة هنا.',
    safetyNote: 'إذا كان هناك من قد يقرأ هذه المحادثة، يمكنك إغلاق هذه النافذة في أي وقت.',
  },
  zh: {
    intro: {
      self_harm: '您很重要，您不必独自面对这一切。如果您正处于紧急危险中，请立即拨打911。',
      violence: '您的安全最重要。如果您现在有危险，请拨打911。',
      medical: '这可能是医疗紧急情况。请立即拨打911。',
      danger: '如果您正处于紧急危险中，请立即拨打911。',
    },
    lines: {
      emergency: { name: '紧急求助（警察、救护车、消防）', how: '拨打{phone}' },
      suicide_crisis: { name: '9-8-8 自杀危机求助热线', how: '拨打或发短信至{sms}，全天24小时' },
      kids_help_phone: { name: 'Kids Help Phone（儿童及青少年求助热线）', how: '拨打{phone}，或发送短信CONNECT至{sms}，全天24小时' },
      awhl: { name: "Assaulted Women's Helpline（安大略省受暴妇女求助热线）", how: '拨打{phone}，全天24小时' },
      health811: { name: 'Health811（安大略省护士健康咨询）', how: '拨打{phone}，全天24小时' },
    },
    advisorAlerted: '我们已通知一位顾问，顾问会尽快加入此对话。您可以继续在这里留言。',
    safetyNote: '如果有人可能会看到这段对话，您可以随时关闭此窗口。',
  },
  uk: {
    intro: {
      self_harm:
        'Ви важливі, і вам не потрібно проходити через це самотужки. Якщо ви в безпосередній небезпеці, негайно телефонуйте 911.',
      violence: 'Ваша безпека — найважливіше. Якщо ви зараз у небезпеці, телефонуйте 911.',
      medical: 'Це може бути невідкладний медичний стан. Негайно телефонуйте 911.',
      danger: 'Якщо ви в безпосередній небезпеці, негайно телефонуйте 911.',
    },
    lines: {
      emergency: { name: 'Екстрені служби (поліція, швидка допомога, пожежна служба)', how: 'телефонуйте {phone}' },
      suicide_crisis: { name: "9-8-8 — лінія допомоги в кризі, пов'язаній із суїцидом", how: 'зателефонуйте або надішліть SMS на {sms}, цілодобово' },
      kids_help_phone: { name: 'Kids Help Phone (для дітей і молоді)', how: 'телефонуйте {phone} або надішліть SMS CONNECT на {sms}, цілодобово' },
      awhl: { name: "Assaulted Women's Helpline (лінія допомоги жінкам, які зазнали насильства, Онтаріо)", how: 'телефонуйте {phone}, цілодобово' },
      health811: { name: 'Health811 (Онтаріо, порада медсестри)', how: 'телефонуйте {phone}, цілодобово' },
    },
    advisorAlerted: 'Ми повідомили консультанта — він приєднається до цієї розмови якнайшвидше. Ви можете й далі писати тут.',
    safetyNote: 'Якщо хтось може прочитати цю розмову, ви можете будь-коли закрити це вікно.',
  },
  fa: {
    intro: {
      self_harm: 'شما ارزشمند هستید و لازم نیست این را به‌تنهایی تحمل کنید. اگر در خطر فوری هستید، همین حالا با 911 تماس بگیرید.',
      violence: 'امنیت شما از همه چیز مهم‌تر است. اگر همین حالا در خطر هستید، با 911 تماس بگیرید.',
      medical: 'ممکن است این یک وضعیت اورژانسی پزشکی باشد. همین حالا با 911 تماس بگیرید.',
      danger: 'اگر در خطر فوری هستید، همین حالا با 911 تماس بگیرید.',
    },
    lines: {
      emergency: { name: 'اورژانس (پلیس، آمبولانس، آتش‌نشانی)', how: 'با {phone} تماس بگیرید' },
      suicide_crisis: { name: 'خط کمک بحران خودکشی 9-8-8', how: 'به {sms} زنگ بزنید یا پیامک بفرستید، شبانه‌روزی' },
      kids_help_phone: {
        name: 'Kids Help Phone (برای کودکان و نوجوانان)',
        how: 'با {phone} تماس بگیرید یا کلمهٔ CONNECT را به {sms} پیامک کنید، شبانه‌روزی',
      },
      awhl: { name: "Assaulted Women's Helpline (خط کمک زنان آسیب‌دیده از خشونت، انتاریو)", how: 'با {phone} تماس بگیرید، شبانه‌روزی' },
      health811: { name: 'Health811 (انتاریو، مشاوره با پرستار)', how: 'با {phone} تماس بگیرید، شبانه‌روزی' },
    },
    advisorAlerted: 'به یک مشاور اطلاع داده شد و او در اولین فرصت به این گفتگو می‌پیوندد. می‌توانید همین‌جا به نوشتن ادامه بدهید.',
    safetyNote: 'اگر ممکن است کسی این گفتگو را بخواند، می‌توانید هر زمان این پنجره را ببندید.',
  },
  pa: {
    intro: {
      self_harm:
        'ਤੁਸੀਂ ਮਹੱਤਵਪੂਰਨ ਹੋ, ਅਤੇ ਤੁਹਾਨੂੰ ਇਸ ਵਿੱਚੋਂ ਇਕੱਲਿਆਂ ਨਹੀਂ ਲੰਘਣਾ ਪਵੇਗਾ। ਜੇ ਤੁਸੀਂ ਫ਼ੌਰੀ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ, ਤਾਂ ਹੁਣੇ 911 ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ।',
      violence: 'ਤੁਹਾਡੀ ਸੁਰੱਖਿਆ ਸਭ ਤੋਂ ਪਹਿਲਾਂ ਹੈ। ਜੇ ਤੁਸੀਂ ਇਸ ਵੇਲੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ, ਤਾਂ 911 ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ।',
      medical: 'ਇਹ ਮੈਡੀਕਲ ਐਮਰਜੈਂਸੀ ਹੋ ਸਕਦੀ ਹੈ। ਹੁਣੇ 911 ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ।',
      danger: 'ਜੇ ਤੁਸੀਂ ਫ਼ੌਰੀ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ, ਤਾਂ ਹੁਣੇ 911 ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ।',
    },
    lines: {
      emergency: { name: 'ਐਮਰਜੈਂਸੀ (ਪੁਲਿਸ, ਐਂਬੂਲੈਂਸ, ਅੱਗ ਬੁਝਾਊ ਦਸਤਾ)', how: '{phone} ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ' },
      suicide_crisis: { name: '9-8-8 ਖ਼ੁਦਕੁਸ਼ੀ ਸੰਕਟ ਹੈਲਪਲਾਈਨ', how: '{sms} ਉੱਤੇ ਫ਼ੋਨ ਜਾਂ ਟੈਕਸਟ ਕਰੋ, 24 ਘੰਟੇ' },
      kids_help_phone: {
        name: 'Kids Help Phone (ਬੱਚਿਆਂ ਅਤੇ ਨੌਜਵਾਨਾਂ ਲਈ)',
        how: '{phone} ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ ਜਾਂ CONNECT ਲਿਖ ਕੇ {sms} ਉੱਤੇ ਟੈਕਸਟ ਕਰੋ, 24 ਘੰਟੇ',
      },
      awhl: { name: "Assaulted Women's Helpline (ਹਿੰਸਾ ਦਾ ਸ਼ਿਕਾਰ ਔਰਤਾਂ ਲਈ ਹੈਲਪਲਾਈਨ, ਓਨਟਾਰੀਓ)", how: '{phone} ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ, 24 ਘੰਟੇ' },
      health811: { name: 'Health811 (ਓਨਟਾਰੀਓ, ਨਰਸ ਤੋਂ ਸਲਾਹ)', how: '{phone} ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ, 24 ਘੰਟੇ' },
    },
    advisorAlerted:
      'ਇੱਕ ਸਲਾਹਕਾਰ ਨੂੰ ਸੂਚਿਤ ਕਰ ਦਿੱਤਾ ਗਿਆ ਹੈ ਅਤੇ ਉਹ ਜਿੰਨੀ ਜਲਦੀ ਹੋ ਸਕੇ ਇਸ ਗੱਲਬਾਤ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਣਗੇ। ਤੁਸੀਂ ਇੱਥੇ ਲਿਖਣਾ ਜਾਰੀ ਰੱਖ ਸਕਦੇ ਹੋ।',
    safetyNote: 'ਜੇ ਕੋਈ ਇਹ ਗੱਲਬਾਤ ਪੜ੍ਹ ਸਕਦਾ ਹੈ, ਤਾਂ ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਵੇਲੇ ਇਹ ਵਿੰਡੋ ਬੰਦ ਕਰ ਸਕਦੇ ਹੋ।',
  },
};

export interface CrisisLine {
  id: CrisisLineId;
  /** Localized name. */
  name: string;
  /** Localized "call … / text …", numbers filled in. */
  how: string;
  /** Number to dial (for a tel: link). */
  phone: string;
  /** Number to text, if any (for an sms: link). */
  sms?: string;
  url?: string;
}

export interface CrisisResponse {
  kind: CrisisKind;
  language: UiLanguage;
  direction: TextDirection;
  urgent: true;
  /** The whole message as plain text, ready to send. */
  text: string;
  /** The same lines, structured, so the widget can render call and text buttons. */
  lines: CrisisLine[];
  advisorAlerted: string;
}

export class CrisisKindError extends TypeError {
  constructor(kind: unknown) {
    super(`Unknown crisis kind ${JSON.stringify(kind)}; expected one of ${CRISIS_KINDS.join(', ')}`);
    this.name = 'CrisisKindError';
  }
}

// French sets a space before the colon; Chinese uses the full-width one.
const COLON: Partial<Record<UiLanguage, string>> = { fr: ' : ', zh: '：' };

// Keeps "1-800-668-6868" reading left to right inside Arabic or Persian text.
const LRI = '\u2066';
const PDI = '\u2069';

/** The immediate reply to a crisis message, in `language` (English if the bot does not speak it). */
export function crisisResponse(kind: CrisisKind, language: string | undefined): CrisisResponse {
  if (!(CRISIS_KINDS as readonly unknown[]).includes(kind)) throw new CrisisKindError(kind);
  const lang = uiLanguageOrDefault(language);
  const dir = direction(lang);
  const texts = CRISIS_TEXTS[lang];
  const isolate = (n: string) => (dir === 'rtl' ? LRI + n + PDI : n);

  const lines: CrisisLine[] = LINES_FOR[kind].map((id) => {
    const data = CRISIS_LINES[id];
    const how = texts.lines[id].how.replaceAll('{phone}', isolate(data.phone)).replaceAll('{sms}', isolate(data.sms ?? data.phone));
    const url = data.urlByLanguage?.[lang] ?? data.url;
    return { id, name: texts.lines[id].name, how, phone: data.phone, ...(data.sms ? { sms: data.sms } : {}), ...(url ? { url } : {}) };
  });

  // 911 is already in the first sentence; the list carries the other lines.
  const colon = COLON[lang] ?? ': ';
  const bullets = lines
    .filter((l) => l.id !== 'emergency')
    .map((l) => `• ${l.name}${colon}${l.how}${l.url ? ` — ${isolate(l.url)}` : ''}`);
  const parts = [texts.intro[kind], ...bullets];
  if (kind === 'violence') parts.push(texts.safetyNote);
  parts.push(texts.advisorAlerted);

  return { kind, language: lang, direction: dir, urgent: true, text: parts.join('\n'), lines, advisorAlerted: texts.advisorAlerted };
}
