/** Small inline SVG charts for the self-contained report: no scripts, no external files. */

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const fmt = (x: number, digits = 3) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const clamp01 = (x: number) => Math.max(0, Math.min(1, x));

export interface BarItem {
  label: string;
  mean: number;
  lower?: number;
  upper?: number;
  /** Drawn in the accent colour (the served model, the flagged group). */
  highlight?: boolean;
}

/** Horizontal bars (0..max) with 95% interval whiskers and the value printed. */
export function barChart(title: string, items: readonly BarItem[], options: { max?: number; width?: number } = {}): string {
  const width = options.width ?? 640;
  const labelW = 170;
  const valueW = 150;
  const plotW = width - labelW - valueW;
  const rowH = 22;
  const top = 28;
  const height = top + items.length * rowH + 24;
  const finite = items.flatMap((i) => [i.mean, i.upper ?? i.mean]).filter(Number.isFinite);
  const max = options.max ?? Math.max(1e-9, ...finite);
  const x = (v: number) => labelW + clamp01(v / max) * plotW;
  const parts: string[] = [`<text x="0" y="16" class="chart-title">${escapeHtml(title)}</text>`];
  items.forEach((item, i) => {
    const y = top + i * rowH;
    parts.push(`<text x="${labelW - 6}" y="${y + 15}" text-anchor="end" class="label">${escapeHtml(item.label)}</text>`);
    if (Number.isFinite(item.mean)) {
      parts.push(`<rect x="${labelW}" y="${y + 4}" width="${Math.max(0, x(item.mean) - labelW).toFixed(1)}" height="${rowH - 8}" class="${item.highlight ? 'bar accent' : 'bar'}"><title>${escapeHtml(item.label)}: ${fmt(item.mean)}</title></rect>`);
      if (item.lower !== undefined && item.upper !== undefined && Number.isFinite(item.lower) && Number.isFinite(item.upper)) {
        const [l, u, m] = [x(item.lower), x(item.upper), y + rowH / 2];
        parts.push(`<path d="M${l.toFixed(1)},${m} H${u.toFixed(1)} M${l.toFixed(1)},${m - 5} V${m + 5} M${u.toFixed(1)},${m - 5} V${m + 5}" class="whisker"/>`);
      }
    }
    const interval = item.lower !== undefined && Number.isFinite(item.lower) ? ` [${fmt(item.lower)}, ${fmt(item.upper ?? NaN)}]` : '';
    parts.push(`<text x="${width - valueW + 6}" y="${y + 15}" class="value">${fmt(item.mean)}${interval}</text>`);
  });
  const axisY = top + items.length * rowH + 4;
  parts.push(`<path d="M${labelW},${axisY} H${labelW + plotW}" class="axis"/>`);
  for (const t of [0, 0.25, 0.5, 0.75, 1]) parts.push(`<text x="${(labelW + t * plotW).toFixed(1)}" y="${axisY + 14}" text-anchor="middle" class="tick">${fmt(t * max, 2)}</text>`);
  return svg(width, height, title, parts);
}

export interface Series {
  name: string;
  points: readonly [number, number][];
}

/** Lines over x (e.g. precision and recall against the threshold); y in 0..1. */
export function lineChart(title: string, series: readonly Series[], options: { xLabel: string; yLabel?: string; width?: number; marker?: { x: number; label: string } } = { xLabel: '' }): string {
  const width = options.width ?? 640;
  const height = 280;
  const [left, right, top, bottom] = [48, 130, 28, 40];
  const xs = series.flatMap((s) => s.points.map((p) => p[0])).filter(Number.isFinite);
  const [x0, x1] = xs.length ? [Math.min(...xs), Math.max(...xs)] : [0, 1];
  const span = x1 - x0 || 1;
  const px = (v: number) => left + ((v - x0) / span) * (width - left - right);
  const py = (v: number) => top + (1 - clamp01(v)) * (height - top - bottom);
  const parts: string[] = [`<text x="0" y="16" class="chart-title">${escapeHtml(title)}</text>`];
  parts.push(`<path d="M${left},${top} V${height - bottom} H${width - right}" class="axis"/>`);
  for (const t of [0, 0.5, 1]) parts.push(`<text x="${left - 6}" y="${py(t) + 4}" text-anchor="end" class="tick">${t}</text>`);
  for (const t of [0, 0.5, 1]) parts.push(`<text x="${px(x0 + t * span).toFixed(1)}" y="${height - bottom + 14}" text-anchor="middle" class="tick">${fmt(x0 + t * span, 2)}</text>`);
  parts.push(`<text x="${(left + width - right) / 2}" y="${height - 6}" text-anchor="middle" class="label">${escapeHtml(options.xLabel)}</text>`);
  series.forEach((s, i) => {
    const pts = s.points.filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b));
    if (pts.length) parts.push(`<polyline points="${pts.map(([a, b]) => `${px(a).toFixed(1)},${py(b).toFixed(1)}`).join(' ')}" class="line s${i % 6}"/>`);
    parts.push(`<rect x="${width - right + 10}" y="${top + i * 18}" width="12" height="4" class="key s${i % 6}"/><text x="${width - right + 26}" y="${top + i * 18 + 6}" class="label">${escapeHtml(s.name)}</text>`);
  });
  if (options.marker && Number.isFinite(options.marker.x)) {
    const mx = px(options.marker.x).toFixed(1);
    parts.push(`<path d="M${mx},${top} V${height - bottom}" class="marker"/><text x="${mx}" y="${top - 4}" text-anchor="middle" class="tick">${escapeHtml(options.marker.label)}</text>`);
  }
  return svg(width, height, title, parts);
}

