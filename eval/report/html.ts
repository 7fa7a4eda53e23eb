/**
 * The report as one self-contained HTML file: inline CSS and SVG, no scripts, no network. Every
 * figure carries its 95% interval; the served model and flagged gaps stand out.
 */
import type { BotReport } from '../bot/run.ts';
import type { ClassifierResult, RetrievalResult } from '../bot/evaluate.ts';
import type { ConfidenceInterval } from '../common/stats.ts';
import type { ModelResult, RecommenderReport, SplitResult } from '../recommender/evaluate.ts';
import { DIMENSION_LABELS } from '../recommender/subgroups.ts';
import type { EvalReport } from './types.ts';
import { barChart, dotPlot, escapeHtml as e, histogram, lineChart } from './svg.ts';

export const f3 = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(3));
const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : '–');
const ms = (x: number) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ms` : '–');
const withCi = (c: ConfidenceInterval | undefined) => (c ? `${f3(c.mean)} <span class="ci">[${f3(c.lower)}, ${f3(c.upper)}]</span>` : '–');
const pCell = (p: number) => (Number.isFinite(p) ? (p < 0.001 ? '&lt;0.001' : p.toFixed(3)) : '–');

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;margin:0;background:#f6f7f9}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:20px;margin:32px 0 8px;border-bottom:2px solid #d0d7de;padding-bottom:4px}
h3{font-size:16px;margin:20px 0 6px}h4{font-size:14px;margin:14px 0 4px}
section{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:12px 18px;margin:14px 0}
table{border-collapse:collapse;margin:8px 0;font-variant-numeric:tabular-nums;display:block;overflow-x:auto;max-width:100%}
th,td{border:1px solid #d0d7de;padding:3px 8px;text-align:right;vertical-align:top}
th:first-child,td:first-child{text-align:left}th{background:#f0f2f4}td{white-space:nowrap}
section>h2:first-child,section>h3:first-child{margin-top:4px}
th.t,td.t{text-align:left}
tr.served td{background:#eef6ff;font-weight:600}
.ci{color:#57606a;font-size:12px;font-weight:400}.note{color:#57606a}.muted{color:#8c959f}
.flag{background:#ffebe9;color:#82071e;font-weight:600;padding:0 4px;border-radius:3px}
.ok{color:#1a7f37}.pos{background:#dafbe1}.neg{background:#ffebe9}
dl{display:grid;grid-template-columns:max-content auto;gap:2px 12px}dt{font-weight:600}dd{margin:0}
.chart{display:block;margin:8px 0;max-width:100%;height:auto}
.chart text{font-size:11px;fill:#1b1f24}.chart .chart-title{font-size:13px;font-weight:600}
.chart .tick{fill:#57606a;font-size:10px}.chart .bar{fill:#8fb8de}.chart .bar.accent{fill:#0969da}
.chart .whisker{stroke:#1b1f24;stroke-width:1.3;fill:none}.chart .axis{stroke:#8c959f;fill:none}
.chart .line{fill:none;stroke-width:2}.chart .dot{fill:#0969da}.chart .dot.accent{fill:#cf222e}.chart .marker{stroke:#cf222e;stroke-dasharray:4 3}
.s0{stroke:#0969da;fill:#0969da}.s1{stroke:#cf222e;fill:#cf222e}.s2{stroke:#1a7f37;fill:#1a7f37}.s3{stroke:#8250df;fill:#8250df}.s4{stroke:#bf8700;fill:#bf8700}.s5{stroke:#57606a;fill:#57606a}
polyline.s0,polyline.s1,polyline.s2,polyline.s3,polyline.s4,polyline.s5{fill:none}
details summary{cursor:pointer;color:#0969da;margin:6px 0}
nav a{margin-right:12px}
`;

