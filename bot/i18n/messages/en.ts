import type { Catalog } from '../keys.ts';

export const en: Catalog = {
  greetingReply:
    'Hello! I can answer questions about settling in Canada: health care, housing, work, school, documents and services near you. What would you like to know?',
  thanksReply: "You're welcome! Is there anything else I can help you with?",
  notSure:
    "I'm not sure I found the right answer. Here are the closest pages I found. Would you like to talk to a person?",
  offerPerson: 'Would you like to talk to an advisor?',
  handingOff: "I'm connecting you with an advisor. Please stay in this conversation.",
  waitingForAdvisor: 'Waiting for an advisor… You can keep writing; the advisor will see your messages.',
  advisorJoined: 'An advisor has joined the conversation.',
  backToBot: 'The advisor has closed the conversation. I am still here if you have more questions.',
  outOfScope:
    'Sorry, I can only help with questions about settling in Canada, such as health care, housing, work, school, documents and local services.',
  sourceLanguageNotice: 'This information is only available in {languages}:',
  answerIntro: 'Here is what I found:',
  sourcesLabel: 'Sources',
  officeHoursClosed:
    'Our advisors will be back {when}, and I can keep answering your questions until then. You can also leave a message or ask for a call back.',
  queuePosition:
    'You are number {n, number} in line. The wait is about {minutes, plural, one {# minute} other {# minutes}}.',
  referralReceived:
    'Thank you. I have sent your request for a referral to {service} to an advisor, who will contact you.',
  referralReceivedGeneric: 'Thank you. I have sent your referral request to an advisor, who will contact you.',
  errorTryAgain: 'Sorry, something went wrong. Please try again.',
  'when.todayAt': 'today at {time}',
  'when.tomorrowAt': 'tomorrow at {time}',
  'when.dayAt': 'on {day} at {time}',
  'card.address': 'Address',
  'card.phone': 'Phone',
  'card.hours': 'Hours',
  'card.languages': 'Languages',
  'card.eligibility': 'Who can use it',
  'card.openNow': 'Open now',
  'card.closedNow': 'Closed now',
  'card.directions': 'Directions',
  'card.call': 'Call',
  'card.website': 'Website',
  'card.email': 'Email',
  'action.talkToPerson': 'Talk to a person',
  'action.leaveMessage': 'Leave a message',
  'action.callBack': 'Ask for a call back',
};
