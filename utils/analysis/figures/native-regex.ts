/**
 * Compiles the scanner's big regexes to native code up front.
 *
 * V8 runs a regex first in its bytecode interpreter and compiles it to native
 * code once it has been used ("tier-up"), unless the first subject string is
 * long (1,000 characters or more), in which case it compiles natively at once.
 * For the figure families the bytecode route is very slow to compile (its
 * peephole pass took ~300 ms for the range family alone, ~600 ms for all of
 * them, on the first block of every page), while native compilation of all of
 * them takes ~100 ms. Running each regex once on a long, match-free string
 * takes the native route.
 *
 * Measured in Node 20 (V8 11.3). The V8 of Chromium 156 showed no such gap
 * (the first use of all the families cost 80–150 ms by either route), so in
 * the extension this only moves that cost to the scanner's first use; it is
 * the CLI, eval and benchmarks in Node that gain.
 *
 * Code is compiled per string representation (one byte or two bytes per
 * character), so the primer is a string of the representation the text has.
 */

/** How V8 stores a string's characters; each has its own compiled regex code. */
export type Representation = 'one-byte' | 'two-byte';

const PRIMER_LENGTH = 1024;
// Spaces never start a figure or an anchor; the U+2019 makes the second primer a two-byte string.
const PRIMERS: Record<Representation, string> = {
  'one-byte': ' '.repeat(PRIMER_LENGTH),
  'two-byte': `\u2019${' '.repeat(PRIMER_LENGTH)}`,
};

const ABOVE_LATIN1 = /[^\u0000-\u00ff]/;

/**
 * The representation of `text` as far as its characters tell: a character
 * above U+00FF makes it two-byte. (A slice of a two-byte string is two-byte
 * whatever its characters, which is why callers ask about the whole text.)
 */
export function representationOf(text: string): Representation {
  return ABOVE_LATIN1.test(text) ? 'two-byte' : 'one-byte';
}

/** Compiles each regex natively for strings of `representation`. */
export function compileNatively(regexes: Iterable<RegExp>, representation: Representation): void {
  const primer = PRIMERS[representation];
  for (const re of regexes) {
    re.lastIndex = 0;
    re.test(primer);
    re.lastIndex = 0;
  }
}