export function renderHtml(report: EvalReport): string {
  const body: string[] = [];
  body.push(`<h1>Wayfinder evaluation report</h1><p class="note">Offline evaluation of the recommender and the chatbot. Every figure is a mean over held-out queries with its 95% bootstrap interval in brackets.</p>`);
  body.push(`<nav>${report.recommender ? '<a href="#recommender">Recommender</a><a href="#fairness">Fairness</a>' : ''}${report.bot ? '<a href="#bot">Chatbot</a>' : ''}<a href="#method">Method</a></nav>`);
  body.push(runSection(report));
  if (report.recommender) body.push(recommenderSection(report.recommender), fairnessSection(report.recommender));
  if (report.bot) body.push('skipped' in report.bot ? `<section id="bot"><h2>Chatbot</h2><p class="note">${e(report.bot.note)}</p></section>` : botSection(report.bot));
  body.push(methodSection());
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Wayfinder evaluation ${e(report.run.startedAt)}</title><style>${CSS}</style></head><body><main>${body.join('\n')}</main></body></html>`;
}

function runSection(r: EvalReport): string {
  const rows: [string, string][] = [
    ['Started', e(r.run.startedAt)],
    ['Git commit', r.run.git.commit ? `<code>${e(r.run.git.commit)}</code>${r.run.git.dirty ? ' (with uncommitted changes)' : ''}` : 'unknown (not a git checkout)'],
    ['Seed', String(r.run.seed)],
    ['Command', `<code>npm run eval -- ${e(r.run.argv.join(' '))}</code>`],
    ['Database', e(r.run.database.backend)],
    ['Runtime', `${r.run.seconds.toFixed(1)} s`],
  ];
  if (r.data) {
    rows.push(
      ['Plans', `${r.data.plans.toLocaleString('en')} plans of ${r.data.clients.toLocaleString('en')} clients, ${e(r.data.range.from ?? '–')} to ${e(r.data.range.to ?? '–')}`],
      ['Logged decisions', `${r.data.decisions.decided} decided of ${r.data.decisions.logged} suggestions logged`],
      ['Pseudonyms', `keyed HMAC, key ${r.data.pseudonyms.key} (fingerprint <code>${e(r.data.pseudonyms.fingerprint)}</code>)`],
    );
  }
  if (r.embedder) rows.push(['Text embedder', e(r.embedder)]);
  const versions = r.modelVersions.length
    ? `<h3>Stored model versions</h3><table><tr><th>id</th><th>model</th><th>created</th><th>active</th><th>data</th><th>plans</th><th>embedder</th></tr>${r.modelVersions
        .map((v) => `<tr><td>${v.id}</td><td>${e(v.modelName)}</td><td>${e(v.createdAt.slice(0, 19))}</td><td>${v.active ? 'yes' : ''}</td><td>${e(v.dataFrom ?? '–')} – ${e(v.dataTo ?? '–')}</td><td>${v.trainPlans}</td><td>${e(v.embedderId ?? '–')}</td></tr>`)
        .join('')}</table><p class="note">The evaluation refits every model on each split's training plans with the same code; stored versions are listed for reference.</p>`
    : '';
  return `<section id="run"><h2>Run</h2><dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>${versions}<details><summary>Configuration</summary><pre>${e(JSON.stringify(r.run.config, null, 2))}</pre></details></section>`;
}

function modelTable(models: readonly ModelResult[], metrics: readonly string[], served: string, coverageKey = 'coverage@10'): string {
  const head = `<tr><th>model</th>${metrics.map((m) => `<th>${e(m)}</th>`).join('')}<th>${e(coverageKey)}</th></tr>`;
  const rows = models.map((m) => `<tr${m.model === served ? ' class="served"' : ''}><td>${e(m.model)}</td>${metrics.map((k) => `<td>${withCi(m.metrics[k])}</td>`).join('')}<td>${f3(m.coverage[coverageKey])}</td></tr>`);
  return `<table>${head}${rows.join('')}</table>`;
}

function allMetricsTable(models: readonly ModelResult[], ks: readonly number[], served: string): string {
  const names = ['precision', 'recall', 'ndcg', 'map', 'rr', 'hit'];
  const parts = ks.map((k) => `<h4>k = ${k}</h4>${modelTable(models, names.map((n) => `${n}@${k}`), served, `coverage@${k}`)}`);
  return `<details><summary>Every metric at k = ${ks.join(', ')}</summary>${parts.join('')}</details>`;
}

function bars(title: string, models: readonly ModelResult[], metric: string, served: string): string {
  return barChart(title, models.map((m) => ({ label: m.model, mean: m.metrics[metric]?.mean ?? NaN, lower: m.metrics[metric]?.lower, upper: m.metrics[metric]?.upper, highlight: m.model === served })), { max: 1 });
}

