import type { Segmented } from './segment';
import type { Finding } from './types';

// Placeholder until the claims detector lands; returns nothing.
export function detectClaims(_seg: Segmented): Finding[] {
  return [];
}
