import { describe, expect, it } from 'vitest';
import type { Note } from '../notes/model';
import { notesToWrite, planImport } from './plan';

const note = (over: Partial<Note>): Note => ({
  id: crypto.randomUUID(),
  url: 'https://example.org/a',
  pageTitle: 'A',
  body: 'text',
  tags: [],
  created: '2026-11-25T10:00:00.000Z',
  modified: '2026-11-25T10:00:00.000Z',
  ...over,
});
const quote = (exact: string) => ({
  quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector' as const, start: 0, end: exact.length },
});

describe('import preview', () => {
  const local = note({ body: 'mine', target: quote('oil'), modified: '2026-11-25T12:00:00.000Z' });

  it('sorts incoming notes into new, updates, duplicates and conflicts', () => {
    const fresh = note({ body: 'new one' });
    const sameContentOtherId = note({ body: 'mine', target: quote('oil') });
    const identical = { ...local };
    const plan = planImport([fresh, sameContentOtherId, identical], [local]);
    expect(plan.fresh).toEqual([fresh]);
    expect(plan.duplicates).toEqual([sameContentOtherId, identical]);
    expect(plan.updates).toEqual([]);
    expect(plan.conflicts).toEqual([]);
  });

  it('updates a note edited later elsewhere, but never silently replaces a newer local edit', () => {
    const newer = { ...local, body: 'edited later elsewhere', modified: '2026-11-25T13:00:00.000Z' };
    const older = { ...local, body: 'stale copy', modified: '2026-11-25T11:00:00.000Z' };
    const sameTime = { ...local, body: 'same time, different text' };
    expect(planImport([newer], [local]).updates).toEqual([newer]);
    const plan = planImport([older], [local]);
    expect(plan.conflicts).toEqual([{ incoming: older, local }]);
    expect(notesToWrite(plan, false)).toEqual([]);
    expect(notesToWrite(plan, true)).toEqual([older]);
    expect(planImport([sameTime], [local]).conflicts).toHaveLength(1);
  });

  it('skips duplicates inside the file itself (same id, or same page, quote and note)', () => {
    const a = note({ body: 'twice', target: quote('x') });
    const b = note({ body: 'twice', target: quote('x') });
    const plan = planImport([a, { ...a }, b], []);
    expect(plan.fresh).toEqual([a]);
    expect(plan.duplicates).toHaveLength(2);
  });

  it('treats the same text on another passage or page as a different note', () => {
    const plan = planImport(
      [
        note({ body: 'mine', target: quote('gas') }),
        note({ body: 'mine', url: 'https://example.org/b', target: quote('oil') }),
      ],
      [local],
    );
    expect(plan.fresh).toHaveLength(2);
  });
});
