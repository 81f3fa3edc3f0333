/**
 * Hand-set corrections for written text, added to the weights learned from
 * debates.
 *
 * Debates are speech: names are everywhere (speakers address each other),
 * dates mostly refer to the debate itself ("Tuesday night") and "could"/"would"
 * are often rhetorical. In written commentary a sentence naming several people
 * or institutions, or dated, is usually reporting something that happened,
 * while modal verbs mark hypotheticals and prescriptions, and stance frames
 * ("it is clear that", "the truth is") introduce the writer's conclusions:
 * argument rather than checkable fact, and a stated provenance ("comes from")
 * can be traced. The corrections are deliberately few and stated in terms of
 * grammar, not topics.
 */
import { DENSE_FEATURES, type DenseFeature } from './features';

export const WRITTEN_TEXT_CORRECTIONS: Partial<Record<DenseFeature, number>> = {
  entities2: 0.3,
  entities4: 0.3,
  date: 0.4,
  epistemic: -0.8,
  future: -0.4,
  deontic: -0.4,
  stance_frame: -0.4,
  // An appeal ("Let's cut taxes by 5 percent.", "Imagine…") is the writer urging, not reporting.
  imperative: -0.5,
  // "the weapons come directly from the US market": in an article a stated provenance is a
  // traceable fact; in debates it is rarer and learned only weakly.
  origin: 0.5,
};

/**
 * In debates a short sentence is mostly a spoken fragment ("Thank you.", "That's right."), and the
 * learned length weights punish it; in writing, a short sentence carrying a figure or a time is a
 * compact report of fact ("Police arrested 300 protesters on Saturday."). Such sentences of 5 to 9
 * words get most of their length penalty back. The score shift is calibrated without this bonus, so
 * it only adds these sentences to what is shown and takes none away.
 */
const SHORT_CONCRETE_BONUS = 1.0;
const SHORT = DENSE_FEATURES.indexOf('len_5_9');
/** A figure, a time or a record the sentence can be checked against. */
const CONCRETE_ANCHORS = new Set(
  (['number', 'number_word', 'date', 'year', 'time_ref', 'record'] as const).map((name) =>
    DENSE_FEATURES.indexOf(name),
  ),
);

/**
 * What makes a short sentence a prescription, forecast or appeal rather than a report, however
 * concrete: "We must cut spending by 10 percent.", "The economy will grow 3 percent next year.",
 * "Let us stand against this 40 percent tax."
 */
const NOT_A_REPORT = new Set(
  (['future', 'deontic', 'epistemic', 'imperative', 'question'] as const).map((name) =>
    DENSE_FEATURES.indexOf(name),
  ),
);

/** The written-text bonus of a sentence, from the indices of its active features. */
export function shortConcreteBonus(indices: readonly number[]): number {
  return indices.includes(SHORT) &&
    indices.some((i) => CONCRETE_ANCHORS.has(i)) &&
    !indices.some((i) => NOT_A_REPORT.has(i))
    ? SHORT_CONCRETE_BONUS
    : 0;
}

export function withWrittenTextCorrections(learned: readonly number[]): number[] {
  return learned.map((w, i) => w + (WRITTEN_TEXT_CORRECTIONS[DENSE_FEATURES[i]!] ?? 0));
}
