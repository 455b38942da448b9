/**
 * Reads the `stories/` folder from disk (Node only: the Vite plugin, the checker and the packager
 * use it; the browser receives the resulting bundles). Nothing here throws for bad content: every
 * problem becomes a diagnostic naming the file and the line or field.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { compileInk, type CompileResult } from '../ink/compile.js';
import { BUNDLE_FORMAT, type Catalogue, type ScenarioBundle } from '../scenario-bundle.js';
import { loadRubric, loadScenario } from '../schemas/load.js';
import type { Rubric } from '../schemas/rubric.js';
import type { Scenario } from '../schemas/scenario.js';

export interface RubricFile {
  file: string;
  rubric?: Rubric;
  diagnostics: Diagnostic[];
}

export interface ScenarioFolder {
  id: string;
  dir: string;
  /** scenario.yaml, relative to the working directory. */
  file: string;
  scenario?: Scenario;
  rubric?: Rubric;
  compiled?: CompileResult;
  diagnostics: Diagnostic[];
}

const readText = (path: string) => (existsSync(path) && statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined);
const display = (path: string) => relative(process.cwd(), path) || path;

/** Every rubric under `<root>/rubrics/`, by id. */
export function loadRubrics(root: string): Map<string, RubricFile> {
  const rubrics = new Map<string, RubricFile>();
  const dir = join(root, 'rubrics');
  if (!existsSync(dir)) return rubrics;
  for (const name of readdirSync(dir).sort()) {
    if (!/\.(ya?ml|json)$/.test(name)) continue;
    const file = display(join(dir, name));
    const loaded = loadRubric(file, readFileSync(join(dir, name), 'utf8'));
    const id = loaded.value?.id ?? name.replace(/\.(ya?ml|json)$/, '');
    const diagnostics = [...loaded.diagnostics];
    const existing = rubrics.get(id);
    if (existing) diagnostics.push({ file, severity: 'error', rule: 'rubric-duplicate-id', message: `rubric id "${id}" is also used by ${existing.file}` });
    rubrics.set(id, { file, ...(loaded.value ? { rubric: loaded.value } : {}), diagnostics });
  }
  return rubrics;
}

/** Scenario folders: every directory under `root` (except `rubrics`) holding a scenario.yaml. */
export function scenarioDirs(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort()
    .map((name) => join(root, name))
    .filter((dir) => statSync(dir).isDirectory() && existsSync(join(dir, 'scenario.yaml')));
}

/** Loads, validates and compiles one scenario folder against the rubrics available. */
export function loadScenarioFolder(dir: string, rubrics: Map<string, RubricFile>): ScenarioFolder {
  const id = dir.split(/[\\/]/).filter(Boolean).pop() ?? dir;
  const file = display(join(dir, 'scenario.yaml'));
  const text = readText(join(dir, 'scenario.yaml'));
  if (text === undefined) {
    return { id, dir, file, diagnostics: [{ file, severity: 'error', rule: 'scenario-missing', message: 'no scenario.yaml in this folder' }] };
  }
  const loaded = loadScenario(file, text);
  const diagnostics = [...loaded.diagnostics];
  const scenario = loaded.value;
  const result: ScenarioFolder = { id, dir, file, diagnostics };
  if (!scenario) return result;
  result.scenario = scenario;

  if (scenario.id !== id) {
    diagnostics.push({ file, line: 1, path: 'id', severity: 'error', rule: 'scenario-id-mismatch', message: `id "${scenario.id}" does not match the folder name "${id}"` });
  }
  const rubric = rubrics.get(scenario.rubric);
  if (!rubric) {
    diagnostics.push({ file, path: 'rubric', severity: 'error', rule: 'rubric-missing', message: `no rubric with id "${scenario.rubric}" in stories/rubrics/ (found: ${[...rubrics.keys()].join(', ') || 'none'})` });
  } else if (rubric.rubric) result.rubric = rubric.rubric;

  const compiled = compileInk(display(join(dir, scenario.ink)), (path) => readText(path));
  result.compiled = compiled;
  diagnostics.push(...compiled.diagnostics);
  return result;
}

/** Everything under `root`: rubrics and scenarios, each with its diagnostics. */
export function loadStories(root = 'stories') {
  const rubrics = loadRubrics(root);
  const scenarios = scenarioDirs(root).map((dir) => loadScenarioFolder(dir, rubrics));
  return { rubrics, scenarios };
}

/** The player's bundle for a scenario that loaded without errors. */
export function toBundle(folder: ScenarioFolder): ScenarioBundle | undefined {
  if (!folder.scenario || !folder.rubric || !folder.compiled?.story) return undefined;
  if (folder.diagnostics.some((d) => d.severity === 'error')) return undefined;
  return { format: BUNDLE_FORMAT, id: folder.id, scenario: folder.scenario, rubric: folder.rubric, story: folder.compiled.story };
}

export function toCatalogue(bundles: readonly ScenarioBundle[]): Catalogue {
  return {
    format: BUNDLE_FORMAT,
    scenarios: bundles.map((b) => ({ scenario: b.scenario, storyHash: b.story.hash, rubricTitle: b.rubric.title })),
  };
}
