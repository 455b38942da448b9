/**
 * The `stories/` folder on disk (Node only: the Vite plugin and the packager use it; the browser
 * receives the resulting bundles). Finding and checking scenarios is `src/analysis/files.ts`'s, run
 * over the disk file source defined here (the checker's CLI reads through it too), so the build
 * and `npm run check` always agree; this module shapes the result into bundles and the catalogue.
 * Nothing here throws for bad content: every problem becomes a diagnostic naming the file and the
 * line or field.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { join, loadRubricDirs, loadScenarioDir, loadStoryTree, type FileSource, type LoadedScenario } from '../analysis/files.js';
import { buildBranchMap } from '../analysis/branch-map.js';
import type { BranchMap } from '../analysis/branch-map-format.js';
import { gateStories } from '../analysis/gate.js';
import type { Diagnostic } from '../diagnostics.js';
import type { CompileResult } from '../ink/compile.js';
import { BUNDLE_FORMAT, type Catalogue, type ScenarioBundle } from '../scenario-bundle.js';
import type { Rubric } from '../schemas/rubric.js';
import type { Scenario } from '../schemas/scenario.js';
import { panelSummary } from '../panel/agreement.js';
import { scenarioAgreement } from '../panel/scenario-agreement.js';

export interface ScenarioFolder {
  id: string;
  dir: string;
  /** scenario.yaml, relative to the working directory. */
  file: string;
  scenario?: Scenario;
  rubric?: Rubric;
  compiled?: CompileResult;
  /** The expert panel's ratings files (`panel/*.json`). */
  panelFiles: { file: string; text: string }[];
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

/**
 * Everything under `root`, found and checked exactly as the checker does (`loadStoryTree`): rubrics
 * and scenario folders, each with its diagnostics, and the problems that belong to no scenario
 * (a folder with ink but no scenario.yaml, a misnamed metadata file).
 */
export function loadStories(root = 'stories') {
  const tree = loadStoryTree(diskFiles, display(root));
  const scenarios: ScenarioFolder[] = tree.scenarios.map(({ id, dir, file, scenario, rubric, compiled, panelFiles, diagnostics }) => ({
    id,
    dir,
    file,
    panelFiles,
    diagnostics,
    ...(scenario ? { scenario } : {}),
    ...(rubric?.rubric ? { rubric: rubric.rubric } : {}),
    ...(compiled ? { compiled } : {}),
  }));
  return { rubrics: tree.rubrics, scenarios, diagnostics: tree.diagnostics };
}

/** One scenario folder of a stories root (`root/id`), loaded as `loadStories` would; undefined when it has no scenario.yaml. */
export function loadScenarioFolder(root: string, id: string): ScenarioFolder | undefined {
  const rubrics = loadRubricDirs(diskFiles, [join(display(root), 'rubrics')]);
  const loaded = loadScenarioDir(diskFiles, join(display(root), id), rubrics);
  if (loaded.text === undefined) return undefined;
  const { dir, file, scenario, rubric, compiled, panelFiles, diagnostics } = loaded;
  return { id, dir, file, panelFiles, diagnostics, ...(scenario ? { scenario } : {}), ...(rubric?.rubric ? { rubric: rubric.rubric } : {}), ...(compiled ? { compiled } : {}) };
}

/** The player's bundle for a scenario that loaded without errors. */
export function toBundle(folder: ScenarioFolder): ScenarioBundle | undefined {
  if (!folder.scenario || !folder.rubric || !folder.compiled?.story) return undefined;
  if (folder.diagnostics.some((d) => d.severity === 'error')) return undefined;
  const bundle: ScenarioBundle = { format: BUNDLE_FORMAT, id: folder.id, scenario: folder.scenario, rubric: folder.rubric, story: folder.compiled.story };
  // A panel-rated scenario carries its panel's summary (explored only when there is a panel).
  if (folder.panelFiles.length > 0) bundle.panel = panelSummary(scenarioAgreement(bundle, folder.panelFiles));
  return bundle;
}

/** A scenario the checker passed, as the player's bundle. */
function bundleOf(loaded: LoadedScenario): ScenarioBundle {
  const bundle: ScenarioBundle = { format: BUNDLE_FORMAT, id: loaded.id, scenario: loaded.scenario!, rubric: loaded.rubric!.rubric!, story: loaded.compiled!.story! };
  // A panel-rated scenario carries its panel's summary (explored only when there is a panel).
  if (loaded.panelFiles.length > 0) bundle.panel = panelSummary(scenarioAgreement(bundle, loaded.panelFiles));
  return bundle;
}

/**
 * Everything under `root` through the gate (`src/analysis/gate.ts`): the bundles of the scenarios
 * `npm run check` finds no error in, the scenarios left out with their errors, and the errors
 * outside any scenario (rubric files, misnamed metadata files).
 */
export function checkedScenarios(root = 'stories') {
  const tree = loadStoryTree(diskFiles, display(root));
  const gate = gateStories(tree, diskFiles);
  const rubricErrors = [...tree.rubrics.values()].flatMap((r) => r.diagnostics).filter((d) => d.severity === 'error');
  return { bundles: gate.passed.map((p) => bundleOf(p.scenario)), leftOut: gate.leftOut, other: [...gate.other, ...rubricErrors] };
}

/**
 * The branch maps (`src/analysis/branch-map.ts`) of the scenarios under `root`: of every scenario
 * that compiles (`all`, for the dev server: a map shows an author where the errors are), or only of
 * those the gate lets through (for the build). `only` limits it to one scenario.
 */
export function branchMaps(root = 'stories', which: { all?: boolean; only?: string } = {}): BranchMap[] {
  const tree = loadStoryTree(diskFiles, display(root));
  const gate = gateStories(tree, diskFiles);
  const maps: BranchMap[] = [];
  for (const scenario of tree.scenarios) {
    if (which.only !== undefined && scenario.id !== which.only) continue;
    const passed = gate.passed.find((p) => p.scenario === scenario);
    if (!passed && !which.all) continue;
    const map = buildBranchMap(scenario, passed ? { report: passed.report } : {});
    if (map) maps.push(map);
  }
  return maps;
}

export function toCatalogue(bundles: readonly ScenarioBundle[]): Catalogue {
  return {
    format: BUNDLE_FORMAT,
    scenarios: bundles.map((b) => ({ scenario: b.scenario, storyHash: b.story.hash, rubricTitle: b.rubric.title, ...(b.panel ? { panel: b.panel } : {}) })),
  };
}
