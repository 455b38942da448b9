/**
 * SCORM 1.2 and SCORM 2004 (4th edition) reporting. The attempt is *synchronised*, not streamed:
 * after each decision the reporter works out every element value the attempt should have (status,
 * score, one objective per rubric criterion, one interaction per rated decision, location, suspend
 * data = replay code, session time), writes only what changed, and commits. Writes are idempotent,
 * so a failed SetValue or Commit is simply retried with backoff on the next pass until the LMS
 * accepts it; meanwhile the attempt is kept on this device (`local-backup.ts`) and the trainee is
 * told calmly. Every value is checked by `validate.ts` first: a value the LMS would reject is never
 * sent (an over-long suspend data is kept locally instead).
 */
import {
  choiceResponse2004,
  decimal,
  elapsed,
  iso8601Duration,
  oneLine,
  percent,
  scaled,
  scorm12Time,
  scorm12Timespan,
  scorm2004Timestamp,
} from './formats.js';
import type { Scorm12Api, Scorm2004Api } from './discovery.js';
import { LocalBackup, resumePoint, type Entry } from './local-backup.js';
import { scoreAgreesWithVerdict, type AttemptReport, type CriterionRecord, type DecisionRecord } from './report.js';
import { MESSAGES, StatusEmitter, type LmsReporter, type LmsStart, type LmsStatus } from './reporter.js';
import { checkValue, type ScormVersion } from './validate.js';

type Pair = [element: string, value: string];

/** The two APIs behind one shape. Every call is guarded: an API that throws counts as a failure. */
export class ScormConnection {
  constructor(
    readonly version: ScormVersion,
    private readonly api: Scorm12Api | Scorm2004Api,
  ) {}

  private call(name: string, ...args: string[]): string {
    try {
      const fn = (this.api as unknown as Record<string, (...a: string[]) => unknown>)[name];
      if (typeof fn !== 'function') return 'false';
      return String(fn.apply(this.api, args));
    } catch (error) {
      this.thrown = error instanceof Error ? error.message : String(error);
      return 'false';
    }
  }

  private thrown?: string;
  private is12 = () => this.version === 'scorm12';

  initialize = () => this.call(this.is12() ? 'LMSInitialize' : 'Initialize', '') === 'true';
  terminate = () => this.call(this.is12() ? 'LMSFinish' : 'Terminate', '') === 'true';
  commit = () => this.call(this.is12() ? 'LMSCommit' : 'Commit', '') === 'true';
  get = (element: string) => this.call(this.is12() ? 'LMSGetValue' : 'GetValue', element);
  set = (element: string, value: string) => this.call(this.is12() ? 'LMSSetValue' : 'SetValue', element, value) === 'true';

  /** "code: message (diagnostic)" for the last call. */
  lastError(): string {
    if (this.thrown) {
      const t = this.thrown;
      this.thrown = undefined;
      return `exception: ${t}`;
    }
    const code = this.call(this.is12() ? 'LMSGetLastError' : 'GetLastError');
    const text = this.call(this.is12() ? 'LMSGetErrorString' : 'GetErrorString', code);
    return `${code}: ${text}`;
  }
}

export interface ScormReporterOptions {
  scenario: string;
  /** Milliseconds before the first retry; doubles each time up to `maxRetryDelay` (defaults 1000, 30000). */
  retryDelay?: number;
  maxRetryDelay?: number;
  now?: () => Date;
  /** Called with every pair just before it is written (tests use it to validate independently). */
  onWrite?: (element: string, value: string) => void;
  /** Values refused by our own validators, with the reason (never sent). */
  onRejected?: (element: string, value: string, reason: string) => void;
}

const STATUS_12: Record<CriterionRecord['status'], string> = { passed: 'passed', failed: 'failed', unknown: 'incomplete' };

