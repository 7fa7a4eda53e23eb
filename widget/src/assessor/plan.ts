/** The plan as GET /api/plans/:id returns it (server/routes/plans.ts), and its printable text. */

export interface Referral {
  id: string;
  name: string;
  organization: string;
  phones: string[];
  addresses: { line: string; city: string | null }[];
}

export interface PlanAction {
  actionId: string;
  title: Record<string, string>;
  status: string;
  addedBy: string;
  referral: Referral | null;
}

export interface PlanStatement {
  position: number;
  statementId: string | null;
  text: Record<string, string> | null;
  freeText: string | null;
  category: Record<string, string> | null;
  actions: PlanAction[];
}

export interface Plan {
  id: string;
  createdOn: string;
  status: string;
  client: { site: string; ageBand: string; immigrationStatus: string; languages: string[]; householdSize: number; children: number; arrivalDate: string | null };
  statements: PlanStatement[];
}

const LABELS = {
  en: { title: 'Settlement plan', created: 'Created', statement: 'Driving statement', actions: 'Actions', none: 'No actions yet', referral: 'Referral' },
  fr: { title: 'Plan d’établissement', created: 'Créé le', statement: 'Énoncé', actions: 'Actions', none: 'Aucune action pour le moment', referral: 'Aiguillage' },
} as const;

/** The plan in English or French as plain text, for saving or sending to the client. */
export function planText(plan: Plan, lang: 'en' | 'fr'): string {
  const l = LABELS[lang];
  const lines = [`${l.title} ${plan.id}`, `${l.created}: ${plan.createdOn}`, ''];
  for (const s of plan.statements) {
    lines.push(`${l.statement}: ${s.text ? (s.text[lang] ?? s.text.en) : s.freeText}`);
    if (s.actions.length === 0) lines.push(`  ${l.none}`);
    for (const a of s.actions) {
      lines.push(`  - ${a.title[lang] ?? a.title.en}`);
      if (a.referral) lines.push(`    ${l.referral}: ${a.referral.name} (${a.referral.organization})${a.referral.phones[0] ? `, ${a.referral.phones[0]}` : ''}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
