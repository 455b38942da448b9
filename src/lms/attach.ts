/**
 * Connects an `<attune-player>` (or anything that fires the same events) to an LMS reporter. It
 * needs nothing from the player but the events of the player contract (`attune-start`,
 * `attune-choice`, `attune-complete`, each carrying the replay code) and, to resume, its
 * `resume(code)` method. Each report is rebuilt from the replay code with the engine, exactly as
 * the player plays it.
 */
import { sessionOptions, type AttunePlayerApi, type AttunePlayerEventMap, type PlayerEventTarget } from '../player-contract.js';
import { ReplayCodeError } from '../replay-code.js';
import type { ScenarioBundle } from '../scenario-bundle.js';
import { Session } from '../session.js';
import { buildReport, type AttemptReport, type DecisionTiming } from './report.js';
import { MESSAGES, type LmsReporter, type LmsStart, type LmsStatus } from './reporter.js';

/** The player as seen from here: the contract's events and `resume(code)`. */
export type PlayerLike = PlayerEventTarget & Pick<AttunePlayerApi, 'resume'>;

export interface Connection {
  /** The latest report sent (for tests and the launch page). */
  readonly latest: AttemptReport | undefined;
  /** Resolves after the LMS has been given the latest state (tests). */
  idle(): Promise<void>;
  detach(): void;
}

/**
 * Checks the LMS's resume data against the scenario. Returns the code to resume from, or a calm
 * explanation when it cannot be used (the scenario changed, or the data is damaged).
 */
export function checkResumeCode(bundle: ScenarioBundle, code: string | undefined, mastery?: number): { code?: string; problem?: string } {
  if (!code) return {};
  try {
    Session.fromReplayCode(bundle.story, code, sessionOptions(bundle, mastery));
    return { code };
  } catch (error) {
    if (error instanceof ReplayCodeError && error.problem === 'story-changed') return { problem: MESSAGES.storyChanged };
    return { problem: `Your saved place could not be read (${error instanceof Error ? error.message : String(error)}), so the scenario starts from the beginning.` };
  }
}

/** A bundle whose mastery is the LMS's, so the player's debrief and the LMS agree on pass/fail. */
export function withMastery(bundle: ScenarioBundle, mastery: number | undefined): ScenarioBundle {
  if (mastery === undefined) return bundle;
  return { ...bundle, scenario: { ...bundle.scenario, mastery } };
}

export interface AttachOptions {
  bundle: ScenarioBundle;
  start: LmsStart;
  now?: () => Date;
  /** The page (for pagehide / visibilitychange); default `window`. */
  page?: Pick<Window, 'addEventListener' | 'removeEventListener'> & { document?: Document };
}

export function attachPlayer(player: PlayerLike, reporter: LmsReporter & { beginPlaythrough?(replayed: number): void }, options: AttachOptions): Connection {
  const { bundle, start } = options;
  const now = options.now ?? (() => new Date());
  const opts = sessionOptions(bundle, start.mastery);
  const timings = new Map<number, DecisionTiming>();
  let lastEventAt = now();
  let latest: AttemptReport | undefined;
  let pending: Promise<void> = Promise.resolve();

  const report = (code: string) => {
    const session = Session.fromReplayCode(bundle.story, code, opts);
    return buildReport(session, bundle.rubric, { scenario: bundle.id, timings });
  };
  const queue = (work: () => Promise<void>) => {
    pending = pending.then(work).catch((error: unknown) => console.warn('Attune LMS:', error));
  };

  const onStart = ({ detail }: AttunePlayerEventMap['attune-start']) => {
    lastEventAt = now();
    timings.clear();
    const r = report(detail.replayCode);
    reporter.beginPlaythrough?.(r.decisions.length);
    latest = r;
    if (reporter.finished) return;
    queue(() => reporter.record(r));
  };
  const onChoice = ({ detail }: AttunePlayerEventMap['attune-choice']) => {
    const at = now();
    timings.set(detail.step, { presentedAt: lastEventAt, answeredAt: at });
    lastEventAt = at;
    const r = report(detail.replayCode);
    latest = r;
    queue(() => reporter.record(r));
  };
  const onComplete = ({ detail }: AttunePlayerEventMap['attune-complete']) => {
    const r = report(detail.replayCode);
    latest = r;
    queue(() => reporter.complete(r));
  };
  const page = options.page ?? window;
  const onPageHide = (event: Event) => {
    if ((event as PageTransitionEvent).persisted) reporter.flush();
    else reporter.suspend();
  };
  const onVisibility = () => {
    if (page.document?.visibilityState === 'hidden') reporter.flush();
  };

  player.addEventListener('attune-start', onStart);
  player.addEventListener('attune-choice', onChoice);
  player.addEventListener('attune-complete', onComplete);
  page.addEventListener('pagehide', onPageHide);
  page.document?.addEventListener('visibilitychange', onVisibility);

  return {
    get latest() {
      return latest;
    },
    idle: () => pending,
    detach() {
      player.removeEventListener('attune-start', onStart);
      player.removeEventListener('attune-choice', onChoice);
      player.removeEventListener('attune-complete', onComplete);
      page.removeEventListener('pagehide', onPageHide);
      page.document?.removeEventListener('visibilitychange', onVisibility);
    },
  };
}

export type { LmsStatus };
