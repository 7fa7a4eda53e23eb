/**
 * Fairness: the headline metrics per group of clients (site, first language, immigration status,
 * age band), with each group's 95% interval and the best- vs worst-served gap, flagged when the
 * two intervals do not overlap. The people least served today must not be served worst by the AI.
 */
import type { Evaluation, TrainingData } from '../../recommender/index.ts';
import { bestWorstGap, ci, type BootstrapSettings, type GapReport, type GroupScore } from '../common/stats.ts';

export const SUBGROUP_DIMENSIONS = ['site', 'language', 'status', 'age'] as const;
export type SubgroupDimension = (typeof SUBGROUP_DIMENSIONS)[number];

export const DIMENSION_LABELS: Record<SubgroupDimension, string> = {
  site: 'Site',
  language: "Client's first language",
  status: 'Immigration status',
  age: 'Age band',
};

/** The group of the row's client on one dimension. */
export function groupOfRow(data: TrainingData, row: number, dimension: SubgroupDimension): string {
  const p = data.rowPlan[row];
  switch (dimension) {
    case 'site':
      return data.sites.ids[data.planSite[p]];
    case 'language': {
      const start = data.planLanguageStart[p];
      return start < data.planLanguageStart[p + 1] ? data.languages.ids[data.planLanguages[start]] : 'unknown';
    }
    case 'status':
      return data.statuses.ids[data.planStatus[p]];
    case 'age':
      return data.ageBands.ids[data.planAgeBand[p]];
  }
}

export interface MetricBreakdown {
  groups: GroupScore[];
  gap: GapReport;
}

export interface DimensionBreakdown {
  dimension: SubgroupDimension;
  /** Queries per group, biggest first. */
  sizes: { group: string; queries: number }[];
  /** model → metric → per-group intervals and the gap. */
  byModel: Record<string, Record<string, MetricBreakdown>>;
}

export interface SubgroupOptions {
  metrics: readonly string[];
  boot: BootstrapSettings;
  /** Groups with fewer queries are shown but not ranked best or worst (default 30). */
  minGroupSize: number;
}

export function subgroupBreakdown(data: TrainingData, evaluations: readonly Evaluation[], options: SubgroupOptions): DimensionBreakdown[] {
  if (evaluations.length === 0) return [];
  const rows = evaluations[0].rows;
  return SUBGROUP_DIMENSIONS.map((dimension) => {
    const members = new Map<string, number[]>();
    rows.forEach((row, q) => {
      const g = groupOfRow(data, row, dimension);
      let list = members.get(g);
      if (!list) members.set(g, (list = []));
      list.push(q);
    });
    const groups = [...members.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
    const byModel: DimensionBreakdown['byModel'] = {};
    for (const e of evaluations) {
      if (e.rows !== rows && !sameRows(e.rows, rows)) throw new Error(`model ${e.model} was scored on other queries; subgroups need paired queries`);
      byModel[e.model] = {};
      for (const metric of options.metrics) {
        const values = e.perQuery[metric];
        if (!values) continue;
        const scores: GroupScore[] = groups.map(([group, qs]) => {
          const interval = ci(
            qs.map((q) => values[q]),
            options.boot,
          );
          return { group, n: interval.n, ci: interval };
        });
        byModel[e.model][metric] = { groups: scores, gap: bestWorstGap(scores, options.minGroupSize) };
      }
    }
    return { dimension, sizes: groups.map(([group, qs]) => ({ group, queries: qs.length })), byModel };
  });
}

function sameRows(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
