/**
 * Word lists the figures grammar is built from. Plain data: the grammar turns
 * them into regex alternations, the interpreters into lookup tables.
 */

export const UNIT_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

export const TENS_WORDS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

export const SCALE_WORDS: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  // South Asian scales: "Rs 500 crore", "5 lakh people".
  lakh: 1e5,
  crore: 1e7,
  // "Rs 3 lakh crore", as Indian budgets are written: a hundred thousand crore.
  'lakh crore': 1e12,
  // "a dozen", "two dozen", "half a dozen": a scale like the others.
  dozen: 12,
};

/** Abbreviated scales, as in "$3bn" or "€40m"; only trusted next to money. */
export const SCALE_ABBREVIATIONS: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
  tn: 1e12,
  trn: 1e12,
  t: 1e12,
};

/** Plural scale words used as vague counts: "millions across the country". */
export const VAGUE_COUNTS: Record<string, number> = {
  dozens: 24,
  scores: 40,
  hundreds: 1e2,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
  trillions: 1e12,
};

/** Fractions written as words ("a third of", "two-thirds of"), as a share of one. */
export const FRACTION_WORDS: Record<string, number> = {
  half: 1 / 2,
  halves: 1 / 2,
  third: 1 / 3,
  thirds: 1 / 3,
  quarter: 1 / 4,
  quarters: 1 / 4,
  // "a fourth of the territory", American for a quarter.
  fourth: 1 / 4,
  fourths: 1 / 4,
  fifth: 1 / 5,
  fifths: 1 / 5,
  sixth: 1 / 6,
  sixths: 1 / 6,
  seventh: 1 / 7,
  sevenths: 1 / 7,
  eighth: 1 / 8,
  eighths: 1 / 8,
  ninth: 1 / 9,
  ninths: 1 / 9,
  tenth: 1 / 10,
  tenths: 1 / 10,
};

/** Multiplier words: "rose fivefold". */
export const FOLD_WORDS: Record<string, number> = {
  twofold: 2,
  threefold: 3,
  fourfold: 4,
  fivefold: 5,
  sixfold: 6,
  sevenfold: 7,
  eightfold: 8,
  ninefold: 9,
  tenfold: 10,
  twentyfold: 20,
  hundredfold: 100,
  thousandfold: 1000,
};

export const VULGAR_FRACTIONS: Record<string, number> = {
  '½': 0.5,
  '¼': 0.25,
  '¾': 0.75,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
  '⅛': 0.125,
};

export const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Length of each time unit in minutes (months and years on average). */
export const DURATION_MINUTES: Record<string, number> = {
  second: 1 / 60,
  sec: 1 / 60,
  minute: 1,
  min: 1,
  hour: 60,
  hr: 60,
  day: 1440,
  week: 10080,
  fortnight: 20160,
  month: 43830,
  year: 525960,
  decade: 5259600,
  century: 52596000,
};

/** Currency symbols and codes → ISO 4217 code. Longer keys are tried first. */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  US$: 'USD',
  'U.S.$': 'USD',
  A$: 'AUD',
  AU$: 'AUD',
  C$: 'CAD',
  CA$: 'CAD',
  NZ$: 'NZD',
  HK$: 'HKD',
  S$: 'SGD',
  R$: 'BRL',
  MX$: 'MXN',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  'Rs.': 'INR',
  Rs: 'INR',
  '₩': 'KRW',
  '₽': 'RUB',
  '₺': 'TRY',
  '₪': 'ILS',
};

export const CURRENCY_CODES = [
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'CNY',
  'INR',
  'CAD',
  'AUD',
  'CHF',
  'MXN',
  'BRL',
  'COP',
  'ARS',
  'RUB',
  'ZAR',
  'NZD',
  'HKD',
  'SGD',
  'KRW',
  'SEK',
  'NOK',
  'DKK',
  'TRY',
  'PLN',
  'UAH',
  'ILS',
  'EGP',
  'SAR',
  'AED',
  'NGN',
  'KES',
  'PKR',
  'IDR',
  'THB',
  'CLP',
  // The renminbi's common abbreviation, read as CNY (see CURRENCY_CODE_ALIASES).
  'RMB',
  'BTC',
];

/** Codes written for a currency that are not its ISO 4217 code. */
export const CURRENCY_CODE_ALIASES: Record<string, string> = { RMB: 'CNY' };

