import { describe, expect, it } from 'vitest';
import type { Block, Finding } from '../analysis/types';
import { AnalysisRunner, type Engine } from './analysis-runner';

/** A stand-in engine (the real one is tested in utils/analysis): every run of digits is a figure. */
const digits: Engine = async ({ text }) =>
  [...text.matchAll(/\d+/g)].map(
    (m): Finding => ({
      kind: 'figure',
      label: 'number',
      start: m.index,
      end: m.index + m[0].length,
      explanation: 'A number.',
      score: 1,
    }),
  );

function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (const part of text.split('\n\n')) {
    blocks.push({ start, end: start + part.length, type: 'paragraph' });
    start += part.length + 2;
  }
  return blocks;
}

describe('AnalysisRunner', () => {
  const text = 'Turnout rose to 85 percent in 2010.\n\nThe plan cost $4 million.\n\nNothing here.';

  it('returns the engine findings with page offsets', async () => {
    const findings = await new AnalysisRunner(digits).run(text, blocksOf(text));
    expect(findings?.map((f) => text.slice(f.start, f.end))).toEqual(['85', '2010', '4']);
  });

  it('analyses only blocks whose text changed, and never keeps a finding spanning blocks', async () => {
    const seen: string[] = [];
    const runner = new AnalysisRunner(async (input) => {
      seen.push(input.text);
      return digits(input);
    });
    await runner.run(text, blocksOf(text));
    expect(seen).toEqual([text]);
    seen.length = 0;
    const changed = text.replace('Nothing here.', 'Only 3 people came.');
    const findings = await runner.run(changed, blocksOf(changed));
    expect(seen).toEqual(['Only 3 people came.']);
    expect(findings?.map((f) => changed.slice(f.start, f.end))).toEqual(['85', '2010', '4', '3']);
  });

  it('drops findings that cross a block boundary', async () => {
    const spanning: Engine = async ({ text: t }) => [
      { kind: 'claim', label: 'claim', start: 0, end: t.length, explanation: 'x', score: 1 },
    ];
    expect(await new AnalysisRunner(spanning).run(text, blocksOf(text))).toEqual([]);
  });

  it('stops when cancelled', async () => {
    expect(await new AnalysisRunner(digits).run(text, blocksOf(text), () => true)).toBeNull();
  });
});