function pairwiseTable(s: SplitResult): string {
  const { models, cells, metric } = s.pairwise;
  const head = `<tr><th>row − column</th>${models.map((m) => `<th>${e(m)}</th>`).join('')}</tr>`;
  const rows = models.map(
    (a, i) =>
      `<tr><td>${e(a)}</td>${cells[i]
        .map((c) => {
          if (!c) return '<td class="muted">·</td>';
          const significant = c.pHolm < 0.05;
          const cls = significant ? (c.meanDifference > 0 ? ' class="pos"' : ' class="neg"') : '';
          return `<td${cls} title="95% CI [${f3(c.lower)}, ${f3(c.upper)}], bootstrap p = ${pCell(c.pValue)}, paired z-test p = ${pCell(c.pZ)}, Holm-adjusted ${pCell(c.pHolm)}">${c.meanDifference >= 0 ? '+' : ''}${f3(c.meanDifference)}${significant ? '*' : ''}</td>`;
        })
        .join('')}</tr>`,
  );
  return `<h4>Paired differences in ${e(metric)} (row minus column)</h4><table>${head}${rows.join('')}</table><p class="note">Mean differences over the same queries (95% intervals by paired bootstrap, on hover). * and colour: paired z-test p &lt; 0.05 after Holm adjustment over all ${(models.length * (models.length - 1)) / 2} pairs (hover a cell for its interval and p-values).</p>`;
}

function versusServedTable(s: SplitResult, served: string, metrics: readonly string[]): string {
  const others = Object.keys(s.versusServed[metrics[0]] ?? {});
  const head = `<tr><th>${e(served)} minus</th>${metrics.map((m) => `<th>${e(m)}</th>`).join('')}</tr>`;
  const rows = others.map(
    (o) =>
      `<tr><td>${e(o)}</td>${metrics
        .map((m) => {
          const c = s.versusServed[m][o];
          return `<td>${c.meanDifference >= 0 ? '+' : ''}${f3(c.meanDifference)} <span class="ci">[${f3(c.lower)}, ${f3(c.upper)}] p ${pCell(c.pValue)}</span></td>`;
        })
        .join('')}</tr>`,
  );
  return `<details><summary>${e(served)} against every other model, every headline metric</summary><table>${head}${rows.join('')}</table></details>`;
}

function splitSection(s: SplitResult, r: RecommenderReport): string {
  const served = r.servedModel;
  const parts: string[] = [];
  parts.push(`<section id="rec-${e(s.split)}"><h3>Split: ${e(s.split)}</h3><p class="note">${e(s.description)}. Plans: ${s.plans.train} train, ${s.plans.validation} validation, ${s.plans.test} test (${e(s.range.testFrom ?? '–')} to ${e(s.range.testTo ?? '–')}); ${s.queries} test queries (statements with actions).</p>`);
  parts.push(modelTable(s.models, r.headlineMetrics, served));
  parts.push(bars(`${r.primaryMetric} by model (${s.split} split)`, s.models, r.primaryMetric, served));
  parts.push(allMetricsTable(s.models, r.ks, served));
  parts.push(pairwiseTable(s));
  parts.push(versusServedTable(s, served, r.headlineMetrics));
  parts.push('<h4>Cold start: statements never seen in training</h4>');
  if (s.coldStart.skipped) parts.push(`<p class="note">${e(s.coldStart.note)}</p>`);
  else {
    parts.push(`<p class="note">${s.coldStart.heldOutStatements} library statements held out of training entirely (every training plan with one dropped); ${s.coldStart.queries} test queries on them.</p>`);
    parts.push(modelTable(s.coldStart.models, ['recall@10', 'ndcg@10', 'hit@5'], served));
    parts.push(bars(`Cold start recall@10 (${s.split})`, s.coldStart.models, 'recall@10', served));
  }
  parts.push('<h4>Free-text statements</h4>');
  if (s.freeText.skipped) parts.push(`<p class="note">${e(s.freeText.note)}</p>`);
  else {
    parts.push(`<p class="note">${s.freeText.queries} test statements the assessor wrote in their own words (text-aware models embed them).</p>`);
    parts.push(modelTable(s.freeText.models, ['recall@10', 'ndcg@10', 'hit@5'], served));
  }
  parts.push('<h4>Replay of logged decisions</h4>');
  if (s.replay.skipped) parts.push(`<p class="note">Skipped: ${e(s.replay.note)}</p>`);
  else {
    const rp = s.replay;
    parts.push(`<p class="note">${rp.accepted} accepted and ${rp.rejected} rejected suggestions on held-out plans (left out: ${rp.excluded.planNotHeldOut} on training plans, ${rp.excluded.freeText} on free text, ${rp.excluded.undecided} undecided, ${rp.excluded.statementNotInPlan} not found).</p>`);
    parts.push(
      `<table><tr><th>model</th><th>accepted actions in its top ${rp.k} (higher is better)</th><th>rejected actions it would show in its top ${rp.k} (lower is better)</th></tr>${rp.models
        .map((m) => `<tr${m.model === served ? ' class="served"' : ''}><td>${e(m.model)}</td><td>${withCi(m.acceptedInTopK)}</td><td>${withCi(m.rejectedShown)}</td></tr>`)
        .join('')}</table>`,
    );
  }
  if (s.tuning) parts.push(`<details><summary>Hybrid tuning on validation</summary><pre>${e(JSON.stringify(s.tuning, null, 2))}</pre></details>`);
  parts.push(`<p class="muted">Seconds: ${Object.entries(s.seconds).map(([k, v]) => `${e(k)} ${v}`).join(', ')}</p></section>`);
  return parts.join('\n');
}

