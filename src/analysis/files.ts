/**
 * Loads a stories folder (rubrics and scenario folders) through an abstract file source: the one
 * implementation of the loading rules and their messages. The checker runs it in Node (the CLI
 * reads the disk) and in the browser (tests fetch the files); `src/node/story-files.ts` runs it on
 * the disk for the Vite plugin and the packager. On top of validating and compiling, it keeps what
 * the checker needs: the metadata text (for field lines), the files of each folder, and folders
 * that look like scenarios but have no metadata file.
 */
import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import { compileInk, normalisePath, type CompileResult } from '../ink/compile.js';
import { didYouMean } from '../near-names.js';
import { loadRubric, loadScenario } from '../schemas/load.js';
import type { Rubric } from '../schemas/rubric.js';
import type { Scenario } from '../schemas/scenario.js';

export interface FileSource {
  read(path: string): string | undefined;
  /** Names in a folder, folders marked with a trailing "/"; undefined when it is not a folder. */
  list(dir: string): string[] | undefined;
}

export interface LoadedRubric {
  id: string;
  file: string;
  text: string;
  rubric?: Rubric;
  diagnostics: Diagnostic[];
}

export interface LoadedScenario {
  id: string;
  dir: string;
  /** The metadata file (scenario.yaml). */
  file: string;
  text?: string;
  scenario?: Scenario;
  rubric?: LoadedRubric;
  compiled?: CompileResult;
  /** Every file in the scenario's folder (recursively), as paths. */
  folderFiles: string[];
  /** The expert panel's ratings files (`panel/*.json`), read but not yet checked (see src/panel/). */
  panelFiles: { file: string; text: string }[];
  diagnostics: Diagnostic[];
}

export interface LoadedStories {
  rubrics: Map<string, LoadedRubric>;
  scenarios: LoadedScenario[];
  /** Problems that belong to no scenario or rubric (e.g. a folder without metadata). */
  diagnostics: Diagnostic[];
}

export const join = (...parts: string[]) => normalisePath(parts.filter(Boolean).join('/'));
const baseName = (path: string) => path.split('/').filter(Boolean).pop() ?? path;

function listFiles(fs: FileSource, dir: string): string[] {
  const out: string[] = [];
  for (const name of fs.list(dir) ?? []) {
    if (name.endsWith('/')) out.push(...listFiles(fs, join(dir, name)));
    else out.push(join(dir, name));
  }
  return out.sort();
}

