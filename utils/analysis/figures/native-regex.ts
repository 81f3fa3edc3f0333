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
 * takes the native route. Code is compiled per string representation, so the
 * primer is run as a one-byte and as a two-byte string.
 */

const PRIMER_LENGTH = 1024;
// Spaces never start a figure or an anchor; the U+2019 makes the second copy a two-byte string.
const ONE_BYTE_PRIMER = ' '.repeat(PRIMER_LENGTH);
const TWO_BYTE_PRIMER = `\u2019${' '.repeat(PRIMER_LENGTH)}`;

/** Returns `re` after compiling it natively for both string representations. */
export function compiledNatively<T extends RegExp>(re: T): T {
  for (const primer of [ONE_BYTE_PRIMER, TWO_BYTE_PRIMER]) {
    re.lastIndex = 0;
    re.test(primer);
  }
  re.lastIndex = 0;
  return re;
}
