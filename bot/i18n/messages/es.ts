import type { Catalog } from '../keys.ts';

// Formal "usted", neutral Latin American Spanish.
export const es: Catalog = {
  greetingReply:
    '¡Hola! Puedo responder preguntas sobre cómo establecerse en Canadá: salud, vivienda, trabajo, escuela, documentos y servicios cerca de usted. ¿Qué le gustaría saber?',
  thanksReply: '¡De nada! ¿Hay algo más en lo que pueda ayudarle?',
  notSure:
    'No estoy seguro de haber encontrado la respuesta correcta. Estas son las páginas más cercanas que encontré. ¿Le gustaría hablar con una persona?',
  offerPerson: '¿Le gustaría hablar con un asesor o una asesora?',
  handingOff: 'Le estoy comunicando con una persona de nuestro equipo. Por favor, permanezca en esta conversación.',
  waitingForAdvisor:
    'Esperando a una persona de nuestro equipo… Puede seguir escribiendo; verá sus mensajes.',
  advisorJoined: 'Una persona de nuestro equipo se unió a la conversación.',
  backToBot: 'La persona de nuestro equipo cerró la conversación. Sigo aquí si tiene más preguntas.',
  outOfScope:
    'Lo siento, solo puedo ayudar con preguntas sobre cómo establecerse en Canadá, como salud, vivienda, trabajo, escuela, documentos y servicios locales.',
  sourceLanguageNotice: 'Esta información solo está disponible en {languages}:',
  answerIntro: 'Esto es lo que encontré:',
  sourcesLabel: 'Fuentes',
  officeHoursClosed:
    'Nuestro equipo vuelve {when}. Puedo seguir respondiendo sus preguntas, o puede dejar un mensaje o pedir que le devolvamos la llamada.',
  queuePosition:
    'Usted es el número {n, number} en la fila. La espera es de aproximadamente {minutes, plural, one {# minuto} many {# de minutos} other {# minutos}}.',
  referralReceived:
    'Gracias. Envié su solicitud de derivación a {service} a una persona de nuestro equipo, que se pondrá en contacto con usted.',
  referralReceivedGeneric:
    'Gracias. Envié su solicitud de derivación a una persona de nuestro equipo, que se pondrá en contacto con usted.',
  errorTryAgain: 'Lo siento, algo salió mal. Por favor, inténtelo de nuevo.',
  'when.todayAt': 'hoy a las {time}',
  'when.tomorrowAt': 'mañana a las {time}',
  'when.dayAt': 'el {day} a las {time}',
  'card.address': 'Dirección',
  'card.phone': 'Teléfono',
  'card.hours': 'Horario',
  'card.languages': 'Idiomas',
  'card.eligibility': 'Quién puede usarlo',
  'card.openNow': 'Abierto ahora',
  'card.closedNow': 'Cerrado ahora',
  'card.directions': 'Cómo llegar',
  'card.call': 'Llamar',
  'card.website': 'Sitio web',
  'card.email': 'Correo electrónico',
  'action.talkToPerson': 'Hablar con una persona',
  'action.leaveMessage': 'Dejar un mensaje',
  'action.callBack': 'Pedir que me llamen',
};
