// First, so that zod's schemas are created without `new Function` (strict CSP).
import '../shared/strict-csp.js';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { mayHoldAttempts } from '../../src/attempt-keys.js';
import type { AttemptRecord, AttemptStore, Mode } from '../../src/attempts.js';
import type { Debrief } from '../../src/debrief.js';
import type { AttunePlayerApi, FeedbackSetting, PlayerScreen, StorageSetting } from '../../src/player-contract.js';
import { DEFAULT_SCENARIOS_BASE } from '../../src/prefetch.js';
import type { DebriefPulls } from '../../src/reflection-answers.js';
import { isValidSeed, seedProblem } from '../../src/replay-code.js';
import type { OpenedBundle, ScenarioBundle } from '../../src/scenario-bundle.js';
import type { Session } from '../../src/session.js';
import type { AttuneChoices } from '../attune-choices/attune-choices.js';
import '../attune-content-note/attune-content-note.js';
import type { AttuneContentNote } from '../attune-content-note/attune-content-note.js';
import type { AttuneDebrief } from '../attune-debrief/attune-debrief.js';
import type { AttuneFeedback } from '../attune-feedback/attune-feedback.js';
import '../attune-pause/attune-pause.js';
import type { AttunePause } from '../attune-pause/attune-pause.js';
import { downloadText } from '../shared/download.js';
import { emit, type AttuneBeginDetail, type AttuneOptionSelectDetail, type AttuneStepDetail } from '../shared/events.js';
import { base, tokens } from '../shared/theme.styles.js';
import { AnnouncerController } from './announcer-controller.js';
import type { AttemptController, DebriefView, PlayingView, StartOffer } from './attempt-controller.js';
import { styles } from './attune-player.styles.js';
import { LoadingController, messageOf } from './loading-controller.js';

export type { FeedbackSetting, PlayerScreen };

let debriefView: Promise<unknown> | undefined;
/** The debrief (with its chart and exports): a chunk of its own, asked for once an attempt has started and the page is idle. */
function loadDebriefView(): Promise<unknown> {
  debriefView ??= import('../attune-debrief/attune-debrief.js').catch((error: unknown) => {
    debriefView = undefined;
    throw error;
  });
  return debriefView;
}

/** What the player shows, with exactly what each screen needs. */
type PlayerView =
  | { screen: 'idle' }
  | { screen: 'loading' }
  | { screen: 'error'; message: string }
  | { screen: 'intro'; bundle: OpenedBundle; checking: boolean; offer: StartOffer }
  | (PlayingView & { bundle: ScenarioBundle })
  | (DebriefView & { bundle: ScenarioBundle });

