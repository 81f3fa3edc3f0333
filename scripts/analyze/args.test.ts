import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from './args';

describe('parseArgs', () => {
  it('defaults to human-readable text', () => {
    expect(parseArgs(['a.txt'])).toEqual({ paths: ['a.txt'], format: 'text', help: false });
  });
  it('accepts --json, --csv, --format x and --format=x anywhere', () => {
    expect(parseArgs(['--json', 'a.txt', 'dir']).format).toBe('json');
    expect(parseArgs(['a.txt', '--format', 'csv']).format).toBe('csv');
    expect(parseArgs(['a.txt', '--format=csv']).format).toBe('csv');
    expect(parseArgs(['a.txt', '--csv']).format).toBe('csv');
    expect(parseArgs(['a.txt', '--json', '--format', 'json']).format).toBe('json');
  });
  it('keeps paths in order and takes everything after -- as a path', () => {
    expect(parseArgs(['b.html', 'a.txt', '--', '--odd-name.txt']).paths).toEqual([
      'b.html',
      'a.txt',
      '--odd-name.txt',
    ]);
  });
  it('allows --help without paths', () => {
    expect(parseArgs(['--help']).help).toBe(true);
    expect(parseArgs(['-h']).help).toBe(true);
  });
  it.each([
    [[], /no input/],
    [['a.txt', '--format'], /needs a value/],
    [['a.txt', '--format', 'xml'], /unknown format "xml"/],
    [['a.txt', '--json', '--format', 'csv'], /conflicting formats/],
    [['a.txt', '--verbose'], /unknown option --verbose/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv as string[])).toThrow(UsageError);
    expect(() => parseArgs(argv as string[])).toThrow(message);
  });
});
