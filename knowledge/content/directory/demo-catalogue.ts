/**
 * What the fictional demo directory is made of: the kinds of organizations found in Ontario's
 * settlement sector, the services each kind offers, and per-site geography. build-demo.ts
 * combines these with a seeded random generator. All text is original and describes what such
 * services typically do, without fees or figures that change.
 */

/** The 14 categories of the assessment taxonomy; a service's `category_id` is one of them. */
export const CATEGORY_IDS = [
  'housing',
  'health',
  'employment',
  'education',
  'language',
  'finances',
  'legal',
  'family',
  'community',
  'transportation',
  'digital',
  'safety',
  'food',
  'orientation',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

/**
 * Who may use a service. `ircc`: federally funded settlement services (permanent residents and
 * protected persons; Ukrainians under CUAET are often included). `claimant`: refugee claimants.
 * `worker`: temporary foreign workers. `open`: everyone.
 */
export type Funding = 'ircc' | 'claimant' | 'worker' | 'open';

export type Hours = 'office' | 'classes' | 'clinic' | 'food' | 'youth' | 'seniors' | 'always' | 'workshop' | 'dropin';

export interface ServiceTemplate {
  name: string;
  category: CategoryId;
  /** {city} and {region} are filled in per site. */
  description: string;
  application: string;
  fees?: string;
  funding: Funding;
  eligibility?: string;
  minAge?: number;
  maxAge?: number;
  hours: Hours;
  /** Crisis lines and shelters get their own phone line. */
  ownPhone?: boolean;
  /** Extra languages besides English (and French in Ottawa): [min, max]. */
  languages: [number, number];
}

export const SERVICES = {
  settlementCounselling: {
    name: 'Settlement Counselling',
    category: 'orientation',
    description:
      'One-to-one appointments with a settlement counsellor who looks at your situation as a whole, explains how things work in {city}, and helps with first steps such as the health card, Social Insurance Number, child benefits and school registration. Counsellors build a settlement plan with you, refer you to language, employment and community services, and follow up.',
    application: 'Call or drop in to book a first appointment. Bring your immigration documents (for example your PR card or confirmation of permanent residence).',
    funding: 'ircc',
    hours: 'office',
    languages: [2, 4],
  },
  needsAssessment: {
    name: 'Needs Assessment and Referral',
    category: 'orientation',
    description:
      'A first meeting for newly arrived clients: a counsellor reviews your family’s needs (housing, health, language, work, school, finances) and connects you to the right programs in {region}. Appointments can be in person, by phone or by video.',
    application: 'Book by phone or email. Walk-ins are welcome when a counsellor is free.',
    funding: 'ircc',
    hours: 'office',
    languages: [2, 4],
  },
  orientationWorkshops: {
    name: 'Life in Canada Orientation Workshops',
    category: 'orientation',
    description:
      'Small-group workshops for newcomers on everyday topics: banking and credit, renting, the health system, schools, winter safety, public services, and rights and responsibilities in Canada. Sessions are interactive and leave time for questions.',
    application: 'Register by phone or at the front desk; the monthly workshop calendar is posted at the centre.',
    funding: 'ircc',
    hours: 'workshop',
    languages: [1, 3],
  },
  citizenshipPrep: {
    name: 'Citizenship Test Preparation',
    category: 'orientation',
    description:
      'A study group for permanent residents preparing for the Canadian citizenship test and interview, using the official study guide. Volunteers explain Canadian history, geography and government in plain language and run practice tests.',
    application: 'Register at the front desk. Check your eligibility for citizenship on canada.ca before you join.',
    funding: 'ircc',
    hours: 'workshop',
    languages: [0, 2],
  },
  communityConnections: {
    name: 'Community Connections',
    category: 'community',
    description:
      'Matches newcomers with established residents and volunteers for conversation, outings and local know-how, and runs group activities such as neighbourhood walks, library visits and seasonal celebrations, so that newcomers build a network in {city}.',
    application: 'Ask your settlement counsellor for a referral, or sign up at the centre.',
    funding: 'ircc',
    hours: 'workshop',
    languages: [1, 3],
  },
  refugeeClaimantSupport: {
    name: 'Refugee Claimant Support',
    category: 'orientation',
    description:
      'Practical help for people who have made a refugee claim in Canada: understanding the steps and deadlines of the claim, finding a lawyer or legal aid, the Interim Federal Health Program, applying for a work permit, and finding housing and basic needs while the claim is decided.',
    application: 'Call or walk in with your claim documents. Urgent situations are seen the same day when possible.',
    funding: 'claimant',
    eligibility: 'Refugee claimants waiting for a decision.',
    hours: 'office',
    languages: [2, 4],
  },
  linc: {
    name: 'LINC English Classes',
    category: 'language',
    description:
      'Free Language Instruction for Newcomers to Canada: English classes from literacy to advanced levels, placed by your Canadian Language Benchmarks (CLB) assessment. Full-time, part-time, evening and online options; classes cover everyday and workplace English. Child-minding may be available for children of students.',
    application: 'You need a language assessment first (CLB); the centre books it for you or refers you to the assessment office.',
    funding: 'ircc',
    minAge: 18,
    hours: 'classes',
    languages: [0, 2],
  },
  clic: {
    name: 'CLIC French Classes',
    category: 'language',
    description:
      'Cours de langue pour les immigrants au Canada: free French classes for adult newcomers, from beginner to advanced, with day, evening and online groups. Useful for work in bilingual and francophone workplaces and for daily life.',
    application: 'Contact the centre to book a French language assessment and be placed in a class.',
    funding: 'ircc',
    minAge: 18,
    hours: 'classes',
    languages: [0, 1],
  },
  languageAssessment: {
    name: 'Language Assessment and Class Placement',
    category: 'language',
    description:
      'Assesses your English (or French) listening, speaking, reading and writing on the Canadian Language Benchmarks and refers you to a class that fits your level, schedule and goals. Results can be used to enrol in government-funded language classes.',
    application: 'Book an assessment by phone. Bring your immigration document and any previous language results.',
    funding: 'ircc',
    minAge: 18,
    hours: 'office',
    languages: [1, 3],
  },
  conversationCircle: {
    name: 'English Conversation Circle',
    category: 'language',
    description:
      'A friendly weekly group to practise speaking English with trained volunteers. Topics follow everyday life (shopping, appointments, small talk at work). No registration test and no level required; come when you can.',
    application: 'Drop in. No registration needed.',
    funding: 'open',
    hours: 'dropin',
    languages: [0, 1],
  },
  workplaceLanguage: {
    name: 'English for the Workplace',
    category: 'language',
    description:
      'Evening and part-time English classes focused on communication at work: interviews, meetings, emails, safety language and the vocabulary of your field (health care, trades, office, customer service).',
    application: 'Intermediate English (about CLB 5 or higher) recommended. Register by phone or online.',
    funding: 'ircc',
    minAge: 18,
    hours: 'classes',
    languages: [0, 1],
  },
  jobSearch: {
    name: 'Employment Counselling and Job Search',
    category: 'employment',
    description:
      'Employment counsellors help you write a Canadian-style résumé and cover letter, prepare for interviews, understand workplace culture and find job leads in {region}. Job search workshops and a resource room with computers are available.',
    application: 'Call to book an intake appointment. You must be legally able to work in Canada.',
    funding: 'open',
    eligibility: 'Anyone who is legally entitled to work in Canada.',
    hours: 'office',
    languages: [1, 3],
  },
  bridging: {
    name: 'Bridging Program for Internationally Trained Professionals',
    category: 'employment',
    description:
      'For newcomers with education and experience in a profession from another country (engineering, health, IT, finance, business): occupation-specific workshops, job-search coaching, networking with local employers, and help planning a path back to your field, including a paid or unpaid work placement where possible.',
    application: 'Submit an application with your résumé; an advisor meets you to check fit with the program.',
    funding: 'ircc',
    hours: 'office',
    languages: [0, 2],
  },
  credentialAssessment: {
    name: 'Credential Recognition Guidance',
    category: 'employment',
    description:
      'Advisors explain how to get foreign diplomas evaluated, which professions and trades are regulated in Ontario, how licensing bodies work, and alternative careers while you complete requirements. They help you gather and translate documents and prepare applications.',
    application: 'Book an appointment and bring copies of your diplomas and transcripts.',
    funding: 'ircc',
    hours: 'office',
    languages: [1, 3],
  },
  mentorship: {
    name: 'Professional Mentorship Program',
    category: 'employment',
    description:
      'Matches skilled newcomers with a volunteer mentor working in the same field in {city} for several months of meetings: understanding the local job market, industry language, networking and informational interviews.',
    application: 'Apply with your résumé; matching depends on mentor availability in your field.',
    funding: 'ircc',
    hours: 'workshop',
    languages: [0, 1],
  },
  youthEmployment: {
    name: 'Youth Employment Skills',
    category: 'employment',
    description:
      'Job readiness for young newcomers: first résumé, interview practice, workplace safety certificates, summer and part-time job leads, and support once you start work.',
    application: 'Drop in or call to register.',
    funding: 'open',
    minAge: 15,
    maxAge: 24,
    hours: 'youth',
    languages: [1, 2],
  },
  migrantWorkerSupport: {
    name: 'Migrant Agricultural Worker Support',
    category: 'employment',
    description:
      'Support for seasonal and temporary farm and greenhouse workers: information on workplace rights, health coverage and workplace injuries, help with forms, English conversation, and referrals to health, legal and community services. Evening and weekend hours suit work schedules.',
    application: 'Drop in during evening or weekend hours, or call. Outreach workers also visit farms and worker residences.',
    funding: 'worker',
    eligibility: 'Temporary foreign workers, including seasonal agricultural workers.',
    hours: 'workshop',
    languages: [1, 2],
  },
  housingSearch: {
    name: 'Housing Search Help',
    category: 'housing',
    description:
      'Housing workers help you look for an apartment or house you can afford in {region}: reading rental ads, what landlords ask for, references and credit when you are new to Canada, the standard lease, and avoiding rental scams. They can refer you to subsidized housing waiting lists and emergency help.',
    application: 'Call or drop in. Bring your ID and information on your household income.',
    funding: 'open',
    hours: 'office',
    languages: [2, 3],
  },
  tenantRights: {
    name: 'Tenant Rights Information',
    category: 'housing',
    description:
      'Information and support for tenants: repairs and maintenance, rent increases, notices from a landlord, the Landlord and Tenant Board process, and keeping your housing when you fall behind on rent. Staff help you write to your landlord and refer you to a legal clinic when you need representation.',
    application: 'Call for an appointment; urgent eviction matters are prioritized.',
    funding: 'open',
    hours: 'office',
    languages: [1, 3],
  },
  shelterReferral: {
    name: 'Emergency Housing and Shelter Referral',
    category: 'housing',
    description:
      'Help for people who are homeless or about to lose their housing: finding a shelter bed tonight, emergency funds for rent or utility arrears where eligible, and a plan to move into stable housing.',
    application: 'Call or walk in. If you have nowhere to stay tonight, say so when you call.',
    funding: 'open',
    hours: 'office',
    languages: [1, 3],
  },
  transitionalHousing: {
    name: 'Transitional Housing for Refugees',
    category: 'housing',
    description:
      'Short-term furnished housing for newly arrived refugees while they look for permanent housing, with on-site staff who help with orientation, appointments and the apartment search.',
    application: 'By referral from a settlement agency or resettlement program.',
    funding: 'ircc',
    eligibility: 'Newly arrived resettled refugees and other protected persons.',
    hours: 'always',
    languages: [2, 4],
  },
  foodBank: {
    name: 'Food Bank',
    category: 'food',
    description:
      'Free groceries for individuals and families who need help making ends meet, including fresh produce when available. Halal and vegetarian choices and baby supplies are offered when in stock. You can visit regularly; no one is turned away in an emergency.',
    application: 'First visit: bring ID for each household member if you have it, and proof of address. Staff can help if you have no documents yet.',
    funding: 'open',
    eligibility: 'Residents of {region} with low income.',
    hours: 'food',
    languages: [1, 3],
  },
  communityMeal: {
    name: 'Community Meal',
    category: 'food',
    description: 'A free hot meal served in a welcoming dining room, open to everyone. Vegetarian options every day; volunteers can point you to other food programs nearby.',
    application: 'Just come; no registration or ID needed.',
    funding: 'open',
    hours: 'dropin',
    languages: [0, 2],
  },
  goodFoodBox: {
    name: 'Good Food Box',
    category: 'food',
    description: 'Boxes of fresh fruit and vegetables at a low price, ordered in advance and picked up at the centre. Subsidized boxes are available for families with low income.',
    application: 'Order and pay by the monthly deadline at the front desk or by phone.',
    fees: 'Low cost; subsidized boxes for families with low income.',
    funding: 'open',
    hours: 'dropin',
    languages: [0, 2],
  },
  primaryCare: {
    name: 'Primary Care for Newcomers',
    category: 'health',
    description:
      'A team of doctors, nurse practitioners and nurses providing check-ups, immunizations, chronic disease care and referrals to specialists, for newcomers who do not yet have a family doctor, including people in the OHIP waiting period or covered by the Interim Federal Health Program. Interpreters are booked for appointments.',
    application: 'Call to register as a client. Tell us which language you need an interpreter for.',
    funding: 'open',
    eligibility: 'Newcomers without a family doctor, including uninsured people.',
    hours: 'clinic',
    languages: [2, 4],
  },
  medicalInterpretation: {
    name: 'Medical Interpretation',
    category: 'health',
    description:
      'Trained medical interpreters for appointments with doctors, hospitals, dentists and public health, in person or by phone, so you can understand your diagnosis and treatment and ask questions in your language.',
    application: 'Ask your health care provider or your settlement counsellor to book an interpreter; you can also call us yourself.',
    funding: 'open',
    hours: 'office',
    languages: [3, 5],
  },
  newcomerMentalHealth: {
    name: 'Newcomer Mental Health Counselling',
    category: 'health',
    description:
      'Free, confidential, culturally responsive counselling for newcomers and refugees dealing with stress, grief, trauma, isolation or family changes after migration. Counsellors work with interpreters when needed; individual, family and group sessions are available.',
    application: 'Self-referral by phone, or referral by a doctor or settlement counsellor. In a crisis call the 24-hour crisis line or 911.',
    funding: 'open',
    hours: 'clinic',
    languages: [2, 4],
  },
  dentalClinic: {
    name: 'Community Dental Clinic',
    category: 'health',
    description: 'Basic dental care (check-ups, cleanings, fillings, extractions) for adults and children with low income or no dental coverage. Staff help you check whether public dental programs cover you.',
    application: 'Call to book; bring any benefits or coverage information.',
    fees: 'Sliding scale according to income; ask when booking.',
    funding: 'open',
    hours: 'clinic',
    languages: [1, 3],
  },
  prenatal: {
    name: 'Prenatal and New Parent Program',
    category: 'health',
    description:
      'Weekly group for pregnant newcomers and parents of babies under one: healthy pregnancy, nutrition, breastfeeding, infant care and postpartum mood, with a nurse and a dietitian. Food and transit support may be provided.',
    application: 'Register by phone; partners and support persons are welcome.',
    funding: 'open',
    hours: 'workshop',
    languages: [2, 3],
  },
  healthNavigation: {
    name: 'Health System Navigation',
    category: 'health',
    description: 'Helps newcomers register for OHIP, find a family doctor or nurse practitioner, use walk-in clinics and telephone health advice, and understand prescriptions and coverage.',
    application: 'Drop in or call.',
    funding: 'open',
    hours: 'office',
    languages: [2, 4],
  },
  communityLegalClinic: {
    name: 'Community Legal Clinic',
    category: 'legal',
    description:
      'Free legal advice and representation for people with low income on housing and tenant problems, income support (Ontario Works, ODSP), employment standards, and human rights. Staff can refer you to a lawyer for other matters.',
    application: 'Call for an intake interview; financial eligibility is checked.',
    funding: 'open',
    eligibility: 'Residents of {region} with low income.',
    hours: 'office',
    languages: [1, 3],
  },
  immigrationLegal: {
    name: 'Immigration and Refugee Legal Help',
    category: 'legal',
    description:
      'Advice on immigration and refugee matters: preparing a refugee claim and hearing, family sponsorship, status problems, and help applying for legal aid. Staff explain your options; they do not replace a lawyer for complex cases.',
    application: 'Call for an appointment. Bring all letters and decisions you have received from IRCC or the Immigration and Refugee Board.',
    funding: 'open',
    hours: 'office',
    languages: [2, 4],
  },
  idClinic: {
    name: 'ID Clinic',
    category: 'legal',
    description: 'Help replacing lost or stolen identification (health card, birth certificate, PR card, SIN confirmation) and applying for Ontario photo ID; covers some fees for people who cannot pay.',
    application: 'Drop in during clinic hours.',
    funding: 'open',
    hours: 'dropin',
    languages: [1, 2],
  },
  knowYourRights: {
    name: 'Know Your Rights Workshops',
    category: 'legal',
    description: 'Public legal education for newcomers: tenant rights, workers’ rights, consumer protection, dealing with police, and family law basics, with a lawyer or community legal worker answering questions.',
    application: 'Register by phone; sessions are also offered at partner agencies on request.',
    funding: 'open',
    hours: 'workshop',
    languages: [1, 3],
  },
  parenting: {
    name: 'Newcomer Parenting Program',
    category: 'family',
    description:
      'A group for parents raising children in a new culture: positive discipline, child development, school expectations, keeping your language and culture alive, and Canadian child protection rules explained clearly. Child-minding is provided.',
    application: 'Register by phone or in person.',
    funding: 'ircc',
    hours: 'workshop',
    languages: [2, 3],
  },
  childCareNavigation: {
    name: 'Child Care Navigation',
    category: 'family',
    description: 'Explains the kinds of child care in {region}, how to get on waiting lists, and how to apply for child care fee subsidies and the Canada-wide reduced fees.',
    application: 'Call or drop in; bring your children’s birth dates and your work or school schedule.',
    funding: 'open',
    hours: 'office',
    languages: [1, 3],
  },
  familyCounselling: {
    name: 'Family Counselling',
    category: 'family',
    description: 'Counselling for couples, parents and children facing conflict, separation, parenting stress or changes in family roles after immigration. Fees are adjusted to income and no one is refused for inability to pay.',
    application: 'Call the intake line for a first appointment.',
    fees: 'Sliding scale; free for people with low income.',
    funding: 'open',
    hours: 'clinic',
    languages: [1, 3],
  },
  earlyYears: {
    name: 'Early Years Drop-in Playgroup',
    category: 'family',
    description: 'Free play-based drop-in for children up to six with their parent or caregiver: songs, stories, early literacy, and a chance for parents to meet other families and ask early childhood staff questions.',
    application: 'Drop in with your child.',
    funding: 'open',
    maxAge: 6,
    eligibility: 'Children up to six years old, attending with a parent or caregiver.',
    hours: 'dropin',
    languages: [1, 2],
  },
  youthProgram: {
    name: 'Newcomer Youth Program',
    category: 'community',
    description:
      'After-school and weekend activities for newcomer youth: leadership and life skills, sports and arts, homework help, peer mentoring and trips, in a safe space to make friends and talk about school and settling in.',
    application: 'Youth can register themselves or with a parent. Drop-ins welcome.',
    funding: 'open',
    minAge: 12,
    maxAge: 24,
    hours: 'youth',
    languages: [1, 3],
  },
  seniorsProgram: {
    name: 'Newcomer Seniors Program',
    category: 'community',
    description:
      'Social activities for older newcomers and their caregivers: conversation and exercise groups, information on pensions and health services, outings, and help reducing isolation, often in the participants’ own languages.',
    application: 'Drop in or call to register.',
    funding: 'open',
    minAge: 55,
    hours: 'seniors',
    languages: [2, 3],
  },
  womensCircle: {
    name: 'Newcomer Women’s Circle',
    category: 'community',
    description: 'A weekly group where newcomer women share experiences, learn about services and rights, practise English and build friendships. Child-minding is provided.',
    application: 'Drop in or register with staff.',
    funding: 'ircc',
    eligibility: 'Women who are permanent residents or protected persons.',
    hours: 'workshop',
    languages: [2, 3],
  },
  volunteerMatching: {
    name: 'Volunteer Matching',
    category: 'community',
    description: 'Helps newcomers find volunteer roles that build Canadian experience, references and friendships, and supports them with police checks and orientation.',
    application: 'Book an interview with the volunteer coordinator.',
    funding: 'open',
    hours: 'office',
    languages: [0, 2],
  },
  taxClinic: {
    name: 'Free Tax Clinic',
    category: 'finances',
    description:
      'Volunteers prepare and file income tax returns for households with modest income, including newcomers filing for the first time. Filing every year keeps your family’s benefits, such as the Canada Child Benefit and GST/HST credit, flowing.',
    application: 'Book an appointment during tax season; bring your tax slips, rent receipts and immigration date.',
    funding: 'open',
    eligibility: 'Households with modest income and simple tax situations.',
    hours: 'workshop',
    languages: [1, 3],
  },
  financialLiteracy: {
    name: 'Financial Literacy Workshops',
    category: 'finances',
    description: 'Workshops on banking in Canada, budgeting, building credit, sending money abroad, saving for children’s education and recognizing scams.',
    application: 'Register by phone or at the front desk.',
    funding: 'open',
    hours: 'workshop',
    languages: [1, 3],
  },
  benefitsHelp: {
    name: 'Benefits Application Help',
    category: 'finances',
    description: 'One-to-one help applying for income supports and benefits: the Canada Child Benefit, Ontario Works, disability support, old age benefits and energy bill assistance.',
    application: 'Call for an appointment and bring your ID and income information.',
    funding: 'open',
    hours: 'office',
    languages: [1, 3],
  },
  schoolWelcome: {
    name: 'School Registration and Welcome Centre',
    category: 'education',
    description:
      'The school board’s welcome centre registers newcomer children and youth, assesses English and math, explains the Ontario school system to parents, and places students in the right school and language support program.',
    application: 'Call to book a registration appointment; bring your children’s documents, immunization records and proof of address.',
    funding: 'open',
    minAge: 4,
    maxAge: 21,
    hours: 'office',
    languages: [2, 4],
  },
  adultCredits: {
    name: 'Adult High School Credits',
    category: 'education',
    description: 'Earn credits toward the Ontario Secondary School Diploma as an adult, with recognition of previous studies from your home country, day, evening and online courses, and guidance on college and apprenticeship pathways.',
    application: 'Book an intake and bring transcripts from previous schooling if you have them.',
    funding: 'open',
    minAge: 18,
    hours: 'classes',
    languages: [0, 2],
  },
  postSecondaryAdvising: {
    name: 'Post-secondary Pathways Advising',
    category: 'education',
    description: 'Advice on going back to school in Canada: choosing college or university programs, admission requirements, language tests, financial aid through OSAP, and bridging courses.',
    application: 'Book an advising appointment by phone or email.',
    funding: 'ircc',
    hours: 'office',
    languages: [1, 2],
  },
  homeworkClub: {
    name: 'Homework Club',
    category: 'education',
    description: 'Free after-school homework help for school-aged children with trained volunteers, with a snack and reading time. Parents can meet tutors to talk about progress.',
    application: 'Register your child with staff.',
    funding: 'open',
    minAge: 6,
    maxAge: 17,
    hours: 'youth',
    languages: [1, 2],
  },
  driverLicence: {
    name: 'Driver’s Licence Preparation',
    category: 'transportation',
    description: 'Helps newcomers get an Ontario driver’s licence: exchanging a foreign licence, studying for the knowledge test, road rules and winter driving, and finding a driving school.',
    application: 'Register for the next session; bring your foreign licence if you have one.',
    funding: 'open',
    hours: 'workshop',
    languages: [1, 3],
  },
  transitOrientation: {
    name: 'Transit Orientation',
    category: 'transportation',
    description: 'Shows newcomers how to plan trips and ride local buses in {city}: fares and passes, discount programs for low income, trip-planning apps, and accessible transit.',
    application: 'Join a group session or ask for a one-to-one ride-along.',
    funding: 'open',
    hours: 'workshop',
    languages: [1, 3],
  },
  volunteerDrivers: {
    name: 'Volunteer Driver Program',
    category: 'transportation',
    description: 'Volunteer drivers take seniors, people with disabilities and newcomers without a car to medical appointments, the food bank and essential errands across {region}.',
    application: 'Register by phone; book rides at least two business days ahead.',
    fees: 'Small per-kilometre contribution; waived for people with low income.',
    funding: 'open',
    hours: 'office',
    languages: [0, 1],
  },
  digitalSkills: {
    name: 'Digital Skills for Newcomers',
    category: 'digital',
    description: 'Hands-on classes for using a computer and smartphone: email, online government services, video calls, job sites and staying safe online. Small groups at beginner and intermediate levels.',
    application: 'Register in person or by phone.',
    funding: 'open',
    hours: 'workshop',
    languages: [1, 3],
  },
  deviceLending: {
    name: 'Laptop and Internet Hotspot Lending',
    category: 'digital',
    description: 'Borrow a laptop or mobile internet hotspot for several weeks for job searching, online classes or appointments, with a short orientation on how to use it.',
    application: 'Bring photo ID and proof of address to get a free membership card.',
    funding: 'open',
    hours: 'dropin',
    languages: [0, 2],
  },
  computerAccess: {
    name: 'Public Computers and Printing',
    category: 'digital',
    description: 'Free computers with internet, printing, scanning and Wi-Fi, with staff to help you fill in online forms and print documents.',
    application: 'Drop in; book a computer for longer sessions.',
    funding: 'open',
    hours: 'dropin',
    languages: [0, 2],
  },
  womensShelter: {
    name: 'Emergency Shelter for Women and Children',
    category: 'safety',
    description:
      'Safe, confidential emergency shelter for women, with or without children, who are leaving abuse. Staff help with safety planning, legal and immigration questions, and finding housing; interpreters are available. Your immigration status does not affect your access.',
    application: 'Call the 24-hour line; staff will talk with you about safety and arrange admission.',
    funding: 'open',
    eligibility: 'Women and their children experiencing abuse or violence, regardless of immigration status.',
    hours: 'always',
    ownPhone: true,
    languages: [2, 4],
  },
  crisisLine: {
    name: '24-Hour Crisis and Support Line',
    category: 'safety',
    description:
      'Confidential phone support 24 hours a day, every day, for anyone in distress, thinking about suicide, or worried about someone. Interpreters can be added to the call. In an emergency, call 911.',
    application: 'Call any time. No referral needed.',
    funding: 'open',
    hours: 'always',
    ownPhone: true,
    languages: [1, 3],
  },
  safetyPlanning: {
    name: 'Family Violence Counselling and Safety Planning',
    category: 'safety',
    description: 'Counselling and advocacy for people experiencing violence at home, including help with safety plans, court support and understanding how separation affects immigration sponsorship.',
    application: 'Call to speak to a counsellor; appointments can be arranged at a safe location.',
    funding: 'open',
    hours: 'office',
    languages: [2, 3],
  },
} satisfies Record<string, ServiceTemplate>;

export type ServiceKey = keyof typeof SERVICES;

export interface OrganizationKind {
  /** Ways to name this kind of organization; a fictional place-like word goes in front. */
  nouns: string[];
  description: string;
  /** Always offered. */
  core: ServiceKey[];
  /** Each offered with probability `optionalChance`. */
  optional: ServiceKey[];
  optionalChance: number;
  /** A named program groups the organization's IRCC-funded services. */
  program?: { name: string; description: string };
  /** Francophone organizations (Ottawa) get French names and French as a first language. */
  francophone?: boolean;
}

export const ORGANIZATION_KINDS = {
  welcomeCentre: {
    nouns: ['Newcomer Welcome Centre', 'Immigrant Services', 'Settlement Services', 'Newcomer Centre', 'Multicultural Council'],
    description:
      'A non-profit settlement agency serving immigrants and refugees in {region}: settlement counselling, orientation, and referrals to language, employment, housing and community services.',
    core: ['settlementCounselling', 'housingSearch'],
    optional: ['needsAssessment', 'orientationWorkshops', 'citizenshipPrep', 'communityConnections', 'womensCircle', 'refugeeClaimantSupport', 'taxClinic', 'benefitsHelp', 'transitOrientation'],
    optionalChance: 0.3,
    program: { name: 'Newcomer Settlement Program', description: 'Federally funded settlement services for permanent residents and protected persons.' },
  },
  francophoneCentre: {
    nouns: ['Centre d’accueil des nouveaux arrivants', 'Centre francophone d’établissement'],
    description:
      'Un organisme francophone qui accueille les immigrants et réfugiés d’expression française : établissement, emploi et cours de langue. A francophone agency serving French-speaking newcomers in {region}.',
    core: ['settlementCounselling', 'clic'],
    optional: ['jobSearch', 'orientationWorkshops', 'parenting'],
    optionalChance: 0.6,
    program: { name: 'Programme d’établissement francophone', description: 'Services d’établissement en français financés par le gouvernement fédéral.' },
    francophone: true,
  },
  languageCentre: {
    nouns: ['Language Centre', 'Adult Language School', 'English Language Institute', 'Language Learning Centre'],
    description: 'Adult language classes for newcomers, from literacy to advanced, with assessment and placement on the Canadian Language Benchmarks.',
    core: ['linc', 'languageAssessment'],
    optional: ['conversationCircle', 'workplaceLanguage', 'adultCredits'],
    optionalChance: 0.4,
    program: { name: 'Language Instruction for Newcomers', description: 'Federally funded language training for adult permanent residents and protected persons.' },
  },
  employmentCentre: {
    nouns: ['Employment Centre', 'Career Hub', 'Job Connections', 'Employment Resource Centre'],
    description: 'Employment services for job seekers in {region}, with programs for internationally trained newcomers.',
    core: ['jobSearch'],
    optional: ['bridging', 'credentialAssessment', 'mentorship', 'youthEmployment'],
    optionalChance: 0.5,
  },
  housingHelp: {
    nouns: ['Housing Help Centre', 'Housing Resource Centre', 'Tenant Support Centre'],
    description: 'Helps people in {region} find and keep affordable housing.',
    core: ['housingSearch', 'tenantRights'],
    optional: ['shelterReferral'],
    optionalChance: 0.6,
  },
  foodBank: {
    nouns: ['Food Bank', 'Community Pantry', 'Food Cupboard', 'Harvest Table'],
    description: 'A community food program providing groceries and meals to people in {region}, run with volunteers and donations.',
    core: ['foodBank'],
    optional: ['communityMeal', 'goodFoodBox'],
    optionalChance: 0.45,
  },
  healthCentre: {
    nouns: ['Community Health Centre', 'Newcomer Health Clinic', 'Health and Wellness Centre'],
    description: 'A community health centre offering primary care, health promotion and counselling, with interpretation for newcomers.',
    core: ['primaryCare'],
    optional: ['medicalInterpretation', 'newcomerMentalHealth', 'dentalClinic', 'prenatal', 'healthNavigation'],
    optionalChance: 0.4,
  },
  legalClinic: {
    nouns: ['Community Legal Clinic', 'Legal Services', 'Law Centre'],
    description: 'A community legal clinic providing free legal help to people with low income in {region}.',
    core: ['communityLegalClinic', 'immigrationLegal'],
    optional: ['idClinic', 'knowYourRights'],
    optionalChance: 0.5,
  },
  familyServices: {
    nouns: ['Family Services', 'Family Resource Centre', 'Family Counselling Centre'],
    description: 'Counselling and programs that support families and children in {region}.',
    core: ['familyCounselling', 'parenting'],
    optional: ['childCareNavigation', 'earlyYears'],
    optionalChance: 0.6,
  },
  womensShelter: {
    nouns: ['House', 'Women’s Shelter', 'Safe Haven'],
    description: 'A shelter and support service for women and children experiencing violence, open 24 hours.',
    core: ['womensShelter'],
    optional: ['safetyPlanning'],
    optionalChance: 0.7,
  },
  crisisCentre: {
    nouns: ['Distress Centre', 'Crisis Line', 'Helpline'],
    description: 'A 24-hour telephone crisis and support service staffed by trained responders and volunteers.',
    core: ['crisisLine'],
    optional: ['newcomerMentalHealth'],
    optionalChance: 0.3,
  },
  youthCentre: {
    nouns: ['Youth Centre', 'Youth Hub', 'Youth Network'],
    description: 'A drop-in centre and programs for young people, including newcomer youth.',
    core: ['youthProgram'],
    optional: ['homeworkClub', 'youthEmployment'],
    optionalChance: 0.5,
  },
  seniorsCentre: {
    nouns: ['Seniors’ Centre', 'Older Adults Centre', 'Seniors Active Living Centre'],
    description: 'Activities, information and support for older adults and their caregivers.',
    core: ['seniorsProgram'],
    optional: ['volunteerDrivers', 'healthNavigation'],
    optionalChance: 0.4,
  },
  library: {
    nouns: ['Community Library', 'Learning Commons', 'Reading Room'],
    description: 'A community library with free computers, lending and programs for all ages, including newcomers.',
    core: ['computerAccess', 'digitalSkills'],
    optional: ['deviceLending', 'conversationCircle'],
    optionalChance: 0.6,
  },
  financialCentre: {
    nouns: ['Financial Empowerment Centre', 'Money Matters Centre', 'Community Finance Hub'],
    description: 'Free help with taxes, benefits and money management for people with low and modest incomes.',
    core: ['taxClinic', 'benefitsHelp'],
    optional: ['financialLiteracy'],
    optionalChance: 0.7,
  },
  transportNetwork: {
    nouns: ['Community Transportation', 'Ride Connect', 'Mobility Network'],
    description: 'Community transportation services and travel training in {region}.',
    core: ['volunteerDrivers'],
    optional: ['transitOrientation', 'driverLicence'],
    optionalChance: 0.6,
  },
  schoolWelcome: {
    nouns: ['District School Board Welcome Centre', 'Schools Newcomer Reception Centre'],
    description: 'The school board office that welcomes newcomer families and registers their children in school.',
    core: ['schoolWelcome'],
    optional: ['adultCredits', 'homeworkClub', 'postSecondaryAdvising'],
    optionalChance: 0.5,
  },
  wellnessCentre: {
    nouns: ['Newcomer Wellness Centre', 'Counselling Centre', 'Refugee Wellness Clinic'],
    description: 'Mental health and wellbeing services for immigrants and refugees, in their own languages.',
    core: ['newcomerMentalHealth'],
    optional: ['familyCounselling', 'safetyPlanning'],
    optionalChance: 0.4,
  },
  receptionHouse: {
    nouns: ['Refugee Reception House', 'Welcome House'],
    description: 'Receives resettled refugees on arrival: temporary housing, orientation and help with first steps.',
    core: ['transitionalHousing', 'settlementCounselling'],
    optional: ['orientationWorkshops'],
    optionalChance: 0.6,
    program: { name: 'Resettlement Assistance', description: 'Reception and first-weeks support for resettled refugees.' },
  },
  workerCentre: {
    nouns: ['Migrant Worker Support Centre', 'Farm Workers’ Resource Centre'],
    description: 'A drop-in centre and outreach program for temporary and seasonal agricultural workers.',
    core: ['migrantWorkerSupport'],
    optional: ['healthNavigation', 'knowYourRights', 'conversationCircle'],
    optionalChance: 0.6,
  },
  communityAssociation: {
    nouns: ['Community Association', 'Neighbourhood House', 'Cultural Association'],
    description: 'A neighbourhood organization bringing long-time residents and newcomers together.',
    core: ['volunteerMatching'],
    optional: ['communityMeal', 'communityConnections', 'seniorsProgram', 'earlyYears'],
    optionalChance: 0.4,
  },
} satisfies Record<string, OrganizationKind>;

export type OrganizationKindKey = keyof typeof ORGANIZATION_KINDS;

export interface SiteGeography {
  /** City written in addresses. */
  city: string;
  /** Service area name. */
  region: string;
  areaCodes: string[];
  /** Forward sortation areas used for fake postal codes. */
  fsas: string[];
  /** Bearings (degrees clockwise from north) that stay on land and in Ontario. */
  bearings: [number, number];
  maxKm: number;
  /** Languages other than English and French that local services commonly offer, most common first. */
  languages: string[];
  /** Organization kinds and how many of each. */
  kinds: Partial<Record<OrganizationKindKey, number>>;
  /** Optional extra kinds; `extraCount` of them are drawn. */
  extras: OrganizationKindKey[];
  extraCount: number;
}

const SW_ONTARIO = ['519', '226', '548'];
const EAST_ONTARIO = ['613', '343'];

/** Every kind once: the big sites cover all 14 categories. */
const ALL_KINDS = Object.fromEntries(Object.keys(ORGANIZATION_KINDS).map((k) => [k, 1])) as Record<OrganizationKindKey, number>;

export const GEOGRAPHY: Record<string, SiteGeography> = {
  windsor: {
    city: 'Windsor',
    region: 'Windsor and Essex County',
    areaCodes: SW_ONTARIO,
    fsas: ['N9A', 'N8X', 'N9B', 'N8W', 'N8Y', 'N9C'],
    bearings: [95, 250],
    maxKm: 6.5,
    languages: ['ar', 'es', 'zh', 'ti', 'am', 'sw', 'uk', 'ur', 'pa', 'so'],
    kinds: { ...ALL_KINDS, francophoneCentre: 0, welcomeCentre: 3, languageCentre: 2, employmentCentre: 2, foodBank: 2, healthCentre: 2 },
    extras: ['communityAssociation', 'housingHelp', 'wellnessCentre'],
    extraCount: 1,
  },
  london: {
    city: 'London',
    region: 'London and Middlesex County',
    areaCodes: SW_ONTARIO,
    fsas: ['N6A', 'N5V', 'N6B', 'N5Y', 'N6C', 'N5W'],
    bearings: [0, 360],
    maxKm: 7,
    languages: ['ar', 'es', 'zh', 'pt', 'so', 'fa', 'ku', 'uk', 'pa', 'ur', 'ti'],
    kinds: { ...ALL_KINDS, francophoneCentre: 0, workerCentre: 0, welcomeCentre: 3, languageCentre: 2, employmentCentre: 2, foodBank: 2, healthCentre: 2 },
    extras: ['communityAssociation', 'library', 'familyServices'],
    extraCount: 2,
  },
  ottawa: {
    city: 'Ottawa',
    region: 'City of Ottawa',
    areaCodes: EAST_ONTARIO,
    fsas: ['K1N', 'K1P', 'K2P', 'K1Z', 'K1Y', 'K1K'],
    bearings: [95, 265],
    maxKm: 7,
    languages: ['ar', 'so', 'es', 'zh', 'fa', 'prs', 'ti', 'am', 'uk', 'ps', 'ht'],
    kinds: { ...ALL_KINDS, workerCentre: 0, welcomeCentre: 3, francophoneCentre: 2, languageCentre: 2, employmentCentre: 2, foodBank: 2, healthCentre: 2 },
    extras: ['communityAssociation', 'library', 'youthCentre'],
    extraCount: 2,
  },
  leamington: {
    city: 'Leamington',
    region: 'Leamington and Essex County',
    areaCodes: SW_ONTARIO,
    fsas: ['N8H'],
    bearings: [-75, 75],
    maxKm: 3.5,
    languages: ['es', 'ar', 'pa', 'ti', 'de'],
    kinds: { welcomeCentre: 2, languageCentre: 1, employmentCentre: 1, housingHelp: 1, foodBank: 1, healthCentre: 1, workerCentre: 1 },
    extras: ['legalClinic', 'familyServices', 'womensShelter', 'library', 'youthCentre', 'communityAssociation', 'schoolWelcome', 'transportNetwork'],
    extraCount: 5,
  },
  sarnia: {
    city: 'Sarnia',
    region: 'Sarnia-Lambton',
    areaCodes: SW_ONTARIO,
    fsas: ['N7T', 'N7S', 'N7V'],
    bearings: [70, 200],
    maxKm: 5,
    languages: ['ar', 'es', 'uk', 'pa', 'fil', 'hi', 'zh'],
    kinds: { welcomeCentre: 1, languageCentre: 1, employmentCentre: 1, housingHelp: 1, foodBank: 1, healthCentre: 1 },
    extras: ['legalClinic', 'familyServices', 'womensShelter', 'crisisCentre', 'library', 'youthCentre', 'seniorsCentre', 'financialCentre', 'communityAssociation'],
    extraCount: 6,
  },
  chatham: {
    city: 'Chatham',
    region: 'Municipality of Chatham-Kent',
    areaCodes: SW_ONTARIO,
    fsas: ['N7M', 'N7L'],
    bearings: [0, 360],
    maxKm: 4,
    languages: ['es', 'ar', 'pa', 'uk', 'nl', 'fil'],
    kinds: { welcomeCentre: 1, languageCentre: 1, employmentCentre: 1, housingHelp: 1, foodBank: 1, healthCentre: 1, workerCentre: 1 },
    extras: ['legalClinic', 'familyServices', 'womensShelter', 'transportNetwork', 'library', 'seniorsCentre', 'communityAssociation', 'financialCentre'],
    extraCount: 5,
  },
  pembroke: {
    city: 'Pembroke',
    region: 'Pembroke and Renfrew County',
    areaCodes: EAST_ONTARIO,
    fsas: ['K8A'],
    bearings: [150, 290],
    maxKm: 3,
    languages: ['ar', 'uk', 'es', 'de', 'zh'],
    kinds: { welcomeCentre: 1, francophoneCentre: 1, languageCentre: 1, employmentCentre: 1, housingHelp: 1, foodBank: 1, healthCentre: 1 },
    extras: ['legalClinic', 'familyServices', 'womensShelter', 'transportNetwork', 'library', 'seniorsCentre', 'crisisCentre', 'communityAssociation'],
    extraCount: 5,
  },
};

/** Fictional place-like words for organization names. */
export const NAME_WORDS = [
  'Riverside', 'Maple Hollow', 'Northgate', 'Lakeshore', 'Cedar Grove', 'Harbourview', 'Bridgeway', 'Stonebrook', 'Willowbend', 'Pinecrest',
  'Sunfield', 'Greenway', 'Meadowlark', 'Birchwood', 'Foxglove', 'Oakridge', 'Silverbirch', 'Kingfisher', 'Juniper', 'Heron Bay',
  'Amberly', 'Larkspur', 'Brightwater', 'Fairhaven', 'Westbrook', 'Eastwind', 'Clearwater', 'Red Cedar', 'Copperleaf', 'Hollyhock',
  'Wintergreen', 'Aspen Hill', 'Prairie Rose', 'Sandpiper', 'Lighthouse', 'Compass Rose', 'Open Door', 'First Step', 'Common Ground', 'Harvest Moon',
  'New Leaf', 'Wayside', 'Crossroads', 'Hearthstone', 'Starling', 'Lantern', 'Kestrel', 'Bramble', 'Thistle', 'Mapleview',
  'Elmstead', 'Rosewood', 'Windmill', 'Orchard Lane', 'Millbrook', 'Ashgrove', 'Glenview', 'Morning Star', 'Bluebell', 'Cornerstone',
  'Dovetail', 'Evergreen Path', 'Fernbank', 'Goldenrod', 'Hillcrest', 'Ironwood', 'Jasper', 'Kinship', 'Lilac Court', 'Marigold',
] as const;

/** Noms de lieux fictifs pour les organismes francophones. */
export const FRENCH_NAME_WORDS = ['Rivière-Claire', 'Les Érables', 'Beausoleil', 'Le Phare', 'Trois-Chemins', 'La Passerelle', 'Vent-du-Nord', 'Clairefontaine'] as const;

export const STREETS = [
  'Maple Avenue', 'Victoria Street', 'Church Street', 'Albert Street', 'Elm Street', 'Park Avenue', 'Riverside Drive', 'Main Street', 'Queen Street',
  'King Street', 'Wellington Street', 'Front Street', 'Erie Street', 'Lakeview Avenue', 'Division Street', 'Pine Street', 'Oak Street',
  'Cedar Avenue', 'Centre Street', 'Bridge Street', 'Mill Street', 'Water Street', 'College Avenue', 'Market Square', 'Union Street',
  'Railway Street', 'Orchard Road', 'Hillside Avenue', 'Spring Street', 'Colborne Street',
] as const;

export const NEIGHBOURHOODS = ['East End', 'West End', 'North End', 'South End', 'Downtown', 'Midtown'] as const;