function recommenderSection(r: RecommenderReport): string {
  return `<section id="recommender"><h2>Recommender</h2><p class="note">Each split fits every model on its training plans and scores all of them on the same held-out statements: for a (plan, statement), the model sees the client context and the plan's statements, never its actions, and the relevant items are the actions the assessor attached. Ineligible actions are filtered as in serving. <strong>${e(r.servedModel)}</strong> is the served model.</p></section>${r.splits.map((s) => splitSection(s, r)).join('\n')}`;
}

function fairnessSection(r: RecommenderReport): string {
  const parts: string[] = [`<section id="fairness"><h2>Fairness: who is served best and worst</h2><p class="note">Headline metrics per group of clients. <span class="flag">gap</span> marks a best-versus-worst difference whose 95% intervals do not overlap (groups under the minimum size are listed but not ranked).</p>`];
  for (const s of r.splits) {
    parts.push(`<h3>${e(s.split)} split</h3>`);
    // Every flagged gap at a glance: the served model's open, every model's folded, largest first.
    const flagged: { model: string; row: string; gap: number }[] = [];
    for (const d of s.subgroups) {
      for (const [model, byMetric] of Object.entries(d.byModel)) {
        for (const [metric, b] of Object.entries(byMetric)) {
          if (!b.gap.flagged) continue;
          flagged.push({ model, gap: b.gap.gap, row: `<td class="t">${e(model)}</td><td class="t">${e(DIMENSION_LABELS[d.dimension])}</td><td class="t">${e(metric)}</td><td class="t">${e(b.gap.best ?? '–')}</td><td class="t">${e(b.gap.worst ?? '–')}</td><td>${f3(b.gap.gap)}</td>` });
        }
      }
    }
    flagged.sort((a, b) => b.gap - a.gap);
    const table = (rows: typeof flagged) => `<table><tr><th>model</th><th class="t">dimension</th><th class="t">metric</th><th class="t">best served</th><th class="t">worst served</th><th>gap</th></tr>${rows.map((r) => `<tr>${r.row}</tr>`).join('')}</table>`;
    const servedFlags = flagged.filter((x) => x.model === r.servedModel);
    parts.push(
      servedFlags.length
        ? `<p><span class="flag">${servedFlags.length} flagged gaps</span> for the served model ${e(r.servedModel)}, largest first:</p>${table(servedFlags)}`
        : `<p class="ok">No flagged gap for the served model ${e(r.servedModel)} on any headline metric.</p>`,
    );
    if (flagged.length > servedFlags.length) parts.push(`<details><summary>${flagged.length} flagged gaps over all models</summary>${table(flagged)}</details>`);
    for (const d of s.subgroups) {
      const servedBreakdown = d.byModel[r.servedModel];
      if (!servedBreakdown) continue;
      const head = `<tr><th>${e(DIMENSION_LABELS[d.dimension])}</th><th>queries</th>${r.headlineMetrics.map((m) => `<th>${e(m)}</th>`).join('')}</tr>`;
      const rows = d.sizes.map((g, gi) => `<tr><td>${e(g.group)}</td><td>${g.queries}</td>${r.headlineMetrics.map((m) => `<td>${withCi(servedBreakdown[m]?.groups[gi]?.ci)}</td>`).join('')}</tr>`);
      const gaps = `<tr><td><em>best − worst</em></td><td></td>${r.headlineMetrics
        .map((m) => {
          const g = servedBreakdown[m]?.gap;
          if (!g) return '<td>–</td>';
          return `<td>${g.flagged ? '<span class="flag">gap</span> ' : ''}${f3(g.gap)} <span class="ci">${e(g.best ?? '')} vs ${e(g.worst ?? '')}</span></td>`;
        })
        .join('')}</tr>`;
      const primary = servedBreakdown[r.primaryMetric];
      parts.push(`<h4>${e(DIMENSION_LABELS[d.dimension])} (${e(r.servedModel)})</h4><table>${head}${rows.join('')}${gaps}</table>`);
      if (primary) {
        const overall = s.models.find((m) => m.model === r.servedModel)?.metrics[r.primaryMetric]?.mean;
        parts.push(
          dotPlot(
            `${r.primaryMetric} by ${DIMENSION_LABELS[d.dimension].toLowerCase()} (${s.split}, ${r.servedModel}); red: flagged best and worst`,
            primary.groups.map((g) => ({ label: `${g.group} (${g.n})`, mean: g.ci.mean, lower: g.ci.lower, upper: g.ci.upper, highlight: primary.gap.flagged && (g.group === primary.gap.best || g.group === primary.gap.worst) })),
            { reference: overall },
          ),
        );
      }
    }
  }
  parts.push('</section>');
  return parts.join('\n');
}

