import type { Catalog } from '../keys.ts';

// Modern Standard Arabic, kept simple so speakers of every dialect can read it.
export const ar: Catalog = {
  greetingReply:
    'مرحبًا! يمكنني الإجابة عن أسئلتك حول الاستقرار في كندا: الصحة والسكن والعمل والمدرسة والوثائق والخدمات القريبة منك. ماذا تريد أن تعرف؟',
  thanksReply: 'على الرحب والسعة! هل هناك شيء آخر يمكنني مساعدتك فيه؟',
  notSure:
    'لست متأكدًا من أنني وجدت الإجابة الصحيحة. هذه أقرب الصفحات التي وجدتها. هل تريد التحدث إلى شخص؟',
  offerPerson: 'هل تريد التحدث إلى أحد المستشارين؟',
  handingOff: 'أقوم الآن بتحويلك إلى أحد المستشارين. يُرجى البقاء في هذه المحادثة.',
  waitingForAdvisor: 'في انتظار أحد المستشارين… يمكنك متابعة الكتابة، وسيرى المستشار رسائلك.',
  advisorJoined: 'انضم أحد المستشارين إلى المحادثة.',
  backToBot: 'أنهى المستشار المحادثة. ما زلت هنا إذا كانت لديك أسئلة أخرى.',
  outOfScope:
    'عذرًا، يمكنني المساعدة فقط في الأسئلة المتعلقة بالاستقرار في كندا، مثل الصحة والسكن والعمل والمدرسة والوثائق والخدمات المحلية.',
  sourceLanguageNotice: 'هذه المعلومات متوفرة فقط بلغتها الأصلية ({languages}):',
  answerIntro: 'إليك ما وجدته:',
  sourcesLabel: 'المصادر',
  officeHoursClosed:
    'سيعود مستشارونا {when}. يمكنني الاستمرار في الإجابة عن أسئلتك، أو يمكنك ترك رسالة أو طلب معاودة الاتصال بك.',
  queuePosition:
    'رقمك في قائمة الانتظار هو {n, number}. مدة الانتظار حوالي {minutes, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}.',
  referralReceived:
    'شكرًا لك. وصل طلبك للإحالة إلى {service}، وقد أرسلته إلى أحد المستشارين الذي سيتواصل معك.',
  referralReceivedGeneric: 'شكرًا لك. أرسلت طلب الإحالة إلى أحد المستشارين، وسيتواصل معك.',
  errorTryAgain: 'عذرًا، حدث خطأ ما. يُرجى المحاولة مرة أخرى.',
  'when.todayAt': 'اليوم الساعة {time}',
  'when.tomorrowAt': 'غدًا الساعة {time}',
  'when.dayAt': 'يوم {day} الساعة {time}',
  'card.address': 'العنوان',
  'card.phone': 'الهاتف',
  'card.hours': 'ساعات العمل',
  'card.languages': 'اللغات',
  'card.eligibility': 'من يمكنه الاستفادة',
  'card.openNow': 'مفتوح الآن',
  'card.closedNow': 'مغلق الآن',
  'card.directions': 'الاتجاهات',
  'card.call': 'اتصال',
  'card.website': 'الموقع الإلكتروني',
  'card.email': 'البريد الإلكتروني',
  'action.talkToPerson': 'التحدث إلى شخص',
  'action.leaveMessage': 'ترك رسالة',
  'action.callBack': 'طلب معاودة الاتصال',
};
