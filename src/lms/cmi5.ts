/**
 * cmi5 reporting. The launch sequence (launch parameters from the URL, the single-use fetch URL →
 * auth token, LMS.LaunchData from the State API, learner preferences, `initialized`) is done by
 * `@xapi/cmi5`, which is imported dynamically so only the cmi5 package loads it.
 *
 * What this side keeps, per registration and AU, in `localStorage` (so it survives the tab: nothing
 * is lost when the LRS was down and the trainee closed the page): the session the page belongs to
 * (a reload of the same launch carries it on: the fetch URL works once), the attempt's replay code,
 * which decisions and results the LRS has accepted, and the statements not yet accepted.
 *
 * The rules a strict LMS holds it to (cmi5 §9.3, §9.5, §10.2.2), kept here:
 * - statements go strictly in order, with increasing timestamps (`clock`), one at a time, retried
 *   with backoff; an LRS that refuses the token (401/403: expired, or the session was closed) is
 *   not retried: the trainee is told, and the attempt is kept for the next launch;
 * - one `answered` per decision per registration: a later session never sends one again for a
 *   decision the LRS already has (what it has is read back from the LRS at the start);
 * - at most one passed/failed and one completed per registration: read back from the LRS at the
 *   start; after them, a replay of the scenario records nothing;
 * - Browse and Review record nothing but `initialized` and `terminated`, and write no state
 *   (Browse starts from the beginning, Review shows the recorded attempt);
 * - `terminated` is sent when the trainee leaves: the launch page's "Return to your course" (then
 *   the page goes to the LMS's `returnURL`, §10.2.6), or closing the page (a keepalive request,
 *   which outlives the page). A session the page has terminated is not continued by a reload.
 *
 * The replay code is saved in the activity State API (Normal mode) so a later session of the same
 * registration resumes where the trainee left off.
 */
import type Cmi5 from '@xapi/cmi5';
import { continuesAttempt } from './local-backup.js';
import type { AttemptReport, DecisionRecord } from './report.js';
import { LmsSessionEnded, MESSAGES, StatusEmitter, type LmsReporter, type LmsStart, type LmsStatus } from './reporter.js';
import {
  answeredStatement,
  completedStatement,
  EXT,
  STATE_ID,
  successStatement,
  terminatedStatement,
  VERB,
  type Cmi5Context,
  type Json,
  type Statement,
} from './xapi.js';

type Mode = LmsStart['mode'];
type Verdict = 'passed' | 'failed';

interface Queued {
  statement: Statement;
  kind: 'answered' | 'verdict' | 'completed' | 'terminated';
  /** answered: the decision's key (`decisionKey`). */
  key?: string;
  verdict?: Verdict;
}

/** One launch (one cmi5 session). */
interface SessionRecord {
  fetch: string;
  authToken: string;
  initializedAt: string;
  /** The latest timestamp given to a statement (timestamps only increase). */
  lastTimestamp: string;
  mode: Mode;
  returnURL?: string;
  terminated: boolean;
}

interface RegistrationRecord {
  session?: SessionRecord;
  /** The attempt's replay code (Normal sessions only). */
  code?: string;
  /** Decisions the LRS has accepted an `answered` statement for. */
  answered: string[];
  /** The LRS has accepted this passed/failed for the registration. */
  verdict?: Verdict;
  /** The LRS has accepted `completed` for the registration. */
  completed: boolean;
  /** This session's statements not yet accepted, in order. */
  queue: Queued[];
}

export interface Cmi5ReporterOptions {
  scenario: string;
  /** The page's query string (holds endpoint, fetch, actor, registration, activityId). */
  search?: string;
  retryDelay?: number;
  maxRetryDelay?: number;
  /** Loads the cmi5 library (tests may pass their own). */
  load?: () => Promise<typeof Cmi5>;
  storage?: Storage;
  /** Goes to the LMS's returnURL (default: `location.assign`). */
  navigate?: (url: string) => void;
  /** Sends statements from a page that is going away (default: `fetch` with `keepalive`). */
  beacon?: (url: string, init: RequestInit) => void;
}

const KEY = 'attune:cmi5:';
/** Browsers cap the bodies of keepalive requests in flight at 64 KiB. */
const KEEPALIVE_LIMIT = 60_000;