function retrievalTable(configs: readonly RetrievalResult[]): string {
  const metrics = ['recall@5', 'recall@10', 'mrr@10', 'ndcg@10', 'hit@1', 'hit@3'];
  const head = `<tr><th>configuration</th><th>queries</th>${metrics.map((m) => `<th>${e(m)}</th>`).join('')}<th>p50 latency</th><th>p95 latency</th></tr>`;
  const rows = configs.map(
    (c, i) =>
      `<tr${i === 0 ? ' class="served"' : ''}><td>${e(c.name)}${c.errors.count ? ` <span class="flag">${c.errors.count} errors</span>` : ''}</td><td>${c.queries}</td>${metrics.map((m) => `<td>${withCi(c.metrics[m])}</td>`).join('')}<td>${ms(c.latency.p50Ms)}</td><td>${ms(c.latency.p95Ms)}</td></tr>`,
  );
  return `<table>${head}${rows.join('')}</table>`;
}

function perLanguageTable(c: RetrievalResult): string {
  const metrics = ['recall@10', 'mrr@10', 'ndcg@10', 'hit@1', 'hit@3'];
  const langs = Object.keys(c.perLanguage).sort();
  const head = `<tr><th>language</th><th>queries</th>${metrics.map((m) => `<th>${e(m)}</th>`).join('')}</tr>`;
  return `<table>${head}${langs.map((l) => `<tr><td>${e(l)}</td><td>${c.perLanguage[l].queries}</td>${metrics.map((m) => `<td>${withCi(c.perLanguage[l].metrics[m])}</td>`).join('')}</tr>`).join('')}</table>`;
}

