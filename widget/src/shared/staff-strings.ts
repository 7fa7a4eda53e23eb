/**
 * The staff apps' interface strings (advisor console, assessor view, their shared sign-in) in
 * English and Canadian French: Ontario agencies serve staff under the French Language Services
 * Act, Ottawa's especially. Each French table is typed against its English one, so a missing or
 * extra key does not compile; staff-strings.test.ts checks placeholders and that nothing is left
 * in English. Placeholders are `{name}`; French puts a no-break space (\u00a0) before a colon and
 * inside « guillemets ». Three tables, so each app's bundle carries only its own and the shared one.
 */

export const STAFF_LANGUAGES = ['en', 'fr'] as const;
export type StaffLanguage = (typeof STAFF_LANGUAGES)[number];

/** The locale Intl formats dates, numbers and language names in. */
export const LOCALES: Record<StaffLanguage, string> = { en: 'en-CA', fr: 'fr-CA' };

/** Each language's name in itself: the toggle offers the other one (as canada.ca does). */
export const LANGUAGE_NAMES: Record<StaffLanguage, string> = { en: 'English', fr: 'Français' };

const sharedEn = {
  skip: 'Skip to content',
  email: 'Email',
  password: 'Password',
  signIn: 'Sign in',
  signOut: 'Sign out',
  badCredentials: 'Wrong email or password.',
  signInFailed: 'Sign-in failed: {message}',
  site: 'Site',
  'immigration.permanent_resident': 'Permanent resident',
  'immigration.protected_person': 'Protected person',
  'immigration.refugee_claimant': 'Refugee claimant',
  'immigration.temporary_worker': 'Temporary worker',
  'immigration.international_student': 'International student',
  'immigration.cuaet': 'CUAET',
  'immigration.citizen': 'Citizen',
};

export const SHARED: Record<StaffLanguage, typeof sharedEn> = {
  en: sharedEn,
  fr: {
    skip: 'Passer au contenu',
    email: 'Courriel',
    password: 'Mot de passe',
    signIn: 'Se connecter',
    signOut: 'Se déconnecter',
    badCredentials: 'Courriel ou mot de passe incorrect.',
    signInFailed: 'La connexion a échoué\u00a0: {message}',
    site: 'Point de service',
    'immigration.permanent_resident': 'Résidente ou résident permanent',
    'immigration.protected_person': 'Personne protégée',
    'immigration.refugee_claimant': 'Demandeuse ou demandeur d’asile',
    'immigration.temporary_worker': 'Travailleuse ou travailleur temporaire',
    'immigration.international_student': 'Étudiante ou étudiant étranger',
    'immigration.cuaet': 'AVUCU',
    'immigration.citizen': 'Citoyenne ou citoyen',
  },
};

const consoleEn = {
  title: 'Advisor console',
  signInTitle: 'Advisor sign-in',
  wrongRole: 'This page is for advisors. Sign in with an advisor account.',
  connected: 'Connected',
  connecting: 'Connecting…',
  disconnected: 'Disconnected, retrying…',
  presence: 'Presence',
  online: 'Online',
  away: 'Away',
  newChatsOne: '{n} new chat waiting',
  newChatsOther: '{n} new chats waiting',
  oneUrgent: ', one is urgent',
  queueHeading: 'Waiting ({n})',
  queueFilters: 'Queue filters',
  language: 'Language',
  allSites: 'all',
  allLanguages: 'all',
  filter: 'Filter',
  nobodyWaiting: 'Nobody is waiting.',
  'reason.asked': 'asked for a person',
  'reason.low_confidence': 'bot unsure',
  'reason.crisis': 'URGENT: crisis',
  'reason.referral_request': 'referral request',
  'mode.live': 'live chat',
  'mode.message': 'left a message',
  'mode.callback': 'call back',
  noSite: 'no site',
  waitingFor: 'waiting {m} min',
  take: 'Take chat',
  takeLabel: 'Take chat: {reason}, {language}',
  myChats: 'My chats',
  conversationRegion: 'Conversation',
  takeFromQueue: 'Take a chat from the queue.',
  conversationHeading: 'Conversation {id}',
  sharedProfile: 'Shared profile',
  'profile.site': 'Site',
  'profile.languages': 'Languages',
  'profile.ageBand': 'Age',
  'profile.immigrationStatus': 'Immigration status',
  'profile.householdSize': 'Household size',
  'profile.children': 'Children',
  'profile.arrivalDate': 'Arrival date',
  noProfile: 'No profile shared. Language {language}, site {site}.',
  transcript: 'Transcript',
  'author.advisor': 'Advisor',
  'author.bot': 'Bot',
  'author.newcomer': 'Newcomer',
  'author.system': 'System',
  confidence: 'confidence {p}',
  sources: 'Sources',
  serviceCard: 'Service card: {name}',
  statusLine: 'Status: {status}',
  'chatStatus.bot': 'with the bot',
  'chatStatus.waiting': 'waiting',
  'chatStatus.advisor': 'with an advisor',
  'chatStatus.closed': 'closed',
  note: 'Internal note',
  noteBy: 'Internal note by {name}',
  newcomerTyping: 'Newcomer is typing…',
  replyLabel: 'Reply to the newcomer',
  sendReply: 'Send reply',
  canned: 'Canned responses',
  noteLabel: 'Internal note (advisors only)',
  addNote: 'Add note',
  referralTask: 'Referral task',
  createTask: 'Create task',
  transferTo: 'Transfer to advisor id',
  transfer: 'Transfer',
  returnToBot: 'Return to bot',
  outcome: 'Outcome',
  'outcome.resolved': 'Resolved',
  'outcome.referred': 'Referred to a service',
  'outcome.callback_scheduled': 'Call back scheduled',
  'outcome.no_response': 'No response',
  'outcome.newcomer_left': 'Newcomer left',
  'outcome.other': 'Other',
  closeChat: 'Close chat',
  done: 'Done',
  referralTasks: 'Referral tasks ({n})',
  markDone: 'Mark done',
  markDoneLabel: 'Mark done: {request}',
};