/**
 * @summary Plays one Attune scenario: content note, transcript, decisions (with optional
 * confidence and client state), practice feedback with rewind, an always-available pause, and the
 * debrief. Saves progress after every decision and offers to resume.
 *
 * Configure it with attributes; listen for its events; call `restart()` or `resume()`. The content
 * note shows as soon as the scenario's metadata has arrived; the story is built while it is read.
 *
 * @fires attune-ready - The scenario's story is built and checked: it can be played. `detail: { scenario, title, storyHash }`
 * @fires attune-start - An attempt began or was resumed. `detail: { scenario, mode, attemptId, resumed, storyHash, replayCode }`
 * @fires attune-choice - A decision was made. `detail: { scenario, mode, attemptId, step, decision?, option?, optionIndex, text, confidence?, value?, best?, risks, replayCode }`
 * @fires attune-rewind - Practice mode: went back to a decision (after the end: a new attempt, `from` names the finished one, kept unchanged). `detail: { scenario, attemptId, step, replayCode, from? }`
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
 * @csspart content-note - The content note element.
 * @csspart transcript - The transcript element (its `list`, `line`, `speaker` and `cue` parts are exported).
 * @csspart choices - The choices element (its `option`, `prompt` and `confidence` parts are exported).
 * @csspart client-state - The client state element.
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
export class AttunePlayer extends LitElement implements AttunePlayerApi {
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
  @property() storage: StorageSetting = 'local';

  /** A scenario bundle given directly (instead of `scenario` or `src`). */
  @property({ attribute: false }) bundle?: ScenarioBundle;

  /** Where attempts are kept; shared with the library app. Created from `storage` if not given. */
  @property({ attribute: false }) store?: AttemptStore;

  /** Pulls to notice for the debrief (from the trainee's self-reflection). */
  @property({ attribute: false }) pulls?: DebriefPulls;

  @query('attune-pause') private pauseEl?: AttunePause;
  @query('attune-choices') private choicesEl?: AttuneChoices;
  @query('attune-feedback') private feedbackEl?: AttuneFeedback;
  @query('attune-content-note') private noteEl?: AttuneContentNote;
  @query('attune-debrief') private debriefEl?: AttuneDebrief;
  @query('.ending-button') private endingButton?: HTMLButtonElement;
  @query('.error-title') private errorTitle?: HTMLElement;

  private readonly announcer = new AnnouncerController(this, () => this.renderRoot.querySelector('.live'));
  /** Made once the playing code has loaded (for the first scenario prepared). */
  private attempts?: AttemptController;
  private ownStore?: AttemptStore;
  /** Opens the scenario named by `bundle`, `src` or `scenario`, and prepares it while its content note is read. */
  private readonly loading = new LoadingController(this, {
    source: () => [this.bundle, this.src, this.scenario, this.scenariosBase],
    maySaveAttempts: (id) => this.maySaveAttempts(id),
    close: () => {
      this.attempts?.close();
      this.announcer.clear();
    },
    prepare: (bundle, play) => {
      this.attempts ??= new play.AttemptController(this, {
        store: () => this.store ?? (this.ownStore ??= play.ownStore(this.storage)),
        settings: () => ({ mode: this.modeAsked, feedback: this.feedback, clientState: this.clientState, seed: this.validSeed, pulls: this.pulls }),
        announce: (text) => this.announcer.announce(text),
        loadDebrief: loadDebriefView,
      });
      // A seed the session would refuse is the page's mistake, not the trainee's: they play with a
      // random seed, and the page is told why its seed was not used.
      if (this.seed !== undefined && !isValidSeed(this.seed)) {
        emit(this, 'attune-error', { kind: 'config', message: `The seed attribute was ignored and a random seed used instead. ${seedProblem(this.seed)}`, scenario: bundle.id });
      }
      this.attempts.prepare(bundle);
    },
    opened: () => void this.focusAfterRender(() => this.noteEl?.focusHeading()),
    failed: (error) => this.failLoad(error),
  });

  /** Which screen is showing. */
  get screen(): PlayerScreen {
    return this.view.screen;
  }

  /** True once the story is built and checked (`attune-ready` fired): `restart()`, `resume()` and `choose()` work. */
  get ready(): boolean {
    // Set when preparing succeeds (before `attune-ready`), unset when another scenario is opened.
    return this.attempts?.bundle !== undefined && !this.loading.refused;
  }

  /** The session being played (read-only use: the player owns it). */
  get session(): Session | undefined {
    return this.attempts?.session;
  }

  /** The attempt record being played. */
  get attempt(): AttemptRecord | undefined {
    return this.attempts?.record;
  }

  /** The scenario bundle being played (once ready). */
  get scenarioBundle(): ScenarioBundle | undefined {
    return this.ready ? this.attempts?.bundle : undefined;
  }

  /** The replay code of the attempt so far (what resume needs). */
  get replayCode(): string | undefined {
    return this.session?.replayCode();
  }

  /** The debrief, once the scenario has ended. */
  get debrief(): Debrief | undefined {
    return this.attempts?.debrief;
  }

  private get view(): PlayerView {
    const attempts = this.ready ? this.attempts : undefined;
    const played = attempts?.view;
    if (attempts?.bundle && played) return { ...played, bundle: attempts.bundle };
    const state = this.loading.state;
    if (state.screen !== 'opened') return state;
    const { bundle, savedAttempts } = state.opened;
    return { screen: 'intro', bundle, checking: !attempts && savedAttempts, offer: attempts?.offer ?? {} };
  }

  /** The `mode` attribute if it is a mode, else the default (practice). */
  private get modeAsked(): Mode {
    return this.mode === 'assessment' ? 'assessment' : 'practice';
  }

  /** The `seed` attribute if it is a valid seed. */
  private get validSeed(): number | undefined {
    return isValidSeed(this.seed) ? this.seed : undefined;
  }

  /** Whether there may be attempts to resume (read once the playing code, with the history's, has loaded). */
  private maySaveAttempts(scenarioId: string): boolean {
    if (this.store) return this.store.list(scenarioId).length > 0;
    return this.storage !== 'none' && mayHoldAttempts(scenarioId);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // The unfinished attempt on offer is the one in this mode.
    if (changed.has('mode') && this.ready && this.view.screen === 'intro') this.attempts?.checkUnfinished();
  }

  // ── loading ────────────────────────────────────────────────────────────────

  /** (Re)loads the scenario named by `bundle`, `src` or `scenario`; resolves once it is ready or has failed. */
  load(): Promise<void> {
    return this.loading.load();
  }

  /** Shows a calm "could not be opened" message (e.g. for a bad link to the embed page). */
  showLoadError(message: string) {
    this.loading.refuse(message);
  }

  private failLoad(error: unknown) {
    const message = messageOf(error);
    emit(this, 'attune-error', { kind: 'load', message, ...(this.scenario || this.bundle ? { scenario: this.bundle?.id ?? this.scenario } : {}) });
    void this.focusAfterRender(() => this.errorTitle?.focus());
  }

  // ── attempts ───────────────────────────────────────────────────────────────

  /** Begins a new attempt now (any unfinished one is kept in history as abandoned). */
  restart() {
    if (!this.ready) return;
    this.attempts?.restart();
    this.focusNext();
  }

  /**
   * Resumes from a replay code (e.g. an LMS's suspend data), or, without one, the unfinished
   * attempt saved in this browser. Returns false (and explains on screen) if it cannot.
   */
  resume(code?: string): boolean {
    if (!this.ready || !this.attempts) return false;
    const resumed = this.attempts.resume(code);
    if (resumed) this.focusNext();
    else void this.focusAfterRender(() => this.noteEl?.focusHeading());
    return resumed;
  }

  /** Makes a choice, as if the trainee pressed option `index` (with an optional confidence 0–1). */
  choose(index: number, confidence?: number) {
    if (this.attempts?.choose(index, confidence)) this.focusNext();
  }

  /** Practice mode: goes back to decision `step` (0-based) to choose again. */
  rewindTo(step: number) {
    if (this.attempts?.rewindTo(step)) this.focusNext();
  }

  /** Opens the pause screen. */
  pause() {
    this.pauseEl?.show();
  }

  /** Shows the debrief (after the ending, or what there is after a story error). */
  async showDebrief(): Promise<void> {
    if (await this.attempts?.showDebrief()) void this.focusAfterRender(() => this.debriefEl?.focusHeading());
  }

  private onBegin(event: CustomEvent<AttuneBeginDetail>) {
    event.stopPropagation();
    const { action } = event.detail;
    const act = () => {
      if (action === 'resume') this.resume();
      else if (action === 'restart') this.restart();
      else {
        this.attempts?.begin();
        this.focusNext();
      }
    };
    if (this.ready) return act();
    // Pressed before the story was built (it is built while the note is read): begin once it is,
    // unless meanwhile another scenario was opened.
    this.loading.whenPrepared(() => {
      if (this.ready) act();
    });
  }

  private onOptionSelect(event: CustomEvent<AttuneOptionSelectDetail>) {
    event.stopPropagation();
    this.choose(event.detail.index, event.detail.confidence);
  }

  private onContinue(event: Event) {
    event.stopPropagation();
    this.attempts?.continue();
    this.focusNext();
  }

  private onRewindRequest(event: CustomEvent<AttuneStepDetail>) {
    event.stopPropagation();
    this.rewindTo(event.detail.step);
  }

  /** Saves the history (this attempt included) as a file the library's "Import" reads back. */
  private downloadAttempts() {
    if (!this.attempts) return;
    downloadText(this.attempts.store.exportJson(), `attune-attempts-${new Date().toISOString().slice(0, 10)}.json`, 'application/json');
  }

  /** After the next render: focus on what the trainee acts on next (feedback, the question, or the ending). */
  private focusNext() {
    void this.focusAfterRender(() => {
      const view = this.view;
      if (view.screen !== 'playing') return;
      if (view.stage.kind === 'feedback') this.feedbackEl?.focusHeading();
      else if (view.stage.kind === 'choosing') this.choicesEl?.focusPrompt();
      else this.endingButton?.focus();
    });
  }

  private async focusAfterRender(focus: () => void) {
    await this.updateComplete;
    // Children render in their own update cycle (a timer, not an animation frame, which a page in
    // the background never gets).
    await new Promise((resolve) => setTimeout(resolve));
    focus();
  }

  // ── rendering ──────────────────────────────────────────────────────────────

  private renderHeader(view: PlayerView) {
    const bundle = 'bundle' in view ? view.bundle : undefined;
    const mode = view.screen === 'playing' || view.screen === 'debrief' ? (this.attempts?.mode ?? this.modeAsked) : this.modeAsked;
    return html`<header class="bar" part="header">
      <h1>${bundle?.scenario.title ?? 'Attune'}${bundle ? html`<span class="mode">${mode === 'assessment' ? 'Assessment' : 'Practice'}</span>` : nothing}</h1>
      <button class="pause" part="pause-button" aria-haspopup="dialog" @click=${() => this.pause()}>Pause / step out</button>
    </header>`;
  }

  private renderPlaying(view: PlayingView & { bundle: ScenarioBundle }) {
    const { bundle, stage } = view;
    const name = bundle.scenario.client.name;
    return html`<div class="stack">
      ${this.clientState && view.readings.length > 0
        ? html`<attune-client-state part="client-state" .readings=${view.readings} .previous=${view.previousState} client-name=${name}></attune-client-state>`
        : nothing}
      <attune-transcript part="transcript" exportparts="list, line, speaker, cue" .lines=${view.lines} client-name=${name} .newFrom=${view.newFrom}></attune-transcript>
      ${view.debriefProblem ? html`<p class="notice warn" role="alert">${view.debriefProblem}</p>` : nothing}
      ${this.renderStorageNotes()} ${this.renderStage(stage, bundle)}
    </div>`;
  }

  private renderStage(stage: PlayingView['stage'], bundle: ScenarioBundle) {
    switch (stage.kind) {
      case 'stopped':
        return html`<div class="notice warn" role="status">
          <p>
            <strong>The scenario stopped unexpectedly.</strong> There is a problem in the story itself (${stage.error}); it is not
            anything you did. Your attempt up to here is saved.
          </p>
          <div class="actions">
            ${stage.debriefSoFar ? html`<button class="primary ending-button" @click=${() => void this.showDebrief()}>See the debrief so far</button>` : nothing}
            <button class=${stage.debriefSoFar ? '' : 'ending-button'} @click=${() => this.restart()}>Start again</button>
          </div>
        </div>`;
      case 'feedback':
        return html`<attune-feedback
          part="feedback"
          .decision=${stage.decision}
          client-name=${bundle.scenario.client.name}
          scale-max=${bundle.rubric.scale.max}
          continue-label=${stage.ended ? 'Continue to the end' : 'Continue'}
          @attune-continue=${this.onContinue}
          @attune-rewind-request=${this.onRewindRequest}
        ></attune-feedback>`;
      case 'choosing':
        return html`<attune-choices
          part="choices"
          exportparts="option, prompt, confidence"
          .options=${stage.options}
          ?confidence=${this.confidence && stage.choices.decision !== undefined}
          step=${stage.choices.step + 1}
          @attune-option-select=${this.onOptionSelect}
        ></attune-choices>`;
      case 'ended':
        return html`<section class="ending" aria-labelledby="ending-title">
          <h2 id="ending-title">The session has ended</h2>
          <p>Take a breath before you look at how it went.</p>
          <div class="actions">
            <button class="primary ending-button" @click=${() => void this.showDebrief()}>See your debrief</button>
          </div>
        </section>`;
    }
  }

  private renderMain(view: PlayerView) {
    switch (view.screen) {
      case 'idle':
        return html`<p class="loading">No scenario has been chosen.</p>`;
      case 'loading':
        return html`<p class="loading" role="status">Opening the scenario…</p>`;
      case 'error':
        return html`<div class="notice warn">
          <h2 class="error-title" tabindex="-1">This scenario could not be opened</h2>
          <p>${view.message}</p>
          <p>Nothing you have saved has been lost. If trying again does not help, please tell your course leader.</p>
          <div class="actions">
            <button class="primary" @click=${() => void this.load()}>Try again</button>
            ${this.leavable ? html`<button @click=${() => emit(this, 'attune-leave', {})}>Back to the library</button>` : nothing}
          </div>
        </div>`;
      case 'intro':
        return html`<attune-content-note
          part="content-note"
          .scenario=${view.bundle.scenario}
          mode=${this.modeAsked}
          ?checking=${view.checking}
          .unfinished=${view.offer.unfinished}
          .resumeProblem=${view.offer.resumeProblem}
          @attune-begin=${this.onBegin}
        ></attune-content-note>`;
      case 'playing':
        return this.renderPlaying(view);
      case 'debrief':
        return html`<attune-debrief
          part="debrief"
          .debrief=${view.debrief}
          ?allow-rewind=${view.rewindable}
          ?leavable=${this.leavable}
          @attune-rewind-request=${this.onRewindRequest}
          @attune-restart-request=${(e: Event) => {
            e.stopPropagation();
            this.restart();
          }}
        ></attune-debrief>`;
    }
  }

  /** Problems with saving: said where the trainee is (while playing, just above the next decision). */
  private renderStorageNotes() {
    const attempts = this.attempts;
    const notes = attempts?.storageNotes ?? [];
    if (notes.length === 0) return nothing;
    return html`<div class="notice warn storage-note" role="status">
      ${notes.map((n) => html`<p>${n}</p>`)}
      ${attempts?.notSaved && attempts.record
        ? html`<div class="actions"><button @click=${() => this.downloadAttempts()}>Download a copy of your attempts</button></div>`
        : nothing}
    </div>`;
  }

  override render() {
    const view = this.view;
    return html`
      ${this.renderHeader(view)}
      <main part="main">
        ${view.screen === 'playing' ? nothing : this.renderStorageNotes()}
        ${this.renderMain(view)}
      </main>
      <div class="visually-hidden live" aria-live="polite" aria-atomic="true"></div>
      <attune-pause ?leavable=${this.leavable}><slot name="support" slot="support"></slot></attune-pause>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-player': AttunePlayer;
  }
}