function classifierSection(c: ClassifierResult): string {
  const parts: string[] = [`<h3>Handoff and crisis: ${e(c.name)}</h3>`];
  if (c.errors.count) parts.push(`<p class="flag">${c.errors.count} messages failed: ${e(c.errors.first ?? '')}</p>`);
  const h = c.handoff;
  if (h) {
    const p = h.atDecision.point;
    parts.push(
      `<p class="note">${h.messages} test messages that are questions or need a person (${h.shouldHandOff} should go to a person: handoff or a plain request for a person). A crisis route counts as bringing a person in.</p>`,
      `<table><tr><th>at the bot's decision</th><th>handoff precision</th><th>handoff recall</th><th>F1</th><th>handoff rate</th></tr><tr><td>all languages</td><td>${withCi(h.atDecision.precision)}</td><td>${withCi(h.atDecision.recall)}</td><td>${f3(p.f1)}</td><td>${pct(p.handoffRate)}</td></tr>${Object.entries(h.perLanguage)
        .sort()
        .map(([lang, x]) => `<tr><td>${e(lang)} (${x.messages})</td><td>${withCi(x.precision)}</td><td>${withCi(x.recall)}</td><td></td><td></td></tr>`)
        .join('')}</table>`,
    );
    const finite = h.curve.filter((q) => Number.isFinite(q.threshold));
    parts.push(
      lineChart(
        'Handoff precision and recall by confidence threshold (test split)',
        [
          { name: 'precision', points: finite.map((q) => [q.threshold, q.precision]) },
          { name: 'recall', points: finite.map((q) => [q.threshold, q.recall]) },
          { name: 'handoff rate', points: finite.map((q) => [q.threshold, q.handoffRate]) },
        ],
        { xLabel: 'answer-confidence threshold (hand off below it)', marker: h.chosen ? { x: h.chosen.threshold, label: 'chosen' } : undefined },
      ),
    );
    if (h.chosen) {
      parts.push(
        `<p>Threshold chosen on the calibration split (best F1): <strong>${f3(h.chosen.threshold)}</strong> — calibration precision ${f3(h.chosen.calibration.precision)}, recall ${f3(h.chosen.calibration.recall)}; on test precision <strong>${f3(h.chosen.test.precision)}</strong>, recall <strong>${f3(h.chosen.test.recall)}</strong>, handoff rate ${pct(h.chosen.test.handoffRate)}.</p>`,
      );
    }
  }
  if (c.crisis) {
    const cr = c.crisis;
    parts.push(
      `<h4>Crisis</h4><table><tr><th></th><th>value</th></tr><tr><td>crisis recall (${cr.messages} crisis messages)</td><td>${withCi(cr.recall)}</td></tr><tr><td>crisis precision</td><td>${withCi(cr.precision)}</td></tr>${Object.entries(cr.perLanguage)
        .map(([lang, x]) => `<tr><td>recall, ${e(lang)} (${x.n})</td><td>${withCi(x)}</td></tr>`)
        .join('')}</table>${cr.missed.length ? `<p class="flag">Missed crisis messages: ${cr.missed.map(e).join(', ')}</p>` : '<p class="ok">No crisis message missed.</p>'}`,
    );
  } else if (!c.detectsIntents) {
    parts.push(`<p class="note">Crisis recall and intents not measured: ${e(c.name)} only decides answer versus handoff.</p>`);
  }
  if (c.confusion) {
    const outcomes = [...new Set(Object.values(c.confusion).flatMap((r) => Object.keys(r)))].sort();
    parts.push(
      `<details><summary>Expected outcome × bot outcome</summary><table><tr><th>expected \\ bot</th>${outcomes.map((o) => `<th>${e(o)}</th>`).join('')}</tr>${Object.entries(c.confusion)
        .map(([exp, row]) => `<tr><td>${e(exp)}</td>${outcomes.map((o) => `<td>${row[o] ?? ''}</td>`).join('')}</tr>`)
        .join('')}</table></details>`,
    );
  }
  parts.push(`<p class="muted">Classifier latency p50 ${ms(c.latency.p50Ms)}, p95 ${ms(c.latency.p95Ms)}, max ${ms(c.latency.maxMs)}.</p>`);
  return parts.join('\n');
}

