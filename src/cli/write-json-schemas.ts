/** `npm run schemas`: writes docs/schemas/*.schema.json from the zod schemas (`--check` only compares). */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { jsonSchemaFiles } from './json-schemas.js';

const check = process.argv.includes('--check');
let stale = 0;
for (const [file, text] of Object.entries(jsonSchemaFiles())) {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (current === text) {
    console.log(`${file}: up to date`);
    continue;
  }
  if (check) {
    console.log(`${file}: out of date — run npm run schemas`);
    stale++;
    continue;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`${file}: written`);
}
process.exitCode = stale > 0 ? 1 : 0;
