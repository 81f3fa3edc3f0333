import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';
import { MAX_SENTENCE, segment, splitSentences } from './segment';

function sentences(text: string): string[] {
  return splitSentences(text, 0, text.length, 0).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('splits on ordinary terminators', () => {
    expect(sentences('The mayor resigned. Nobody expected it! Why now? Nobody knows.')).toEqual([
      'The mayor resigned.',
      'Nobody expected it!',
      'Why now?',
      'Nobody knows.',
    ]);
  });

  it('keeps titles, initials and decimals inside the sentence', () => {
    expect(sentences('Dr. Lee met Gov. Ortiz and J. R. Smith. Inflation fell to 3.5 percent.')).toEqual([
      'Dr. Lee met Gov. Ortiz and J. R. Smith.',
      'Inflation fell to 3.5 percent.',
    ]);
  });

  it('keeps "U.S." inside a sentence but ends one when the next word opens a sentence', () => {
    expect(sentences('The U.S. Senate voted. Aid to the U.S. The vote was close.')).toEqual([
      'The U.S. Senate voted.',
      'Aid to the U.S.',
      'The vote was close.',
    ]);
    expect(sentences('Officials in the U.S. said no.')).toEqual(['Officials in the U.S. said no.']);
  });

  it('ends a sentence after closing quotes and keeps lower-case continuations', () => {
    expect(sentences('She called it “a farce.” The minister left. “Why?” he asked.')).toEqual([
      'She called it “a farce.”',
      'The minister left.',
      '“Why?” he asked.',
    ]);
  });

  it('treats ellipses like terminators only before a capital', () => {
    expect(sentences('We waited... and waited… Then the bus came.')).toEqual([
      'We waited... and waited…',
      'Then the bus came.',
    ]);
  });

  it('handles abbreviations that can also end a sentence', () => {
    expect(sentences('He founded Acme Inc. The firm grew. Item No. 5 sold out.')).toEqual([
      'He founded Acme Inc.',
      'The firm grew.',
      'Item No. 5 sold out.',
    ]);
  });

  it('splits a heading line without punctuation from the text below it', () => {
    expect(sentences('Budget cuts ahead\nThe council voted on Monday.')).toEqual([
      'Budget cuts ahead',
      'The council voted on Monday.',
    ]);
    // A hard-wrapped long line is not a heading.
    const wrapped =
      'The council voted on Monday to approve a budget that cuts spending on parks and\nLibraries by a third.';
    expect(sentences(wrapped)).toEqual([wrapped]);
  });

  it('offsets are relative to the whole text and skip surrounding space', () => {
    const text = 'xx  One. Two.  yy';
    const out = splitSentences(text, 2, 15, 3);
    expect(out.map((s) => text.slice(s.start, s.end))).toEqual(['One.', 'Two.']);
    expect(out.every((s) => s.block === 3)).toBe(true);
  });

  it('cuts very long sentences at spaces and stays linear on hostile input', () => {
    const long = 'word '.repeat(200_000);
    const t0 = performance.now();
    const out = sentences(long);
    expect(out.every((s) => s.length <= MAX_SENTENCE)).toBe(true);
    expect(out.every((s) => !s.startsWith(' ') && s.endsWith('word'))).toBe(true);
    for (const hostile of ['.'.repeat(1_000_000), '\n'.repeat(500_000), `A. ${'A. '.repeat(300_000)}`]) {
      const split = sentences(hostile);
      expect(split.every((s) => s.length <= MAX_SENTENCE)).toBe(true);
    }
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('never splits a surrogate pair', () => {
    const emoji = '😀'.repeat(5000);
    for (const s of sentences(emoji)) {
      expect(s.charCodeAt(0) >= 0xdc00 && s.charCodeAt(0) <= 0xdfff).toBe(false);
    }
  });
});

describe('segment', () => {
  it('splits plain text into blocks on blank lines and marks the language', () => {
    const text =
      'The government announced a new tax on imports last week.\n\nEl gobierno anunció que el impuesto es muy alto para los productores.';
    const seg = segment(text);
    expect(seg.blocks.map((b) => b.english)).toEqual([true, false]);
    expect(seg.sentences.map((s) => s.block)).toEqual([0, 1]);
  });

  it('honours declared block languages and clamps blocks to the text', () => {
    const text = 'Hello there. Bonjour.';
    const seg = segment({
      text,
      blocks: [
        { start: 0, end: 12, type: 'paragraph', lang: 'en-GB' },
        { start: 13, end: 999, type: 'quote', lang: 'fr' },
      ],
    });
    expect(seg.blocks.map((b) => b.english)).toEqual([true, false]);
    expect(seg.sentences.at(-1)).toMatchObject({ start: 13, end: text.length, block: 1 });
  });

  it('survives empty, binary and right-to-left input', () => {
    expect(segment('').sentences).toEqual([]);
    let binary = '';
    for (let i = 0; i < 20000; i++) binary += String.fromCharCode((i * 7919) % 65536);
    expect(() => segment(binary)).not.toThrow();
    const arabic = segment('قال الوزير إن الاقتصاد نما بنسبة خمسة في المئة. وأضاف أن البطالة انخفضت.');
    expect(arabic.blocks[0]!.english).toBe(false);
  });
});

describe('detectLanguage', () => {
  it('recognises English and common Latin-script languages, defaulting to English', () => {
    expect(detectLanguage('The minister said that the budget was not enough for the schools.')).toBe('en');
    expect(detectLanguage('No entiendo mucho el inglés')).toBe('es');
    expect(detectLanguage('Le président a dit que la réforme est nécessaire pour les retraites.')).toBe('fr');
    expect(detectLanguage('Ok')).toBe('en');
    expect(detectLanguage('Путин заявил, что переговоры продолжатся.')).toBe('und-nonlatin');
  });
});
