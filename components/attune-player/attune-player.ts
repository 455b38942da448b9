// First, so that zod's schemas are created without `new Function` (strict CSP).
import '../shared/strict-csp.js';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { AttemptStore, MemoryStorage, type AttemptRecord, type Mode } from '../../src/attempts.js';
import { buildDebrief, decisionDetail, stateChanges, transcriptOf, visibleState, type Debrief, type TranscriptLine } from '../../src/debrief.js';
import { isValidSeed, ReplayCodeError, seedProblem } from '../../src/replay-code.js';
import type { DebriefPulls } from '../../src/reflection-answers.js';
import { DEFAULT_SCENARIOS_BASE, scenarioBundleUrl } from '../../src/prefetch.js';
import { fetchScenarioBundle, type ScenarioBundle } from '../../src/scenario-bundle.js';
import { scoreDecision } from '../../src/scoring.js';
import { randomSeed, Session, type ClientState, type SessionOptions } from '../../src/session.js';
import '../attune-choices/attune-choices.js';
import type { AttuneChoices } from '../attune-choices/attune-choices.js';
import '../attune-client-state/attune-client-state.js';
import '../attune-content-note/attune-content-note.js';
import type { AttuneContentNote } from '../attune-content-note/attune-content-note.js';
import type { AttuneDebrief } from '../attune-debrief/attune-debrief.js';
import '../attune-feedback/attune-feedback.js';
import type { AttuneFeedback } from '../attune-feedback/attune-feedback.js';
import '../attune-pause/attune-pause.js';
import type { AttunePause } from '../attune-pause/attune-pause.js';
import '../attune-transcript/attune-transcript.js';
import { downloadText } from '../shared/download.js';
import { emit, type AttuneErrorKind, type AttuneOptionSelectDetail, type AttuneStepDetail } from '../shared/events.js';
import { base, tokens } from '../shared/theme.styles.js';
import { styles } from './attune-player.styles.js';

export type PlayerScreen = 'idle' | 'loading' | 'error' | 'intro' | 'playing' | 'debrief';
export type FeedbackSetting = 'auto' | 'each' | 'end';

/** Runs `task` once the page is idle (after the current screen is painted), so it never delays it. */
function whenIdle(task: () => unknown) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: 2000 });
  else setTimeout(task, 300);
}

let debriefView: Promise<unknown> | undefined;
/**
 * The debrief (with its chart and exports) is a separate chunk, so a host page loads less before
 * the first choice: asked for once an attempt has started and the page is idle, needed only at its end.
 */
function loadDebriefView(): Promise<unknown> {
  debriefView ??= import('../attune-debrief/attune-debrief.js').catch((error: unknown) => {
    debriefView = undefined; // let a later attempt try again (e.g. back online)
    throw error;
  });
  return debriefView;
}

/**
 * @summary Plays one Attune scenario: content note, transcript, decisions (with optional
 * confidence and client state), practice feedback with rewind, an always-available pause, and the
 * debrief. Saves progress after every decision and offers to resume.
 *
 * Configure it with attributes; listen for its events; call `restart()` or `resume()`.
 *
 * @fires attune-ready - The scenario loaded. `detail: { scenario, title, storyHash }`
 * @fires attune-start - An attempt began or was resumed. `detail: { scenario, mode, attemptId, resumed, storyHash, replayCode }`
 * @fires attune-choice - A decision was made. `detail: { scenario, mode, attemptId, step, decision?, option?, optionIndex, text, confidence?, value?, best?, risks, replayCode }`
 * @fires attune-rewind - Practice mode: went back to a decision. `detail: { scenario, attemptId, step, replayCode }`
 * @fires attune-complete - The story ended and was scored. `detail: { scenario, mode, attemptId, score, passed, overall, ending?, replayCode }`
 * @fires attune-error - Something went wrong; the player shows a calm message and keeps the attempt. `detail: { kind: 'load' | 'story' | 'storage' | 'resume' | 'config', message, scenario? }` (`config`: an attribute value was ignored)
 * @fires attune-pause - The pause screen opened or closed. `detail: { paused }`
 * @fires attune-leave - The trainee asked to go back to the library (only when `leavable`).
 *
 * @slot support - Local support information, shown on the pause screen.
 *
 * @csspart header - The bar with the title and the pause button.
 * @csspart pause-button - "Pause / step out".
 * @csspart main - The content area.
 * @csspart transcript - The transcript element (its `line`, `speaker` and `cue` parts are exported).
 * @csspart choices - The choices element (its `option`, `prompt` and `confidence` parts are exported).
 * @csspart feedback - The practice feedback element.
 * @csspart debrief - The debrief element.
 *
 * @cssprop --attune-color-bg - Page background.
 * @cssprop --attune-color-surface - Card background.
 * @cssprop --attune-color-text - Text colour.
 * @cssprop --attune-color-muted - Secondary text.
 * @cssprop --attune-color-accent - Buttons, links and highlights.
 * @cssprop --attune-color-accent-contrast - Text on accent.
 * @cssprop --attune-color-border - Borders.
 * @cssprop --attune-font-family - Interface typeface (system fonts by default).
 * @cssprop --attune-font-family-transcript - Transcript typeface.
 * @cssprop --attune-max-width - Width of the reading column.
 * @cssprop --attune-radius - Corner radius.
 */
