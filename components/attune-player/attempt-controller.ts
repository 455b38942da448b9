import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AttemptOrigin, AttemptRecord, AttemptStore, Mode } from '../../src/attempts.js';
import {
  buildDebrief,
  decisionDetail,
  stateChanges,
  transcriptOf,
  visibleState,
  type Debrief,
  type DebriefDecision,
  type StateReading,
  type TranscriptLine,
} from '../../src/debrief.js';
import { sessionOptions, type AttuneErrorKind, type FeedbackSetting } from '../../src/player-contract.js';
import type { DebriefPulls } from '../../src/reflection-answers.js';
import { ReplayCodeError } from '../../src/replay-code.js';
import type { ScenarioBundle } from '../../src/scenario-bundle.js';
import { ratedOptions, scoreDecision } from '../../src/scoring.js';
import { randomSeed, Session, type ChoiceBeat, type ClientState } from '../../src/session.js';
import type { ChoiceOption } from '../attune-choices/attune-choices.js';
import { emit } from '../shared/events.js';

/** The player's settings as the attempt needs them; read each time (a page may change them). */
export interface AttemptSettings {
  mode: Mode;
  feedback: FeedbackSetting;
  clientState: boolean;
  /** A valid fixed seed, or undefined for a random one. */
  seed: number | undefined;
  pulls: DebriefPulls | undefined;
}

/** Where a playing attempt stands: what the screen below the transcript shows. */
export type PlayingStage =
  | { kind: 'choosing'; choices: ChoiceBeat; options: readonly ChoiceOption[] }
  | { kind: 'feedback'; decision: DebriefDecision; ended: boolean }
  | { kind: 'ended' }
  | { kind: 'stopped'; error: string; debriefSoFar: boolean };

export interface PlayingView {
  screen: 'playing';
  /** The transcript so far; appended to (same array prefix) as the story goes on. */
  lines: readonly TranscriptLine[];
  /** Lines from this index on are new since the last decision. */
  newFrom: number;
  stage: PlayingStage;
  /** The client state the scenario lets the player display (shown when the player's `client-state` is set). */
  readings: readonly StateReading[];
  previousState?: ClientState;
  /** The debrief's code could not be loaded (said at the ending). */
  debriefProblem?: string;
}

export interface DebriefView {
  screen: 'debrief';
  debrief: Debrief;
  /** Practice mode: the debrief offers going back to a decision. */
  rewindable: boolean;
}

/** What the content note offers before an attempt: an unfinished one, or why it cannot be resumed. */
export interface StartOffer {
  unfinished?: AttemptRecord;
  resumeProblem?: string;
}

export interface AttemptOptions {
  /** Where attempts are kept (the page's, or the player's own). */
  store: () => AttemptStore;
  settings: () => AttemptSettings;
  announce: (message: string) => void;
  /** The debrief's code (a chunk of its own), asked for once an attempt starts. */
  loadDebrief: () => Promise<unknown>;
}

/** Runs `task` once the page is idle (after the current screen is painted), so it never delays it. */
function whenIdle(task: () => unknown) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: 2000 });
  else setTimeout(task, 300);
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A player's attempts: the scenario prepared to play, the session being played, its record in the
 * attempt history (saved after every decision), the debrief, and the events that tell the page
 * (`attune-start`, `attune-choice`, `attune-rewind`, `attune-complete`, `attune-error`). The
 * player renders what `view` says and forwards the trainee's actions here. Made when the player's
 * playing code has loaded; `prepare` takes each scenario, `close` lets it go.
 */
export class AttemptController implements ReactiveController {
  /** The scenario prepared (its story built and checked), until `close`. */
  bundle?: ScenarioBundle;
  session?: Session;
  record?: AttemptRecord;
  /** The debrief, once the story has ended (or what there is after it stopped). */
  debrief?: Debrief;
  /** What the content note offers (in the current mode). */
  offer: StartOffer = {};
  /** Problems with saving, in words for the trainee. */
  storageNotes: string[] = [];
  /** Storage refused a write (full, blocked): attempts live in memory, so offer a copy to download. */
  notSaved = false;

