/**
 * Helpers for the LMS tests in Chromium: a real LMS runtime (`scorm-again`) recording every call
 * made to it, the real `<attune-player>`, and the launch sequence of the package's launch page.
 */
import { Scorm12API, Scorm2004API } from 'scorm-again';
import '../../components/attune-player/attune-player.js';
import { fetchCatalogue, fetchScenarioBundle, type ScenarioBundle } from '../../src/scenario-bundle.js';
import { launch, type LaunchablePlayer, type Launched, type LaunchOptions } from '../../src/lms/launch.js';
import type { LmsStatus } from '../../src/lms/reporter.js';
import type { ScormVersion } from '../../src/lms/validate.js';
import type { Session } from '../../src/session.js';
import { scenarioPaths, type ScenarioPath } from './paths.js';

export type AnyScormApi = Scorm12API | Scorm2004API;

export interface RecordedCall {
  method: string;
  args: string[];
  result: string;
}

/**
 * The learner every LMS made here launches as: one per test file. Test files run side by side in
 * one browser and share `localStorage`, where the player keeps its LMS backup per learner; a
 * learner of their own keeps one file's backups out of another's launches (and cleanups).
 */
export const TEST_LEARNER = `trainee-${crypto.randomUUID().slice(0, 8)}`;

/**
 * How the LMS is set up. `moodle`: mastery score overrides status (Moodle's default "Mastery score
 * overrides status: Yes"; scorm-again's `mastery_override` and `score_overrides_status`, which apply
 * it at LMSFinish even over a status the SCO set). `strict`: no overrides, the standard only.
 */
export type LmsSettings = 'moodle' | 'strict';
const SETTINGS: Record<LmsSettings, Record<string, unknown>> = {
  moodle: { mastery_override: true, score_overrides_status: true },
  strict: { mastery_override: false, score_overrides_status: false },
};

/**
 * What an LMS sets up from a package manifest before the SCO starts, as Moodle and SCORM Engine
 * do: SCORM 1.2 `cmi.student_data.mastery_score` from the item's `adlcp:masteryscore`; SCORM 2004
 * `cmi.scaled_passing_score` from the primary objective's `minNormalizedMeasure` when it is
 * `satisfiedByMeasure` (1.0 when the measure is missing, RTE 4.2.20).
 */
export function launchDataFromManifest(version: ScormVersion, xml: string): Record<string, string> {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const byName = (name: string) => [...doc.getElementsByTagName('*')].filter((e) => e.localName === name);
  if (version === 'scorm12') {
    const mastery = byName('masteryscore')[0]?.textContent?.trim();
    return mastery ? { 'cmi.student_data.mastery_score': mastery } : {};
  }
  const primary = byName('primaryObjective')[0];
  if (primary?.getAttribute('satisfiedByMeasure') !== 'true') return {};
  const measure = [...primary.children].find((e) => e.localName === 'minNormalizedMeasure')?.textContent?.trim();
  return { 'cmi.scaled_passing_score': measure || '1' };
}

/** What the LMS sets up from the built package's manifest (served unpacked by test/lms/package-plugin.mjs). */
export async function launchDataFromPackage(version: ScormVersion, scenario: string): Promise<Record<string, string>> {
  const response = await fetch(`/__pkg/${version}/${scenario}/unpacked/deep/imsmanifest.xml`);
  if (!response.ok) throw new Error(`${scenario}-${version}.zip has no manifest (${response.status})`);
  return launchDataFromManifest(version, await response.text());
}