@customElement('attune-player')
export class AttunePlayer extends LitElement {
  static override styles = [tokens, base, styles];

  /** Scenario id, loaded from `${scenarios-base}${scenario}.json`. */
  @property({ reflect: true }) scenario = '';

  /** A scenario bundle URL; overrides `scenario`. */
  @property() src = '';

  /** Folder of the scenario bundles, relative to the page. */
  @property({ attribute: 'scenarios-base' }) scenariosBase = DEFAULT_SCENARIOS_BASE;

  /** `practice` (feedback after each choice, rewind) or `assessment` (feedback only at the end). */
  @property({ reflect: true }) mode: Mode = 'practice';

  /** `auto`: after each choice in practice, at the end in assessment. `end`: only in the debrief. (`each` = `auto`.) */
  @property() feedback: FeedbackSetting = 'auto';

  /** Ask for a confidence rating at each decision (optional to answer). */
  @property({ type: Boolean }) confidence = false;

  /** Show the client's state (the variables the scenario declares displayable) as it changes. */
  @property({ type: Boolean, attribute: 'client-state' }) clientState = false;

  /** Offer "back to the library" (the library app sets this). */
  @property({ type: Boolean }) leavable = false;

  /** Fix the random seed (for reproducible demonstrations): a whole number 0–2147483647; random by default. */
  @property({ type: Number }) seed?: number;

  /** `local` keeps attempts in this browser's localStorage; `none` keeps them in memory only. */
  @property() storage: 'local' | 'none' = 'local';

  /** A scenario bundle given directly (instead of `scenario` or `src`). */
  @property({ attribute: false }) bundle?: ScenarioBundle;

  /** Where attempts are kept; shared with the library app. Created from `storage` if not given. */
  @property({ attribute: false }) store?: AttemptStore;

  /** Pulls to notice for the debrief (from the trainee's self-reflection). */
  @property({ attribute: false }) pulls?: DebriefPulls;

  @state() private screenState: PlayerScreen = 'idle';
  @state() private loaded?: ScenarioBundle;
  @state() private loadError?: string;
  @state() private current?: Session;
  @state() private attemptRecord?: AttemptRecord;
  @state() private unfinished?: AttemptRecord;
  @state() private resumeProblem?: string;
  @state() private pendingFeedback?: number;
  @state() private debriefData?: Debrief;
  @state() private announcement = '';
  @state() private previousState?: ClientState;
  @state() private newFrom = Number.POSITIVE_INFINITY;
  @state() private storageNotes: string[] = [];
  /** Storage refused a write (full, blocked): attempts live in memory, so offer a copy to download. */
  @state() private notSaved = false;
  /** The debrief's code could not be loaded (e.g. the connection dropped): said at the ending. */
  @state() private debriefProblem?: string;

  @query('attune-pause') private pauseEl?: AttunePause;
  @query('attune-choices') private choicesEl?: AttuneChoices;
  @query('attune-feedback') private feedbackEl?: AttuneFeedback;
  @query('attune-content-note') private noteEl?: AttuneContentNote;
  @query('attune-debrief') private debriefEl?: AttuneDebrief;
  @query('.ending-button') private endingButton?: HTMLButtonElement;
  @query('.error-title') private errorTitle?: HTMLElement;

