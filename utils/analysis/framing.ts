import type { Segmented } from './segment';
import type { Finding } from './types';

// Placeholder until the framing detector lands; returns nothing.
export function detectFraming(_seg: Segmented): Finding[] {
  return [];
}
