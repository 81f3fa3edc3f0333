/** Display names for kinds of findings and their techniques / figure types. */
import type { FindingKind } from '@/utils/analysis/types';

export const KINDS: readonly { id: FindingKind; name: string; plural: string }[] = [
  { id: 'claim', name: 'Claim', plural: 'Claims' },
  { id: 'figure', name: 'Figure', plural: 'Figures' },
  { id: 'framing', name: 'Framing', plural: 'Framing' },
];

/** Techniques and types per kind, as the engine labels them (utils/analysis/types.ts). */
export const TECHNIQUES: Record<FindingKind, readonly string[]> = {
  claim: ['claim', 'reported_claim'],
  figure: [
    'percent',
    'proportion',
    'money',
    'date',
    'duration',
    'count',
    'rank',
    'range',
    'change',
    'temperature',
    'measurement',
    'number',
  ],
  framing: [
    'loaded_language',
    'name_calling',
    'scare_quotes',
    'exaggeration',
    'flag_waving',
    'appeal_to_fear',
    'doubt',
    'slogans',
    'black_and_white',
    'causal_oversimplification',
    'whataboutism',
    'booster',
    'hedge',
    'us_vs_them',
  ],
};

const SPECIAL: Record<string, string> = {
  claim: "Author's claim",
  reported_claim: 'Reported claim',
  us_vs_them: 'Us vs. them',
  appeal_to_fear: 'Appeal to fear',
  black_and_white: 'Black-and-white',
};

/** "loaded_language" → "Loaded language". */
export function techniqueName(label: string): string {
  const special = SPECIAL[label];
  if (special) return special;
  const words = label.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function kindName(kind: FindingKind): string {
  return KINDS.find((k) => k.id === kind)?.name ?? kind;
}
