/** Number formatting for the sentences in reasons ("chosen in 62% of 1,240 past plans"). */

export function formatShare(share: number): string {
  if (share > 0 && share < 0.01) return 'less than 1%';
  return `${Math.round(share * 100)}%`;
}

export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

export function formatRatio(ratio: number): string {
  return `${ratio >= 10 ? Math.round(ratio) : ratio.toFixed(1)}×`;
}

/** A library text quoted inside a reason, shortened so reasons stay one line. */
export function quote(text: string, max = 60): string {
  const t = text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
  return `“${t}”`;
}