/** Currency names → ISO code where the name settles it, else the name itself. */
export const CURRENCY_NAMES: Record<string, string> = {
  dollar: 'USD',
  'us dollar': 'USD',
  'u.s. dollar': 'USD',
  'american dollar': 'USD',
  'canadian dollar': 'CAD',
  'australian dollar': 'AUD',
  euro: 'EUR',
  pound: 'GBP',
  'pound sterling': 'GBP',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rupee: 'INR',
  peso: 'peso',
  ruble: 'RUB',
  rouble: 'RUB',
  franc: 'CHF',
  real: 'BRL',
  reais: 'BRL',
  lira: 'TRY',
  shekel: 'ILS',
  cent: 'cent',
  pence: 'pence',
  penny: 'pence',
  bitcoin: 'BTC',
  // Slang, but common in quotes: "5 bucks".
  buck: 'USD',
  naira: 'NGN',
  rand: 'ZAR',
  krona: 'SEK',
  kronor: 'SEK',
  krone: 'NOK',
  kroner: 'NOK',
  zloty: 'PLN',
  forint: 'HUF',
  hryvnia: 'UAH',
  rupiah: 'IDR',
  ringgit: 'MYR',
  baht: 'THB',
  dinar: 'dinar',
  dirham: 'AED',
  riyal: 'SAR',
  shilling: 'shilling',
  // Currencies the euro replaced, still in older reporting ("mark" only with "Deutsche": "the 1,000 mark").
  markka: 'FIM',
  guilder: 'NLG',
  peseta: 'ESP',
  drachma: 'GRD',
  escudo: 'PTE',
  // A nationality settles which dollar, peso, franc or pound is meant.
  'new zealand dollar': 'NZD',
  'hong kong dollar': 'HKD',
  'singapore dollar': 'SGD',
  'taiwan dollar': 'TWD',
  'mexican peso': 'MXN',
  'argentine peso': 'ARS',
  'colombian peso': 'COP',
  'chilean peso': 'CLP',
  'philippine peso': 'PHP',
  'swiss franc': 'CHF',
  'egyptian pound': 'EGP',
  'chinese yuan': 'CNY',
  'japanese yen': 'JPY',
  'indian rupee': 'INR',
  'pakistani rupee': 'PKR',
  'russian ruble': 'RUB',
  'russian rouble': 'RUB',
  'turkish lira': 'TRY',
  'brazilian real': 'BRL',
  'south african rand': 'ZAR',
  'swedish krona': 'SEK',
  'norwegian krone': 'NOK',
  'danish krone': 'DKK',
  'israeli shekel': 'ILS',
  'saudi riyal': 'SAR',
  'nigerian naira': 'NGN',
  'south korean won': 'KRW',
  'korean won': 'KRW',
  'deutsche mark': 'DEM',
  'german mark': 'DEM',
  'dutch guilder': 'NLG',
  'finnish markka': 'FIM',
};

/** Words placed before an amount that qualify it; kept inside the figure's span. */
export const QUALIFIERS = [
  // The negated bounds first in meaning: "no more than 50" is at most 50, the opposite of "more than 50".
  'no more than',
  'no less than',
  'no fewer than',
  'not more than',
  'not less than',
  'greater than',
  'more than',
  'less than',
  'fewer than',
  'at least',
  'at most',
  'up to',
  'close to',
  'upwards of',
  'in excess of',
  'as many as',
  'as much as',
  'as few as',
  'as little as',
  'just over',
  'just under',
  'well over',
  'well under',
  'a mere',
  'an estimated',
  'nearly',
  'almost',
  'about',
  'around',
  'roughly',
  'approximately',
  'some',
  'over',
  'under',
  'above',
  'below',
  'exactly',
  'precisely',
  'barely',
  'only',
  'just',
];

/** Words of an open bound after an amount: "10 or more", "$200 or less", "65 and over". */
export const OR_MORE_WORDS = [
  'more',
  'fewer',
  'less',
  'higher',
  'lower',
  'older',
  'younger',
  'above',
  'below',
  'over',
  'under',
];
/** Those that make it an upper bound ("or fewer"); the others make a lower one ("or more"). */
export const UPPER_BOUND_WORDS = new Set(['fewer', 'less', 'lower', 'younger', 'below', 'under']);

/** Verbs and adverbs that turn an amount into a change: "up 3%", "fell 20 percent". */
export const CHANGE_WORDS: Record<string, 1 | -1> = {
  up: 1,
  rose: 1,
  risen: 1,
  rising: 1,
  increased: 1,
  grew: 1,
  grown: 1,
  climbed: 1,
  jumped: 1,
  surged: 1,
  soared: 1,
  gained: 1,
  down: -1,
  fell: -1,
  fallen: -1,
  falling: -1,
  dropped: -1,
  decreased: -1,
  declined: -1,
  slipped: -1,
  plunged: -1,
  plummeted: -1,
  shrank: -1,
  slumped: -1,
  // Present and bare forms: "must fall 45% by 2030", "rises 2% a year", "could increase 10%".
  rise: 1,
  rises: 1,
  increase: 1,
  increases: 1,
  increasing: 1,
  grow: 1,
  grows: 1,
  growing: 1,
  climb: 1,
  climbs: 1,
  jump: 1,
  jumps: 1,
  gain: 1,
  gains: 1,
  soar: 1,
  soars: 1,
  fall: -1,
  falls: -1,
  drop: -1,
  drops: -1,
  decrease: -1,
  decreases: -1,
  decline: -1,
  declines: -1,
  declining: -1,
  shrink: -1,
  shrinks: -1,
  slip: -1,
  slips: -1,
};

