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

  it('streams: a full batch goes to the engine while blocks are still being added', async () => {
    const sent: number[] = [];
    const runner = new AnalysisRunner(async (input) => {
      sent.push(input.blocks.length);
      return digits(input);
    });
    const stream = runner.begin();
    const paragraph = `${'word '.repeat(2000)}7.`;
    let start = 0;
    for (let i = 0; i < 5; i++) {
      stream.add(
        { start, end: start + paragraph.length, type: 'paragraph' },
        paragraph.replace('7', String(i)),
      );
      start += paragraph.length + 2;
    }
    // 5 × ~10,000 characters: two batches of 20,000 left before finish, the last block at finish.
    expect(sent).toEqual([2, 2]);
    const findings = await stream.finish();
    expect(sent).toEqual([2, 2, 1]);
    expect(findings?.map((f) => f.start)).toEqual(
      [0, 1, 2, 3, 4].map((i) => i * (paragraph.length + 2) + 10_000),
    );
  });

  it('reports an engine failure from finish', async () => {
    const failing = new AnalysisRunner(async () => {
      throw new Error('engine down');
    });
    await expect(failing.run(text, blocksOf(text))).rejects.toThrow('engine down');
  });
});
