/**
 * Warms the analysis engine as soon as the service worker starts.
 *
 * The detectors build their patterns and word tables lazily, on their first
 * call: a first analysis costs tens to hundreds of milliseconds more than the
 * next one. A service worker starts cold after install, browser start and
 * every idle shutdown, so without this the first page a reader opens pays
 * that cost while waiting for its highlights. One small analysis of a made-up
 * paragraph, touching every detector, moves it to the worker's startup,
 * usually before any page asks (content scripts connect their engine port
 * when they start, which wakes a sleeping worker while they read the page).
 */
import { analyze } from '../analysis';
import type { Block } from '../analysis/types';
import { type AnalysisInput, asReceived } from './analysis-input';

/**
 * Invented commentary, written to reach every detector: percentages, money,
 * dates, durations, counts, ranges, changes; reported and direct claims;
 * loaded words, name-calling, scare quotes, exaggeration, fear, flag-waving,
 * boosters; a heading, a quote and a list item.
 */
const PARAGRAPHS: [Block['type'], string][] = [
  ['heading', 'The budget vote, explained'],
  [
    'paragraph',
    'The truth is that the so-called "reform" is a disastrous scheme. Officials said on 3 March 2024 that 42 percent of households, about 1.2 million people, paid $350 million more over the last five years, and unemployment rose from 4.1% to 6.3% in two months.',
  ],
  [
    'paragraph',
    'Everyone knows this corrupt, incompetent crowd will destroy our great nation; if nothing is done, our children will never be safe again. The minister claimed the plan would create 25,000 jobs by 2030, between 10 and 15 per cent more than promised.',
  ],
  ['quote', '“This is the worst betrayal in history,” the senator told reporters at 9:30 on Tuesday.'],
  ['list-item', 'Spending doubled to €2.5bn, the third rise in a decade.'],
  [
    'paragraph',
    'According to the central bank, inflation fell to 3.2 percent in the third quarter of 2023, down from a peak of 9.1% in June 2022. Critics argue that the drop owes more to cheaper fuel than to the government, which has presided over three years of stagnant wages.',
  ],
  [
    'paragraph',
    'Let us be clear: these radical extremists want to tear down everything our grandparents built. They call it "progress". Real patriots know better, and history will judge the cowards who stayed silent while the border was overrun by 2.4 million crossings last year alone.',
  ],
  [
    'paragraph',
    'The report, published on January 8, 2026, found that one in five schools lacked a qualified teacher, that 37,000 children waited more than six months for a place, and that the ministry spent $3bn on consultants between 2019 and 2024. The minister did not respond to requests for comment.',
  ],
  [
    'quote',
    '“Nadie puede negar que el gobierno ha fallado a los trabajadores”, escribió el presidente en la red social, antes de borrar el mensaje una hora y cuarenta minutos después.',
  ],
  [
    'paragraph',
    'Is it any wonder that trust has collapsed? Either we stand with the workers or we stand with the lobbyists; there is no middle ground. Perhaps the opposition has a plan, but it seems unlikely that anyone will read it before the election on 3 February.',
  ],
  [
    'paragraph',
    'Since 2010, the city has lost roughly 80,000 residents, a fall of about 12 per cent, while rents rose fivefold. Mayor Ortiz told the council that the new housing law caused the exodus, a claim that economists at the university dispute.',
  ],
  [
    'paragraph',
    'The pipeline would run 700 miles, carry 2 million barrels a day and cross 40 square miles of wetland; trucks doing 70 mph on the new 5km bypass burn 40 tonnes of diesel a week. Last July the plant drew 500 MW while temperatures hit 38°C (100°F).',
  ],
  [
    'paragraph',
    'SMITH: We ranked #1 in exports and third-largest in the region, with GDP per capita up 2.5% a year since the 1990s. Wages grew ½ a point in Q3, and the deficit is now −0.4% of output, half as large as in 2019–2024.',
  ],
  [
    'list-item',
    'Read the full report at https://example.org/report-2024 or follow @CityWatch and #BudgetVote for updates.',
  ],
  [
    'paragraph',
    'What about the millions the last government wasted? THEY NEVER PAID A PRICE! Nobody in this country believes their ‘independent’ review, and three dozen so-called experts signed it anyway. Shame on every one of them.',
  ],
  [
    'paragraph',
    'Unemployment doubled under this mayor, and crime is the reason families leave: it is as simple as that. We must act now, before it is too late, or we will lose everything our parents fought for.',
  ],
  ['caption', 'Protesters outside parliament on Tuesday, 14 May. Photo: Reuters'],
];

/** The first run's share of PARAGRAPHS: enough to reach every detector, short enough not to keep a page waiting. */
const FIRST_RUN_PARAGRAPHS = 5;

/** The language each paragraph declares, as most pages do (`lang` on the page or the embed); the last is left to detection. */
const DECLARED_LANG = (body: string, i: number): string | undefined =>
  i % PARAGRAPHS.length === PARAGRAPHS.length - 1 ? undefined : body.startsWith('“Nadie') ? 'es' : 'en';

/**
 * The made-up page as a page's request reaches the engine (see asReceived):
 * V8 specialises optimised code to the shapes of the objects it has seen, so
 * a warm-up fed blocks of another shape than pages send leaves code that is
 * thrown away on the first real page. (Strings the engine makes alike
 * itself: analysis/two-byte.ts.)
 */
