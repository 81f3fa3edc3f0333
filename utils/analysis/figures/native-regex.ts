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
 * Code is compiled per string representation (one or two bytes per
 * character); the engine reads every text as two-byte (../two-byte.ts), so
 * the primer is a two-byte string too.
 */

// Spaces never start a figure or an anchor; the U+2019 makes the primer a two-byte string.
const PRIMER = `\u2019${' '.repeat(1024)}`;

/** Compiles each regex natively for two-byte strings, the engine's only kind. */
export function compileNatively(regexes: Iterable<RegExp>): void {
  for (const re of regexes) {
    re.lastIndex = 0;
    re.test(PRIMER);
    re.lastIndex = 0;
  }
}
