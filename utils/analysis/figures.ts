import type { Segmented } from './segment';
import type { Finding } from './types';

// Placeholder until the figures detector lands; returns nothing.
export function detectFigures(_seg: Segmented): Finding[] {
  return [];
}