  private readonly host: ReactiveControllerHost & EventTarget;
  private readonly options: AttemptOptions;
  /** Made (and so checked) on preparing, not yet played: "Begin" plays it. */
  private prepared?: Session;
  private lines: TranscriptLine[] = [];
  private newFrom = Number.POSITIVE_INFINITY;
  private readings: StateReading[] = [];
  private previousState?: ClientState;
  private feedback?: DebriefDecision;
  private showingDebrief = false;
  private debriefProblem?: string;
  private reportedProblems = 0;
  private readonly shownOptions = new WeakMap<ChoiceBeat, readonly ChoiceOption[]>();

  constructor(host: ReactiveControllerHost & EventTarget, options: AttemptOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected() {
    // Nothing runs on its own: every change comes from the trainee or the page.
  }

  get store(): AttemptStore {
    return this.options.store();
  }

  /**
   * Takes a scenario to play: builds its story (so a story ink cannot load, damaged or made for
   * a newer ink, fails here and not at "Begin") and looks for an unfinished attempt at it.
   */
  prepare(bundle: ScenarioBundle) {
    this.close();
    const prepared = new Session(bundle.story, { ...sessionOptions(bundle), seed: this.options.settings().seed ?? randomSeed() });
    this.bundle = bundle;
    this.prepared = prepared;
    this.checkUnfinished();
  }

  /** Lets the scenario go (another is being opened): its session, attempt and debrief. */
  close() {
    this.bundle = undefined;
    this.prepared = undefined;
    this.session = undefined;
    this.record = undefined;
    this.debrief = undefined;
    this.offer = {};
    this.lines = [];
    this.newFrom = Number.POSITIVE_INFINITY;
    this.readings = [];
    this.previousState = undefined;
    this.feedback = undefined;
    this.showingDebrief = false;
    this.debriefProblem = undefined;
    this.changed();
  }

  get mode(): Mode {
    return this.record?.mode ?? this.options.settings().mode;
  }

  /** What the player shows for the attempt, or undefined before one has begun (the content note). */
  get view(): PlayingView | DebriefView | undefined {
    const session = this.session;
    if (!session) return undefined;
    if (this.showingDebrief && this.debrief) return { screen: 'debrief', debrief: this.debrief, rewindable: this.mode === 'practice' };
    return {
      screen: 'playing',
      lines: this.lines,
      newFrom: this.newFrom,
      stage: this.stage(session),
      readings: this.readings,
      ...(this.previousState ? { previousState: this.previousState } : {}),
      ...(this.debriefProblem ? { debriefProblem: this.debriefProblem } : {}),
    };
  }

  private stage(session: Session): PlayingStage {
    if (session.error !== undefined) return { kind: 'stopped', error: session.error, debriefSoFar: (this.debrief?.decisions.length ?? 0) > 0 };
    if (this.feedback) return { kind: 'feedback', decision: this.feedback, ended: session.ended };
    const choices = session.currentChoices;
    return choices ? { kind: 'choosing', choices, options: this.optionsOf(choices) } : { kind: 'ended' };
  }

  /** The options as buttons show them; the same array for the same choice set, so a re-render changes nothing. */
  private optionsOf(choices: ChoiceBeat): readonly ChoiceOption[] {
    let options = this.shownOptions.get(choices);
    if (!options) {
      options = choices.options.map((o) => ({ index: o.index, text: o.text, ...(o.rating.action ? { action: true } : {}) }));
      this.shownOptions.set(choices, options);
    }
    return options;
  }

  private get feedbackEachChoice(): boolean {
    return this.mode === 'practice' && this.options.settings().feedback !== 'end';
  }

  private newSession(bundle: ScenarioBundle): Session {
    return new Session(bundle.story, { ...sessionOptions(bundle), seed: this.options.settings().seed ?? randomSeed() });
  }

  private changed() {
    this.host.requestUpdate();
  }

  private fire(kind: AttuneErrorKind, text: string) {
    emit(this.host, 'attune-error', { kind, message: text, ...(this.bundle ? { scenario: this.bundle.id } : {}) });
  }

  // ── before an attempt ───────────────────────────────────────────────────────

  /** Looks for an attempt to resume in the current mode; a changed story is explained, never replayed. */
  checkUnfinished() {
    const { bundle, store } = this;
    if (!bundle) return;
    const record = store.list(bundle.id).filter((r) => r.status === 'in-progress' && r.mode === this.mode).at(-1);
    this.offer = {};
    if (record && record.storyHash !== bundle.story.hash) {
      const text = `The scenario has been changed since your unfinished attempt of ${new Date(record.updatedAt).toLocaleDateString()}, so it cannot be replayed faithfully.`;
      store.update(record.id, { status: 'story-changed', note: text });
      this.offer = { resumeProblem: text };
    } else if (record) {
      this.offer = { unfinished: record };
    }
    this.reportStorage();
    this.changed();
  }

  /** Begins a new attempt now (any unfinished one is kept in history as abandoned). */
  restart() {
    if (!this.bundle) return;
    if (this.record?.status === 'in-progress') this.store.update(this.record.id, { status: 'abandoned' });
    if (this.offer.unfinished) this.store.update(this.offer.unfinished.id, { status: 'abandoned' });
    this.offer = {};
    this.begin();
  }

  /** Begins a new attempt with the session prepared on loading (unless the seed has changed since). */
  begin() {
    const bundle = this.bundle;
    if (!bundle) return;
    const prepared = this.prepared;
    this.prepared = undefined;
    const seed = this.options.settings().seed;
    const session = prepared && (seed ?? prepared.seed) === prepared.seed ? prepared : this.newSession(bundle);
    this.record = this.startRecord(bundle, session.replayCode());
    this.reportStorage();
    this.play(bundle, session, false);
  }

  /**
   * Resumes from a replay code, or without one the unfinished attempt on offer. Returns false
   * (and explains on the content note) if it cannot.
   */
  resume(code?: string): boolean {
    const bundle = this.bundle;
    if (!bundle) return false;
    if (code === undefined) {
      const unfinished = this.offer.unfinished;
      return unfinished ? this.resumeFrom(bundle, unfinished.replayCode, unfinished) : false;
    }
    const existing = this.store.list(bundle.id).find((r) => r.replayCode === code && r.status === 'in-progress');
    return this.resumeFrom(bundle, code, existing);
  }

  private resumeFrom(bundle: ScenarioBundle, code: string, record?: AttemptRecord): boolean {
    let session: Session;
    try {
      session = Session.fromReplayCode(bundle.story, code, sessionOptions(bundle));
    } catch (error) {
      const text = message(error);
      if (record) this.store.update(record.id, { status: error instanceof ReplayCodeError && error.problem === 'story-changed' ? 'story-changed' : 'abandoned', note: text });
      this.session = undefined;
      this.offer = { resumeProblem: text };
      this.fire('resume', text);
      this.reportStorage();
      this.changed();
      return false;
    }
    this.record = record ?? this.startRecord(bundle, code);
    this.offer = {};
    this.reportStorage();
    this.play(bundle, session, true);
    return true;
  }

  /** A new attempt in the history (in the mode asked for; a rewind after the end is practice, as was the attempt). */
  private startRecord(bundle: ScenarioBundle, replayCode: string, from?: AttemptOrigin): AttemptRecord {
    return this.store.start({
      scenarioId: bundle.id,
      scenarioTitle: bundle.scenario.title,
      storyHash: bundle.story.hash,
      rubric: { id: bundle.rubric.id, version: bundle.rubric.version },
      mode: from ? 'practice' : this.options.settings().mode,
      replayCode,
      ...(from ? { from } : {}),
    });
  }

  private play(bundle: ScenarioBundle, session: Session, resumed: boolean) {
    const record = this.record;
    if (!record) return;
    this.session = session;
    this.feedback = undefined;
    this.debrief = undefined;
    this.showingDebrief = false;
    this.debriefProblem = undefined;
    this.previousState = undefined;
    this.lines = transcriptOf(session.beats);
    this.newFrom = resumed ? Number.POSITIVE_INFINITY : 0;
    this.readings = this.readingsNow(session);
    const code = session.replayCode();
    if (resumed) this.save(code);
    whenIdle(() => this.options.loadDebrief().catch(() => undefined)); // asked again, and reported, at the end if it failed
    emit(this.host, 'attune-start', { scenario: bundle.id, mode: this.mode, attemptId: record.id, resumed, storyHash: bundle.story.hash, replayCode: code });
    this.options.announce(resumed ? `Resumed where you left off. ${this.describeLines(this.lines.slice(-3))}` : this.describeLines(this.lines));
    if (session.error !== undefined) this.storyStopped();
    else if (session.ended) this.complete();
    this.changed();
  }

  // ── playing ────────────────────────────────────────────────────────────────

  /** Takes option `index` of the current decision (with an optional confidence 0–1). */
  choose(index: number, confidence?: number): boolean {
    const session = this.session;
    const record = this.record;
    const bundle = this.bundle;
    const beat = session?.currentChoices;
    if (!session || !record || !bundle || !beat) return false;
    this.feedback = undefined; // choosing moves on from any feedback still showing
    const answered = session.beats.length - 1; // the choice set being answered
    try {
      session.choose(index, confidence);
    } catch (error) {
      // Only a programming mistake gets here (an option that does not exist); keep going.
      this.fire('story', message(error));
      return false;
    }
    // Only what this choice added: the chosen words and what followed, up to the next decision.
    const added = transcriptOf(session.beats.slice(answered));
    this.newFrom = this.lines.length;
    this.lines = this.lines.concat(added);
    this.previousState = beat.state;
    this.readings = this.readingsNow(session);
    const code = session.replayCode();
    this.save(code);

    const option = beat.options[index]!;
    let value: number | undefined;
    let best: boolean | undefined;
    if (beat.decision !== undefined) {
      const scored = scoreDecision({ options: ratedOptions(beat.options), chosen: index }, bundle.rubric);
      value = scored.values[index];
      best = scored.best.includes(index);
    }
    emit(this.host, 'attune-choice', {
      scenario: bundle.id,
      mode: this.mode,
      attemptId: record.id,
      step: beat.step,
      ...(beat.decision !== undefined ? { decision: beat.decision } : {}),
      ...(option.rating.option !== undefined ? { option: option.rating.option } : {}),
      optionIndex: index,
      text: option.text,
      ...(confidence !== undefined ? { confidence } : {}),
      ...(value !== undefined ? { value } : {}),
      ...(best !== undefined ? { best } : {}),
      risks: option.rating.risks,
      replayCode: code,
    });

    if (this.feedbackEachChoice && beat.decision !== undefined) this.feedback = decisionDetail(session, bundle, beat.step);
    let said = this.describeLines(added);
    if (this.options.settings().clientState) said += this.describeStateChange(bundle, beat.state, session);
    if (this.feedback) said += ' Feedback on your response follows.';
    if (session.error !== undefined) this.storyStopped();
    else if (session.ended) {
      this.complete();
      if (!this.feedback) said += ' The session has ended.';
    }
    this.options.announce(said);
    this.changed();
    return true;
  }

  /** Practice feedback read: on to the next decision (or the ending). */
  continue() {
    this.feedback = undefined;
    if (this.session?.ended) this.options.announce('The session has ended.');
    this.changed();
  }

  /**
   * Practice mode: goes back to decision `step` (0-based) to choose again. In an attempt still
   * being played that attempt goes back; after the end (or a stop) the finished attempt is kept
   * exactly as it is and a new one carries on from that decision, linked to it (`from`).
   */
  rewindTo(step: number): boolean {
    const session = this.session;
    const record = this.record;
    const bundle = this.bundle;
    if (!session || !record || !bundle || this.mode !== 'practice') return false;
    let rewound: Session;
    try {
      rewound = session.rewindTo(step);
    } catch (error) {
      this.fire('story', message(error));
      return false;
    }
    this.session = rewound;
    this.feedback = undefined;
    this.debrief = undefined;
    this.showingDebrief = false;
    this.previousState = undefined;
    this.lines = transcriptOf(rewound.beats);
    this.newFrom = Number.POSITIVE_INFINITY;
    this.readings = this.readingsNow(rewound);
    const code = rewound.replayCode();
    const from = record.status === 'in-progress' ? undefined : { attemptId: record.id, step };
    const playing = from ? this.startRecord(bundle, code, from) : record;
    this.record = this.store.update(playing.id, { replayCode: code, decisions: rewound.path.length, rewinds: from ? 0 : record.rewinds + 1 }) ?? playing;
    this.reportStorage();
    emit(this.host, 'attune-rewind', { scenario: bundle.id, attemptId: playing.id, step, replayCode: code, ...(from ? { from } : {}) });
    this.options.announce(`Back at decision ${step + 1}, before you answered it. Choose again.`);
    this.changed();
    return true;
  }

  /** Shows the debrief (after the ending, or what there is after a story error); its code loads on demand. */
  async showDebrief(): Promise<boolean> {
    if (!this.debrief) return false;
    try {
      await this.options.loadDebrief();
      this.debriefProblem = undefined;
    } catch (error) {
      this.debriefProblem = `The debrief could not be opened (${message(error)}). Your attempt is saved; check your connection and try again.`;
      this.changed();
      return false;
    }
    if (!this.debrief || !this.session) return false;
    this.showingDebrief = true;
    this.changed();
    return true;
  }

  private complete() {
    const session = this.session;
    const record = this.record;
    const bundle = this.bundle;
    if (!session || !record || !bundle) return;
    const pulls = this.options.settings().pulls;
    const debrief = buildDebrief(session, bundle, { mode: this.mode, ...(pulls ? { pulls } : {}) });
    this.debrief = debrief;
    const score = debrief.score;
    this.record =
      this.store.update(record.id, {
        status: 'complete',
        completedAt: debrief.createdAt,
        replayCode: debrief.replayCode,
        decisions: session.path.length,
        result: {
          overall: score.overall,
          passed: score.passed,
          mastery: score.mastery,
          harmFlags: score.harmFlags.length,
          elevated: score.elevated.length,
          criteria: Object.fromEntries(score.criteria.map((c) => [c.id, c.score])),
          ...(debrief.ending ? { ending: debrief.ending } : {}),
          ...(score.calibration ? { brier: score.calibration.brier } : {}),
        },
      }) ?? record;
    this.reportStorage();
    emit(this.host, 'attune-complete', {
      scenario: bundle.id,
      mode: this.mode,
      attemptId: record.id,
      score,
      passed: score.passed,
      overall: score.overall,
      ...(debrief.ending ? { ending: debrief.ending } : {}),
      replayCode: debrief.replayCode,
    });
  }

  private storyStopped() {
    const session = this.session;
    const record = this.record;
    const bundle = this.bundle;
    if (!session || !bundle || session.error === undefined) return;
    const note = `The story stopped with an error: ${session.error}`;
    if (record) this.record = this.store.update(record.id, { status: 'stopped', note, replayCode: session.replayCode(), decisions: session.path.length }) ?? record;
    this.reportStorage();
    const pulls = this.options.settings().pulls;
    this.debrief = buildDebrief(session, bundle, { mode: this.mode, ...(pulls ? { pulls } : {}) });
    this.fire('story', session.error);
  }

  private save(code: string) {
    const session = this.session;
    const record = this.record;
    if (!session || !record) return;
    this.record = this.store.update(record.id, { replayCode: code, decisions: session.path.length }) ?? record;
    this.reportStorage();
  }

  /** Says (and fires) every storage problem not yet reported. */
  reportStorage() {
    const problems = this.store.problems;
    if (problems.length === this.reportedProblems) return;
    for (const problem of problems.slice(this.reportedProblems)) {
      if (problem.kind !== 'quarantined') this.notSaved = true;
      this.storageNotes = [...this.storageNotes, problem.message];
      this.fire('storage', problem.message);
    }
    this.reportedProblems = problems.length;
    this.changed();
  }

  // ── words for the live region ───────────────────────────────────────────────

  private readingsNow(session: Session): StateReading[] {
    return this.bundle ? visibleState(this.bundle.scenario, session.clientState()) : [];
  }

  private describeStateChange(bundle: ScenarioBundle, before: ClientState, session: Session): string {
    const moved = stateChanges(bundle.scenario, before, session.clientState(), true).filter((c) => c.delta !== 0);
    return moved.map((c) => ` ${c.label} ${c.delta > 0 ? 'rose' : 'fell'} to ${String(c.after)} of ${c.max}.`).join('');
  }

  private describeLines(lines: readonly TranscriptLine[]): string {
    const name = this.bundle?.scenario.client.name ?? 'Client';
    return lines
      .map((l) => {
        const who = l.speaker === 'client' ? `${name}: ` : l.action ? 'Your action: ' : l.speaker === 'therapist' ? 'You: ' : '';
        const cues = l.cues.length > 0 ? ` (${l.cues.join('; ')})` : '';
        return `${who}${l.text}${cues}`.trim();
      })
      .filter(Boolean)
      .join(' ');
  }
}
