/**
 * The one gate between authors' files and trainees: a scenario reaches the player (dev server,
 * `npm run build`, `npm run package`) only if `npm run check` finds no error in it or in its
 * rubric. The others still go through; the ones left out come back with the reasons, so every
 * command can say which were left out and why, with file and line.
 *
 * Checking a scenario explores all of it, which takes a moment for a large one, so reports are
 * kept per scenario and reused while none of its files (metadata, rubric, ink) has changed: the
 * dev server re-checks only what an author edited, and `npm run package` does not check twice.
 */
import { hasErrors, type Diagnostic } from '../diagnostics.js';
import { contentHash } from '../ink/content-hash.js';
import { checkScenario, type CheckOptions, type ScenarioReport } from './check.js';
import type { FileSource, LoadedScenario, LoadedStories } from './files.js';

export interface LeftOut {
  id: string;
  title?: string;
  /** The scenario's metadata file. */
  file: string;
  /** Its errors (and its rubric's), as `npm run check` reports them. */
  diagnostics: Diagnostic[];
}

export interface GateResult {
  /** Scenarios with no errors, ready to bundle, with their reports. */
  passed: { scenario: LoadedScenario; report: ScenarioReport }[];
  leftOut: LeftOut[];
  /** Errors that belong to no scenario (a folder whose metadata file is misnamed). */
  other: Diagnostic[];
}

/** The last report of each scenario folder, with the fingerprint of its inputs. */
const reports = new Map<string, { key: string; report: ScenarioReport }>();

/** Everything a scenario's report depends on, as one fingerprint. */
function inputsKey(scenario: LoadedScenario, files: FileSource, options: CheckOptions): string {
  const ink = (scenario.compiled?.files ?? []).map((f) => `${f}\n${files.read(f) ?? ''}`);
  const parts = [scenario.dir, scenario.text ?? '', scenario.rubric?.file ?? '', scenario.rubric?.text ?? '', scenario.folderFiles.join('\n'), ...ink, JSON.stringify(options)];
  return contentHash(parts.join('\u0000'));
}

/** Checks every scenario (reusing reports whose inputs are unchanged) and sorts them into passed and left out. */
export function gateStories(stories: LoadedStories, files: FileSource, options: CheckOptions = {}): GateResult {
  const result: GateResult = { passed: [], leftOut: [], other: stories.diagnostics.filter((d) => d.severity === 'error') };
  for (const scenario of stories.scenarios) {
    const key = inputsKey(scenario, files, options);
    const kept = reports.get(scenario.dir);
    const report = kept?.key === key ? kept.report : checkScenario(scenario, options);
    reports.set(scenario.dir, { key, report });
    // A rubric id that two files claim is ambiguous: the scenario may be scored against the wrong one.
    const sameId = [...stories.rubrics.values()].filter((r) => scenario.rubric !== undefined && r.id === scenario.rubric.id);
    const rubricErrors = sameId.flatMap((r) => (r === scenario.rubric ? r.diagnostics : r.diagnostics.filter((d) => d.rule === 'rubric-duplicate-id'))).filter((d) => d.severity === 'error');
    const playable = scenario.scenario !== undefined && scenario.rubric?.rubric !== undefined && scenario.compiled?.story !== undefined;
    if (playable && !hasErrors(report.diagnostics) && rubricErrors.length === 0) {
      result.passed.push({ scenario, report });
      continue;
    }
    const diagnostics = [...rubricErrors, ...report.diagnostics.filter((d) => d.severity === 'error')];
    result.leftOut.push({ id: scenario.id, ...(scenario.scenario ? { title: scenario.scenario.title } : {}), file: scenario.file, diagnostics });
  }
  return result;
}