/** The line of a field (`criteria.2.weight`) in a YAML text; the deepest existing parent otherwise. */
export function fieldLine(text: string, path: string): number | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const keys = path.split('.').filter(Boolean);
  for (let depth = keys.length; depth >= 0; depth--) {
    const at = keys.slice(0, depth).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    // A mapping entry: point at its key (its value may start on a later line).
    const parent = depth === 0 ? undefined : depth === 1 ? doc.contents : doc.getIn(at.slice(0, -1), true);
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(at[at.length - 1]));
      if (pair && isNode(pair.key) && pair.key.range) return lines.linePos(pair.key.range[0]).line;
    }
    const node = depth === 0 ? doc.contents : doc.getIn(at, true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

/** Loads every rubric under `dirs` (each a `rubrics/` folder). */
export function loadRubricDirs(fs: FileSource, dirs: readonly string[]): Map<string, LoadedRubric> {
  const rubrics = new Map<string, LoadedRubric>();
  for (const dir of [...new Set(dirs.map((d) => normalisePath(d)))]) {
    for (const name of (fs.list(dir) ?? []).filter((n) => /\.(ya?ml|json)$/.test(n)).sort()) {
      const file = join(dir, name);
      const text = fs.read(file) ?? '';
      const loaded = loadRubric(file, text);
      const id = loaded.value?.id ?? name.replace(/\.(ya?ml|json)$/, '');
      const diagnostics = [...loaded.diagnostics];
      const existing = rubrics.get(id);
      if (existing) diagnostics.push({ file, line: fieldLine(text, 'id'), path: 'id', severity: 'error', rule: 'rubric-duplicate-id', message: `rubric id "${id}" is also used by ${existing.file}` });
      // A duplicate is kept (under its file name) so that its other problems are still reported.
      rubrics.set(existing ? `${id} (${file})` : id, { id, file, text, ...(loaded.value ? { rubric: loaded.value } : {}), diagnostics });
    }
  }
  return rubrics;
}

/** Loads, validates and compiles one scenario folder. */
export function loadScenarioDir(fs: FileSource, dir: string, rubrics: Map<string, LoadedRubric>): LoadedScenario {
  const id = baseName(dir);
  const file = join(dir, 'scenario.yaml');
  const folderFiles = listFiles(fs, dir);
  const panelFiles = folderFiles.filter((f) => f.startsWith(join(dir, 'panel') + '/') && f.endsWith('.json')).map((f) => ({ file: f, text: fs.read(f) ?? '' }));
  const text = fs.read(file);
  if (text === undefined) {
    // A misnamed metadata file is an error; a folder still being written is only skipped.
    const near = folderFiles.find((f) => /\/scenario\.[^/]*$/i.test(f));
    const diagnostic: Diagnostic = near
      ? { file: near, severity: 'error', rule: 'scenario-missing', message: `the metadata file must be named exactly "scenario.yaml" (found ${near.split('/').pop()})` }
      : { file: dir, severity: 'warning', rule: 'scenario-missing', message: 'this folder has ink but no scenario.yaml, so it is not a scenario yet: it is skipped (see docs/authoring.md)' };
    return { id, dir, file, folderFiles, panelFiles, diagnostics: [diagnostic] };
  }
  const loaded = loadScenario(file, text);
  const diagnostics = [...loaded.diagnostics];
  const result: LoadedScenario = { id, dir, file, text, folderFiles, panelFiles, diagnostics };
  const scenario = loaded.value;
  if (!scenario) return result;
  result.scenario = scenario;
  if (scenario.id !== id) {
    diagnostics.push({ file, line: fieldLine(text, 'id'), path: 'id', severity: 'error', rule: 'scenario-id-mismatch', message: `id "${scenario.id}" does not match the folder name "${id}"` });
  }
  const rubric = rubrics.get(scenario.rubric);
  if (!rubric) {
    diagnostics.push({
      file,
      line: fieldLine(text, 'rubric'),
      path: 'rubric',
      severity: 'error',
      rule: 'rubric-missing',
      message: `no rubric with id "${scenario.rubric}" in the rubrics folder (found: ${[...new Set([...rubrics.values()].map((r) => r.id))].join(', ') || 'none'})${didYouMean(scenario.rubric, new Set([...rubrics.values()].map((r) => r.id)))}`,
    });
  } else result.rubric = rubric;

  const compiled = compileInk(join(dir, scenario.ink), (path) => fs.read(path));
  result.compiled = compiled;
  diagnostics.push(...compiled.diagnostics);
  return result;
}

/**
 * Everything under a stories root: `<root>/rubrics/` plus any extra rubric folders, and every
 * sub-folder (except `rubrics`) as a scenario. A folder with ink files but no scenario.yaml is
 * reported rather than silently skipped.
 */
export function loadStoryTree(fs: FileSource, root: string, extraRubricDirs: readonly string[] = []): LoadedStories {
  const rubrics = loadRubricDirs(fs, [join(root, 'rubrics'), ...extraRubricDirs]);
  const scenarios: LoadedScenario[] = [];
  const diagnostics: Diagnostic[] = [];
  // By folder name ("example" before "example-2", as a person lists them).
  for (const name of (fs.list(root) ?? []).filter((n) => n.endsWith('/')).map((n) => n.slice(0, -1)).sort()) {
    const dir = join(root, name);
    if (baseName(dir) === 'rubrics') continue;
    const folder = loadScenarioDir(fs, dir, rubrics);
    if (folder.text !== undefined) scenarios.push(folder);
    else if (folder.folderFiles.some((f) => f.endsWith('.ink'))) diagnostics.push(...folder.diagnostics);
  }
  return { rubrics, scenarios, diagnostics };
}

/** A file source over an in-memory map of path → text (tests, the browser). */
export function memoryFiles(files: Readonly<Record<string, string>>): FileSource {
  const paths = Object.keys(files).map(normalisePath);
  const texts = new Map(Object.entries(files).map(([p, t]) => [normalisePath(p), t]));
  return {
    read: (path) => texts.get(normalisePath(path)),
    list: (dir) => {
      const prefix = normalisePath(dir) + '/';
      const names = new Set<string>();
      for (const p of paths) {
        if (!p.startsWith(prefix)) continue;
        const rest = p.slice(prefix.length);
        const slash = rest.indexOf('/');
        names.add(slash < 0 ? rest : rest.slice(0, slash + 1));
      }
      return names.size > 0 ? [...names].sort() : undefined;
    },
  };
}
