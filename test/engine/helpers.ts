import { compileInk, type CompileResult } from '../../src/ink/compile.js';
import { loadRubric } from '../../src/schemas/load.js';
import type { Rubric } from '../../src/schemas/rubric.js';

export async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
}

/** Compiles ink held in memory: `files` maps path → source; the first entry is the main file. */
export function compileFiles(files: Record<string, string>): CompileResult {
  const main = Object.keys(files)[0]!;
  return compileInk(main, (path) => files[path]);
}

/** Fetches the example scenario's ink files and compiles them, as the checker and plugin do. */
export async function compileExample(): Promise<CompileResult> {
  const files: Record<string, string> = {};
  for (const name of ['story.ink', 'endings.ink']) files[`stories/example/${name}`] = await fetchText(`/stories/example/${name}`);
  return compileFiles(files);
}

export async function exampleRubric(): Promise<Rubric> {
  const loaded = loadRubric('stories/rubrics/example.yaml', await fetchText('/stories/rubrics/example.yaml'));
  if (!loaded.value) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.value;
}
