import { describe, expect, it } from 'vitest';
import { GatedSet, gateKey, PairGate, WordGate } from './word-gate';

describe('WordGate', () => {
  it('holds every word added, by the word or by its key', () => {
    const gate = new WordGate();
    for (const w of ['the', 'a', 'puppet', 'anti-war', 'x’s']) gate.add(w);
    for (const w of ['the', 'a', 'puppet', 'anti-war', 'x’s']) {
      expect(gate.mayHold(w)).toBe(true);
      expect(gate.mayHoldKey(gateKey(w))).toBe(true);
    }
  });

  it('never holds the empty word, whose key is 0', () => {
    const gate = new WordGate();
    gate.add('a');
    expect(gateKey('')).toBe(0);
    expect(gate.mayHold('')).toBe(false);
  });

  it('turns most other words away', () => {
    const gate = new WordGate();
    gate.add('puppet');
    expect(gate.mayHold('government')).toBe(false);
    expect(gate.mayHold('pup')).toBe(false);
  });
});

describe('GatedSet', () => {
  it('answers like a Set, by the word or by a token', () => {
    const set = new GatedSet(['we', 'our']);
    expect(set.has('we')).toBe(true);
    expect(set.has('wo')).toBe(false);
    const words = ['our', 'they', 'government'];
    let made = 0;
    const tokens = {
      gate: (i: number) => (i < words.length ? gateKey(words[i]!) : 0),
      norm: (i: number) => {
        made++;
        return words[i];
      },
    };
    expect([0, 1, 2, 3].map((i) => set.hasToken(tokens, i))).toEqual([true, false, false, false]);
    // The gate turns "government" and the index past the end away without asking for their words.
    expect(made).toBeLessThan(3);
  });
});

describe('PairGate', () => {
  it('holds the pairs added and turns away the same words in other pairs', () => {
    const pairs = new PairGate();
    pairs.add('the', 'truth');
    pairs.add('it', 'is');
    expect(pairs.mayHoldKeys(gateKey('the'), gateKey('truth'))).toBe(true);
    expect(pairs.mayHoldKeys(gateKey('it'), gateKey('is'))).toBe(true);
    expect(pairs.mayHoldKeys(gateKey('the'), gateKey('is'))).toBe(false);
    expect(pairs.mayHoldKeys(gateKey('truth'), gateKey('the'))).toBe(false);
  });
});