/** Vertical bars for a histogram with labelled buckets. */
export function histogram(title: string, labels: readonly string[], counts: readonly number[], options: { width?: number } = {}): string {
  const width = options.width ?? 640;
  const height = 200;
  const [left, top, bottom] = [36, 28, 36];
  const max = Math.max(1, ...counts);
  const w = (width - left - 10) / Math.max(1, counts.length);
  const parts: string[] = [`<text x="0" y="16" class="chart-title">${escapeHtml(title)}</text>`];
  counts.forEach((c, i) => {
    const h = (c / max) * (height - top - bottom);
    const x = left + i * w;
    parts.push(`<rect x="${(x + 2).toFixed(1)}" y="${(height - bottom - h).toFixed(1)}" width="${(w - 4).toFixed(1)}" height="${h.toFixed(1)}" class="bar"><title>${escapeHtml(labels[i])}: ${c}</title></rect>`);
    parts.push(`<text x="${(x + w / 2).toFixed(1)}" y="${height - bottom + 14}" text-anchor="middle" class="tick">${escapeHtml(labels[i])}</text>`);
    if (c > 0) parts.push(`<text x="${(x + w / 2).toFixed(1)}" y="${(height - bottom - h - 3).toFixed(1)}" text-anchor="middle" class="tick">${c}</text>`);
  });
  parts.push(`<path d="M${left},${height - bottom} H${width - 10}" class="axis"/>`);
  return svg(width, height, title, parts);
}

function svg(width: number, height: number, title: string, parts: string[]): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="${escapeHtml(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}

/**
 * Group means as dots with 95% whiskers on an axis zoomed to the data, with a reference line
 * (e.g. the overall mean): gaps of a few points are visible, and the axis labels say it is zoomed.
 */
export function dotPlot(title: string, items: readonly BarItem[], options: { reference?: number; width?: number } = {}): string {
  const width = options.width ?? 640;
  const labelW = 170;
  const valueW = 150;
  const plotW = width - labelW - valueW;
  const rowH = 20;
  const top = 28;
  const height = top + items.length * rowH + 36;
  const values = items.flatMap((i) => [i.mean, i.lower ?? i.mean, i.upper ?? i.mean]).filter(Number.isFinite);
  if (options.reference !== undefined && Number.isFinite(options.reference)) values.push(options.reference);
  let lo = values.length ? Math.min(...values) : 0;
  let hi = values.length ? Math.max(...values) : 1;
  const pad = (hi - lo) * 0.08 || 0.01;
  lo = Math.max(0, lo - pad);
  hi = Math.min(1, hi + pad);
  const x = (v: number) => labelW + ((v - lo) / (hi - lo || 1)) * plotW;
  const parts: string[] = [`<text x="0" y="16" class="chart-title">${escapeHtml(title)}</text>`];
  if (options.reference !== undefined && Number.isFinite(options.reference)) {
    const rx = x(options.reference).toFixed(1);
    parts.push(`<path d="M${rx},${top} V${top + items.length * rowH}" class="marker"/><text x="${rx}" y="${top - 3}" text-anchor="middle" class="tick">all: ${fmt(options.reference)}</text>`);
  }
  items.forEach((item, i) => {
    const y = top + i * rowH + rowH / 2;
    parts.push(`<text x="${labelW - 6}" y="${y + 4}" text-anchor="end" class="label">${escapeHtml(item.label)}</text>`);
    if (item.lower !== undefined && item.upper !== undefined && Number.isFinite(item.lower) && Number.isFinite(item.upper)) {
      parts.push(`<path d="M${x(item.lower).toFixed(1)},${y} H${x(item.upper).toFixed(1)}" class="whisker"/>`);
    }
    if (Number.isFinite(item.mean)) parts.push(`<circle cx="${x(item.mean).toFixed(1)}" cy="${y}" r="4" class="${item.highlight ? 'dot accent' : 'dot'}"><title>${escapeHtml(item.label)}: ${fmt(item.mean)}</title></circle>`);
    parts.push(`<text x="${width - valueW + 6}" y="${y + 4}" class="value">${fmt(item.mean)} [${fmt(item.lower ?? NaN)}, ${fmt(item.upper ?? NaN)}]</text>`);
  });
  const axisY = top + items.length * rowH + 4;
  parts.push(`<path d="M${labelW},${axisY} H${labelW + plotW}" class="axis"/>`);
  for (const t of [0, 0.5, 1]) parts.push(`<text x="${(labelW + t * plotW).toFixed(1)}" y="${axisY + 14}" text-anchor="middle" class="tick">${fmt(lo + t * (hi - lo))}</text>`);
  parts.push(`<text x="${labelW + plotW}" y="${axisY + 24}" text-anchor="end" class="tick">axis zoomed to the groups</text>`);
  return svg(width, height, title, parts);
}