export class ScormReporter implements LmsReporter {
  readonly kind: ScormVersion;
  private readonly status = new StatusEmitter();
  private readonly written = new Map<string, string>();
  private readonly objectiveIndex = new Map<string, number>();
  private objectiveCount = 0;
  /** Interaction index of the first rated decision of this play-through. */
  private interactionBase = 0;
  /** Interactions the LMS already held at launch (never rewritten: in SCORM 1.2 they are a journal). */
  private existingInteractions = 0;
  private startedAt = new Date();
  private mode: LmsStart['mode'] = 'normal';
  /** The pass mark the LMS imposes (0–1), if it has one (Attune's manifests declare none). */
  private lmsMastery?: number;
  /** The LMS holds (has confirmed) something of this attempt: the local backup is then its copy. */
  private confirmed = false;
  private latest?: AttemptReport;
  private backup?: LocalBackup;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private retryDelay: number;
  private failing = false;
  private tooLong = false;
  private _finished = false;
  private completed = false;
  private readonly now: () => Date;

  constructor(
    private readonly connection: ScormConnection,
    private readonly options: ScormReporterOptions,
  ) {
    this.kind = connection.version;
    this.now = options.now ?? (() => new Date());
    this.retryDelay = options.retryDelay ?? 1000;
  }

  get finished() {
    return this._finished;
  }

  onStatus(listener: (status: LmsStatus) => void) {
    this.status.on(listener);
  }

  private is12 = () => this.kind === 'scorm12';

  async start(): Promise<LmsStart> {
    this.startedAt = this.now();
    let ok = this.connection.initialize();
    for (let i = 0; !ok && i < 2; i++) {
      await new Promise((r) => setTimeout(r, 200));
      ok = this.connection.initialize();
    }
    if (!ok) throw new Error(`The LMS refused to start the session (${this.connection.lastError()}).`);

    const c = this.connection;
    const v12 = this.is12();
    const rawMode = c.get(v12 ? 'cmi.core.lesson_mode' : 'cmi.mode');
    this.mode = rawMode === 'review' ? 'review' : rawMode === 'browse' ? 'browse' : 'normal';
    const rawEntry = c.get(v12 ? 'cmi.core.entry' : 'cmi.entry');
    const entry: Entry = rawEntry === 'ab-initio' || rawEntry === 'resume' ? rawEntry : '';
    const learnerId = c.get(v12 ? 'cmi.core.student_id' : 'cmi.learner_id');
    const learnerName = c.get(v12 ? 'cmi.core.student_name' : 'cmi.learner_name');
    const suspend = c.get('cmi.suspend_data');
    const masteryText = c.get(v12 ? 'cmi.student_data.mastery_score' : 'cmi.scaled_passing_score');
    const masteryValue = masteryText.trim() === '' ? NaN : Number(masteryText);
    const mastery = Number.isFinite(masteryValue) ? (v12 ? masteryValue / 100 : masteryValue) : undefined;
    if (mastery !== undefined && mastery >= 0 && mastery <= 1) this.lmsMastery = mastery;

    // Objectives the LMS already holds (from an earlier session, or declared in the manifest).
    this.objectiveCount = Number(c.get('cmi.objectives._count')) || 0;
    for (let i = 0; i < this.objectiveCount; i++) {
      const id = c.get(`cmi.objectives.${i}.id`);
      if (id && !this.objectiveIndex.has(id)) this.objectiveIndex.set(id, i);
    }
    this.existingInteractions = Number(c.get('cmi.interactions._count')) || 0;
    this.interactionBase = this.existingInteractions;

    this.backup = new LocalBackup(this.kind, this.options.scenario, learnerId);
    const backup = this.backup.read();
    // Browse: a look around, from the start. Review: what the LMS recorded, never this device's copy.
    const resumeCode =
      this.mode === 'browse' ? undefined : this.mode === 'review' ? suspend || undefined : resumePoint(suspend || undefined, entry, backup);
    this.confirmed = Boolean(suspend) || entry === 'resume' || (resumeCode !== undefined && resumeCode === backup?.code && backup.confirmed);
    if (this.mode !== 'normal') this.status.emit({ level: 'info', message: MESSAGES.review });
    return {
      ...(resumeCode ? { resumeCode } : {}),
      ...(this.lmsMastery !== undefined ? { mastery: this.lmsMastery } : {}),
      mode: this.mode,
      learnerId,
      ...(learnerName ? { learnerName } : {}),
    };
  }