function botSection(b: BotReport): string {
  const parts: string[] = [`<section id="bot"><h2>Chatbot</h2><p class="note">Dataset: ${e(b.dataset.name)} (${e(b.dataset.kind)}), ${b.dataset.cases} messages, ${b.dataset.retrievalQueries} scored for retrieval (test split, with relevance labels). Articles count by translation group, so any language version answers.</p>`];
  for (const n of b.notes) parts.push(`<p class="note">${e(n)}</p>`);
  if (b.configurations.length) {
    parts.push('<h3>Retrieval, configurations side by side</h3>', retrievalTable(b.configurations));
    parts.push(barChart('nDCG@10 by configuration', b.configurations.map((c, i) => ({ label: c.name, mean: c.metrics['ndcg@10']?.mean ?? NaN, lower: c.metrics['ndcg@10']?.lower, upper: c.metrics['ndcg@10']?.upper, highlight: i === 0 })), { max: 1 }));
    if (b.comparison) {
      const metrics = ['ndcg@10', 'recall@10', 'mrr@10', 'hit@1'];
      parts.push(
        `<h4>Paired differences against ${e(b.comparison.reference)}</h4><table><tr><th>configuration minus reference</th>${metrics.map((m) => `<th>${e(m)}</th>`).join('')}</tr>${Object.entries(b.comparison.versus)
          .map(([name, byMetric]) => `<tr><td>${e(name)}</td>${metrics.map((m) => { const c = byMetric[m]; return `<td>${c.meanDifference >= 0 ? '+' : ''}${f3(c.meanDifference)} <span class="ci">[${f3(c.lower)}, ${f3(c.upper)}] p ${pCell(c.pValue)}</span></td>`; }).join('')}</tr>`)
          .join('')}</table>`,
      );
    }
    parts.push(`<h3>Per language (${e(b.configurations[0].name)})</h3>`, perLanguageTable(b.configurations[0]));
    for (const c of b.configurations.slice(1)) parts.push(`<details><summary>Per language: ${e(c.name)}</summary>${perLanguageTable(c)}</details>`);
    const ref = b.configurations[0].latency;
    const labels = ref.histogram.edges.map((edge, i) => (i + 1 < ref.histogram.edges.length ? `${edge}–${ref.histogram.edges[i + 1]}` : `≥${edge}`));
    parts.push(
      '<h3>Latency</h3>',
      `<table><tr><th>configuration</th><th>mean</th><th>p50</th><th>p90</th><th>p95</th><th>p99</th><th>max</th></tr>${b.configurations.map((c) => `<tr><td>${e(c.name)}</td><td>${ms(c.latency.meanMs)}</td><td>${ms(c.latency.p50Ms)}</td><td>${ms(c.latency.p90Ms)}</td><td>${ms(c.latency.p95Ms)}</td><td>${ms(c.latency.p99Ms)}</td><td>${ms(c.latency.maxMs)}</td></tr>`).join('')}</table>`,
      histogram(`Search latency, ms (${b.configurations[0].name})`, labels, ref.histogram.counts),
    );
  }
  if (b.classifier) parts.push(classifierSection(b.classifier));
  else parts.push('<p class="note">No intent/handoff classifier connected: handoff and crisis not measured.</p>');
  parts.push('</section>');
  return parts.join('\n');
}

function methodSection(): string {
  return `<section id="method"><h2>Method</h2><ul>
<li><strong>Recommender metrics</strong> (per query, then averaged): precision@k, recall@k, nDCG@k (binary gains, log2 discount, ideal of min(k, relevant) hits), MAP@k (over min(k, relevant)), MRR (rr@k: 1/rank of the first hit within k), hit rate@k; catalogue coverage@k = share of actions suggested at least once. Ties in scores go to the lower action index; a list shorter than k counts missing places as misses.</li>
<li><strong>Bot metrics</strong>: graded relevance (2 answers, 1 partly answers), linear-gain nDCG@10, recall@k and hit@k over items with grade ≥ 1, MRR@10; unjudged items count as non-relevant; items are ranked by score, ties by id, repeats collapsed.</li>
<li><strong>Intervals</strong>: 95% percentile bootstrap over queries (seeded); proportions with few cases (handoff, crisis, replay) use Wilson intervals. Paired differences resample queries with both models' values together (two-sided bootstrap p-values, whose floor is 1/(resamples + 1)); the model matrix marks significance with a paired z-test on the per-query differences, Holm-adjusted over all pairs.</li>
<li><strong>Splits</strong>: temporal (latest window), by client (seeded share of clients never seen in training), leave-last-plan-out (each returning client's latest plan). Cold start holds a seeded 15% of the test statements out of training entirely.</li>
<li><strong>Fairness</strong>: groups by site, client's first language, immigration status and age band; the gap is best minus worst group mean, flagged when their intervals do not overlap.</li>
<li><strong>Privacy</strong>: the evaluation reads plan and client identifiers only as keyed HMAC pseudonyms and reports aggregates; no names, contact details or free text appear here.</li>
</ul></section>`;
}
