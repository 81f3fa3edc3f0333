/** Number formatting for explanations: plain, short and locale-independent. */

export function formatNumber(n: number): string {
  // Most figures are small whole numbers: nothing to round or group.
  if (Number.isInteger(n) && n > -1000 && n < 1000) return String(n);
  if (!Number.isFinite(n)) return String(n);
  const rounded = Math.round(n * 1e6) / 1e6;
  // Exponent notation (beyond 1e21) has no thousands to group.
  if (String(rounded).includes('e')) return String(rounded);
  const [int, frac] = String(Math.abs(rounded)).split('.');
  let grouped = int!;
  for (let i = grouped.length - 3; i > 0; i -= 3) grouped = `${grouped.slice(0, i)},${grouped.slice(i)}`;
  return `${rounded < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** 1500000000 → "1.5 billion": large amounts as a reader says them; smaller ones as formatNumber. */
export function formatLarge(n: number): string {
  for (const [size, word] of [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ] as const) {
    if (Math.abs(n) >= size) return `${formatNumber(Math.round((n / size) * 1000) / 1000)} ${word}`;
  }
  return formatNumber(n);
}

/** 100 minutes → "100 minutes"; 525960 → "525,960 minutes (about 1 year)". */
export function formatMinutes(minutes: number): string {
  const base = plainMinutes(minutes);
  const rough = roughDuration(minutes);
  return rough ? `${base} (about ${formatNumber(rough.n)} ${rough.unit}${rough.n === 1 ? '' : 's'})` : base;
}

/** "100 minutes", "1 minute". */
export function plainMinutes(minutes: number): string {
  return `${formatNumber(minutes)} minute${minutes === 1 ? '' : 's'}`;
}

const ROUGH_UNITS: readonly [number, string][] = [
  [525960, 'year'],
  [43830, 'month'],
  [10080, 'week'],
  [1440, 'day'],
  [60, 'hour'],
];

/** 525960 → { n: 1, unit: 'year' }: the largest unit that fits, to one decimal; nothing under an hour. */
export function roughDuration(minutes: number): { n: number; unit: string } | undefined {
  for (const [size, unit] of ROUGH_UNITS) {
    if (minutes >= size) return { n: Math.round((minutes / size) * 10) / 10, unit };
  }
  return undefined;
}

/** Collapses runs of spaces (no-break, thin, newlines) so quoted spans read cleanly. */
export function tidy(s: string): string {
  return UNTIDY.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

/** Whitespace other than a single space between words: most spans have none. */
const UNTIDY = /[^\S ]| {2}|^ | $/;

/** A normalised value without floating-point dust (0.1 + 0.2 → 0.3). */
export function roundValue(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}
