/**
 * The broken-file corpus as stories folders on disk, the form `npm run check`, the build and the
 * dev server read: each case's files, plus the corpus's shared rubric when the case brings none.
 * Used by the end-to-end gate tests, which take every corpus mistake through check, build and
 * player (`test/node/corpus-gate.test.ts`, `test/e2e/corpus-gate.test.ts`).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { CorpusIndex } from './corpus-cases.js';

export const CORPUS_DIR = 'test/checker/corpus';

export function corpusIndex(): CorpusIndex {
  return JSON.parse(readFileSync(join(CORPUS_DIR, 'index.json'), 'utf8')) as CorpusIndex;
}

let root: string | undefined;
const made = new Map<string, string>();

/**
 * The stories folder of corpus case `name` (made once per process, in a temporary folder), as a path
 * relative to the working folder: the form in which the build names files, so that its diagnostics
 * and the checker's can be compared line for line.
 */
export function corpusStoriesDir(name: string): string {
  const known = made.get(name);
  if (known) return known;
  const c = corpusIndex().cases[name];
  if (!c) throw new Error(`no corpus case "${name}"`);
  root ??= mkdtempSync(join(tmpdir(), 'attune-corpus-'));
  const dir = join(root, name);
  for (const file of c.files) cpSync(join(CORPUS_DIR, name, file), join(dir, file), { recursive: true });
  if (!c.files.some((f) => f.startsWith('rubrics/'))) {
    for (const file of corpusIndex().shared) {
      const target = join(dir, file);
      if (!existsSync(target)) cpSync(join(CORPUS_DIR, 'shared', file), target, { recursive: true });
    }
  }
  const path = relative(process.cwd(), dir);
  made.set(name, path);
  return path;
}