/** A scorm-again API whose every call is recorded; `failures` can make calls fail on purpose. */
export function makeLms(version: ScormVersion, preload?: Record<string, unknown>, setup?: LmsSettings) {
  const settings = { logLevel: 5 as const, autocommit: false, ...(setup ? SETTINGS[setup] : {}) };
  const api: AnyScormApi = version === 'scorm12' ? new Scorm12API(settings) : new Scorm2004API(settings);
  // Launched for credit, as an LMS does for a graded activity (scorm-again's SCORM 1.2 default is
  // no credit, under which it applies no mastery override at all).
  const base = version === 'scorm12' ? { 'cmi.core.student_id': TEST_LEARNER, 'cmi.core.credit': 'credit' } : { 'cmi.learner_id': TEST_LEARNER };
  api.loadFromFlattenedJSON({ ...base, ...preload } as never);
  const calls: RecordedCall[] = [];
  const failures: { method: string; element?: string; times: number }[] = [];
  let forcedError = '';
  const proxy = new Proxy(api as unknown as Record<string, unknown>, {
    get(target, prop: string) {
      const value = target[prop];
      if (typeof value !== 'function') return value;
      if (/^(LMS)?GetLastError$/.test(prop) && forcedError) {
        return () => {
          const code = forcedError;
          forcedError = '';
          return code;
        };
      }
      return (...args: string[]) => {
        const failure = failures.find((f) => f.method === prop && f.times > 0 && (f.element === undefined || f.element === args[0]));
        if (failure) {
          failure.times--;
          forcedError = '101';
          calls.push({ method: prop, args, result: 'false' });
          return 'false';
        }
        const result = String((value as (...a: string[]) => unknown).apply(target, args));
        calls.push({ method: prop, args, result });
        return result;
      };
    },
  });
  return { api, proxy, calls, failures };
}

/** The LMS's data model as stored values (for assertions). */
export function dataModel(api: AnyScormApi): Record<string, unknown> {
  return JSON.parse(JSON.stringify(api.cmi)) as Record<string, unknown>;
}

/** The data model flattened (`cmi.x.y` → value), as an LMS would store it between sessions. */
export function storedData(api: AnyScormApi): Record<string, string> {
  const flat: Record<string, string> = {};
  const walk = (value: unknown, path: string) => {
    if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    else if (value !== undefined && value !== null) flat[path] = String(value);
  };
  walk(dataModel(api), 'cmi');
  return flat;
}

export const loadBundle = (id: string): Promise<ScenarioBundle> => fetchScenarioBundle(`/scenarios/${id}.json`);
export const scenarioIds = async () => (await fetchCatalogue('/scenarios/index.json')).scenarios.map((s) => s.scenario.id);

export function mountPlayer(): LaunchablePlayer & { restart(): void; choose(i: number, c?: number): void; seed?: number; session?: Session } {
  const player = document.createElement('attune-player') as never as LaunchablePlayer & { restart(): void; choose(i: number): void; seed?: number };
  document.body.append(player);
  return player as never;
}

export interface Run {
  player: ReturnType<typeof mountPlayer>;
  launched: Launched;
  statuses: LmsStatus[];
}

/** Runs the launch page's sequence against `window` (where the test put the LMS API). */
export async function launchPlayer(options: Partial<LaunchOptions> & Pick<LaunchOptions, 'kind' | 'scenario'>, seed = 7): Promise<Run> {
  const player = mountPlayer();
  player.seed = seed;
  player.mode = 'assessment';
  const statuses: LmsStatus[] = [];
  const launched = await launch({ player, scenariosBase: '/scenarios/', wait: 200, onStatus: (s) => statuses.push(s), ...options });
  if (!launched.resumed) player.restart();
  await launched.connection?.idle();
  return { player, launched, statuses };
}

/** Takes one decision: option `step % n` (a mix of best and not-best answers). */
export async function decide(run: Run, pick?: (step: number, n: number) => number): Promise<boolean> {
  const choices = run.player.session?.currentChoices;
  if (!choices) return false;
  const n = choices.options.length;
  run.player.choose(pick ? pick(choices.step, n) : choices.step % n);
  await new Promise((r) => setTimeout(r, 5));
  await run.launched.connection?.idle();
  return true;
}

export async function playToEnd(run: Run, pick?: (step: number, n: number) => number) {
  while (await decide(run, pick)) {
    // next
  }
  await run.launched.connection?.idle();
}

