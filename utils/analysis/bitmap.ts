/**
 * Sets of small integers as bits, for the word gates (framing/word-gate.ts,
 * claims/features.ts). Every word of a text reads a few slots of each gate at
 * random; at a byte a slot the gates came to over a megabyte, more than the
 * processor's caches keep near, and as bits they take a few kilobytes each.
 */

/** An empty bitmap of `slots` slots (a multiple of 32). */
export function bitmap(slots: number): Uint32Array {
  return new Uint32Array(slots >>> 5);
}

export function setBit(bits: Uint32Array, slot: number): void {
  bits[slot >>> 5]! |= 1 << (slot & 31);
}

export function hasBit(bits: Uint32Array, slot: number): boolean {
  return (bits[slot >>> 5]! & (1 << (slot & 31))) !== 0;
}
