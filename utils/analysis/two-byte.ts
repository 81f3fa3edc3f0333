/**
 * One string representation for every text the engine reads.
 *
 * V8 stores a string one byte per character when all its characters are
 * Latin-1 and two bytes otherwise, compiles each regex separately for each
 * representation, and specialises optimised code to the kinds of string it
 * has met. Pages differ: most carry a curly quote or a dash (two-byte), some
 * are plain ASCII (one-byte). Read as two-byte strings of the same
 * characters, every page meets code already compiled and optimised for it:
 * an ASCII page no longer pays a second compilation of every figure pattern
 * on its first analysis, and warm code is not thrown away on it.
 */
export function asTwoByte(text: string): string {
  // The joined string holds a character above U+00FF, so V8 stores it two bytes per character;
  // the slice shares that storage and has exactly the characters of `text`.
  return `${text}\u2019`.slice(0, -1);
}