  /** Writes this device's copy; `synced`: the LMS has just confirmed this very code. */
  private keep(report: AttemptReport, synced: boolean) {
    this.backup?.write({ code: report.suspendData, synced, confirmed: this.confirmed, ended: report.ended });
  }

  private playthroughs = 0;

  /**
   * Called at each `attune-start`. Interactions are a journal (write-only in SCORM 1.2), kept in
   * decision order: those the LMS holds for the decisions just replayed sit right before this
   * play-through's new ones; a restart within the same session appends after the last.
   */
  beginPlaythrough(replayed: number) {
    if (this.playthroughs++ === 0) this.interactionBase = Math.max(0, this.interactionBase - replayed);
    else this.interactionBase += this.latest?.decisions.length ?? 0;
    if (this._finished) this.status.emit({ level: 'info', message: MESSAGES.finished });
  }

  async record(report: AttemptReport): Promise<void> {
    this.latest = report;
    if (this.mode !== 'normal' || this._finished) return;
    this.keep(report, false);
    // The last decision is followed at once by complete(), which finishes without a Commit.
    this.sync({ commit: !report.ended });
  }

  async complete(report: AttemptReport): Promise<void> {
    this.latest = report;
    this.completed = true;
    if (this._finished) return;
    if (this.mode !== 'normal') {
      this.finish();
      return;
    }
    this.keep(report, false);
    // SCORM 2004: no Commit immediately before Terminate; Terminate persists everything.
    if (this.sync({ commit: false })) this.finish();
    else this.scheduleRetry();
  }

  suspend(): void {
    if (this._finished) return;
    const sent = this.mode !== 'normal' || !this.latest || this.sync({ commit: false });
    this.finish();
    // The page is going away: whatever did not reach the LMS is on this device for next time.
    if (!sent || !this._finished) this.status.emit({ level: 'warning', message: MESSAGES.notSent });
  }

  flush(): void {
    if (this._finished || this.mode !== 'normal' || !this.latest) return;
    this.sync({ commit: true });
  }

  private finish() {
    if (this._finished) return;
    const ok = this.connection.terminate();
    if (ok) {
      this._finished = true;
      clearTimeout(this.retryTimer);
      if (this.mode === 'normal' && this.latest) {
        this.confirmed = true;
        this.keep(this.latest, !this.tooLong);
      }
      if (this.failing) this.status.emit({ level: 'ok', message: MESSAGES.recovered });
      this.failing = false;
    } else {
      this.fail(`Terminate failed (${this.connection.lastError()})`);
      this.scheduleRetry();
    }
  }

  /** Writes every value that differs from what the LMS already has; true when all went through. */
  private sync(opts: { commit: boolean }): boolean {
    const report = this.latest;
    if (!report) return true;
    const pairs = this.plan(report);
    let rejectedLong = false;
    for (const [element, value] of pairs) {
      if (this.written.get(element) === value) continue;
      const problem = checkValue(this.kind, element, value);
      if (problem) {
        this.options.onRejected?.(element, value, problem);
        if (element === 'cmi.suspend_data') rejectedLong = true;
        else console.warn(`Attune LMS: not sending ${element}: ${problem}`);
        continue;
      }
      this.options.onWrite?.(element, value);
      if (!this.connection.set(element, value)) {
        this.fail(`SetValue(${element}) failed (${this.connection.lastError()})`);
        this.scheduleRetry();
        return false;
      }
      this.written.set(element, value);
    }
    if (rejectedLong && !this.tooLong) {
      this.tooLong = true;
      this.status.emit({ level: 'warning', message: MESSAGES.tooLong, detail: 'suspend data over the limit; kept on this device' });
    }
    if (opts.commit) {
      if (!this.connection.commit()) {
        this.fail(`Commit failed (${this.connection.lastError()})`);
        this.scheduleRetry();
        return false;
      }
      this.confirmed = true;
      this.keep(report, !rejectedLong);
    }
    if (this.failing) {
      this.failing = false;
      this.retryDelay = this.options.retryDelay ?? 1000;
      this.status.emit({ level: 'ok', message: MESSAGES.recovered });
    }
    return true;
  }

