/**
 * The one contract between `<attune-player>` and everything around it: the events it fires (with
 * their `detail` types), its public properties and methods, the query string of the pages that
 * host it (`player.html`, `lms.html`) and the session options a scenario implies. The components,
 * the LMS glue (`src/lms/attach.ts`, `launch.ts`, `entry.ts`) and host pages all use this module,
 * so they cannot drift apart. Types and a few pure functions only: no Lit, no ink, no zod, so the
 * pages can read their settings before any heavy code has loaded.
 */
import type { AttemptRecord, Mode } from './attempts.js';
import type { Debrief } from './debrief.js';
import type { LmsKind, LmsStatus } from './lms/reporter.js';
import type { ScenarioBundle } from './scenario-bundle.js';
import type { Score } from './scoring.js';
import { isolate } from './isolate.js';
import { isValidSeed } from './replay-code.js';
import type { Session, SessionOptions } from './session.js';
import type { RiskLevel } from './tags.js';

export type { Mode };

// ── events ───────────────────────────────────────────────────────────────────

export interface AttuneReadyDetail {
  scenario: string;
  title: string;
  storyHash: string;
}
export interface AttuneStartDetail {
  scenario: string;
  mode: Mode;
  attemptId: string;
  /** True when the attempt was rebuilt from a replay code rather than begun afresh. */
  resumed: boolean;
  storyHash: string;
  replayCode: string;
}
export interface AttuneChoiceDetail {
  scenario: string;
  mode: Mode;
  attemptId: string;
  /** 0 for the first decision of the attempt. */
  step: number;
  /** Decision id (`#option: decision.option`), undefined for an unrated choice. */
  decision?: string;
  option?: string;
  optionIndex: number;
  text: string;
  confidence?: number;
  /** Value 0–1 of the option against the best available at this decision (rated decisions). */
  value?: number;
  /** True when the option was a best one available. */
  best?: boolean;
  risks: Record<string, RiskLevel>;
  /** The replay code after this decision: enough to resume here. */
  replayCode: string;
}
export interface AttuneRewindDetail {
  scenario: string;
  /** The attempt now being played: after the end, a new one (see `from`). */
  attemptId: string;
  step: number;
  replayCode: string;
  /** Set when the rewind was from a finished attempt: it is kept unchanged and a new attempt carries on from `step`. */
  from?: { attemptId: string; step: number };
}
export interface AttuneCompleteDetail {
  scenario: string;
  mode: Mode;
  attemptId: string;
  score: Score;
  passed: boolean;
  overall: number | null;
  ending?: string;
  replayCode: string;
}
/** `config`: the page set an attribute the player cannot use; it carried on without it. */
export type AttuneErrorKind = 'load' | 'story' | 'storage' | 'resume' | 'config';
export interface AttuneErrorDetail {
  kind: AttuneErrorKind;
  message: string;
  scenario?: string;
}
export interface AttunePauseDetail {
  paused: boolean;
}
/** The LMS launch page's connection status (`lms.html`), fired on its player. */
export type AttuneLmsStatusDetail = LmsStatus;

/** Every event a host page can hear from the player (all bubble and are composed). */
export interface AttunePlayerEventMap {
  'attune-ready': CustomEvent<AttuneReadyDetail>;
  'attune-start': CustomEvent<AttuneStartDetail>;
  'attune-choice': CustomEvent<AttuneChoiceDetail>;
  'attune-rewind': CustomEvent<AttuneRewindDetail>;
  'attune-complete': CustomEvent<AttuneCompleteDetail>;
  'attune-error': CustomEvent<AttuneErrorDetail>;
  'attune-pause': CustomEvent<AttunePauseDetail>;
  'attune-leave': CustomEvent<Record<string, never>>;
  'attune-lms-status': CustomEvent<AttuneLmsStatusDetail>;
}

export type PlayerEventName = keyof AttunePlayerEventMap;
export type PlayerEventDetail<K extends PlayerEventName> = AttunePlayerEventMap[K] extends CustomEvent<infer D> ? D : never;

declare global {
  // Every element (and so the player, wherever it is found) knows the player's event types.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends AttunePlayerEventMap {}
}

