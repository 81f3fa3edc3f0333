/**
 * Labels pinned on by a verb of naming: "called him a liar", "branded the
 * group a “terror army”", "dismissed the report as a hoax", "refers to Jews
 * as “monkeys and pigs”". The verb says a label is being applied; what comes
 * after it (the object, then "as" or an article) is the label itself, and
 * that is what is highlighted, whoever applies it.
 *
 * Neutral naming ("a measure called the Dream Act", "the system is called
 * “cap and trade”") has no object and no "as": the object, or "as", is
 * required, so the verb has someone or something to tag. Verbs of
 * description ("described himself as a senior engineer") are mostly neutral
 * and count only when the words after "as" are in quote marks.
 */
import { isDeterminer, isFunctionWord } from './context';
import { SPECIFIC } from './explain';
import { PUNCT, QUOTE, WORD } from './tokens';
import type { BlockContext, Candidate } from './types';
import { GatedSet, WordGate } from './word-gate';

/** Verbs that may take their label straight after the object: "call him a liar", "branded it a hoax". */
const NAMING_WORDS =
  `call calls called calling brand brands branded branding dub dubs dubbed dubbing label labels
  labelled labeled labelling labeling`.split(/\s+/);
/** Verbs of scorn that need "as" before the label: "smeared them as traitors", "dismissed it as a hoax". */
const SCORN_WORDS =
  `smear smears smeared smearing denounce denounces denounced denouncing deride derides derided deriding
  dismiss dismisses dismissed dismissing caricature caricatures caricatured decry decries decried
  castigate castigates castigated vilify vilifies vilified`.split(/\s+/);
/**
 * Verbs of description, neutral in themselves ("described himself as a senior engineer"): they
 * pin a label only when the words after "as" are quoted ("described Avenatti as a “con artist”").
 */
const DESCRIBING_WORDS =
  `describe describes described describing portray portrays portrayed portraying depict depicts depicted
  depicting`.split(/\s+/);
/** "refer(s|red) to X as Y": the verb and its particle. */
const REFER_WORDS = ['refer', 'refers', 'referred', 'referring'];

const NAMING_VERBS = new GatedSet(NAMING_WORDS);
const SCORN_VERBS = new GatedSet(SCORN_WORDS);
const DESCRIBING_VERBS = new GatedSet(DESCRIBING_WORDS);
const REFER = new GatedSet(REFER_WORDS);
/**
 * All four lists behind one gate: asked of every word of a block, it turns most
 * words away with one test where the four sets' gates took four.
 */
const ANY_VERB = new WordGate();
for (const w of [...NAMING_WORDS, ...SCORN_WORDS, ...DESCRIBING_WORDS, ...REFER_WORDS]) ANY_VERB.add(w);

const OBJECT_PRONOUNS = new Set(
  'him her them it us me you himself herself themselves itself myself ourselves yourself'.split(' '),
);
/** Words after "called" that make it another verb ("called for", "called off") or no label ("called it quits"). */
const NOT_A_LABEL = new Set(
  'for on off out up back upon in into to by at over down away forward together quits'.split(' '),
);
/** "called me after the visit", "called him later": time, not a label. */
const NOT_A_LABEL_AFTER_OBJECT = new Set(
  'after before later earlier again today yesterday tonight twice once often back when while since'.split(
    ' ',
  ),
);

const MAX_OBJECT = 4;
const MAX_LABEL = 4;
const MAX_QUOTED = 8;

export function detectLabellingVerbs(ctx: BlockContext): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.kind(i) !== WORD || !ANY_VERB.mayHoldKey(tokens.gate(i))) continue;
    let verb: Verb;
    let after = i + 1;
    if (NAMING_VERBS.hasToken(tokens, i)) verb = 'naming';
    else if (SCORN_VERBS.hasToken(tokens, i)) verb = 'scorn';
    else if (DESCRIBING_VERBS.hasToken(tokens, i)) verb = 'describing';
    else if (REFER.hasToken(tokens, i) && tokens.norm(i + 1) === 'to') {
      verb = 'describing';
      after = i + 2;
    } else continue;
    // "a phone call as people ran", "the label": a noun, not the verb.
    if (tokens.isWord(i - 1) && isDeterminer(tokens.norm(i - 1)!)) continue;
    const c = labelAfter(ctx, after, verb);
    if (c) {
      out.push(c);
      i = c.to - 1;
    }
  }
  return out;
}

type Verb = 'naming' | 'scorn' | 'describing';

