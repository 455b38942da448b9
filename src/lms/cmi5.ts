/**
 * cmi5 reporting. The launch sequence (launch parameters from the URL, the single-use fetch URL →
 * auth token, LMS.LaunchData from the State API, learner preferences, `initialized`) is done by
 * `@xapi/cmi5`, which is imported dynamically so only the cmi5 package loads it. Its token and
 * our session bookkeeping are kept in sessionStorage, so a reload mid-session carries on the same
 * session (no second fetch, no second `initialized`).
 *
 * Statements are built by `xapi.ts` and sent strictly in order through a queue that is itself kept
 * in sessionStorage and retried with backoff: answered (one per decision) → passed/failed →
 * completed → terminated. The replay code is also saved in the activity State API so a later
 * session of the same registration resumes where the trainee left off.
 */
import type Cmi5 from '@xapi/cmi5';
import type { AttemptReport } from './report.js';
import { MESSAGES, StatusEmitter, type LmsReporter, type LmsStart, type LmsStatus } from './reporter.js';
import { answeredStatement, completedStatement, STATE_ID, successStatement, terminatedStatement, type Cmi5Context, type Json, type Statement } from './xapi.js';

interface SessionRecord {
  authToken: string;
  initializedAt: string;
  /** Rated decisions already queued as `answered` statements. */
  answered: number;
  /** Statements built but not yet accepted by the LRS, in order. */
  queue: Statement[];
  completed: boolean;
  terminated: boolean;
  code?: string;
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
}

const KEY = 'attune:cmi5:';

export class Cmi5Reporter implements LmsReporter {
  readonly kind = 'cmi5' as const;
  private readonly status = new StatusEmitter();
  private cmi5?: Cmi5;
  private ctx?: Cmi5Context;
  private record_?: SessionRecord;
  private key = '';
  private mode: LmsStart['mode'] = 'normal';
  private sending?: Promise<void>;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private retryDelay: number;
  private failing = false;

  constructor(private readonly options: Cmi5ReporterOptions) {
    this.retryDelay = options.retryDelay ?? 1000;
  }

  get finished() {
    return this.record_?.terminated === true;
  }

  onStatus(listener: (status: LmsStatus) => void) {
    this.status.on(listener);
  }

  private get storage(): Storage | undefined {
    try {
      return this.options.storage ?? sessionStorage;
    } catch {
      return undefined;
    }
  }

  private save() {
    try {
      if (this.record_) this.storage?.setItem(this.key, JSON.stringify(this.record_));
    } catch {
      // kept in memory for this page
    }
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
    let saved: SessionRecord | undefined;
    try {
      const text = this.storage?.getItem(this.key);
      saved = text ? (JSON.parse(text) as SessionRecord) : undefined;
    } catch {
      saved = undefined;
    }

    if (saved && !saved.terminated && saved.authToken) {
      // A reload within the session: the fetch URL is single-use, so reuse the token.
      await cmi5.initialize({ authToken: saved.authToken, initializedDate: new Date(saved.initializedAt) });
      this.record_ = saved;
    } else {
      await cmi5.initialize();
      this.record_ = {
        authToken: cmi5.getAuthToken(),
        initializedAt: cmi5.getInitializedDate().toISOString(),
        answered: 0,
        queue: [],
        completed: false,
        terminated: false,
      };
    }
    this.save();
    this.cmi5 = cmi5;
    const launchData = cmi5.getLaunchData();
    this.mode = launchData.launchMode === 'Review' ? 'review' : launchData.launchMode === 'Browse' ? 'browse' : 'normal';
    this.ctx = {
      actor,
      activityId: launchParameters.activityId,
      registration: launchParameters.registration,
      contextTemplate: structuredClone((launchData.contextTemplate ?? {}) as { [key: string]: Json }),
      ...(typeof launchData.masteryScore === 'number' ? { masteryScore: launchData.masteryScore } : {}),
      initializedAt: new Date(this.record_.initializedAt),
    };
    if (this.mode !== 'normal') this.status.emit({ level: 'info', message: MESSAGES.review });

    let resumeCode = this.record_.code;
    if (!resumeCode) resumeCode = await this.readState();
    // Statements left unsent by the previous page go first.
    this.pump();
    const name = (actor as { name?: unknown }).name;
    return {
      ...(resumeCode ? { resumeCode } : {}),
      ...(this.ctx.masteryScore !== undefined ? { mastery: this.ctx.masteryScore } : {}),
      mode: this.mode,
      learnerId: JSON.stringify(actor),
      ...(typeof name === 'string' ? { learnerName: name } : {}),
    };
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
      console.warn('Attune cmi5: could not save the attempt state', error);
    }
  }

  async record(report: AttemptReport): Promise<void> {
    const rec = this.record_;
    if (!rec || !this.ctx || rec.terminated) return;
    rec.code = report.suspendData;
    // A restarted play-through begins again at decision 0: count from there.
    if (report.decisions.length < rec.answered) rec.answered = report.decisions.length;
    for (const d of report.decisions.slice(rec.answered)) rec.queue.push(answeredStatement(this.ctx, this.options.scenario, d));
    rec.answered = report.decisions.length;
    this.save();
    void this.writeState(report.suspendData);
    await this.pump();
  }

  async complete(report: AttemptReport): Promise<void> {
    const rec = this.record_;
    if (!rec || !this.ctx || rec.terminated) return;
    await this.record(report);
    if (this.mode === 'normal' && !rec.completed) {
      rec.queue.push(successStatement(this.ctx, report), completedStatement(this.ctx));
      rec.completed = true;
    }
    rec.queue.push(terminatedStatement(this.ctx));
    rec.terminated = true;
    this.save();
    await this.pump();
  }

  /** cmi5 sessions survive reloads, so leaving the page only saves; the LMS closes abandoned sessions. */
  suspend(): void {
    this.save();
  }

  flush(): void {
    this.save();
    void this.pump();
  }

  /** Sends queued statements one at a time, in order; on failure waits and tries again. */
  private pump(): Promise<void> {
    if (this.sending) return this.sending;
    this.sending = (async () => {
      const rec = this.record_;
      while (rec && rec.queue.length > 0 && this.cmi5) {
        const next = rec.queue[0]!;
        try {
          await this.cmi5.sendXapiStatement(next as never);
        } catch (error) {
          this.failing = true;
          this.status.emit({ level: 'warning', message: MESSAGES.retrying, detail: error instanceof Error ? error.message : String(error) });
          this.scheduleRetry();
          return;
        }
        rec.queue.shift();
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

  /** Resolves when every queued statement has been accepted (tests, and the launch page's "sent"). */
  async settled(): Promise<void> {
    while (this.record_ && this.record_.queue.length > 0) {
      await (this.sending ?? new Promise((r) => setTimeout(r, 50)));
      if (!this.sending && this.record_.queue.length > 0) await new Promise((r) => setTimeout(r, 50));
    }
  }
}