function warmupInput(paragraphs = PARAGRAPHS): AnalysisInput {
  const blocks: Block[] = [];
  let text = '';
  paragraphs.forEach(([type, body], i) => {
    if (text) text += '\n\n';
    blocks.push({ start: text.length, end: text.length + body.length, type, lang: DECLARED_LANG(body, i) });
    text += body;
  });
  return asReceived({ text, blocks });
}

let warmed = false;

/** Runs one throwaway analysis, once per worker lifetime. Returns its duration in ms (0 when already warm). */
export function warmEngine(): number {
  if (warmed) return 0;
  warmed = true;
  const started = performance.now();
  // Builds every detector's tables; a page's request that arrives meanwhile waits for it.
  warmupRun(FIRST_WARMUP_INPUT());
  // For the highlight benchmark: what the first page after a worker start would otherwise wait for.
  performance.measure('rl:warmup', { start: started });
  return performance.now() - started;
}

function warmupRun(input = warmupInput()): number {
  const started = performance.now();
  try {
    analyze(input);
  } catch (error) {
    // A detector bug must not stop the worker; the real request will report it.
    console.debug('[Rhetoric Lens] engine warm-up failed', error);
  }
  return performance.now() - started;
}

/** Further runs after the first: at least MIN (V8 tiers code up in steps), at most MAX (about 40,000 words). */
const MIN_FOLLOW_UP_RUNS = 16;
const MAX_FOLLOW_UP_RUNS = 24;
/** Past the minimum, warming also stops once it has kept the worker busy this long (ms): a slow machine warms less. */
const BUSY_BUDGET_MS = 800;
/** How many times the made-up text is repeated in one follow-up run (see keepWarming). */
const FOLLOW_UP_REPEATS = 3;
/** The first follow-up runs read it once: a page's request that comes meanwhile waits for one of them. */
const SHORT_FOLLOW_UP_RUNS = 8;
/** Past the minimum, warming stops once this many runs in a row are as fast as the fastest so far (within 30%). */
const STEADY_RUNS = 3;

/**
 * After the first warm-up, V8 still runs the engine unoptimised: the next
 * several analyses of a real article take 5–10 times longer than they will
 * once the JIT has optimised the hot code (measured in Node: runs 2–7 of the
 * sample article 40–140 ms, from run 8 on 5–15 ms). So the worker keeps
 * analysing the made-up text, one run per task (a page's request waits for
 * one run at most), until runs stop getting faster. Resolves to the runs made.
 *
 * There are 16 to 24 follow-up runs, and after the first eight each reads the
 * text three times over: V8 optimises a function after enough work in it,
 * and 8 to 16 runs of the text once left the first real article 2–3 times
 * slower than later ones (Node: 14–47 ms against 9–22 ms with eight long runs
 * more, 9–14 ms with 32; more than 16 gained little). The first eight stay
 * short because a worker usually starts as a page loads, and that page's
 * request waits for the run under way: long runs from the start made the
 * first page after a stop 150 ms slower. The cost is the worker's time after
 * each start, in tasks of 5–60 ms: measured in Chromium, 40 runs kept it busy
 * 1.4 s, which is why warming stops at 24 runs or 800 ms past the minimum.
 */
export function keepWarming(
  nextTask: (run: () => void) => void = (run) => setTimeout(run, 0),
): Promise<number> {
  warmEngine();
  return new Promise((resolve) => {
    const started = performance.now();
    let runs = 0;
    let busyMs = 0;
    let fastest = Number.POSITIVE_INFINITY;
    let steady = 0;
    const short = warmupInput();
    const long = FOLLOW_UP_INPUT();
    const step = () => {
      // Runs of the long input are compared among themselves only.
      if (runs === SHORT_FOLLOW_UP_RUNS) {
        fastest = Number.POSITIVE_INFINITY;
        steady = 0;
      }
      const ms = warmupRun(runs < SHORT_FOLLOW_UP_RUNS ? short : long);
      runs++;
      busyMs += ms;
      steady = ms <= fastest * 1.3 ? steady + 1 : 0;
      fastest = Math.min(fastest, ms);
      const enough = steady >= STEADY_RUNS || busyMs > BUSY_BUDGET_MS;
      if ((runs >= MIN_FOLLOW_UP_RUNS && enough) || runs >= MAX_FOLLOW_UP_RUNS) {
        // For the highlight benchmark: how long the worker went on warming, and how busy it was.
        performance.measure('rl:warming', { start: started, detail: { runs, busyMs } });
        resolve(runs);
      } else nextTask(step);
    };
    nextTask(step);
  });
}

/** The warm-up inputs (all paragraphs; the first run's; a follow-up run's), for tests. */
export const WARMUP_INPUT = () => warmupInput();
export const FOLLOW_UP_INPUT = () =>
  warmupInput(Array.from({ length: FOLLOW_UP_REPEATS }, () => PARAGRAPHS).flat());
export const FIRST_WARMUP_INPUT = () => warmupInput(PARAGRAPHS.slice(0, FIRST_RUN_PARAGRAPHS));
