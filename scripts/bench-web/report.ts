/** Plain-text tables and number formatting for the benchmark's report. */

export type Cell = string | number;

export interface SummaryRow {
  what: string;
  measured: string;
  budget: string;
  pass: boolean | null; // null: could not be measured
}

export const verdict = (pass: boolean | null): string =>
  pass === null ? 'n/a' : pass ? 'PASS' : 'FAIL';

export const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

export const ms = (value: number | null | undefined, digits = 1): string =>
  value === null || value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);

/** The median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const isNumeric = (cell: string) => /^[-–+]?[\d.,]+( ?[a-z%×]+)?$/i.test(cell) || cell === '–';

/** Prints a titled table; numeric columns are right-aligned. */
export function printTable(title: string, headers: string[], rows: Cell[][], note?: string): void {
  const text = rows.map((row) => row.map(String));
  const widths = headers.map((h, i) => Math.max(h.length, ...text.map((r) => (r[i] ?? '').length)));
  const right = headers.map((_, i) => text.length > 0 && text.every((r) => isNumeric(r[i] ?? '')));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  console.log(`\n${title}\n`);
  console.log('  ' + line(headers));
  console.log('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of text) console.log('  ' + line(row));
  if (note) console.log(`\n  ${note}`);
}