/** Something that fires the player's events with their types: the element, or a stand-in. */
export interface PlayerEventTarget extends EventTarget {
  addEventListener<K extends PlayerEventName>(type: K, listener: (event: AttunePlayerEventMap[K]) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends PlayerEventName>(type: K, listener: (event: AttunePlayerEventMap[K]) => void, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/** Makes a player event (bubbles, composed), for the player and for pages that speak for it. */
export function playerEvent<K extends PlayerEventName>(name: K, detail: PlayerEventDetail<K>): AttunePlayerEventMap[K] {
  return new CustomEvent(name, { detail, bubbles: true, composed: true }) as AttunePlayerEventMap[K];
}

// ── the element's public surface ─────────────────────────────────────────────

/** Which screen the player shows. `intro` is the content note (with Begin or Resume). */
export type PlayerScreen = 'idle' | 'loading' | 'error' | 'intro' | 'playing' | 'debrief';
/** `auto`: after each choice in practice, at the end in assessment. `end`: only in the debrief. (`each` = `auto`.) */
export type FeedbackSetting = 'auto' | 'each' | 'end';
export const FEEDBACK_SETTINGS: readonly FeedbackSetting[] = ['auto', 'each', 'end'];
export type StorageSetting = 'local' | 'none';

/** What a page may set on a player (attributes and properties). */
export interface PlayerSettings {
  scenario: string;
  src: string;
  scenariosBase: string;
  mode: Mode;
  feedback: FeedbackSetting;
  confidence: boolean;
  clientState: boolean;
  leavable: boolean;
  seed?: number;
  storage: StorageSetting;
  bundle?: ScenarioBundle;
}

/** `<attune-player>` as host pages, the embed page and the LMS launch page use it. */
export interface AttunePlayerApi extends PlayerSettings, PlayerEventTarget {
  /** Which screen is showing. */
  readonly screen: PlayerScreen;
  /**
   * True once the scenario's story is built and checked (`attune-ready` has fired): `restart()`,
   * `resume()` and `choose()` work from then on. The content note shows before this, while the
   * story is built.
   */
  readonly ready: boolean;
  readonly session: Session | undefined;
  readonly attempt: AttemptRecord | undefined;
  readonly scenarioBundle: ScenarioBundle | undefined;
  readonly replayCode: string | undefined;
  readonly debrief: Debrief | undefined;
  restart(): void;
  resume(code?: string): boolean;
  choose(index: number, confidence?: number): void;
  rewindTo(step: number): void;
  pause(): void;
  showDebrief(): Promise<void>;
  load(): Promise<void>;
  showLoadError(message: string): void;
}

// ── sessions ─────────────────────────────────────────────────────────────────

/** The session options a scenario implies (its rubric, mastery, ending rules and client state); an LMS may set the mastery. */
export function sessionOptions(bundle: Pick<ScenarioBundle, 'scenario' | 'rubric'>, mastery?: number): Omit<SessionOptions, 'seed'> {
  const m = mastery ?? bundle.scenario.mastery;
  return {
    rubric: bundle.rubric,
    ...(m !== undefined ? { mastery: m } : {}),
    endings: bundle.scenario.endings,
    stateVariables: bundle.scenario.clientState.map((v) => v.variable),
  };
}

// ── the pages' query string ──────────────────────────────────────────────────

/**
 * A page's settings from its query string. The same string means the same thing on every page:
 *
 *     ?scenario=<id> | src=<same-site URL>   &mode=practice|assessment   &feedback=auto|each|end
 *     &confidence[=1|0]  &client-state[=1|0]  &seed=<n>  &storage=none|local
 *     &parent-origin=<origin>                 (player.html in an iframe: forward events there)
 *     &lms=scorm12|scorm2004|cmi5  &lms-wait=<ms>   (lms.html)
 *
 * Flags follow HTML's boolean attributes: present, empty or `1`/`true`/`yes`/`on` is on; any other
 * value is off. Values that are not allowed are left out (the player keeps its default).
 */
export interface PlayerQuery {
  scenario?: string;
  /** A scenario bundle URL on the page's own site, made absolute. */
  src?: string;
  /** Why `src` was refused, in words for the trainee (another site, or not a URL). */
  refused?: string;
  mode?: Mode;
  feedback?: FeedbackSetting;
  confidence?: boolean;
  clientState?: boolean;
  seed?: number;
  storage?: StorageSetting;
  /** The origin to forward events to (player.html inside an iframe). */
  parentOrigin?: string;
  lms?: LmsKind;
  /** How long to wait for a late SCORM API, ms. */
  lmsWait?: number;
}

/**
 * The mode of an LMS launch page (`lms.html`) whose query string names none: an LMS activity is
 * graded unless its package says otherwise (packages always say). Elsewhere the player's own
 * default (`practice`) applies.
 */
export const LMS_DEFAULT_MODE: Mode = 'assessment';

const FLAG_ON = /^(|1|true|yes|on)$/i;

/** The origin if `value` is exactly an http(s) origin ("https://host[:port]"), else undefined. */
export function parseOrigin(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value.replace(/\/$/, '') ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The `<meta name="attune-parent-origins" content="https://a.example https://b.example">` of
 * `player.html`: the sites, besides its own, that the course leader lets receive its events.
 */
export const PARENT_ORIGINS_META = 'attune-parent-origins';

/**
 * Where `player.html` in an iframe may send its events: the `parent-origin` asked for, only if it
 * is the page's own origin or one listed in `allowedList` (space- or comma-separated origins, set
 * by whoever deploys the page, never by the link). Otherwise nothing is sent, and `refused` says why.
 */
export function parentOriginAllowed(asked: string | undefined, pageOrigin: string, allowedList: string | null | undefined): { origin?: string; refused?: string } {
  if (asked === undefined) return {};
  const allowed = new Set([pageOrigin, ...(allowedList ?? '').split(/[\s,]+/).map((o) => parseOrigin(o)).filter((o) => o !== undefined)]);
  if (allowed.has(asked)) return { origin: asked };
  return {
    refused: `The player's events are not sent to “${isolate(asked)}”: it sends them only to its own site and to the sites listed in the attune-parent-origins setting of player.html (see docs/embedding.md).`,
  };
}

/** Reads a page's query string (`?` optional). `pageUrl` is the page's address, for `src`. */
export function parsePlayerQuery(search: string, pageUrl: string): PlayerQuery {
  const params = new URLSearchParams(search.replace(/^\?/, ''));
  const query: PlayerQuery = {};
  const scenario = params.get('scenario');
  if (scenario !== null) query.scenario = scenario;
  const src = params.get('src');
  if (src) {
    let url: URL | undefined;
    try {
      url = new URL(src, pageUrl);
    } catch {
      url = undefined;
    }
    // Only the page's own site: a link must not make this page show a scenario from somewhere else.
    if (url && url.origin === new URL(pageUrl).origin) query.src = url.href;
    else query.refused = `This page only opens scenarios from its own site; “${isolate(src)}” is elsewhere.`;
  }
  const mode = params.get('mode');
  if (mode === 'practice' || mode === 'assessment') query.mode = mode;
  const feedback = params.get('feedback');
  if (FEEDBACK_SETTINGS.includes(feedback as FeedbackSetting)) query.feedback = feedback as FeedbackSetting;
  const confidence = params.get('confidence');
  if (confidence !== null) query.confidence = FLAG_ON.test(confidence);
  const clientState = params.get('client-state');
  if (clientState !== null) query.clientState = FLAG_ON.test(clientState);
  const seed = params.get('seed');
  if (seed !== null && /^\d{1,10}$/.test(seed) && isValidSeed(Number(seed))) query.seed = Number(seed);
  const storage = params.get('storage');
  if (storage === 'none' || storage === 'local') query.storage = storage;
  const origin = parseOrigin(params.get('parent-origin'));
  if (origin) query.parentOrigin = origin;
  const lms = params.get('lms');
  if (lms === 'scorm12' || lms === 'scorm2004' || lms === 'cmi5') query.lms = lms;
  const wait = params.get('lms-wait');
  if (wait && /^\d{1,6}$/.test(wait)) query.lmsWait = Number(wait);
  return query;
}

/** Sets the query's settings on a player (mode, feedback, flags, seed, storage), not what it plays. */
export function applyPlayerSettings(player: PlayerSettings, query: PlayerQuery): void {
  if (query.mode) player.mode = query.mode;
  if (query.feedback) player.feedback = query.feedback;
  if (query.confidence !== undefined) player.confidence = query.confidence;
  if (query.clientState !== undefined) player.clientState = query.clientState;
  if (query.seed !== undefined) player.seed = query.seed;
  if (query.storage) player.storage = query.storage;
}

/** Configures a player from a page's query string: its settings, then the scenario (or a calm refusal). */
export function applyPlayerQuery(player: PlayerSettings & Pick<AttunePlayerApi, 'showLoadError'>, query: PlayerQuery): void {
  applyPlayerSettings(player, query);
  if (query.refused) {
    player.showLoadError(query.refused);
    return;
  }
  if (query.src) player.src = query.src;
  if (query.scenario !== undefined) player.scenario = query.scenario;
}