export const CONSOLE: Record<StaffLanguage, typeof consoleEn> = {
  en: consoleEn,
  fr: {
    title: 'Console des conseillères et conseillers',
    signInTitle: 'Connexion des conseillères et conseillers',
    wrongRole: 'Cette page est réservée aux conseillères et conseillers. Connectez-vous avec un compte de conseillère ou de conseiller.',
    connected: 'Connexion établie',
    connecting: 'Connexion en cours…',
    disconnected: 'Connexion perdue, nouvelle tentative…',
    presence: 'Présence',
    online: 'En ligne',
    away: 'En pause',
    newChatsOne: '{n} nouvelle conversation en attente',
    newChatsOther: '{n} nouvelles conversations en attente',
    oneUrgent: ', dont une urgente',
    queueHeading: 'File d’attente ({n})',
    queueFilters: 'Filtres de la file d’attente',
    language: 'Langue',
    allSites: 'tous',
    allLanguages: 'toutes',
    filter: 'Filtrer',
    nobodyWaiting: 'Personne n’est en attente.',
    'reason.asked': 'a demandé à parler à une personne',
    'reason.low_confidence': 'réponse incertaine du robot',
    'reason.crisis': 'URGENT\u00a0: crise',
    'reason.referral_request': 'demande d’aiguillage',
    'mode.live': 'clavardage en direct',
    'mode.message': 'a laissé un message',
    'mode.callback': 'rappel demandé',
    noSite: 'aucun point de service',
    waitingFor: 'en attente depuis {m} min',
    take: 'Prendre en charge',
    takeLabel: 'Prendre en charge\u00a0: {reason}, {language}',
    myChats: 'Mes conversations',
    conversationRegion: 'Conversation en cours',
    takeFromQueue: 'Prenez en charge une conversation de la file d’attente.',
    conversationHeading: 'Conversation n° {id}',
    sharedProfile: 'Profil partagé',
    'profile.site': 'Point de service',
    'profile.languages': 'Langues',
    'profile.ageBand': 'Âge',
    'profile.immigrationStatus': 'Statut d’immigration',
    'profile.householdSize': 'Taille du ménage',
    'profile.children': 'Enfants',
    'profile.arrivalDate': 'Date d’arrivée',
    noProfile: 'Aucun profil partagé. Langue\u00a0: {language}, point de service\u00a0: {site}.',
    transcript: 'Transcription',
    'author.advisor': 'Conseillère ou conseiller',
    'author.bot': 'Robot',
    'author.newcomer': 'Nouvel arrivant',
    'author.system': 'Système',
    confidence: 'confiance {p}',
    sources: 'Sources citées',
    serviceCard: 'Fiche de service\u00a0: {name}',
    statusLine: 'Statut\u00a0: {status}',
    'chatStatus.bot': 'avec le robot',
    'chatStatus.waiting': 'en attente',
    'chatStatus.advisor': 'avec une conseillère ou un conseiller',
    'chatStatus.closed': 'fermée',
    note: 'Note interne',
    noteBy: 'Note interne de {name}',
    newcomerTyping: 'Le nouvel arrivant est en train d’écrire…',
    replyLabel: 'Répondre au nouvel arrivant',
    sendReply: 'Envoyer la réponse',
    canned: 'Réponses types',
    noteLabel: 'Note interne (réservée aux conseillères et conseillers)',
    addNote: 'Ajouter la note',
    referralTask: 'Tâche d’aiguillage',
    createTask: 'Créer la tâche',
    transferTo: 'Transférer à (identifiant de la conseillère ou du conseiller)',
    transfer: 'Transférer',
    returnToBot: 'Rendre au robot',
    outcome: 'Résultat',
    'outcome.resolved': 'Question réglée',
    'outcome.referred': 'Aiguillage vers un service',
    'outcome.callback_scheduled': 'Rappel prévu',
    'outcome.no_response': 'Aucune réponse',
    'outcome.newcomer_left': 'Le nouvel arrivant est parti',
    'outcome.other': 'Autre',
    closeChat: 'Fermer la conversation',
    done: 'Terminé',
    referralTasks: 'Tâches d’aiguillage ({n})',
    markDone: 'Marquer comme faite',
    markDoneLabel: 'Marquer comme faite\u00a0: {request}',
  },
};

