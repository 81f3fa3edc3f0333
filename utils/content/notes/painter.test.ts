import { describe, expect, it } from 'vitest';
import { labelColour, NOTE_HIGHLIGHT, noteHighlightName } from './painter';

describe('note highlight names', () => {
  it('contain "note", one per label, safe as CSS identifiers', () => {
    expect(noteHighlightName()).toBe(NOTE_HIGHLIGHT);
    expect(noteHighlightName('needs-source')).toBe('rl-note-needs-source');
    const odd = noteHighlightName('Très <b>faux</b> }');
    expect(odd).toMatch(/^rl-note-[a-z0-9-]+$/);
    expect(odd).not.toBe(noteHighlightName('Très <b>faux</b> ]'));
  });

  it('gives default labels their colour and custom labels a stable one', () => {
    expect(labelColour('false')[0]).toBe(0);
    expect(labelColour('my-label')).toEqual(labelColour('my-label'));
  });
});
