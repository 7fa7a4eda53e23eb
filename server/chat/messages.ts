/** The few sentences the chat itself says (the bot writes everything else), in the demo languages. */
import type { NextOpen } from './office-hours.ts';

const DAY_NAMES: Record<string, Record<string, string>> = {
  en: { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday' },
  fr: { MO: 'lundi', TU: 'mardi', WE: 'mercredi', TH: 'jeudi', FR: 'vendredi', SA: 'samedi', SU: 'dimanche' },
  es: { MO: 'lunes', TU: 'martes', WE: 'miércoles', TH: 'jueves', FR: 'viernes', SA: 'sábado', SU: 'domingo' },
  ar: { MO: 'الاثنين', TU: 'الثلاثاء', WE: 'الأربعاء', TH: 'الخميس', FR: 'الجمعة', SA: 'السبت', SU: 'الأحد' },
};

const CLOSED: Record<string, (when: string | null) => string> = {
  en: (w) =>
    `Our advisors are not available right now${w ? `; they are back ${w}` : ''}. I can keep answering your questions, or you can leave a message or ask for a call back and an advisor will get to it.`,
  fr: (w) =>
    `Nos conseillers ne sont pas disponibles pour le moment${w ? ` ; ils seront de retour ${w}` : ''}. Je peux continuer à répondre à vos questions, ou vous pouvez laisser un message ou demander qu'on vous rappelle.`,
  es: (w) =>
    `Nuestros asesores no están disponibles ahora${w ? `; vuelven el ${w}` : ''}. Puedo seguir respondiendo a sus preguntas, o puede dejar un mensaje o pedir que le llamemos.`,
  ar: (w) => `المستشارون غير متاحين الآن${w ? `، ويعودون ${w}` : ''}. يمكنني مواصلة الإجابة عن أسئلتك، أو يمكنك ترك رسالة أو طلب معاودة الاتصال.`,
};

const AT: Record<string, string> = { en: 'at', fr: 'à', es: 'a las', ar: 'الساعة' };

export const RTL_LANGUAGES = new Set(['ar', 'fa', 'ur', 'he', 'ps', 'ku']);

/** "Our advisors are back Monday at 09:00…" in the conversation's language (English when we have no translation). */
export function outOfHoursText(language: string, next: NextOpen | undefined): { text: string; language: string } {
  const lang = CLOSED[language] ? language : 'en';
  const when = next ? `${DAY_NAMES[lang][next.weekday]} ${AT[lang]} ${next.localTime}` : null;
  return { text: CLOSED[lang](when), language: lang };
}

const UNAVAILABLE: Record<string, string> = {
  en: 'Sorry, I cannot answer right now. You can ask for a person, or leave a message or a callback request.',
  fr: "Désolé, je ne peux pas répondre pour le moment. Vous pouvez demander à parler à une personne, ou laisser un message ou une demande de rappel.",
  es: 'Lo siento, no puedo responder ahora. Puede pedir hablar con una persona, o dejar un mensaje o una solicitud de llamada.',
  ar: 'عذرًا، لا أستطيع الإجابة الآن. يمكنك طلب التحدث مع شخص، أو ترك رسالة أو طلب معاودة الاتصال.',
};

/** What the chat says when the bot fails, so the newcomer is never left without an answer. */
export function botUnavailableText(language: string): { text: string; language: string } {
  const lang = UNAVAILABLE[language] ? language : 'en';
  return { text: UNAVAILABLE[lang], language: lang };
}