/** What identifies a decision's `answered` statement: its place, the decision and the option. */
export const decisionKey = (index: number, decision: string, option: string) => `${index}|${decision}|${option}`;
const keyOf = (d: DecisionRecord) => decisionKey(d.index, d.id, d.option);

/** The key of an `answered` statement as the LRS returns it (see `answeredStatement`). */
function keyOfStatement(s: { object?: { id?: string }; result?: { response?: string; extensions?: { [k: string]: { index?: number } } } }): string | undefined {
  const id = s.object?.id?.split('/decision/')[1];
  const index = s.result?.extensions?.[EXT.decision]?.index;
  const option = s.result?.response;
  return id !== undefined && typeof index === 'number' && typeof option === 'string' ? decisionKey(index, decodeURIComponent(id), option) : undefined;
}

const httpStatus = (error: unknown) => (error as { response?: { status?: number } } | undefined)?.response?.status;

export class Cmi5Reporter implements LmsReporter {
  readonly kind = 'cmi5' as const;
  private readonly status = new StatusEmitter();
  private cmi5?: Cmi5;
  private ctx?: Cmi5Context;
  private rec?: RegistrationRecord;
  private key = '';
  private sending?: Promise<void>;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private retryDelay: number;
  private failing = false;
  /** The LRS refuses this session's token, or the page has gone: nothing more is sent from here. */
  private refused = false;

  constructor(private readonly options: Cmi5ReporterOptions) {
    this.retryDelay = options.retryDelay ?? 1000;
  }

  get finished() {
    return this.rec?.session?.terminated === true;
  }

  /** Where the LMS wants the trainee to go when they leave (§10.2.6), if it said. */
  get returnURL(): string | undefined {
    return this.rec?.session?.returnURL;
  }

  onStatus(listener: (status: LmsStatus) => void) {
    this.status.on(listener);
  }

  private get storage(): Storage | undefined {
    try {
      return this.options.storage ?? localStorage;
    } catch {
      return undefined;
    }
  }

  private save() {
    try {
      if (this.rec) this.storage?.setItem(this.key, JSON.stringify(this.rec));
    } catch {
      // kept in memory for this page
    }
  }

  private load(): RegistrationRecord | undefined {
    try {
      const text = this.storage?.getItem(this.key);
      const value = text ? (JSON.parse(text) as Partial<RegistrationRecord>) : undefined;
      if (!value || !Array.isArray(value.answered) || !Array.isArray(value.queue)) return undefined;
      return { answered: value.answered, completed: value.completed === true, queue: value.queue, ...(value.verdict ? { verdict: value.verdict } : {}), ...(value.code ? { code: value.code } : {}), ...(value.session ? { session: value.session } : {}) };
    } catch {
      return undefined;
    }
  }

  private get mode(): Mode {
    return this.rec?.session?.mode ?? 'normal';
  }

  /** A timestamp for the next statement: `at` (default now), but always later than the last one. */
  private clock(at = new Date()): Date {
    const session = this.rec!.session!;
    const t = new Date(Math.max(at.getTime(), Date.parse(session.lastTimestamp) + 1));
    session.lastTimestamp = t.toISOString();
    return t;
  }