/** Nouns of change: "a 3% increase", "an increase of 3%". */
export const CHANGE_NOUNS: Record<string, 1 | -1> = {
  increase: 1,
  rise: 1,
  gain: 1,
  jump: 1,
  surge: 1,
  hike: 1,
  growth: 1,
  decrease: -1,
  drop: -1,
  fall: -1,
  decline: -1,
  cut: -1,
  reduction: -1,
  loss: -1,
};

/** Words that make a following bare year a date: "in 2010", "since 2010". */
export const YEAR_CONTEXT = [
  'in',
  'since',
  'by',
  'until',
  'till',
  'before',
  'after',
  'during',
  'early',
  'late',
  'mid',
  'circa',
  'fiscal',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'year',
];

/**
 * Words that end the search for what a number counts: function words, auxiliaries
 * and common reporting verbs ("80 said", "5 percent of the vote in …").
 */
export const MEASURE_STOPWORDS = new Set(
  (
    'a an the and or but nor of in on at to for from by with without about into onto over under than as ' +
    'is are was were be been being has have had do does did will would shall should can could may might must ' +
    'that which who whom whose what when where why how this these those it its their his her our your my ' +
    'they them he she we you i not no so if then there here also even just only still yet more most less ' +
    'said say says told think believe want voted per each every after before since during while against ' +
    'between among across around through up down out off again ago old earlier later vs versus ' +
    // When, not what: "2.9% last year", "7.5% year-on-year"; a comparison, not what: "5% higher".
    'last next previous yesterday today tomorrow tonight year-on-year year-over-year month-on-month quarter-on-quarter ' +
    'higher lower greater larger smaller bigger'
  ).split(' '),
);

/**
 * Words that name what a number after them designates, so the number is an
 * identifier even at a sentence's start ("Section 230 protects platforms").
 */
export const DESIGNATORS = new Set(
  'section article chapter title clause amendment resolution order proposition bill flight route highway interstate room gate platform level phase stage category grade version model series episode volume district ward precinct division form exhibit paragraph rule directive item figure table appendix annex docket schedule case line unit exit terminal channel battalion brigade regiment squadron fleet part'.split(
    ' ',
  ),
);

/** Nouns whose plural does not end in -s. */
export const IRREGULAR_PLURALS = new Set(
  'people men women children police personnel staff troops cattle feet teeth mice geese data media criteria folk'.split(
    ' ',
  ),
);

/** Ordinal words up to the ones centuries use ("the twenty-first century"); DAY_ORDINALS goes on to the 31st. */
export const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
  'twenty-first',
];

/** Decades in words: "the sixties", "in her forties". */
export const DECADE_WORDS: Record<string, number> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};

/** Superlatives a rank is by: "the third-largest economy", "the 5th busiest airport". */
export const SUPERLATIVES = [
  'largest',
  'biggest',
  'greatest',
  'highest',
  'lowest',
  'smallest',
  'best',
  'worst',
  'richest',
  'poorest',
  'wealthiest',
  'strongest',
  'weakest',
  'longest',
  'shortest',
  'oldest',
  'youngest',
  'deadliest',
  'busiest',
  'fastest',
  'slowest',
  'leading',
  'ranked',
];

/** Days of a month in words: "the fifth of November". */
export const DAY_ORDINALS = [
  ...ORDINALS,
  ...['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'].map((o) => `twenty-${o}`),
  'thirtieth',
  'thirty-first',
];

/** The ordinal of each unit and each ten: "fourth" 4, "twelfth" 12, "fortieth" 40 ("twenty-first" is composed). */
export const ORDINAL_VALUES: Record<string, number> = {
  ...Object.fromEntries(ORDINALS.slice(0, 20).map((o, i) => [o, i + 1])),
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
};

/** The years of a decade that "early", "mid" and "late" mean ("the late 1990s", "her late 40s": the 7th to 9th). */
export const DECADE_PARTS: Record<string, [number, number]> = { early: [0, 3], mid: [4, 7], late: [7, 9] };