  private loadToken = 0;
  /** A session of the loaded story made (and so checked) on loading, not yet played: "Begin" plays it. */
  private prepared?: Session;
  private ownStore?: AttemptStore;
  private reportedProblems = 0;
  private announceTimer?: ReturnType<typeof setTimeout>;

  /** Which screen is showing. */
  get screen(): PlayerScreen {
    return this.screenState;
  }

  /** The session being played (read-only use: the player owns it). */
  get session(): Session | undefined {
    return this.current;
  }

  /** The attempt record being played. */
  get attempt(): AttemptRecord | undefined {
    return this.attemptRecord;
  }

  /** The loaded scenario bundle. */
  get scenarioBundle(): ScenarioBundle | undefined {
    return this.loaded;
  }

  /** The replay code of the attempt so far (what resume needs). */
  get replayCode(): string | undefined {
    return this.current?.replayCode();
  }

  /** The debrief, once the scenario has ended. */
  get debrief(): Debrief | undefined {
    return this.debriefData;
  }

  private get attempts(): AttemptStore {
    if (this.store) return this.store;
    this.ownStore ??= this.storage === 'none' ? new AttemptStore(new MemoryStorage()) : new AttemptStore();
    return this.ownStore;
  }

  private get activeMode(): Mode {
    return this.attemptRecord?.mode ?? (this.mode === 'assessment' ? 'assessment' : 'practice');
  }