const assessorEn = {
  signInTitle: 'Assessor sign-in',
  wrongRole: 'This page is for assessors. Sign in with an assessor account.',
  appTitle: 'Settlement plans',
  docTitlePlans: 'Plans — Assessor',
  docTitlePlan: 'Plan {id} — Assessor',
  openPlans: 'Open plans',
  openPlansCaption: 'Open plans of your organization, newest first',
  loading: 'Loading…',
  loadingPlan: 'Loading plan…',
  'col.plan': 'Plan',
  'col.created': 'Created',
  'col.status': 'Status',
  'col.client': 'Client',
  'col.statements': 'Statements',
  'col.actions': 'Actions',
  'planStatus.draft': 'draft',
  'planStatus.active': 'active',
  'planStatus.closed': 'closed',
  allPlans: '← All plans',
  planLanguage: 'Plan language',
  print: 'Print',
  saveText: 'Save as text',
  // The plan itself (printed, and saved by plan.ts) is in the plan's language, which may differ.
  'plan.title': 'Settlement plan {id}',
  'plan.created': 'Created',
  'plan.statement': 'Driving statement',
  'plan.actions': 'Actions',
  'plan.none': 'No actions yet',
  'plan.referral': 'Referral',
  'plan.household': 'household {n}',
  'plan.childOne': '{n} child',
  'plan.childOther': '{n} children',
  'plan.languages': 'languages {list}',
  'plan.createdOn': 'created {date}',
  'plan.fromSuggestion': 'from a suggestion',
  'actionStatus.planned': 'planned',
  'actionStatus.in_progress': 'in progress',
  'actionStatus.done': 'done',
  'actionStatus.dropped': 'dropped',
  added: 'Added “{title}” to the plan.',
  rejected: 'Rejected “{title}”.',
  decisionFailed: 'Could not record the decision: {message}',
  statementAdded: 'Statement added.',
  actionAdded: 'Action added.',
  referralAttached: 'Referral attached.',
  referralRemoved: 'Referral removed.',
  suggested: 'Suggested actions',
  whySuggested: 'Why this is suggested',
  accept: 'Accept',
  acceptLabel: 'Accept: {title}',
  reject: 'Reject…',
  rejectLabel: 'Reject: {title}',
  reason: 'Reason',
  'reason.not_relevant': 'Not relevant to this statement',
  'reason.not_eligible': 'Client is not eligible',
  'reason.already_done': 'Already done',
  'reason.client_declined': 'Client declined',
  'reason.duplicate': 'Duplicate of another action',
  'reason.other': 'Other',
  noteOptional: 'Note (optional)',
  confirmReject: 'Confirm rejection',
  cancel: 'Cancel',
  addReferral: 'Add referral',
  changeReferral: 'Change referral',
  addReferralFor: 'Add referral for {title}',
  changeReferralFor: 'Change referral for {title}',
  directory: 'Directory services',
  searchServices: 'Search services',
  offeredIn: 'Offered in',
  anyLanguage: 'any language',
  search: 'Search',
  removeReferral: 'Remove referral',
  onlyOpenTo: 'Only services open to this client ({age}, {status}) are listed.',
  foundOne: '{n} service found',
  foundOther: '{n} services found',
  noService: 'No eligible service matches. Try another language or site.',
  serviceLanguages: 'Languages: {list}',
  serviceHours: 'Hours: {list}',
  hoursNotListed: 'not listed',
  referHere: 'Refer here',
  referHereLabel: 'Refer here: {name}',
  findActionFor: 'Find an action for: {statement}',
  addAction: 'Add an action',
  actionExample: 'e.g. English classes',
  findActions: 'Find actions',
  noAction: 'No action matches.',
  notEligible: '— client not eligible',
  add: 'Add',
  addLabel: 'Add: {title}',
  addStatement: 'Add a driving statement',
  statementsSearch: 'Driving statements',
  statement: 'Statement',
  searchLibrary: 'Search the library',
  addFreeText: 'Add as free text',
  addStatementLabel: 'Add statement: {text}',
};