  private fail(detail: string) {
    console.warn(`Attune LMS: ${detail}`);
    this.failing = true;
    this.status.emit({ level: 'warning', message: MESSAGES.retrying, detail });
  }

  private scheduleRetry() {
    if (this.retryTimer !== undefined || this._finished) return;
    const delay = this.retryDelay;
    this.retryDelay = Math.min(delay * 2, this.options.maxRetryDelay ?? 30000);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this._finished) return;
      if (this.completed) {
        if (this.sync({ commit: false })) this.finish();
      } else if (this.sync({ commit: true })) {
        // recovered
      }
    }, delay);
  }

  /** Every element value the attempt should have, in a safe writing order. */
  plan(report: AttemptReport): Pair[] {
    return this.is12() ? this.plan12(report) : this.plan2004(report);
  }

  private objectiveSlot(id: string): number {
    let index = this.objectiveIndex.get(id);
    if (index === undefined) {
      index = this.objectiveCount++;
      this.objectiveIndex.set(id, index);
    }
    return index;
  }

  /** Decisions whose interaction the LMS does not hold yet. */
  private newDecisions(r: AttemptReport): DecisionRecord[] {
    return r.decisions.filter((d) => this.interactionBase + d.index >= this.existingInteractions);
  }

  private sessionTime(): number {
    return elapsed(this.startedAt, this.now());
  }

  /** The objective id of a criterion (readable: see `objectiveIds` in report.ts). */
  private objectiveOf(r: AttemptReport, criterion: string): string {
    return r.criteria.find((c) => c.id === criterion)?.objective ?? criterion;
  }

  private plan12(r: AttemptReport): Pair[] {
    const out: Pair[] = [];
    const status = r.ended ? (r.passed ? 'passed' : 'failed') : 'incomplete';
    out.push(['cmi.core.lesson_status', status]);
    // An LMS with a pass mark turns status into score ≥ mastery at LMSFinish (Moodle's "Mastery
    // score overrides status"): it only gets a score that agrees with the verdict.
    if (r.overall !== null && scoreAgreesWithVerdict(r, this.lmsMastery)) {
      out.push(['cmi.core.score.min', '0'], ['cmi.core.score.max', '100'], ['cmi.core.score.raw', percent(r.overall)]);
    }
    out.push(['cmi.core.lesson_location', r.location.slice(0, 255)]);
    out.push(['cmi.suspend_data', r.suspendData]);
    for (const c of r.criteria) {
      const n = this.objectiveSlot(c.objective);
      out.push([`cmi.objectives.${n}.id`, c.objective]);
      if (c.score !== null) {
        out.push([`cmi.objectives.${n}.score.min`, '0'], [`cmi.objectives.${n}.score.max`, '100'], [`cmi.objectives.${n}.score.raw`, percent(c.score)]);
      }
      const untouched = c.kind === 'quality' && c.decisions === 0;
      out.push([`cmi.objectives.${n}.status`, untouched ? 'not attempted' : STATUS_12[c.status]]);
    }
    for (const d of this.newDecisions(r)) out.push(...this.interaction12(r, d));
    out.push(['cmi.core.exit', r.ended ? '' : 'suspend']);
    out.push(['cmi.core.session_time', scorm12Timespan(this.sessionTime())]);
    return out;
  }

  /**
   * SCORM 1.2 allows a `choice` response only as single characters (RTE 1.2 §3.4.2), which Moodle's
   * interactions report would show as a bare "b". Decisions are written as `fill-in` interactions
   * instead, whose response is a string: the option id the author wrote (`name-the-silence`), which
   * a course leader can read in the report next to the best option(s).
   */
  private interaction12(r: AttemptReport, d: DecisionRecord): Pair[] {
    const n = this.interactionBase + d.index;
    const p = `cmi.interactions.${n}`;
    const out: Pair[] = [[`${p}.id`, d.id], [`${p}.type`, 'fill-in']];
    d.criteria.forEach((c, k) => out.push([`${p}.objectives.${k}.id`, this.objectiveOf(r, c)]));
    if (d.timing) out.push([`${p}.time`, scorm12Time(d.timing.answeredAt)]);
    d.best.forEach((b, k) => out.push([`${p}.correct_responses.${k}.pattern`, b]));
    out.push([`${p}.weighting`, '1']);
    out.push([`${p}.student_response`, d.option]);
    out.push([`${p}.result`, d.result]);
    if (d.timing) out.push([`${p}.latency`, scorm12Timespan(elapsed(d.timing.presentedAt, d.timing.answeredAt))]);
    return out;
  }

  private plan2004(r: AttemptReport): Pair[] {
    const out: Pair[] = [];
    out.push(['cmi.completion_status', r.ended ? 'completed' : 'incomplete']);
    out.push(['cmi.success_status', r.ended ? (r.passed ? 'passed' : 'failed') : 'unknown']);
    if (r.overall !== null) {
      // A conformant LMS with cmi.scaled_passing_score sets success from score.scaled (RTE 4.2.22):
      // it only gets a scaled score that agrees with the verdict. raw/min/max are not compared.
      if (scoreAgreesWithVerdict(r, this.lmsMastery)) out.push(['cmi.score.scaled', scaled(r.overall)]);
      out.push(['cmi.score.raw', percent(r.overall)], ['cmi.score.min', '0'], ['cmi.score.max', '100']);
    }
    out.push(['cmi.location', r.location.slice(0, 1000)]);
    out.push(['cmi.suspend_data', r.suspendData]);
    for (const c of r.criteria) {
      const n = this.objectiveSlot(c.objective);
      const p = `cmi.objectives.${n}`;
      out.push([`${p}.id`, c.objective]);
      if (c.score !== null) {
        out.push([`${p}.score.scaled`, scaled(c.score)], [`${p}.score.raw`, percent(c.score)], [`${p}.score.min`, '0'], [`${p}.score.max`, '100']);
      }
      out.push([`${p}.success_status`, c.status]);
      const untouched = c.kind === 'quality' && c.decisions === 0;
      out.push([`${p}.completion_status`, untouched ? 'not attempted' : r.ended || c.status === 'failed' ? 'completed' : 'incomplete']);
      out.push([`${p}.description`, oneLine(criterionDescription(c), 250)]);
    }
    for (const d of this.newDecisions(r)) out.push(...this.interaction2004(r, d));
    out.push(['cmi.exit', r.ended ? 'normal' : 'suspend']);
    out.push(['cmi.session_time', iso8601Duration(this.sessionTime())]);
    return out;
  }

  private interaction2004(r: AttemptReport, d: DecisionRecord): Pair[] {
    const n = this.interactionBase + d.index;
    const p = `cmi.interactions.${n}`;
    const out: Pair[] = [[`${p}.id`, d.id], [`${p}.type`, 'choice']];
    d.criteria.forEach((c, k) => out.push([`${p}.objectives.${k}.id`, this.objectiveOf(r, c)]));
    if (d.timing) out.push([`${p}.timestamp`, scorm2004Timestamp(d.timing.answeredAt)]);
    d.best.forEach((b, k) => out.push([`${p}.correct_responses.${k}.pattern`, choiceResponse2004(b)]));
    out.push([`${p}.weighting`, '1']);
    out.push([`${p}.learner_response`, choiceResponse2004(d.option)]);
    out.push([`${p}.result`, d.result === 'correct' ? 'correct' : 'incorrect']);
    if (d.timing) out.push([`${p}.latency`, iso8601Duration(elapsed(d.timing.presentedAt, d.timing.answeredAt))]);
    out.push([`${p}.description`, oneLine(d.prompt ? `${d.prompt} → ${d.text}` : d.text, 250)]);
    return out;
  }
}

export function criterionDescription(c: CriterionRecord): string {
  if (c.kind === 'risk') {
    const verdict = c.high > 0 ? 'FAILED, harm flag' : c.elevated > 0 ? 'elevated' : c.status === 'passed' ? 'none taken' : 'so far none';
    return `Risk: ${c.label}: ${verdict} (${c.high} high, ${c.elevated} elevated)`;
  }
  if (c.score === null) return `${c.label}: not tested on this path`;
  return `${c.label}: ${decimal(c.score * 100, 0)}% over ${c.decisions} decision${c.decisions === 1 ? '' : 's'}`;
}

