/**
 * The LMS launch sequence for a package's launch page (`lms.html`): find the LMS, read what it
 * holds, give the player its scenario (with the LMS's mastery score), resume from the LMS's
 * suspend data, and report from then on. With no LMS the player simply runs standalone.
 *
 *     lms.html?scenario=<id>&lms=scorm12|scorm2004|cmi5&mode=assessment|practice
 *              [&feedback=auto|each|end][&confidence=1][&client-state=1][&lms-wait=<ms>]
 *
 * (read by the player contract's `parsePlayerQuery`, as `player.html` reads its own).
 */
import type { AttunePlayerApi } from '../player-contract.js';
import { fetchScenarioBundle, type ScenarioBundle } from '../scenario-bundle.js';
import { attachPlayer, checkResumeCode, withMastery, type Connection } from './attach.js';
import { waitForApi } from './discovery.js';
import { LmsSessionEnded, MESSAGES, type LmsKind, type LmsReporter, type LmsStart, type LmsStatus } from './reporter.js';
import { ScormConnection, ScormReporter, type ScormReporterOptions } from './scorm.js';
import type { Cmi5ReporterOptions } from './cmi5.js';

/** The player element as the launch page uses it (the player contract's API). */
export type LaunchablePlayer = HTMLElement & AttunePlayerApi;

export interface LaunchOptions {
  kind: LmsKind | undefined;
  scenario: string;
  player: LaunchablePlayer;
  /** Where `scenarios/<id>.json` lives (default `scenarios/`, relative to the page). */
  scenariosBase?: string;
  /** Where to look for a SCORM API (default this window). */
  window?: Window;
  /** How long to wait for a late SCORM API, ms (default 5000). */
  wait?: number;
  /** The query string for cmi5 launch parameters (default the page's). */
  search?: string;
  /** Shown to the trainee: connection problems and what happens next. */
  onStatus?: (status: LmsStatus) => void;
  scorm?: Partial<ScormReporterOptions>;
  cmi5?: Partial<Cmi5ReporterOptions>;
}

export interface Launched {
  reporter?: LmsReporter;
  start?: LmsStart;
  connection?: Connection;
  bundle: ScenarioBundle;
  resumed: boolean;
}

/**
 * Set to false by the SCORM packages' build (src/cli/package.ts), so that their launch page holds
 * no cmi5 code and refers to no cmi5 chunk; undefined (cmi5 available) everywhere else.
 */
declare const __ATTUNE_CMI5__: boolean | undefined;
const CMI5_INCLUDED = typeof __ATTUNE_CMI5__ === 'undefined' || __ATTUNE_CMI5__;

async function createReporter(options: LaunchOptions): Promise<LmsReporter | undefined> {
  const { kind } = options;
  if (kind === 'scorm12' || kind === 'scorm2004') {
    const api = await waitForApi(kind === 'scorm12' ? 'API' : 'API_1484_11', { start: options.window ?? window, timeout: options.wait ?? 5000 });
    if (!api) return undefined;
    return new ScormReporter(new ScormConnection(kind, api), { scenario: options.scenario, ...options.scorm });
  }
  if (kind === 'cmi5' && CMI5_INCLUDED) {
    const { Cmi5Reporter } = await import('./cmi5.js');
    return new Cmi5Reporter({ scenario: options.scenario, ...(options.search !== undefined ? { search: options.search } : {}), ...options.cmi5 });
  }
  return undefined;
}

function whenReady(player: EventTarget): Promise<void> {
  return new Promise((resolve) => player.addEventListener('attune-ready', () => resolve(), { once: true }));
}

export async function launch(options: LaunchOptions): Promise<Launched> {
  const status = options.onStatus ?? (() => undefined);
  const { player } = options;
  player.storage = 'none'; // the LMS (and our local backup) keep the attempt, not the library's history

  let reporter: LmsReporter | undefined;
  let start: LmsStart | undefined;
  if (options.kind) {
    let ended: LmsSessionEnded | undefined;
    try {
      reporter = await createReporter(options);
      if (reporter) {
        reporter.onStatus(status);
        start = await reporter.start();
      }
    } catch (error) {
      reporter = undefined;
      if (error instanceof LmsSessionEnded) ended = error;
      else console.warn('Attune LMS: could not connect', error);
    }
    if (!reporter || !start) {
      reporter = undefined;
      // A session already ended says so (and what to do); otherwise the player runs on its own.
      status(ended ? { level: 'warning', message: ended.message } : { level: 'info', message: MESSAGES.standalone });
    }
  }

  const base = options.scenariosBase ?? 'scenarios/';
  const bundle = withMastery(await fetchScenarioBundle(`${base}${options.scenario}.json`), start?.mastery);
  const resume = checkResumeCode(bundle, start?.resumeCode, start?.mastery);
  if (resume.problem) status({ level: 'info', message: resume.problem });

  const connection = reporter && start ? attachPlayer(player, reporter, { bundle, start }) : undefined;
  const ready = whenReady(player);
  player.bundle = bundle;
  await ready;
  const resumed = resume.code ? player.resume(resume.code) : false;
  return { ...(reporter ? { reporter } : {}), ...(start ? { start } : {}), ...(connection ? { connection } : {}), bundle, resumed };
}

/** `base` query string with `over`'s parameters added or replacing (both may start with "?"). */
export function mergeSearch(base: string, over: string): string {
  const params = new URLSearchParams(base.replace(/^\?/, ''));
  for (const [k, v] of new URLSearchParams(over.replace(/^\?/, ''))) params.set(k, v);
  const text = params.toString();
  return text ? `?${text}` : '';
}
