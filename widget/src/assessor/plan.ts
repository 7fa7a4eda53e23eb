/** The plan as GET /api/plans/:id returns it (server/routes/plans.ts), and its printable text. */
import { ASSESSOR, formatDate, translator, type StaffLanguage } from '../shared/staff-strings.ts';

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

/** The plan in English or French as plain text, for saving or sending to the client. */
export function planText(plan: Plan, lang: StaffLanguage): string {
  const t = translator(ASSESSOR, lang);
  const colon = lang === 'fr' ? '\u00a0:' : ':';
  const lines = [t('plan.title', { id: plan.id }), `${t('plan.created')}${colon} ${formatDate(plan.createdOn, lang)}`, ''];
  for (const s of plan.statements) {
    lines.push(`${t('plan.statement')}${colon} ${s.text ? (s.text[lang] ?? s.text.en) : s.freeText}`);
    if (s.actions.length === 0) lines.push(`  ${t('plan.none')}`);
    for (const a of s.actions) {
      lines.push(`  - ${a.title[lang] ?? a.title.en}`);
      if (a.referral) lines.push(`    ${t('plan.referral')}${colon} ${a.referral.name} (${a.referral.organization})${a.referral.phones[0] ? `, ${a.referral.phones[0]}` : ''}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
