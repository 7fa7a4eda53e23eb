import type { Reason } from '../models/types.ts';
import { inLanguage, type LibraryLabels } from './labels.ts';

/** Reasons as the assessor reads them: the sentence in the plan's language, and the numbers. */
export interface ShownReason {
  kind: Reason['kind'];
  text: string;
  data: Reason['data'];
}

const pct = (share: unknown) => {
  const s = Number(share);
  return s > 0 && s < 0.01 ? 'moins de 1 %' : `${Math.round(s * 100)} %`;
};
const count = (n: unknown) => Math.round(Number(n)).toLocaleString('fr-CA');
const quoted = (text: string | undefined) => {
  const t = text ?? '';
  return `« ${t.length > 60 ? `${t.slice(0, 59).trimEnd()}…` : t} »`;
};

/**
 * French sentences for the reasons the models give (in English). Each model puts the numbers in
 * `data`, so the sentence can be rebuilt; anything unrecognised keeps its English text.
 */
function french(reason: Reason, labels: LibraryLabels): string | undefined {
  const d = reason.data;
  const statement = typeof d.statementId === 'string' ? quoted(inLanguage(labels.statements.get(d.statementId), 'fr')) : undefined;
  const action = typeof d.actionId === 'string' ? quoted(inLanguage(labels.actions.get(d.actionId), 'fr')) : undefined;
  switch (reason.kind) {
    case 'cooccurrence':
      if (statement) return `choisie pour ${pct(d.share)} des ${count(d.total)} déclarations passées dans des plans qui avaient aussi ${statement}`;
      return `choisie dans ${pct(d.share)} des ${count(d.plans)} plans passés avec cette déclaration`;
    case 'similar_text':
      if (statement) return `choisie dans ${pct(d.share)} des ${count(d.plans)} plans passés avec la déclaration semblable ${statement}`;
      return `sa formulation est proche de celle de cette déclaration (similarité ${Number(d.similarity).toFixed(2)})`;
    case 'together_with':
      return `souvent ajoutée avec ${action}, déjà dans ce plan : dans ${pct(d.share)} des ${count(d.plans ?? d.total)} cas passés`;
    case 'context':
      return `choisie pour ${pct(d.share)} des ${count(d.total)} déclarations passées de clients au profil semblable (${Number(d.lift).toFixed(1)} × le taux habituel)`;
    case 'popular':
      return `rattachée à ${pct(d.share)} des ${count(d.total)} déclarations passées`;
    case 'feedback':
      return `acceptée par les conseillers ${count(d.accepted)} fois sur ${count(Number(d.accepted) + Number(d.rejected))} pour cette déclaration`;
    default:
      return undefined;
  }
}

export function localizeReasons(reasons: Reason[], language: string, labels: LibraryLabels): ShownReason[] {
  return reasons.map((r) => ({
    kind: r.kind,
    text: language === 'fr' ? (french(r, labels) ?? r.text) : r.text,
    data: r.data,
  }));
}
