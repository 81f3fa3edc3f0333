import { describe, expect, it } from 'vitest';
import { ABSENT, EXOTIC, WordTable } from './word-table';

const table = new WordTable(
  new Map([
    ['said', 1],
    ["don't", 2],
    ['u.s.', 4],
  ]),
);

function lookup(text: string): [string, number] | number {
  const slot = table.find(text, 2, text.length - 2);
  return slot >= 0 ? [table.key(slot), table.value(slot)] : slot;
}

describe('WordTable', () => {
  it('finds a word in the text whatever its ASCII case, without slicing it', () => {
    expect(lookup('  said  ')).toEqual(['said', 1]);
    expect(lookup('  SAID  ')).toEqual(['said', 1]);
    expect(lookup('  U.S.  ')).toEqual(['u.s.', 4]);
  });

  it('reads the curly apostrophe as a straight one', () => {
    expect(lookup('  Don’t  ')).toEqual(["don't", 2]);
  });

  it('answers ABSENT for other words, prefixes and extensions', () => {
    expect(lookup('  sai  ')).toBe(ABSENT);
    expect(lookup('  saids  ')).toBe(ABSENT);
    expect(lookup('  told  ')).toBe(ABSENT);
  });

  it('leaves words with other non-ASCII letters to the caller', () => {
    expect(lookup('  sáid  ')).toBe(EXOTIC);
  });
});
