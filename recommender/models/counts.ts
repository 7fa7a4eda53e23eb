import { CsrMatrix } from '../data/csr.ts';
import type { TrainingData } from '../data/types.ts';

/** How often each action was attached, overall, per statement and per category of the statement. */
export interface AttachmentCounts {
  /** All statement instances, free text included. */
  totalRows: number;
  /** actionRows[a]: statement instances that got action a. */
  actionRows: Float32Array;
  /** statementRows[s]: instances of library statement s. */
  statementRows: Float32Array;
  /** (s, a): instances of s that got a. */
  statementAction: CsrMatrix;
  /** categoryRows[c]: instances of statements of category c. */
  categoryRows: Float32Array;
  /** Dense categories × actions: instances of category-c statements that got a. */
  categoryAction: Float32Array;
}

/** One pass over the rows. Counts stay below 2^24, so Float32 holds them exactly. */
export function countAttachments(data: TrainingData): AttachmentCounts {
  const { catalog } = data;
  const nS = catalog.statements.size;
  const nA = catalog.actions.size;
  const nC = catalog.categories.size;
  const actionRows = new Float32Array(nA);
  const statementRows = new Float32Array(nS);
  const categoryRows = new Float32Array(nC);
  const statementAction = new Float32Array(nS * nA);
  const categoryAction = new Float32Array(nC * nA);
  for (let r = 0; r < data.rowCount; r++) {
    const s = data.rowStatement[r];
    const c = s >= 0 ? catalog.statementCategory[s] : -1;
    if (s >= 0) {
      statementRows[s]++;
      categoryRows[c]++;
    }
    for (let k = data.rowActionStart[r]; k < data.rowActionStart[r + 1]; k++) {
      const a = data.rowActions[k];
      actionRows[a]++;
      if (s >= 0) {
        statementAction[s * nA + a]++;
        categoryAction[c * nA + a]++;
      }
    }
  }
  return {
    totalRows: data.rowCount,
    actionRows,
    statementRows,
    statementAction: CsrMatrix.fromDense(statementAction, nS, nA),
    categoryRows,
    categoryAction,
  };
}
