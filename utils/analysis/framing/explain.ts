/**
 * One plain sentence per finding: it names the device, quotes the words and
 * says why a careful reader might pause there.
 */
import type { Technique } from './types';

const WHY: Record<Technique, (w: string) => string> = {
  loaded_language: (w) => `'${w}' is loaded language: it judges rather than describes.`,
  name_calling: (w) =>
    `'${w}' is a label: it tags people with a judgement instead of describing what they do.`,
  scare_quotes: (w) => `${w} is in scare quotes: the quote marks signal the writer doubts the phrase.`,
  exaggeration: (w) => `'${w}' exaggerates: it states an extreme that cannot be measured or checked.`,
  flag_waving: (w) => `'${w}' waves the flag: it appeals to national or group pride in place of an argument.`,
  appeal_to_fear: (w) =>
    `'${w}' appeals to fear: it raises alarm to push the reader rather than giving reasons.`,
  doubt: (w) => `'${w}' casts doubt: it questions credibility without showing evidence.`,
  slogans: (w) => `'${w}' is a slogan: a short catchy phrase that stands in for an argument.`,
  black_and_white: (w) => `'${w}' presents too few options: it frames a complex choice as either-or.`,
  causal_oversimplification: (w) =>
    `'${w}' oversimplifies cause: it pins a complex outcome on a single cause.`,
  whataboutism: (w) => `'${w}' deflects: it points at someone else's conduct instead of answering the point.`,
  booster: (w) => `'${w}' is a certainty marker: it asserts confidence instead of showing evidence.`,
  hedge: (w) => `'${w}' is a hedge: it softens the claim so the writer commits to less.`,
  us_vs_them: (w) => `'${w}' sets up us versus them: it splits people into an in-group and its opponents.`,
};

export function explain(label: Technique, words: string): string {
  return WHY[label](words);
}

/**
 * The shared function explain() uses for `label`: a candidate's `why`
 * without a new closure per candidate (every closure lived as long as its
 * proposal, through the whole document's pass).
 */
export function reasonFor(label: Technique): (words: string) => string {
  return WHY[label];
}

/** Variants for rules whose reason is more specific than the technique's. */
export const SPECIFIC = {
  superlative: (w: string) =>
    `'${w}' exaggerates: a sweeping superlative claims a ranking no one could measure.`,
  minimisation: (w: string) => `'${w}' minimises: it plays the matter down without showing it is small.`,
  ideologyLabel: (w: string) =>
    `'${w}' is a label: it names an actor by an ideology charge instead of by what it does.`,
  groupLabel: (w: string) =>
    `'${w}' is a label: it casts a group as a self-serving caste or gang rather than describing it.`,
  appliedLabel: (w: string) =>
    `'${w}' is a label: a verb of naming pins it on someone or something in place of a description.`,
  judgedPeople: (w: string) =>
    `'${w}' is a label: a judging adjective tags people with a verdict instead of describing what they did.`,
  possessedTool: (w: string) =>
    `'${w}' is a label: it paints people as someone else's instruments rather than as actors.`,
  hashtag: (w: string) => `'${w}' is a slogan: a hashtag packs a stance into a catchword.`,
  exclamation: (w: string) => `'${w}' is a slogan: a short exclamation that rallies rather than argues.`,
};
