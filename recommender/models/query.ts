import { otherStatements, planContext } from '../data/access.ts';
import { rowsOfPlans } from '../data/split.ts';
import type { TrainingData } from '../data/types.ts';
import type { Query } from './types.ts';

/**
 * The offline query for row r: the model sees the client context and all the plan's statements,
 * but none of its actions.
 */
export function queryForRow(data: TrainingData, row: number): Query {
  const s = data.rowStatement[row];
  const query: Query = {
    otherStatementIndices: otherStatements(data, row),
    context: planContext(data, data.rowPlan[row]),
    actionsInPlan: [],
  };
  if (s >= 0) query.statementIndex = s;
  else query.statementText = data.freeTexts.get(row) ?? '';
  return query;
}

/**
 * Rows that make evaluation queries: statements with at least one attached action (without
 * actions there is nothing relevant; see metrics/ranking.ts). Free-text rows only on request:
 * scoring them needs an embedding, which is asynchronous (evaluateModelWithText).
 */
export function evaluationRows(data: TrainingData, plans?: Int32Array, options: { includeFreeText?: boolean } = {}): Int32Array {
  const candidates = plans ? rowsOfPlans(data, plans) : Int32Array.from({ length: data.rowCount }, (_, r) => r);
  return candidates.filter(
    (r) => (options.includeFreeText || data.rowStatement[r] >= 0) && data.rowActionStart[r + 1] > data.rowActionStart[r],
  );
}
