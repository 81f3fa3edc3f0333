/**
 * Command-line arguments of `npm run analyze`. Pure: no file system access,
 * so it is unit-tested directly.
 */

export type OutputFormat = 'text' | 'json' | 'csv';

export interface AnalyzeArgs {
  paths: string[];
  format: OutputFormat;
  help: boolean;
}

export const USAGE = `Usage: npm run analyze -- <file.txt|file.html|directory> [more paths…] [--json] [--format text|json|csv]

Finds claims, figures and rhetorical framing in articles.

  <file.txt>     plain text, analysed as is (offsets refer to the file's content)
  <file.html>    a web page: its main article text is extracted first, as the extension does
  <directory>    every .txt/.text/.html/.htm file inside it, recursively, in sorted order

Options:
  --json             JSON: {"text", "findings"} for one file; an object keyed by path for several
  --format <fmt>     text (default, grouped by kind with context), json, or csv
                     (RFC 4180: file,kind,label,start,end,text,value,explanation,score)
  -h, --help         show this help

Exit codes: 0 success, 1 a file could not be read or analysed, 2 bad arguments or paths.`;

export class UsageError extends Error {}

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'csv'];

export function parseArgs(argv: readonly string[]): AnalyzeArgs {
  const args: AnalyzeArgs = { paths: [], format: 'text', help: false };
  let formatGiven: OutputFormat | undefined;
  const setFormat = (f: string) => {
    if (!FORMATS.includes(f as OutputFormat)) {
      throw new UsageError(`unknown format "${f}" (expected ${FORMATS.join(', ')})`);
    }
    if (formatGiven && formatGiven !== f)
      throw new UsageError(`conflicting formats: ${formatGiven} and ${f}`);
    formatGiven = f as OutputFormat;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      args.paths.push(...argv.slice(i + 1));
      break;
    }
    if (a === '-h' || a === '--help') args.help = true;
    else if (a === '--json') setFormat('json');
    else if (a === '--csv') setFormat('csv');
    else if (a === '--format') {
      const next = argv[++i];
      if (next === undefined) throw new UsageError('--format needs a value (text, json or csv)');
      setFormat(next);
    } else if (a.startsWith('--format=')) setFormat(a.slice('--format='.length));
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else args.paths.push(a);
  }
  args.format = formatGiven ?? 'text';
  if (!args.help && args.paths.length === 0) throw new UsageError('no input file or directory given');
  return args;
}
