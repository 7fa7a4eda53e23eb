import type { Catalog } from '../keys.ts';

// Canadian French typography: no space before ! and ?, a space before the colon.
export const fr: Catalog = {
  greetingReply:
    "Bonjour! Je peux répondre à vos questions sur l'installation au Canada : santé, logement, emploi, école, documents et services près de chez vous. Que voulez-vous savoir?",
  thanksReply: 'Avec plaisir! Est-ce que je peux vous aider avec autre chose?',
  notSure:
    "Je ne suis pas certain d'avoir trouvé la bonne réponse. Voici les pages les plus proches. Voulez-vous parler à une personne?",
  offerPerson: 'Voulez-vous parler à un conseiller ou à une conseillère?',
  handingOff: "Je vous mets en contact avec une personne de notre équipe. Veuillez rester dans cette conversation.",
  waitingForAdvisor:
    "En attente d'une personne de notre équipe… Vous pouvez continuer à écrire : elle verra vos messages.",
  advisorJoined: "Une personne de notre équipe s'est jointe à la conversation.",
  backToBot:
    "La personne de notre équipe a terminé la conversation. Je suis toujours là si vous avez d'autres questions.",
  outOfScope:
    "Désolé, je peux seulement répondre aux questions sur l'installation au Canada, comme la santé, le logement, l'emploi, l'école, les documents et les services locaux.",
  sourceLanguageNotice: 'Cette information est seulement offerte en {languages} :',
  answerIntro: "Voici ce que j'ai trouvé :",
  sourcesLabel: 'Sources',
  officeHoursClosed:
    "Notre équipe sera de retour {when}. Je peux continuer à répondre à vos questions, ou vous pouvez laisser un message ou demander qu'on vous rappelle.",
  queuePosition:
    "Vous êtes la personne numéro {n, number} dans la file d'attente. L'attente est d'environ {minutes, plural, one {# minute} many {# de minutes} other {# minutes}}.",
  referralReceived:
    "Merci. J'ai transmis votre demande d'orientation vers {service} à une personne de notre équipe, qui communiquera avec vous.",
  referralReceivedGeneric:
    "Merci. J'ai transmis votre demande d'orientation à une personne de notre équipe, qui communiquera avec vous.",
  errorTryAgain: "Désolé, une erreur s'est produite. Veuillez réessayer.",
  'when.todayAt': "aujourd'hui à {time}",
  'when.tomorrowAt': 'demain à {time}',
  'when.dayAt': '{day} à {time}',
  'card.address': 'Adresse',
  'card.phone': 'Téléphone',
  'card.hours': "Heures d'ouverture",
  'card.languages': 'Langues',
  'card.eligibility': 'Admissibilité',
  'card.openNow': 'Ouvert en ce moment',
  'card.closedNow': 'Fermé en ce moment',
  'card.directions': 'Itinéraire',
  'card.call': 'Appeler',
  'card.website': 'Site Web',
  'card.email': 'Courriel',
  'action.talkToPerson': 'Parler à une personne',
  'action.leaveMessage': 'Laisser un message',
  'action.callBack': 'Demander un rappel',
};