  async start(): Promise<LmsStart> {
    const search = this.options.search ?? location.search;
    const params = new URLSearchParams(search);
    for (const name of ['endpoint', 'fetch', 'actor', 'registration', 'activityId']) {
      if (!params.get(name)) throw new Error(`This page was not launched by a cmi5 LMS (no "${name}" parameter).`);
    }
    const Lib = this.options.load ? await this.options.load() : (await import('@xapi/cmi5')).default;
    const actor = JSON.parse(params.get('actor')!) as Json;
    const launchParameters = {
      endpoint: params.get('endpoint')!,
      fetch: params.get('fetch')!,
      actor: actor as never,
      registration: params.get('registration')!,
      activityId: params.get('activityId')!,
    };
    const cmi5 = new Lib(launchParameters);
    this.key = `${KEY}${launchParameters.registration}:${launchParameters.activityId}`;
    const saved = this.load() ?? { answered: [], completed: false, queue: [] };

    let session: SessionRecord;
    if (saved.session?.fetch === launchParameters.fetch) {
      // The same launch loaded again (a reload): its fetch URL is spent, so carry on with its token.
      if (saved.session.terminated) {
        if (saved.session.returnURL) this.navigate(saved.session.returnURL);
        throw new LmsSessionEnded(MESSAGES.sessionEnded);
      }
      try {
        await cmi5.initialize({ authToken: saved.session.authToken, initializedDate: new Date(saved.session.initializedAt) });
      } catch (error) {
        if (httpStatus(error) === 401 || httpStatus(error) === 403) throw new LmsSessionEnded(MESSAGES.expired);
        throw error;
      }
      session = saved.session;
      this.rec = saved;
    } else {
      await cmi5.initialize();
      const initializedAt = cmi5.getInitializedDate().toISOString();
      session = { fetch: launchParameters.fetch, authToken: cmi5.getAuthToken(), initializedAt, lastTimestamp: new Date().toISOString(), mode: 'normal', terminated: false };
      // A new session: statements an earlier one could not send belong to a session the LMS has
      // closed; what they held is sent again from the replay code (decisions and results the LRS
      // does not have yet).
      this.rec = { ...saved, session, queue: [] };
    }
    this.cmi5 = cmi5;
    const launchData = cmi5.getLaunchData();
    session.mode = launchData.launchMode === 'Review' ? 'review' : launchData.launchMode === 'Browse' ? 'browse' : 'normal';
    if (typeof launchData.returnURL === 'string' && launchData.returnURL) session.returnURL = launchData.returnURL;
    this.ctx = {
      actor,
      activityId: launchParameters.activityId,
      registration: launchParameters.registration,
      contextTemplate: structuredClone((launchData.contextTemplate ?? {}) as { [key: string]: Json }),
      ...(typeof launchData.masteryScore === 'number' ? { masteryScore: launchData.masteryScore } : {}),
      initializedAt: new Date(session.initializedAt),
    };
    this.save();
    if (this.mode !== 'normal') this.status.emit({ level: 'info', message: MESSAGES.review });

    if (this.mode === 'normal') await this.readRegistration();
    const stateCode = this.mode === 'browse' ? undefined : await this.readState();
    const local = this.rec.code;
    // This device's copy counts where it continues the LMS's (same registration: the same attempt).
    const resumeCode = this.mode === 'browse' ? undefined : stateCode && local && continuesAttempt(stateCode, local) ? local : (stateCode ?? local);
    this.save();
    void this.pump();
    const name = (actor as { name?: unknown }).name;
    return {
      ...(resumeCode ? { resumeCode } : {}),
      ...(this.ctx.masteryScore !== undefined ? { mastery: this.ctx.masteryScore } : {}),
      mode: this.mode,
      learnerId: JSON.stringify(actor),
      ...(typeof name === 'string' ? { learnerName: name } : {}),
    };
  }

  /** What the LRS already holds for this registration: answered decisions, passed/failed, completed. */
  private async readRegistration() {
    const rec = this.rec!;
    const xapi = this.cmi5!.xapi!;
    try {
      let response = await xapi.getStatements({ agent: this.ctx!.actor as never, activity: this.ctx!.activityId, registration: this.ctx!.registration, related_activities: true });
      for (let pages = 0; pages < 50; pages++) {
        for (const s of response.data.statements) {
          const verb = s.verb.id;
          const onAu = (s.object as { id?: string }).id === this.ctx!.activityId;
          if (verb === VERB.answered.id) {
            const key = keyOfStatement(s as never);
            if (key && !rec.answered.includes(key)) rec.answered.push(key);
          } else if (onAu && (verb === VERB.passed.id || verb === VERB.failed.id)) {
            if (rec.verdict !== 'passed') rec.verdict = verb === VERB.passed.id ? 'passed' : 'failed';
          } else if (onAu && verb === VERB.completed.id) rec.completed = true;
        }
        if (!response.data.more) break;
        response = (await xapi.getMoreStatements({ more: response.data.more })) as typeof response;
      }
    } catch (error) {
      // An LRS that lets the AU write but not read: this device's record is all there is.
      console.info('Attune cmi5: could not read the registration’s statements', error);
    }
  }

