/** How the card shows a figure's normalised value ("85 %", "$5.00", "100 minutes", "3 Feb 2026"). */
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

function isoDate(iso: string): string {
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