export const ASSESSOR: Record<StaffLanguage, typeof assessorEn> = {
  en: assessorEn,
  fr: {
    signInTitle: 'Connexion des évaluatrices et évaluateurs',
    wrongRole: 'Cette page est réservée aux évaluatrices et évaluateurs. Connectez-vous avec un compte d’évaluatrice ou d’évaluateur.',
    appTitle: 'Plans d’établissement',
    docTitlePlans: 'Plans — Évaluation',
    docTitlePlan: 'Plan {id} — Évaluation',
    openPlans: 'Plans ouverts',
    openPlansCaption: 'Plans ouverts de votre organisme, du plus récent au plus ancien',
    loading: 'Chargement…',
    loadingPlan: 'Chargement du plan…',
    'col.plan': 'N° de plan',
    'col.created': 'Créé le',
    'col.status': 'Statut',
    'col.client': 'Clientèle',
    'col.statements': 'Énoncés',
    'col.actions': 'Actions',
    'planStatus.draft': 'ébauche',
    'planStatus.active': 'actif',
    'planStatus.closed': 'fermé',
    allPlans: '← Tous les plans',
    planLanguage: 'Langue du plan',
    print: 'Imprimer',
    saveText: 'Enregistrer en texte',
    'plan.title': 'Plan d’établissement {id}',
    'plan.created': 'Créé le',
    'plan.statement': 'Énoncé',
    'plan.actions': 'Actions',
    'plan.none': 'Aucune action pour le moment',
    'plan.referral': 'Aiguillage',
    'plan.household': 'ménage de {n}',
    'plan.childOne': '{n} enfant',
    'plan.childOther': '{n} enfants',
    'plan.languages': 'langues\u00a0: {list}',
    'plan.createdOn': 'créé le {date}',
    'plan.fromSuggestion': 'issue d’une suggestion',
    'actionStatus.planned': 'prévue',
    'actionStatus.in_progress': 'en cours',
    'actionStatus.done': 'terminée',
    'actionStatus.dropped': 'abandonnée',
    added: '«\u00a0{title}\u00a0» ajoutée au plan.',
    rejected: '«\u00a0{title}\u00a0» rejetée.',
    decisionFailed: 'Impossible d’enregistrer la décision\u00a0: {message}',
    statementAdded: 'Énoncé ajouté.',
    actionAdded: 'Action ajoutée.',
    referralAttached: 'Aiguillage ajouté.',
    referralRemoved: 'Aiguillage retiré.',
    suggested: 'Actions suggérées',
    whySuggested: 'Pourquoi cette suggestion',
    accept: 'Accepter',
    acceptLabel: 'Accepter\u00a0: {title}',
    reject: 'Rejeter…',
    rejectLabel: 'Rejeter\u00a0: {title}',
    reason: 'Motif',
    'reason.not_relevant': 'Sans rapport avec cet énoncé',
    'reason.not_eligible': 'La personne n’est pas admissible',
    'reason.already_done': 'Déjà fait',
    'reason.client_declined': 'La personne a refusé',
    'reason.duplicate': 'Doublon d’une autre action',
    'reason.other': 'Autre',
    noteOptional: 'Note (facultative)',
    confirmReject: 'Confirmer le rejet',
    cancel: 'Annuler',
    addReferral: 'Ajouter un aiguillage',
    changeReferral: 'Modifier l’aiguillage',
    addReferralFor: 'Ajouter un aiguillage pour {title}',
    changeReferralFor: 'Modifier l’aiguillage pour {title}',
    directory: 'Services du répertoire',
    searchServices: 'Rechercher des services',
    offeredIn: 'Offert en',
    anyLanguage: 'toute langue',
    search: 'Rechercher',
    removeReferral: 'Retirer l’aiguillage',
    onlyOpenTo: 'Seuls les services accessibles à cette personne ({age}, {status}) sont affichés.',
    foundOne: '{n} service trouvé',
    foundOther: '{n} services trouvés',
    noService: 'Aucun service admissible ne correspond. Essayez une autre langue ou un autre point de service.',
    serviceLanguages: 'Langues\u00a0: {list}',
    serviceHours: 'Heures d’ouverture\u00a0: {list}',
    hoursNotListed: 'non indiquées',
    referHere: 'Aiguiller ici',
    referHereLabel: 'Aiguiller ici\u00a0: {name}',
    findActionFor: 'Trouver une action pour\u00a0: {statement}',
    addAction: 'Ajouter une action',
    actionExample: 'p. ex. cours de français',
    findActions: 'Trouver des actions',
    noAction: 'Aucune action ne correspond.',
    notEligible: '— personne non admissible',
    add: 'Ajouter',
    addLabel: 'Ajouter\u00a0: {title}',
    addStatement: 'Ajouter un énoncé',
    statementsSearch: 'Énoncés',
    statement: 'Énoncé',
    searchLibrary: 'Chercher dans la bibliothèque',
    addFreeText: 'Ajouter en texte libre',
    addStatementLabel: 'Ajouter l’énoncé\u00a0: {text}',
  },
};