  private async readState(): Promise<string | undefined> {
    try {
      const response = await this.cmi5!.xapi!.getState({
        agent: this.ctx!.actor as never,
        activityId: this.ctx!.activityId,
        stateId: STATE_ID,
        registration: this.ctx!.registration,
      });
      const data = response.data as unknown;
      const code = typeof data === 'string' ? (JSON.parse(data) as { code?: unknown }).code : (data as { code?: unknown } | null)?.code;
      return typeof code === 'string' && code ? code : undefined;
    } catch {
      return undefined;
    }
  }

  private async writeState(code: string) {
    try {
      await this.cmi5!.xapi!.setState({
        agent: this.ctx!.actor as never,
        activityId: this.ctx!.activityId,
        stateId: STATE_ID,
        state: { code } as never,
        registration: this.ctx!.registration,
      });
    } catch (error) {
      console.warn('Attune cmi5: could not save the attempt state:', httpStatus(error) ?? (error instanceof Error ? error.message : String(error)));
    }
  }

  /** The registration has its result (accepted, or on its way). */
  private get resulted(): boolean {
    return !!this.rec && (this.rec.verdict !== undefined || this.rec.queue.some((q) => q.kind === 'verdict'));
  }

  /** Whether this session may still record the attempt (Normal mode, not left, no result yet). */
  private get recording(): boolean {
    return !!this.ctx && this.mode === 'normal' && !this.finished && !this.resulted;
  }

  async record(report: AttemptReport): Promise<void> {
    const rec = this.rec;
    if (!rec || !this.recording) {
      // Playing again after the result: say that it is not recorded.
      if (this.mode === 'normal' && this.resulted && report.decisions.length === 0) this.status.emit({ level: 'info', message: MESSAGES.finished });
      return;
    }
    const known = new Set([...rec.answered, ...rec.queue.map((q) => q.key)]);
    for (const d of report.decisions) {
      const key = keyOf(d);
      if (known.has(key)) continue;
      known.add(key);
      rec.queue.push({ kind: 'answered', key, statement: answeredStatement(this.ctx!, this.options.scenario, d, this.clock(d.timing?.answeredAt)) });
    }
    if (rec.code !== report.suspendData) {
      rec.code = report.suspendData;
      void this.writeState(report.suspendData);
    }
    this.save();
    await this.pump();
  }

  /** The attempt ended: its passed/failed and completed, each once per registration. */
  async complete(report: AttemptReport): Promise<void> {
    const rec = this.rec;
    if (!rec || !this.ctx || this.mode !== 'normal' || this.finished) return;
    await this.record(report);
    const queued = (kind: Queued['kind']) => rec.queue.some((q) => q.kind === kind);
    if (!rec.verdict && !queued('verdict')) rec.queue.push({ kind: 'verdict', verdict: report.passed ? 'passed' : 'failed', statement: successStatement(this.ctx, report, this.clock()) });
    if (!rec.completed && !queued('completed')) rec.queue.push({ kind: 'completed', statement: completedStatement(this.ctx, this.clock()) });
    this.save();
    await this.pump();
  }

  /** Queues `terminated` (once): the session ends here. */
  private terminate(): boolean {
    const rec = this.rec;
    if (!rec?.session || !this.ctx || rec.session.terminated) return false;
    rec.queue.push({ kind: 'terminated', statement: terminatedStatement(this.ctx, this.clock()) });
    rec.session.terminated = true;
    this.save();
    return true;
  }