// ── cmi5: the strict test LMS/LRS of test/lms/lrs-server.mjs ──

export type Stmt = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
export interface Received {
  statement: Stmt;
  warnings: unknown[];
}
export interface Rejected {
  statement: Stmt;
  reason: string;
}
export interface Cmi5Launch {
  search: string;
  registration: string;
  activityId: string;
}

/** Registrations this test file launched (their records on this device are its own to clear). */
const cmi5Registrations = new Set<string>();
export const lrsUrl = async () => ((await (await fetch('/__attune/lrs.json')).json()) as { url: string }).url;

/**
 * The LMS launches the AU: a new session (of a new registration, or of `registration`), with the
 * launch data given (`launchMode`, `masteryScore`, `returnURL`, `moveOn`).
 */
export async function newLaunch(options: Record<string, unknown> = {}): Promise<Cmi5Launch> {
  const response = await fetch(`${await lrsUrl()}/admin/launch`, { method: 'POST', body: JSON.stringify(options) });
  const launch = (await response.json()) as Cmi5Launch;
  cmi5Registrations.add(launch.registration);
  return launch;
}
/** The LRS answers the registration's next `count` requests (statements, state) with 503 (0: it works again). */
export async function lrsFails(registration: string, count: number) {
  await fetch(`${await lrsUrl()}/admin/fail?registration=${registration}&count=${count}`, { method: 'POST' });
}
/** Every statement of the registration the strict LMS accepted, in order. */
export async function received(registration: string): Promise<Received[]> {
  return (await (await fetch(`${await lrsUrl()}/admin/statements?registration=${registration}`)).json()) as Received[];
}
/** Every statement of the registration the strict LMS refused, with the rule it broke. */
export async function rejected(registration: string): Promise<Rejected[]> {
  return (await (await fetch(`${await lrsUrl()}/admin/rejected?registration=${registration}`)).json()) as Rejected[];
}
export const verbOf = (r: { statement: Stmt }) => String(r.statement.verb.id).split('/').pop() ?? '';

/** Waits until `check` holds (statements sent from a page going away arrive on their own time). */
export async function eventually(check: () => Promise<boolean>, what: string, tries = 300) {
  for (let i = 0; i < tries; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`never happened: ${what}`);
}

/** Chooses the path's options from where the session stands, up to `until` choices in all. */
export async function follow(run: Run, path: ScenarioPath, until = path.steps.length) {
  while (run.player.session?.currentChoices && run.player.session.path.length < until) {
    run.player.choose(path.steps[run.player.session.path.length]!);
    await new Promise((r) => setTimeout(r, 2));
  }
  await run.launched.connection?.idle();
}

/** The scenario whose harm-flagged path scores highest: the attempt an LMS is most tempted to pass. */
export async function highestHarm(seed: number): Promise<{ id: string; path: ScenarioPath }> {
  let found: { id: string; path: ScenarioPath } | undefined;
  for (const id of await scenarioIds()) {
    const harm = scenarioPaths(await loadBundle(id), seed).harm;
    if (harm && (!found || harm.score.overall! > found.path.score.overall!)) found = { id, path: harm };
  }
  return found!;
}

/** Detaches and removes every run's player (emptying `runs`), then clears what the tests keep here. */
export function endRuns(runs: Run[]) {
  for (const run of runs.splice(0)) {
    run.launched.connection?.detach();
    run.player.remove();
  }
  cleanup();
}

export function cleanup(...players: (HTMLElement | undefined)[]) {
  for (const p of players) p?.remove();
  const w = window as unknown as Record<string, unknown>;
  delete w.API;
  delete w.API_1484_11;
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('attune:lms:') && key.endsWith(`:${TEST_LEARNER}`)) localStorage.removeItem(key);
    if (key.startsWith('attune:cmi5:') && cmi5Registrations.has(key.split(':')[2]!)) localStorage.removeItem(key);
  }
}