export type Params = Record<string, string | number>;
export type Translate<K extends string> = (key: K, params?: Params) => string;

/** Replaces `{name}` with params.name; an unknown placeholder stays visible rather than vanishing. */
export function fill(template: string, params?: Params): string {
  return params ? template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : template;
}

/** A translate function over the shared table plus one app's table, in one language. */
export function translator<T extends Record<string, string>>(app: Record<StaffLanguage, T>, lang: StaffLanguage): Translate<keyof T & string | keyof typeof sharedEn> {
  const table: Record<string, string> = { ...SHARED[lang], ...app[lang] };
  return (key, params) => fill(table[key] ?? key, params);
}

/** An immigration status code as a label; a code the tables do not know yet is shown as it is. */
export function immigrationLabel(t: Translate<keyof typeof sharedEn>, status: string): string {
  const key = `immigration.${status}`;
  return key in sharedEn ? t(key as keyof typeof sharedEn) : status;
}

/** `{n}` with the one/other key Intl.PluralRules picks (French counts 0 and 1 as "one"). */
export function plural<K extends string>(t: Translate<K>, lang: StaffLanguage, n: number, one: K, other: K): string {
  return t(new Intl.PluralRules(LOCALES[lang]).select(n) === 'one' ? one : other, { n });
}

/** The interface language a browser asks for: French for any fr-* tag, else English. */
export function languageFromTag(tag: string | undefined | null): StaffLanguage {
  return tag?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** A calendar date ("2025-03-14", as the API sends plan dates) or a timestamp, in the locale. */
export function formatDate(value: string, lang: StaffLanguage, withTime = false): string {
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(dayOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'medium',
    ...(withTime && !dayOnly ? { timeStyle: 'short' } : {}),
    // A calendar date has no time zone: read it in UTC so it is not shown as the day before.
    ...(dayOnly ? { timeZone: 'UTC' } : {}),
  }).format(date);
}

/** A language code ("ar") as a name in the interface language ("Arabic", « arabe »). */
export function languageName(code: string, lang: StaffLanguage): string {
  try {
    return new Intl.DisplayNames([LOCALES[lang]], { type: 'language' }).of(code) ?? code;
  } catch {
    return code; // not a well-formed language code
  }
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** An iCalendar day ("MO") as a short weekday name in the locale ("Mon", « lun. »). */
export function weekdayName(day: string, lang: StaffLanguage): string {
  const i = WEEKDAYS.indexOf(day);
  // 2024-01-01 was a Monday.
  return i < 0 ? day : new Intl.DateTimeFormat(LOCALES[lang], { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + i));
}

/** 0.87 as "87%" / « 87 % ». */
export function formatPercent(value: number, lang: StaffLanguage): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 0 }).format(value);
}
