// Compiles one ink file in a fresh process and prints the milliseconds: a cold compile (nothing
// JIT-compiled or cached yet), as an author's first `npm run check` or dev-server start sees it.
import { readFileSync } from 'node:fs';
import { compileInk } from '../src/ink/compile.js';

const file = process.argv[2]!;
const start = performance.now();
const result = compileInk(file, (p) => {
  try {
    return readFileSync(p, 'utf8');
  } catch {
    return undefined;
  }
});
const elapsed = performance.now() - start;
if (!result.story) throw new Error(`${file} did not compile`);
process.stdout.write(JSON.stringify({ ms: elapsed }));