  /**
   * The trainee leaves (the launch page's "Return to your course"): `terminated`, then to the LMS's
   * returnURL once the LRS has everything (§10.2.6). Resolves false if the LRS could not be reached
   * in `wait` ms (the page then stays, and the statements wait for the next launch).
   */
  async exit(wait = 10_000): Promise<boolean> {
    this.terminate();
    void this.pump();
    const sent = await Promise.race([this.settled().then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), wait))]);
    if (!sent || (this.rec?.queue.length ?? 0) > 0) {
      this.status.emit({ level: 'warning', message: MESSAGES.notSent });
      return false;
    }
    this.status.emit({ level: 'info', message: MESSAGES.left });
    if (this.returnURL) this.navigate(this.returnURL);
    return true;
  }

  /**
   * The page is going away for good (pagehide): `terminated` after whatever is still queued, in
   * one keepalive request, which the browser completes after the page has gone. The queue stays on
   * this device until the LRS confirms it (it cannot here): the next session rebuilds it from the
   * replay code and what the LRS then reports it has.
   */
  suspend(): void {
    if (!this.rec?.session || this.refused) return;
    this.terminate();
    this.refused = true; // what is queued goes in the keepalive request, never twice
    const batch: Statement[] = [];
    let size = 2;
    for (const q of this.rec.queue) {
      size += JSON.stringify(q.statement).length + 1;
      if (size > KEEPALIVE_LIMIT) break;
      batch.push(q.statement);
    }
    if (batch.length === 0) return;
    const endpoint = this.cmi5!.getLaunchParameters().endpoint.replace(/\/?$/, '/');
    const init: RequestInit = {
      method: 'POST',
      keepalive: true,
      headers: { Authorization: `Basic ${this.rec.session.authToken}`, 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' },
      body: JSON.stringify(batch),
    };
    try {
      (this.options.beacon ?? ((url, options) => void fetch(url, options).catch(() => undefined)))(`${endpoint}statements`, init);
    } catch {
      // nothing more can be done from a page that is going away
    }
  }

  flush(): void {
    this.save();
    void this.pump();
  }

  private navigate(url: string) {
    (this.options.navigate ?? ((to) => location.assign(to)))(url);
  }

  /** The LRS accepted `q`: remember what it now holds. */
  private accepted(q: Queued) {
    const rec = this.rec!;
    if (q.kind === 'answered' && q.key && !rec.answered.includes(q.key)) rec.answered.push(q.key);
    if (q.kind === 'verdict' && q.verdict) rec.verdict = q.verdict;
    if (q.kind === 'completed') rec.completed = true;
  }

  /** Sends queued statements one at a time, in order; on failure waits and tries again. */
  private pump(): Promise<void> {
    if (this.sending) return this.sending;
    this.sending = (async () => {
      const rec = this.rec;
      while (rec && rec.queue.length > 0 && this.cmi5 && !this.refused) {
        const next = rec.queue[0]!;
        try {
          await this.cmi5.sendXapiStatement(next.statement as never);
        } catch (error) {
          const status = httpStatus(error);
          const detail = error instanceof Error ? error.message : String(error);
          if (status === 401 || status === 403) {
            // An expired token or a session the LMS has closed: retrying cannot help.
            this.refused = true;
            this.status.emit({ level: 'warning', message: MESSAGES.expired, detail });
            return;
          }
          if (status === 400 || status === 409) {
            // The LMS refuses this statement for good; the ones after it still count.
            console.warn('Attune cmi5: the LMS refused a statement', next.statement, error);
            this.status.emit({ level: 'warning', message: MESSAGES.refused, detail });
            rec.queue.shift();
            this.save();
            continue;
          }
          this.failing = true;
          this.status.emit({ level: 'warning', message: MESSAGES.retrying, detail });
          this.scheduleRetry();
          return;
        }
        rec.queue.shift();
        this.accepted(next);
        this.save();
        if (this.failing) {
          this.failing = false;
          this.retryDelay = this.options.retryDelay ?? 1000;
          this.status.emit({ level: 'ok', message: MESSAGES.recovered });
        }
      }
    })().finally(() => {
      this.sending = undefined;
    });
    return this.sending;
  }

  private scheduleRetry() {
    if (this.retryTimer !== undefined) return;
    const delay = this.retryDelay;
    this.retryDelay = Math.min(delay * 2, this.options.maxRetryDelay ?? 30000);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.pump();
    }, delay);
  }

  /** Resolves when every queued statement has been accepted, or can no longer be (tests, `exit`). */
  async settled(): Promise<void> {
    while (this.rec && this.rec.queue.length > 0 && !this.refused) {
      await (this.sending ?? new Promise((r) => setTimeout(r, 50)));
      if (!this.sending && this.rec.queue.length > 0) await new Promise((r) => setTimeout(r, 50));
    }
  }
}