  private get feedbackEachChoice(): boolean {
    return this.activeMode === 'practice' && this.feedback !== 'end';
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('scenario') || changed.has('src') || changed.has('bundle') || changed.has('scenariosBase')) {
      void this.load();
    } else if (changed.has('mode') && this.screenState === 'intro') {
      // The unfinished attempt on offer is the one in this mode.
      this.checkUnfinished();
    }
  }

  // ── loading ────────────────────────────────────────────────────────────────

  /** (Re)loads the scenario named by `bundle`, `src` or `scenario`. */
  async load(): Promise<void> {
    const token = ++this.loadToken;
    this.reset();
    if (this.bundle) {
      this.ready(this.bundle);
      return;
    }
    let url = this.src;
    if (!url && this.scenario) {
      const bundleUrl = scenarioBundleUrl(this.scenario, this.scenariosBase);
      if (!bundleUrl) {
        this.fail('load', `“${this.scenario}” is not a scenario id (ids use lower-case letters, digits and hyphens).`);
        return;
      }
      url = bundleUrl;
    }
    if (!url) {
      this.screenState = 'idle';
      return;
    }
    this.screenState = 'loading';
    try {
      const bundle = await fetchScenarioBundle(url);
      if (token !== this.loadToken) return;
      this.ready(bundle);
    } catch (error) {
      if (token !== this.loadToken) return;
      this.fail('load', error instanceof Error ? error.message : String(error));
    }
  }

  /** Shows a calm "could not be opened" message (e.g. for a bad link to the embed page). */
  showLoadError(message: string) {
    this.loadToken++;
    this.reset();
    this.fail('load', message);
  }

  private reset() {
    this.loaded = undefined;
    this.prepared = undefined;
    this.loadError = undefined;
    this.current = undefined;
    this.attemptRecord = undefined;
    this.unfinished = undefined;
    this.resumeProblem = undefined;
    this.pendingFeedback = undefined;
    this.debriefData = undefined;
    this.previousState = undefined;
    this.newFrom = Number.POSITIVE_INFINITY;
  }

  private ready(bundle: ScenarioBundle) {
    // A seed the session would refuse is the page's mistake, not the trainee's: they play with a
    // random seed, and the page is told why its seed was not used.
    if (this.seed !== undefined && !isValidSeed(this.seed)) {
      emit(this, 'attune-error', { kind: 'config', message: `The seed attribute was ignored and a random seed used instead. ${seedProblem(this.seed)}`, scenario: bundle.id });
    }
    try {
      // A story that ink cannot load (damaged JSON, a newer ink version) fails here, not at "begin";
      // the session made to find out is the one "Begin" then plays.
      this.prepared = new Session(bundle.story, { ...this.sessionOptions(bundle), seed: this.chooseSeed() });
    } catch (error) {
      this.fail('load', `The story in this scenario is damaged or was made for another version of Attune (${error instanceof Error ? error.message : String(error)}).`);
      return;
    }
    this.loaded = bundle;
    this.checkUnfinished();
    this.screenState = 'intro';
    emit(this, 'attune-ready', { scenario: bundle.id, title: bundle.scenario.title, storyHash: bundle.story.hash });
    void this.focusAfterRender(() => this.noteEl?.focusHeading());
  }

  /** Looks for an attempt to resume in this mode; a changed story is explained, never replayed. */
  private checkUnfinished() {
    const bundle = this.loaded;
    if (!bundle) return;
    const record = this.attempts.list(bundle.id).filter((r) => r.status === 'in-progress' && r.mode === this.activeMode).at(-1);
    this.unfinished = undefined;
    this.resumeProblem = undefined;
    if (record && record.storyHash !== bundle.story.hash) {
      const message = `The scenario has been changed since your unfinished attempt of ${new Date(record.updatedAt).toLocaleDateString()}, so it cannot be replayed faithfully.`;
      this.attempts.update(record.id, { status: 'story-changed', note: message });
      this.resumeProblem = message;
      this.reportStorage();
    } else if (record) {
      this.unfinished = record;
    }
    this.reportStorage();
  }

  private fail(kind: AttuneErrorKind, message: string) {
    if (kind === 'load') {
      this.loadError = message;
      this.screenState = 'error';
      void this.focusAfterRender(() => this.errorTitle?.focus());
    }
    emit(this, 'attune-error', { kind, message, ...(this.loaded || this.scenario ? { scenario: this.loaded?.id ?? this.scenario } : {}) });
  }

  // ── attempts ───────────────────────────────────────────────────────────────

  private sessionOptions(bundle: ScenarioBundle): Omit<SessionOptions, 'seed'> {
    return {
      rubric: bundle.rubric,
      ...(bundle.scenario.mastery !== undefined ? { mastery: bundle.scenario.mastery } : {}),
      stateVariables: bundle.scenario.clientState.map((v) => v.variable),
    };
  }

  /** Begins a new attempt now (any unfinished one is kept in history as abandoned). */
  restart() {
    const bundle = this.loaded;
    if (!bundle) return;
    if (this.attemptRecord?.status === 'in-progress') this.attempts.update(this.attemptRecord.id, { status: 'abandoned' });
    if (this.unfinished) this.attempts.update(this.unfinished.id, { status: 'abandoned' });
    this.unfinished = undefined;
    this.resumeProblem = undefined;
    this.startFresh(bundle);
  }

  /**
   * Resumes from a replay code (e.g. an LMS's suspend data), or, without one, the unfinished
   * attempt saved in this browser. Returns false (and explains on screen) if it cannot.
   */
  resume(code?: string): boolean {
    const bundle = this.loaded;
    if (!bundle) return false;
    if (code === undefined) {
      if (!this.unfinished) return false;
      return this.resumeFrom(bundle, this.unfinished.replayCode, this.unfinished);
    }
    const existing = this.attempts.list(bundle.id).find((r) => r.replayCode === code && r.status === 'in-progress');
    return this.resumeFrom(bundle, code, existing);
  }

  /** Opens the pause screen. */
  pause() {
    this.pauseEl?.show();
  }

  /** The `seed` attribute if it is a valid seed. */
  private get validSeed(): number | undefined {
    return isValidSeed(this.seed) ? this.seed : undefined;
  }

  private chooseSeed(): number {
    return this.validSeed ?? randomSeed();
  }

  private startFresh(bundle: ScenarioBundle) {
    // The session prepared on loading, unless the seed attribute has changed since.
    const prepared = this.prepared;
    this.prepared = undefined;
    const session =
      prepared && (this.validSeed ?? prepared.seed) === prepared.seed ? prepared : new Session(bundle.story, { ...this.sessionOptions(bundle), seed: this.chooseSeed() });
    this.attemptRecord = this.attempts.start({
      scenarioId: bundle.id,
      scenarioTitle: bundle.scenario.title,
      storyHash: bundle.story.hash,
      rubric: { id: bundle.rubric.id, version: bundle.rubric.version },
      mode: this.mode === 'assessment' ? 'assessment' : 'practice',
      replayCode: session.replayCode(),
    });
    this.play(session, false);
  }

  private resumeFrom(bundle: ScenarioBundle, code: string, record?: AttemptRecord): boolean {
    let session: Session;
    try {
      session = Session.fromReplayCode(bundle.story, code, this.sessionOptions(bundle));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (record) {
        this.attempts.update(record.id, { status: error instanceof ReplayCodeError && error.problem === 'story-changed' ? 'story-changed' : 'abandoned', note: message });
      }
      this.unfinished = undefined;
      this.resumeProblem = message;
      this.screenState = 'intro';
      this.fail('resume', message);
      this.reportStorage();
      void this.focusAfterRender(() => this.noteEl?.focusHeading());
      return false;
    }
    this.attemptRecord =
      record ??
      this.attempts.start({
        scenarioId: bundle.id,
        scenarioTitle: bundle.scenario.title,
        storyHash: bundle.story.hash,
        rubric: { id: bundle.rubric.id, version: bundle.rubric.version },
        mode: this.mode === 'assessment' ? 'assessment' : 'practice',
        replayCode: code,
      });
    this.unfinished = undefined;
    this.play(session, true);
    return true;
  }

  private play(session: Session, resumed: boolean) {
    const bundle = this.loaded!;
    this.current = session;
    this.pendingFeedback = undefined;
    this.debriefData = undefined;
    this.debriefProblem = undefined;
    this.previousState = undefined;
    this.newFrom = resumed ? Number.POSITIVE_INFINITY : 0;
    this.screenState = 'playing';
    this.save();
    whenIdle(() => loadDebriefView().catch(() => undefined)); // asked again, and reported, at the end if it failed
    emit(this, 'attune-start', {
      scenario: bundle.id,
      mode: this.activeMode,
      attemptId: this.attemptRecord!.id,
      resumed,
      storyHash: bundle.story.hash,
      replayCode: session.replayCode(),
    });
    const lines = transcriptOf(session.beats);
    this.announce(resumed ? `Resumed where you left off. ${this.describeLines(lines.slice(-3))}` : this.describeLines(lines));
    if (session.error !== undefined) this.storyStopped();
    else if (session.ended) this.complete();
    void this.focusAfterRender(() => this.focusNext());
  }

  private save() {
    const session = this.current;
    const record = this.attemptRecord;
    if (!session || !record) return;
    this.attemptRecord = this.attempts.update(record.id, { replayCode: session.replayCode(), decisions: session.path.length }) ?? record;
    this.reportStorage();
  }

  /** Saves the history (this attempt included) as a file the library's "Import" reads back. */
  private downloadAttempts() {
    downloadText(this.attempts.exportJson(), `attune-attempts-${new Date().toISOString().slice(0, 10)}.json`, 'application/json');
  }

  private reportStorage() {
    const problems = this.attempts.problems;
    for (const problem of problems.slice(this.reportedProblems)) {
      if (problem.kind !== 'quarantined') this.notSaved = true;
      this.storageNotes = [...this.storageNotes, problem.message];
      emit(this, 'attune-error', { kind: 'storage', message: problem.message, ...(this.loaded ? { scenario: this.loaded.id } : {}) });
    }
    this.reportedProblems = problems.length;
  }

  // ── playing ────────────────────────────────────────────────────────────────

  private onBegin(event: CustomEvent<{ action: 'begin' | 'resume' | 'restart' }>) {
    event.stopPropagation();
    const bundle = this.loaded;
    if (!bundle) return;
    if (event.detail.action === 'resume') this.resume();
    else if (event.detail.action === 'restart') this.restart();
    else this.startFresh(bundle);
  }

  private onOptionSelect(event: CustomEvent<AttuneOptionSelectDetail>) {
    event.stopPropagation();
    this.choose(event.detail.index, event.detail.confidence);
  }

  /** Makes a choice, as if the trainee pressed option `index` (with an optional confidence 0–1). */
  choose(index: number, confidence?: number) {
    const session = this.current;
    const bundle = this.loaded;
    const beat = session?.currentChoices;
    if (!session || !bundle || !beat) return;
    this.pendingFeedback = undefined; // choosing moves on from any feedback still showing
    const linesBefore = transcriptOf(session.beats).length;
    this.previousState = session.clientState();
    try {
      session.choose(index, confidence);
    } catch (error) {
      // Only a programming mistake gets here (an option that does not exist); keep going.
      emit(this, 'attune-error', { kind: 'story', message: error instanceof Error ? error.message : String(error), scenario: bundle.id });
      return;
    }
    this.newFrom = linesBefore;
    this.save();

    const option = beat.options[index]!;
    let value: number | undefined;
    let best: boolean | undefined;
    if (beat.decision !== undefined) {
      const rated = beat.options.map((o) => ({ option: o.rating.option ?? `#${o.index}`, ratings: o.rating.ratings, risks: o.rating.risks }));
      const scored = scoreDecision({ options: rated, chosen: index }, bundle.rubric);
      value = scored.values[index];
      best = scored.best.includes(index);
    }
    emit(this, 'attune-choice', {
      scenario: bundle.id,
      mode: this.activeMode,
      attemptId: this.attemptRecord!.id,
      step: beat.step,
      ...(beat.decision !== undefined ? { decision: beat.decision } : {}),
      ...(option.rating.option !== undefined ? { option: option.rating.option } : {}),
      optionIndex: index,
      text: option.text,
      ...(confidence !== undefined ? { confidence } : {}),
      ...(value !== undefined ? { value } : {}),
      ...(best !== undefined ? { best } : {}),
      risks: option.rating.risks,
      replayCode: session.replayCode(),
    });

    if (this.feedbackEachChoice && beat.decision !== undefined) this.pendingFeedback = beat.step;

    const newLines = transcriptOf(session.beats).slice(linesBefore);
    let message = this.describeLines(newLines);
    if (this.clientState) message += this.describeStateChange();
    if (this.pendingFeedback !== undefined) message += ' Feedback on your response follows.';

    if (session.error !== undefined) this.storyStopped();
    else if (session.ended) {
      this.complete();
      if (this.pendingFeedback === undefined) message += ' The session has ended.';
    }
    this.announce(message);
    this.requestUpdate();
    void this.focusAfterRender(() => this.focusNext());
  }

  private describeStateChange(): string {
    const bundle = this.loaded;
    const session = this.current;
    if (!bundle || !session || !this.previousState) return '';
    const moved = stateChanges(bundle.scenario, this.previousState, session.clientState(), true).filter((c) => c.delta !== 0);
    return moved.map((c) => ` ${c.label} ${c.delta > 0 ? 'rose' : 'fell'} to ${String(c.after)} of ${c.max}.`).join('');
  }

  private describeLines(lines: readonly TranscriptLine[]): string {
    const name = this.loaded?.scenario.client.name ?? 'Client';
    return lines
      .map((l) => {
        const who = l.speaker === 'client' ? `${name}: ` : l.action ? 'Your action: ' : l.speaker === 'therapist' ? 'You: ' : '';
        const cues = l.cues.length > 0 ? ` (${l.cues.join('; ')})` : '';
        return `${who}${l.text}${cues}`.trim();
      })
      .filter(Boolean)
      .join(' ');
  }

  private announce(message: string) {
    // Clear first so that the same words twice are still announced.
    this.announcement = '';
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => (this.announcement = message.trim()), 50);
  }

  private onContinue(event: Event) {
    event.stopPropagation();
    this.pendingFeedback = undefined;
    const session = this.current;
    if (session?.ended) this.announce('The session has ended.');
    void this.focusAfterRender(() => this.focusNext());
  }

  private onRewindRequest(event: CustomEvent<AttuneStepDetail>) {
    event.stopPropagation();
    this.rewindTo(event.detail.step);
  }

  /** Practice mode: goes back to decision `step` (0-based) to choose again. */
  rewindTo(step: number) {
    const session = this.current;
    const bundle = this.loaded;
    const record = this.attemptRecord;
    if (!session || !bundle || !record || this.activeMode !== 'practice') return;
    let rewound: Session;
    try {
      rewound = session.rewindTo(step);
    } catch (error) {
      emit(this, 'attune-error', { kind: 'story', message: error instanceof Error ? error.message : String(error), scenario: bundle.id });
      return;
    }
    this.current = rewound;
    this.pendingFeedback = undefined;
    this.debriefData = undefined;
    this.previousState = undefined;
    this.newFrom = Number.POSITIVE_INFINITY;
    this.screenState = 'playing';
    this.attemptRecord =
      this.attempts.update(record.id, {
        status: 'in-progress',
        replayCode: rewound.replayCode(),
        decisions: rewound.path.length,
        rewinds: record.rewinds + 1,
        result: undefined,
        completedAt: undefined,
      }) ?? record;
    this.reportStorage();
    emit(this, 'attune-rewind', { scenario: bundle.id, attemptId: record.id, step, replayCode: rewound.replayCode() });
    this.announce(`Back at decision ${step + 1}, before you answered it. Choose again.`);
    void this.focusAfterRender(() => this.focusNext());
  }

  private complete() {
    const session = this.current;
    const bundle = this.loaded;
    const record = this.attemptRecord;
    if (!session || !bundle || !record) return;
    const debrief = buildDebrief(session, bundle, { mode: this.activeMode, ...(this.pulls ? { pulls: this.pulls } : {}) });
    this.debriefData = debrief;
    const score = debrief.score;
    this.attemptRecord =
      this.attempts.update(record.id, {
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
    emit(this, 'attune-complete', {
      scenario: bundle.id,
      mode: this.activeMode,
      attemptId: record.id,
      score,
      passed: score.passed,
      overall: score.overall,
      ...(debrief.ending ? { ending: debrief.ending } : {}),
      replayCode: debrief.replayCode,
    });
  }

  private storyStopped() {
    const session = this.current;
    const bundle = this.loaded;
    const record = this.attemptRecord;
    if (!session || !bundle || session.error === undefined) return;
    const note = `The story stopped with an error: ${session.error}`;
    if (record) this.attemptRecord = this.attempts.update(record.id, { status: 'stopped', note, replayCode: session.replayCode(), decisions: session.path.length }) ?? record;
    this.reportStorage();
    this.debriefData = buildDebrief(session, bundle, { mode: this.activeMode, ...(this.pulls ? { pulls: this.pulls } : {}) });
    this.fail('story', session.error);
  }

  /** Shows the debrief (after the ending, or what there is after a story error). */
  async showDebrief(): Promise<void> {
    if (!this.debriefData) return;
    if (!customElements.get('attune-debrief')) {
      try {
        await loadDebriefView();
        this.debriefProblem = undefined;
      } catch (error) {
        this.debriefProblem = `The debrief could not be opened (${error instanceof Error ? error.message : String(error)}). Your attempt is saved; check your connection and try again.`;
        return;
      }
      if (!this.debriefData || this.screenState !== 'playing') return;
    }
    this.screenState = 'debrief';
    void this.focusAfterRender(() => this.debriefEl?.focusHeading());
  }

  private focusNext() {
    if (this.screenState !== 'playing') return;
    if (this.pendingFeedback !== undefined) this.feedbackEl?.focusHeading();
    else if (this.choicesEl) this.choicesEl.focusPrompt();
    else this.endingButton?.focus();
  }

  private async focusAfterRender(focus: () => void) {
    await this.updateComplete;
    // Children render in their own update cycle (a timer, not an animation frame, which a page in
    // the background never gets).
    await new Promise((resolve) => setTimeout(resolve));
    focus();
  }

  // ── rendering ──────────────────────────────────────────────────────────────

  private renderHeader() {
    const title = this.loaded?.scenario.title ?? 'Attune';
    const mode = this.screenState === 'playing' || this.screenState === 'debrief' ? this.activeMode : this.mode;
    return html`<header class="bar" part="header">
      <h1>${title}${this.loaded ? html`<span class="mode">${mode === 'assessment' ? 'Assessment' : 'Practice'}</span>` : nothing}</h1>
      <button class="pause" part="pause-button" aria-haspopup="dialog" @click=${() => this.pause()}>Pause / step out</button>
    </header>`;
  }

  private renderPlaying() {
    const session = this.current!;
    const bundle = this.loaded!;
    const name = bundle.scenario.client.name;
    const lines = transcriptOf(session.beats);
    const choices = session.currentChoices;
    const feedback = this.pendingFeedback !== undefined ? decisionDetail(session, bundle, this.pendingFeedback) : undefined;
    const readings = this.clientState ? visibleState(bundle.scenario, session.clientState()) : [];
    const decisionNumber = (choices?.step ?? 0) + 1;
    return html`<div class="stack">
      ${readings.length > 0
        ? html`<attune-client-state part="client-state" .readings=${readings} .previous=${this.previousState} client-name=${name}></attune-client-state>`
        : nothing}
      <attune-transcript part="transcript" exportparts="list, line, speaker, cue" .lines=${lines} client-name=${name} .newFrom=${this.newFrom}></attune-transcript>
      ${this.debriefProblem ? html`<p class="notice warn" role="alert">${this.debriefProblem}</p>` : nothing}
      ${session.error !== undefined
        ? html`<div class="notice warn" role="status">
            <p>
              <strong>The scenario stopped unexpectedly.</strong> There is a problem in the story itself (${session.error}); it is
              not anything you did. Your attempt up to here is saved.
            </p>
            <div class="actions">
              ${this.debriefData && this.debriefData.decisions.length > 0
                ? html`<button class="primary ending-button" @click=${() => void this.showDebrief()}>See the debrief so far</button>`
                : nothing}
              <button class=${this.debriefData && this.debriefData.decisions.length > 0 ? '' : 'ending-button'} @click=${() => this.restart()}>Start again</button>
            </div>
          </div>`
        : feedback
          ? html`<attune-feedback
              part="feedback"
              .decision=${feedback}
              client-name=${name}
              scale-max=${bundle.rubric.scale.max}
              continue-label=${session.ended ? 'Continue to the end' : 'Continue'}
              @attune-continue=${this.onContinue}
              @attune-rewind-request=${this.onRewindRequest}
            ></attune-feedback>`
          : choices
            ? html`<attune-choices
                part="choices"
                exportparts="option, prompt, confidence"
                .options=${choices.options.map((o) => ({ index: o.index, text: o.text, action: o.rating.action }))}
                ?confidence=${this.confidence && choices.decision !== undefined}
                step=${decisionNumber}
                @attune-option-select=${this.onOptionSelect}
              ></attune-choices>`
            : html`<section class="ending" aria-labelledby="ending-title">
                <h2 id="ending-title">The session has ended</h2>
                <p>Take a breath before you look at how it went.</p>
                <div class="actions">
                  <button class="primary ending-button" @click=${() => void this.showDebrief()}>See your debrief</button>
                </div>
              </section>`}
    </div>`;
  }

  private renderMain() {
    switch (this.screenState) {
      case 'idle':
        return html`<p class="loading">No scenario has been chosen.</p>`;
      case 'loading':
        return html`<p class="loading" role="status">Opening the scenario…</p>`;
      case 'error':
        return html`<div class="notice warn">
          <h2 class="error-title" tabindex="-1">This scenario could not be opened</h2>
          <p>${this.loadError}</p>
          <p>Nothing you have saved has been lost. If trying again does not help, please tell your course leader.</p>
          <div class="actions">
            <button class="primary" @click=${() => void this.load()}>Try again</button>
            ${this.leavable ? html`<button @click=${() => emit(this, 'attune-leave', {})}>Back to the library</button>` : nothing}
          </div>
        </div>`;
      case 'intro':
        return html`<attune-content-note
          part="content-note"
          .scenario=${this.loaded?.scenario}
          mode=${this.mode === 'assessment' ? 'assessment' : 'practice'}
          .unfinished=${this.unfinished}
          .resumeProblem=${this.resumeProblem}
          @attune-begin=${this.onBegin}
        ></attune-content-note>`;
      case 'playing':
        return this.renderPlaying();
      case 'debrief':
        return html`<attune-debrief
          part="debrief"
          .debrief=${this.debriefData}
          ?allow-rewind=${this.activeMode === 'practice'}
          ?leavable=${this.leavable}
          @attune-rewind-request=${this.onRewindRequest}
          @attune-restart-request=${(e: Event) => {
            e.stopPropagation();
            this.restart();
          }}
        ></attune-debrief>`;
    }
  }

  override render() {
    return html`
      ${this.renderHeader()}
      <main part="main">
        ${this.storageNotes.length > 0
          ? html`<div class="notice warn storage-note" role="status">
              ${this.storageNotes.map((n) => html`<p>${n}</p>`)}
              ${this.notSaved && this.attemptRecord
                ? html`<div class="actions"><button @click=${() => this.downloadAttempts()}>Download a copy of your attempts</button></div>`
                : nothing}
            </div>`
          : nothing}
        ${this.renderMain()}
      </main>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      <attune-pause ?leavable=${this.leavable}><slot name="support" slot="support"></slot></attune-pause>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-player': AttunePlayer;
  }
}