/** The label after a verb of naming whose object starts at `j`, or null. */
function labelAfter(ctx: BlockContext, j: number, verb: Verb): Candidate | null {
  const { tokens } = ctx;
  if (NOT_A_LABEL.has(tokens.norm(j) ?? '')) return null;
  const objectEnd = objectAt(ctx, j);
  const pronoun = objectEnd === j + 1 && OBJECT_PRONOUNS.has(tokens.norm(j)!);
  let k = objectEnd;
  const as = tokens.norm(k) === 'as';
  if (as) k++;
  // Without "as", only "call", "brand", "dub", "label", and only with an object: "called him a fraud",
  // not "a bill called HR 1".
  if (!as && (verb !== 'naming' || objectEnd === j)) return null;
  const article = tokens.norm(k);
  const hasArticle = article === 'a' || article === 'an' || article === 'the';
  if (hasArticle) k++;
  if (tokens.isQuote(k) && tokens.quoteSide(k) !== 'close') return quotedLabel(ctx, k);
  // "a phone call as the train left": with no object, only a quoted label makes "call as" a naming.
  if (verb === 'describing' || objectEnd === j) return null;
  // "called the regime’s bluff", "called Haig three times": after a noun object the label needs
  // "as" or an article ("called the report a whitewash"); after a pronoun it may stand bare
  // ("call them nativists").
  if (!as && !hasArticle && !pronoun) return null;
  if (NOT_A_LABEL_AFTER_OBJECT.has(tokens.norm(k) ?? '')) return null;
  // "called himself Rick", "dubbed her the Republican Huma Abedin": a name, not a label.
  if (tokens.capitalised(k) && !ctx.titleCase) return null;
  // Unquoted: a short run of content words ("a hoax", "nativists", "Russian collaborators").
  const from = k;
  while (k < from + MAX_LABEL && tokens.isWord(k) && !isFunctionWord(tokens.norm(k)!)) k++;
  if (k === from || !endsPhrase(ctx, k)) return null;
  return candidate(from, k);
}

/**
 * End of the object starting at `j`: a pronoun, a run of capitalised words (a name), or a
 * determiner and up to two words ("the report", "this BSF"). `j` itself when there is none.
 */
function objectAt(ctx: BlockContext, j: number): number {
  const { tokens } = ctx;
  if (!tokens.isWord(j)) return j;
  const norm = tokens.norm(j)!;
  if (OBJECT_PRONOUNS.has(norm)) return j + 1;
  if (norm === 'as' || (isDeterminer(norm) && !isPossessiveOrDemonstrative(norm) && norm !== 'the')) return j;
  if (norm === 'the' || isPossessiveOrDemonstrative(norm)) {
    let k = j + 1;
    while (k < j + 3 && tokens.isWord(k) && !isFunctionWord(tokens.norm(k)!)) k++;
    return k > j + 1 && (tokens.norm(k) === 'as' || tokens.isWord(k) || tokens.isQuote(k)) ? k : j;
  }
  if (tokens.capitalised(j) && !ctx.titleCase) {
    let k = j;
    while (k < j + MAX_OBJECT && tokens.isWord(k) && tokens.capitalised(k)) k++;
    return k;
  }
  return j;
}

function isPossessiveOrDemonstrative(norm: string): boolean {
  return (
    norm === 'this' ||
    norm === 'that' ||
    norm === 'these' ||
    norm === 'those' ||
    norm === 'his' ||
    norm === 'her' ||
    norm === 'their' ||
    norm === 'its' ||
    norm === 'our'
  );
}

/** An unquoted label must end the phrase: punctuation, a quote, a function word or the block's end. */
function endsPhrase(ctx: BlockContext, k: number): boolean {
  const { tokens } = ctx;
  const kind = tokens.kind(k);
  return kind === undefined || kind === PUNCT || kind === QUOTE || isFunctionWord(tokens.norm(k)!);
}

/** The words inside the quote marks opening at `open`: "called him a “con artist”". */
function quotedLabel(ctx: BlockContext, open: number): Candidate | null {
  const { tokens } = ctx;
  const family = tokens.quoteFamily(open);
  let words = 0;
  for (let k = open + 1; k < tokens.length && words <= MAX_QUOTED; k++) {
    if (tokens.isWord(k)) {
      words++;
      continue;
    }
    if (tokens.quoteFamily(k) === family && tokens.quoteSide(k) !== 'open') {
      if (words === 0) return null;
      // A comma or full stop inside the marks ("“a nomad,”") stays out of the highlight.
      let end = k;
      while (end > open + 1 && !tokens.isWord(end - 1)) end--;
      return candidate(open + 1, end);
    }
    const norm = tokens.norm(k);
    // A sentence inside the marks is a quotation, not a label ("“Satan.”" ends one word early, and is one).
    if ((norm === '.' || norm === '!' || norm === '?') && tokens.quoteFamily(k + 1) !== family) return null;
  }
  return null;
}

function candidate(from: number, to: number): Candidate {
  return {
    from,
    to,
    label: 'name_calling',
    // Shares the person-label weights of the re-scorer: a word pinned on someone, as those are.
    rule: 'person',
    score: 0.6,
    why: SPECIFIC.appliedLabel,
  };
}
