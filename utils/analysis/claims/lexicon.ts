/**
 * Small closed word classes the check-worthiness features look for. They name
 * grammatical and discourse cues (attribution, modality, hedging, causality),
 * not topics, so they carry over from debates to commentary to news.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));

/** Verbs that attribute words to someone ("X said", "according to"). */
export const ATTRIBUTION = set(
  'said says saying told tells stated states claimed claims claiming announced announces reported reports according testified admitted acknowledged denied denies insisted insists wrote tweeted posted declared confirmed confirms revealed warned accused accuses alleged alleges estimated estimates quoted noted explained added',
);

/** Common irregular past-tense forms (regular ones end in -ed). */
export const IRREGULAR_PAST = set(
  'was were had did made went took gave left came got won lost met spent paid rose fell grew began became sold bought brought built cut put set told held ran saw led knew found sent signed struck broke chose drove fought flew forgot hid hit kept laid lent let meant overtook paid quit rode rang sank shot shut sold spoke stole stood swore threw understood wore withdrew wrote sought taught caught thought',
);

/** Verbs of measurable change: the sentence reports something that moved. */
export const CHANGE_VERBS = set(
  'increased increase increases rose rise rises grew grow grows doubled tripled halved cut cuts raised raise decreased decrease decreases fell falls dropped drops declined declines gained lost created killed died soared plunged surged jumped slashed reduced expanded shrank collapsed resumed',
);

export const FIRST_PERSON_SINGULAR = set("i me my mine myself i'm i've i'd i'll");
export const FIRST_PERSON_PLURAL = set("we us our ours ourselves we're we've we'll we'd let's");
export const SECOND_PERSON = set("you your yours yourself yourselves you're you've you'll you'd");

export const FUTURE = set("will won't shall gonna 'll");
export const DEONTIC = set("should must ought shouldn't mustn't need needs");
export const EPISTEMIC = set("could might may would can can't cannot couldn't wouldn't");

/** Hedges and stance verbs: the speaker signals belief, not fact. */
export const HEDGES = set(
  'maybe perhaps probably possibly presumably apparently seemingly seems seem seemed appears likely unlikely think believe guess suppose feel hope wish suspect imagine',
);

/** Evaluative words: judgement rather than a checkable state of affairs. */
export const EVALUATIVE = set(
  'great terrible wonderful horrible amazing incredible beautiful bad good nice best worst disaster disastrous tremendous fantastic awful sad strong weak stupid crazy ridiculous shameful disgraceful outrageous brilliant excellent perfect wrong right important proud happy honored pleased sorry unfair fair huge',
);

/** Causal connectives asserting that one thing brought about another. */
/**
 * Verbs that say where something comes from ("the weapons come directly from
 * the US market", "funds were smuggled from Venezuela"): with "from" after them
 * they state a provenance a reader can trace.
 */
export const ORIGIN_VERBS = set(
  'come comes came coming originate originates originated originating flow flows flowed flowing sourced supplied imported smuggled shipped funded financed bought stolen derived obtained received trafficked',
);

export const CAUSAL = set(
  'because caused causes causing due result resulted results consequence led leads responsible blame blamed thanks therefore hence',
);

/** Comparatives and superlatives that, next to a number, make a measurable comparison. */
export const COMPARATIVE = set(
  'more less fewer most least best worst higher lower highest lowest largest biggest smallest fastest slowest greater greatest record times twice double half majority minority',
);

export const MONTHS = set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec',
);
export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday');

/** Words that anchor an event in time ("since", "ago", "last year"). */
export const TIME_WORDS = set(
  'since ago yesterday last earlier previously formerly recently year years month months week weeks decade decades century today tonight during ever history',
);

export const NUMBER_WORDS = set(
  'one two three four five six seven eight nine ten eleven twelve thirteen fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions trillion trillions dozen dozens percent per cent',
);

export const MONEY_WORDS = set(
  'dollars dollar euros euro pounds budget deficit debt tax taxes billion trillion',
);

/** Words that open an imperative or exhortation. */
export const IMPERATIVE_OPENERS = set(
  "let let's please imagine look listen stop remember consider join vote think go come tell give help",
);

/** Capitalised words that are not names when they open a sentence. */
export const COMMON_OPENERS = set(
  'the a an he she it they we i you this that these those there his her their its our my your but and so yet however in on at for after before when while if as since then still meanwhile now today yesterday what why how who where which not no yes well okay ok thank thanks all some many most every each one both also even just only indeed ultimately especially without with by from to of over under during because although though instead unless until once over behind such',
);

/** Discourse fillers of speech and commentary that rarely carry a checkable assertion. */
export const FILLERS = set('well okay ok oh yeah yes no thank thanks applause laughter crosstalk folks');

/** Sweeping quantifiers: generalisations rather than specific, checkable facts. */
export const UNIVERSALS = set(
  'every everyone everything everybody always never nothing nobody nowhere whole entire entirety',
);

/** Intensifying adverbs: the writer's emphasis, typical of opinion. */
export const INTENSIFIERS = set(
  'very really truly precisely fundamentally entirely completely utterly deeply absolutely totally clearly obviously simply certainly surely',
);

/**
 * Words around a reported claim's source ("according to the transport
 * authority", "the finance ministry has said"): where its noun phrase stops,
 * what may stand between it and the verb, and what names no one.
 */
export const SOURCE_DETERMINERS = set('the a an this that these those his her their its our');
export const SOURCE_PHRASE_BREAKS = set(
  'and but or that which who while as because when if so than where after before since would will could',
);
export const SOURCE_AUXILIARIES = set('has have had is was were are also reportedly previously later');
export const SOURCE_PRONOUNS = set('he she they it we i you one someone somebody everyone who');
/** Short words that never name what a figure counts or who is a source ("in 2010 with …", "according to data from …"). */
export const FUNCTION_WORDS = set(
  'a an the and or of in on at by for from to with as across into over under after before since during than that which who is are was were be been',
);
