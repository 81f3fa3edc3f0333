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
    const paragraph = `${'word '.repeat(2600)}7.`;
    let start = 0;
    for (let i = 0; i < 5; i++) {
      stream.add(
        { start, end: start + paragraph.length, type: 'paragraph' },
        paragraph.replace('7', String(i)),
      );
      start += paragraph.length + 2;
    }
    // 5 × ~13,000 characters: a first smaller batch at once, then batches of 20,000, all before finish.
    expect(sent).toEqual([1, 2, 2]);
    stream.add({ start, end: start + 5, type: 'paragraph' }, 'Last.');
    expect(sent).toEqual([1, 2, 2]);
    const findings = await stream.finish();
    expect(sent).toEqual([1, 2, 2, 1]);
    expect(findings?.map((f) => f.start)).toEqual(
      [0, 1, 2, 3, 4].map((i) => i * (paragraph.length + 2) + 13_000),
    );
  });

  it('passes findings on in page order as soon as the batches before them are back', async () => {
    const replies: ((findings: Finding[]) => void)[] = [];
    const inputs: string[] = [];
    const runner = new AnalysisRunner((input) => {
      inputs.push(input.text);
      return new Promise((resolve) => replies.push(() => void digits(input).then(resolve)));
    });
    const heard: number[][] = [];
    const stream = runner.begin(undefined, (found) => heard.push(found.map((f) => f.start)));
    const long = `${'word '.repeat(2500)}1.`;
    stream.add({ start: 0, end: long.length, type: 'paragraph' }, long);
    const second = { start: long.length + 2, end: long.length + 4, type: 'paragraph' } as const;
    stream.add(second, '22');
    const done = stream.finish();
    expect(inputs).toEqual([long, '22']);
    // The second batch answers first: nothing is passed on before the first block's findings.
    replies[1]?.([]);
    await new Promise((r) => setTimeout(r, 0));
    expect(heard).toEqual([]);
    replies[0]?.([]);
    const all = await done;
    // Then both blocks at once, in page order.
    expect(heard).toEqual([[12_500, second.start]]);
    expect(all?.map((f) => f.start)).toEqual([12_500, second.start]);
  });

  it('reports an engine failure from finish', async () => {
    const failing = new AnalysisRunner(async () => {
      throw new Error('engine down');
    });
    await expect(failing.run(text, blocksOf(text))).rejects.toThrow('engine down');
  });
});
