/**
 * `npm run analyze -- <file.txt|file.html|dir> [more…] [--json] [--format csv]`
 * Runs the analysis engine over articles and prints the findings. See
 * scripts/analyze/args.ts for the full usage text.
 */
import { analyze } from '../utils/analysis/index';
import { parseArgs, USAGE, UsageError } from './analyze/args';
import { readInput, resolveInputs } from './analyze/inputs';
import { type FileResult, formatCsv, formatJson, formatText } from './analyze/output';

async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`analyze: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const { files, errors } = resolveInputs(args.paths);
  if (errors.length > 0) {
    for (const e of errors) console.error(`analyze: ${e}`);
    return 2;
  }
  const results: FileResult[] = [];
  let failed = 0;
  for (const path of files) {
    try {
      const input = await readInput(path);
      results.push({ path, text: input.text, findings: analyze(input) });
    } catch (error) {
      failed++;
      console.error(`analyze: ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const format = { text: formatText, json: formatJson, csv: formatCsv }[args.format];
  if (results.length > 0) process.stdout.write(`${format(results)}\n`);
  return failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
