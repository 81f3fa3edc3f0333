import { describe, expect, it } from 'vitest';
import { toBackup } from '../export/backup';
import type { Note } from '../notes/model';
import { DEFAULT_SETTINGS } from '../settings';
import { parseBackup } from './backup';
import { parseImportText } from './parse';

const note: Note = {
  id: '0f8c8f5e-3d5b-4b8e-9c1e-2f1b7a1d9e01',
  url: 'https://example.org/a',
  pageTitle: 'Title',
  body: '<img src=x onerror=alert(1)> kept as text',
  tags: ['t'],
  created: '2026-11-25T10:00:00.000Z',
  modified: '2026-11-25T10:00:00.000Z',
};
const backup = (over: Record<string, unknown> = {}) => ({
  ...toBackup([note], { ...DEFAULT_SETTINGS, mode: 'manual' }, new Date('2026-11-25T12:00:00Z')),
  ...over,
});

describe('reading a backup', () => {
  it('returns its notes and settings', async () => {
    const parsed = await parseImportText(JSON.stringify(backup()));
    expect(parsed.kind).toBe('backup');
    expect(parsed.notes).toEqual([note]);
    expect(parsed.settings?.mode).toBe('manual');
    expect(parsed.issues).toEqual([]);
  });

  it('keeps HTML in fields as text', async () => {
    const parsed = await parseImportText(JSON.stringify(backup()));
    expect(parsed.notes[0]?.body).toBe('<img src=x onerror=alert(1)> kept as text');
  });

  it('refuses a wrong or newer version and a missing note list', () => {
    expect(() => parseBackup(backup({ version: 2 }))).toThrow(/version 2, written by a newer Rhetoric Lens/);
    expect(() => parseBackup(backup({ version: '1' }))).toThrow(/version 1; only version 1/);
    expect(() => parseBackup(backup({ version: 0 }))).toThrow(/version 0; only version 1/);
    expect(() => parseBackup(backup({ format: 'rhetoric-lens-other' }))).toThrow(/Unknown file format/);
    expect(() => parseBackup(backup({ notes: 'none' }))).toThrow(/no list of notes/);
  });

  it('sets aside invalid notes, naming each one and its problem', () => {
    const parsed = parseBackup(
      backup({
        notes: [
          note,
          { ...note, id: 'b', body: 'x'.repeat(1024 * 1024) },
          { ...note, id: 'c', created: 'yesterday' },
          { ...note, id: 'd', url: undefined },
          'not a note',
        ],
      }),
    );
    expect(parsed.notes).toHaveLength(1);
    expect(parsed.issues).toEqual([
      { where: 'note 2', problem: 'body is 1,048,576 characters long; the limit is 1,000,000' },
      { where: 'note 3', problem: expect.stringMatching(/^created: /) },
      { where: 'note 4', problem: 'url is missing' },
      { where: 'note 5', problem: expect.any(String) },
    ]);
  });

  it('drops unknown keys and ignores malformed settings values', () => {
    const parsed = parseBackup(
      backup({
        notes: [{ ...note, extra: 'dropped', site: 'x' }],
        settings: { mode: 'always', kinds: { claim: false } },
      }),
    );
    expect(parsed.notes[0]).toEqual(note);
    expect(parsed.settings).toMatchObject({
      mode: 'always',
      kinds: { claim: false, figure: true, framing: true },
    });
    const bad = parseBackup(backup({ settings: { mode: 'sometimes' } }));
    expect(bad.settings).toBeUndefined();
    expect(bad.issues[0]?.where).toBe('settings');
  });
});
