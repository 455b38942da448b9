/**
 * The `stories/` folder on disk (Node only: the Vite plugin and the packager use it; the browser
 * receives the resulting bundles). The loading rules are those of `src/analysis/files.ts`, run over
 * the disk file source defined here (which the checker's CLI reads through too); this module adds
 * what the bundle builders need: scenario folders found as they always were, results shaped for
 * bundles, the catalogue. Nothing here throws for bad content: every problem becomes a diagnostic
 * naming the file and the line or field.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadRubricDirs, loadScenarioDir, type FileSource, type LoadedRubric } from '../analysis/files.js';
import type { Diagnostic } from '../diagnostics.js';
import type { CompileResult } from '../ink/compile.js';
import { BUNDLE_FORMAT, type Catalogue, type ScenarioBundle } from '../scenario-bundle.js';
import type { Rubric } from '../schemas/rubric.js';
import type { Scenario } from '../schemas/scenario.js';

/** A rubric file: its id, text, validated rubric (when valid) and diagnostics. */
export type RubricFile = LoadedRubric;

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

/**
 * The disk as the checker and the bundle builders read it (paths relative to the working
 * directory, or absolute). `list` leaves out names starting with "." and `node_modules`; a link to
 * a folder is listed as a file, so that a listing never loops.
 */
export const diskFiles: FileSource = {
  read: (path) => (existsSync(path) && statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined),
  list: (dir) => {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) return undefined;
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => !e.name.startsWith('.') && e.name !== 'node_modules')
      .map((e) => (e.isDirectory() ? `${e.name}/` : e.name))
      .sort();
  },
};

const display = (path: string) => relative(process.cwd(), path) || path;

/** Every rubric under `<root>/rubrics/`, by id (a second file with an id already taken is an error). */
export function loadRubrics(root: string): Map<string, RubricFile> {
  return loadRubricDirs(diskFiles, [display(join(root, 'rubrics'))]);
}

/** Scenario folders: every directory under `root` (links followed) holding a scenario.yaml, by name. */
export function scenarioDirs(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort()
    .map((name) => join(root, name))
    .filter((dir) => statSync(dir).isDirectory() && existsSync(join(dir, 'scenario.yaml')));
}

/** Loads, validates and compiles one scenario folder against the rubrics available. */
export function loadScenarioFolder(dir: string, rubrics: Map<string, RubricFile>): ScenarioFolder {
  const { id, file, text, scenario, rubric, compiled, diagnostics } = loadScenarioDir(diskFiles, display(dir), rubrics);
  if (text === undefined) {
    // Only reached for a scenario.yaml that is not a readable file: scenarioDirs found the name.
    return { id, dir, file, diagnostics: [{ file, severity: 'error', rule: 'scenario-missing', message: 'no scenario.yaml in this folder' }] };
  }
  return { id, dir, file, diagnostics, ...(scenario ? { scenario } : {}), ...(rubric?.rubric ? { rubric: rubric.rubric } : {}), ...(compiled ? { compiled } : {}) };
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
