/**
 * `npm run check [-- <paths…>] [--json] [--rubrics <dir>] [--seed <n>] [--max-states <n>]`
 *
 * Checks every scenario under `stories/` (or the stories folders / scenario folders given):
 * compiles the ink, validates rubric and metadata files, explores every reachable state and
 * applies the lint rules. Prints a table per scenario and the problems grouped by file, or with
 * `--json` one machine-readable document. Exits 1 when there is any error, 2 on a usage mistake.
 */
import { diskFiles } from '../node/story-files.js';
import { main } from './check-run.js';

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('src/cli/check.ts')) {
  process.exitCode = main(process.argv.slice(2), diskFiles, (text) => console.log(text));
}
