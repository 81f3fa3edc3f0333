/**
 * The lexicons compiled into phrase tables, built once on first use.
 */
import { PhraseTable } from '../phrases';
import { lexiconForms, withAdverbs } from '../stem';
import type { Technique } from '../types';
import {
  APPEAL_TO_FEAR,
  BLACK_AND_WHITE,
  CAUSAL_OVERSIMPLIFICATION,
  DOUBT,
  FLAG_WAVING,
  RALLYING_CRIES,
  SLOGANS,
  US_VS_THEM,
  WHATABOUTISM,
} from './appeals';
import {
  ACTOR_MODIFIERS,
  GROUP_LABELS,
  IDEOLOGY_LABELS,
  INSTRUMENT_METAPHORS,
  PERSON_LABELS,
} from './labels';
import {
  CONDEMNING_ADJECTIVES,
  CONDEMNING_NOUNS,
  GLORIFYING_ADJECTIVES,
  INTENSIFIERS,
  LOADED_VERBS,
  MILD_INTENSIFIERS,
} from './loaded';
import { EXAGGERATION, IRREGULAR_SUPERLATIVES, MINIMISATION, SUPERLATIVE_SCOPES } from './scale';
import { BOOSTERS, HEDGES } from './stance';

/** What a word-level lexicon hit is, which decides how its highlight grows. */
export type WordClass =
  | 'condemning-adj'
  | 'glorifying-adj'
  | 'condemning-noun'
  | 'loaded-verb'
  | 'person-label'
  | 'group-label'
  | 'ideology-label'
  | 'actor-modifier'
  | 'instrument'
  | 'intensifier'
  | 'mild-intensifier'
  | 'superlative';

/** Phrase devices: the technique, plus a variant where the reason differs. */
export interface DeviceEntry {
  label: Technique;
  /** 'minimisation': exaggeration downwards; 'cry': a slogan only where it opens a clause. */
  variant?: 'minimisation' | 'cry';
}

let words: PhraseTable<WordClass> | undefined;
let devices: PhraseTable<DeviceEntry> | undefined;
let scopes: PhraseTable<true> | undefined;

export function wordTable(): PhraseTable<WordClass> {
  // Asked for once per block: return before defining the helper below, a new closure per call.
  if (words) return words;
  // Adjectives bring their adverbs ("brutally"); verbs their e-less base ("demonis-ed").
  const adjectiveForms = (w: string) => withAdverbs(w).flatMap(lexiconForms);
  words = new PhraseTable<WordClass>()
    .addForms(CONDEMNING_ADJECTIVES, 'condemning-adj', adjectiveForms)
    .addForms(GLORIFYING_ADJECTIVES, 'glorifying-adj', adjectiveForms)
    .addForms(CONDEMNING_NOUNS, 'condemning-noun', lexiconForms)
    .addForms(LOADED_VERBS, 'loaded-verb', lexiconForms)
    .addAll(PERSON_LABELS, 'person-label')
    .addAll(GROUP_LABELS, 'group-label')
    .addAll(IDEOLOGY_LABELS, 'ideology-label')
    .addAll(ACTOR_MODIFIERS, 'actor-modifier')
    .addAll(INSTRUMENT_METAPHORS, 'instrument')
    .addAll(INTENSIFIERS, 'intensifier')
    .addAll(MILD_INTENSIFIERS, 'mild-intensifier')
    .addAll(IRREGULAR_SUPERLATIVES, 'superlative');
  return words;
}

export function deviceTable(): PhraseTable<DeviceEntry> {
  if (devices) return devices;
  const t = new PhraseTable<DeviceEntry>((w) => w);
  const lists: [readonly string[], DeviceEntry][] = [
    [BOOSTERS, { label: 'booster' }],
    [HEDGES, { label: 'hedge' }],
    [FLAG_WAVING, { label: 'flag_waving' }],
    [APPEAL_TO_FEAR, { label: 'appeal_to_fear' }],
    [DOUBT, { label: 'doubt' }],
    [SLOGANS, { label: 'slogans' }],
    [RALLYING_CRIES, { label: 'slogans', variant: 'cry' }],
    [BLACK_AND_WHITE, { label: 'black_and_white' }],
    [CAUSAL_OVERSIMPLIFICATION, { label: 'causal_oversimplification' }],
    [WHATABOUTISM, { label: 'whataboutism' }],
    [US_VS_THEM, { label: 'us_vs_them' }],
    [EXAGGERATION, { label: 'exaggeration' }],
    [MINIMISATION, { label: 'exaggeration', variant: 'minimisation' }],
  ];
  for (const [list, entry] of lists) t.addAll(list, entry);
  devices = t;
  return t;
}

export function scopeTable(): PhraseTable<true> {
  scopes ??= new PhraseTable<true>((w) => w).addAll(SUPERLATIVE_SCOPES, true);
  return scopes;
}
