/** How the card shows a figure's normalised value ("85 %", "$5.00", "100 minutes", "February 3, 2026"). */
import type { FigureValue } from '@/utils/analysis/types';

const CURRENCY = /^[A-Z]{3}$/;

function num(n: number): string {
  return n.toLocaleString('en', { maximumFractionDigits: 4 });
}

function amount(n: number, unit: string | undefined): string {
  if (unit === 'ratio') return `${num(n * 100)} %`;
  if (unit && CURRENCY.test(unit)) {
    try {
      return n.toLocaleString('en', { style: 'currency', currency: unit, maximumFractionDigits: 2 });
    } catch {
      return `${num(n)} ${unit}`;
    }
  }
  if (!unit || unit === 'count' || unit === 'number') return num(n);
  return `${num(n)} ${unit}`;
}

/** "March" for 3: the browser's own English month names. */
function monthName(month: number): string | undefined {
  if (!(month >= 1 && month <= 12)) return undefined;
  return new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * "2026-02-03" → "February 3, 2026"; "--03-09" (no year given) → "March 9"; "T15:00" → "15:00";
 * an interval "2020-01/2020-03" → "January 2020 – March 2020". Anything else is shown as it is.
 */
function isoDate(iso: string): string {
  const slash = iso.indexOf('/');
  if (slash > 0) return `${isoDate(iso.slice(0, slash))} – ${isoDate(iso.slice(slash + 1))}`;
  if (iso.startsWith('T')) return iso.slice(1);
  // ISO 8601 reduced precision: "197" is the 1970s, "18" the 19th century.
  if (/^\d{3}$/.test(iso)) return `the ${iso}0s`;
  if (/^\d{2}$/.test(iso)) return `the ${ordinal(Number(iso) + 1)} century`;
  const noYear = /^--(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (noYear) {
    const month = monthName(Number(noYear[1]));
    if (!month) return iso;
    return noYear[2] ? `${month} ${Number(noYear[2])}` : month;
  }
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (!mo) return y as string;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, d ? Number(d) : 1));
  return date.toLocaleDateString('en', {
    year: 'numeric',
    month: 'long',
    ...(d ? { day: 'numeric' } : {}),
    timeZone: 'UTC',
  });
}

/** A reader-friendly rendering of a figure's value, or null when there is nothing to show. */
export function formatFigureValue(value: FigureValue | undefined): string | null {
  const shown = formatAmountOrDate(value);
  return shown && value?.per ? `${shown} per ${value.per}` : shown;
}

function formatAmountOrDate(value: FigureValue | undefined): string | null {
  if (!value) return null;
  if (value.iso) return isoDate(value.iso);
  if (value.low !== undefined && value.high !== undefined) {
    return `${amount(value.low, value.unit)} – ${amount(value.high, value.unit)}`;
  }
  if (value.number !== undefined) return amount(value.number, value.unit);
  return null;
}
