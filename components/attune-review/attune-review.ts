import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import {
  decisionProgress,
  optionKey,
  ratingsFileFrom,
  ratingsFileName,
  reviewProgress,
  ReviewDraftStore,
  shuffledOptions,
  withComment,
  withRating,
  type ReviewDraft,
} from '../../src/panel/review-draft.js';
import { reviewTask, type PanelOption, type ReviewDecision, type ReviewTask } from '../../src/panel/review-task.js';
import type { ScenarioBundle } from '../../src/scenario-bundle.js';
import { loadBundle } from '../shared/bundle-source.js';
import type { QualityCriterion, RiskCriterion } from '../../src/schemas/rubric.js';
import { RISK_LEVELS, type RiskLevel } from '../../src/tags.js';
import '../attune-transcript/attune-transcript.js';
import { downloadText } from '../shared/download.js';
import { emit } from '../shared/events.js';
import { base, tokens } from '../shared/theme.styles.js';
import { styles } from './attune-review.styles.js';

type Screen = 'intro' | 'rating' | 'done';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const letter = (i: number) => LETTERS[i] ?? String(i + 1);

/**
 * @summary Blind rating of one scenario by an experienced clinician (the review page,
 * `review.html?scenario=<id>`). For each decision it shows the client's lines leading up to it and
 * its options in an order shuffled for this rater, without the authors' ratings, feedback or ids;
 * the rater rates every option on each criterion the decision tests (the rubric's anchors beside
 * each level) and on each risk, and may comment. Work is kept in this browser's localStorage after
 * every change (never sent anywhere), so the rater can stop and resume; the result is a ratings file
 * (`docs/schemas/ratings.schema.json`) downloaded for the course leader.
 *
 * @fires attune-ratings-download - A ratings file was made and downloaded. `detail: { text, fileName, complete }`
 *
 * @csspart option - Each option's card.
 * @csspart measure - Each criterion's or risk's group of levels.
 * @csspart progress - The progress line.
 *
 * @cssprop --attune-color-accent - Headings' rule and the chosen level.
 */
@customElement('attune-review')
export class AttuneReview extends LitElement {
  static override styles = [tokens, base, styles];

  /** URL of the scenario bundle (`scenarios/<id>.json`). */
  @property() src?: string;

  /** The scenario bundle given directly (instead of `src`). */
  @property({ attribute: false }) bundle?: ScenarioBundle;

  @state() private task?: ReviewTask;
  @state() private draft?: ReviewDraft;
  @state() private screen: Screen = 'intro';
  @state() private error?: string;
  @state() private notes: string[] = [];
  @state() private resumed = false;
  @state() private reviewerError = '';
  @state() private saveFailed = false;
  @state() private downloaded?: { fileName: string; complete: boolean };

  private store = new ReviewDraftStore();

  @query('h2.decision-title') private decisionHeading?: HTMLElement;
  @query('h1') private heading?: HTMLElement;
  @query('#reviewer') private reviewerInput?: HTMLInputElement;

  protected override async willUpdate(changed: PropertyValues<this>) {
    if (changed.has('src') && this.src && !this.bundle) {
      const src = this.src;
      const loaded = await loadBundle(src);
      if (this.src !== src) return;
      if ('error' in loaded) this.error = loaded.error;
      else this.bundle = loaded.bundle;
    }
    if (changed.has('bundle') && this.bundle) this.prepare(this.bundle);
  }

  private prepare(bundle: ScenarioBundle) {
    try {
      const task = reviewTask(bundle);
      const loaded = this.store.load(task);
      this.task = task;
      this.draft = loaded.draft;
      this.resumed = loaded.resumed && Object.keys(loaded.draft.answers).length + loaded.draft.reviewer.length > 0;
      this.notes = [...loaded.notes, ...(this.store.persistent ? [] : ['This browser does not let the page keep anything: your ratings last only while the page is open, so download the file before you leave.'])];
      if (!task.complete) this.notes.push('The story is too large to explore completely: some decisions may be missing from this review.');
      this.screen = 'intro';
      this.error = undefined;
    } catch (error) {
      this.error = `This scenario could not be turned into a rating task (${error instanceof Error ? error.message : String(error)}).`;
    }
  }

  private keep(draft: ReviewDraft) {
    this.draft = draft;
    this.saveFailed = !this.store.save(draft);
  }

  private start() {
    const reviewer = this.reviewerInput?.value.trim() ?? '';
    if (reviewer === '') {
      this.reviewerError = 'Give your reviewer id or initials: the course leader needs to tell the files apart.';
      this.reviewerInput?.focus();
      return;
    }
    this.reviewerError = '';
    this.keep({ ...this.draft!, reviewer: reviewer.slice(0, 60) });
    this.go(this.draft!.at);
  }

  private go(at: number) {
    const last = this.task!.decisions.length - 1;
    if (at > last) {
      this.screen = 'done';
      void this.updateComplete.then(() => this.heading?.focus());
      return;
    }
    this.screen = 'rating';
    this.keep({ ...this.draft!, at: Math.max(0, at) });
    void this.updateComplete.then(() => this.decisionHeading?.focus());
  }

  private stop() {
    this.screen = 'intro';
    this.resumed = true;
    void this.updateComplete.then(() => this.heading?.focus());
  }

  private startAgain() {
    this.store.clear(this.task!.scenario.id);
    this.prepare(this.bundle!);
    void this.updateComplete.then(() => this.reviewerInput?.focus());
  }

  /** Makes the ratings file from what has been rated, and downloads it. */
  download() {
    const task = this.task;
    const draft = this.draft;
    if (!task || !draft) return;
    const file = ratingsFileFrom(task, draft);
    const text = JSON.stringify(file, null, 2) + '\n';
    const fileName = ratingsFileName(file);
    emit(this, 'attune-ratings-download', { text, fileName, complete: file.complete });
    downloadText(text, fileName, 'application/json');
    this.downloaded = { fileName, complete: file.complete };
  }

  private rate(decision: ReviewDecision, option: PanelOption, measure: { id: string; kind: 'quality' | 'risk' }, level: number | RiskLevel) {
    this.keep(withRating(this.draft!, decision.id, option, measure, level));
  }

  // ── Screens ──

  private renderIntro(task: ReviewTask, draft: ReviewDraft) {
    const { given, expected } = reviewProgress(task, draft);
    const s = task.scenario;
    return html`
      <h1 tabindex="-1">Blind rating: ${s.title}</h1>
      <p>
        You are rating a scenario's options as an experienced clinician, independently of its authors. For each of the
        ${task.decisions.length} decisions you will read what the client has said and done, then rate every option on the criteria the
        decision tests and on each risk, using the rubric's descriptions of each level. The options are in an order of their own for
        you, and the authors' ratings are not shown.
      </p>
      <p>
        Your ratings are kept in this browser as you go (nothing is sent anywhere), so you can stop and come back. When you have
        finished, download your ratings file and send it to the course leader.
      </p>
      ${s.contentNotes.length > 0
        ? html`<section class="notice" aria-labelledby="content-note-title">
            <h2 id="content-note-title">Content note</h2>
            <ul>
              ${s.contentNotes.map((n) => html`<li>${n}</li>`)}
            </ul>
          </section>`
        : nothing}
      <section aria-labelledby="client-title">
        <h2 id="client-title">The client</h2>
        <p>
          <strong>${s.client.name}</strong>${s.client.age !== undefined ? html`, ${s.client.age}` : nothing}${s.client.pronouns ? html` (${s.client.pronouns})` : nothing}.
          ${s.client.background}
        </p>
        ${s.setting ? html`<p>${s.setting}</p>` : nothing}
      </section>
      ${this.renderNotes()}
      <form class="start" @submit=${(e: Event) => (e.preventDefault(), this.start())}>
        <label for="reviewer">Your reviewer id or initials</label>
        <input
          id="reviewer"
          name="reviewer"
          autocomplete="off"
          maxlength="60"
          .value=${draft.reviewer}
          aria-describedby="reviewer-help ${this.reviewerError ? 'reviewer-error' : ''}"
          aria-invalid=${this.reviewerError ? 'true' : 'false'}
        />
        <p id="reviewer-help" class="muted">It goes into your ratings file so the course leader can tell raters apart. No name is needed.</p>
        ${this.reviewerError ? html`<p id="reviewer-error" class="error" role="alert">${this.reviewerError}</p>` : nothing}
        ${this.resumed ? html`<p part="progress">You have given ${given} of ${expected} ratings so far.</p>` : nothing}
        <div class="actions">
          <button class="primary" type="submit">${this.resumed ? 'Carry on rating' : 'Start rating'}</button>
          ${this.resumed
            ? html`<button type="button" @click=${() => this.download()}>Download my ratings file</button>
                <button type="button" @click=${() => this.startAgain()}>Clear my ratings and start again</button>`
            : nothing}
        </div>
      </form>
      ${this.renderDownloaded()}
    `;
  }

  private renderNotes() {
    const notes = [...this.notes, ...(this.saveFailed ? ['Your last change could not be kept in this browser: download your ratings file before you leave the page.'] : [])];
    return notes.map((n) => html`<p class="notice warn">${n}</p>`);
  }

  private renderDownloaded() {
    if (!this.downloaded) return nothing;
    return html`<p class="notice" role="status">
      Downloaded ${this.downloaded.fileName}${this.downloaded.complete ? '' : ' (not every option is rated yet; the file says so)'}. Send it to the
      course leader.
    </p>`;
  }

  private renderMeasure(decision: ReviewDecision, option: PanelOption, n: number, criterion: QualityCriterion | RiskCriterion) {
    const task = this.task!;
    const answer = this.draft!.answers[optionKey(decision.id, option.option)];
    const name = `option-${n}-${criterion.id}`;
    const legendId = `${name}-legend`;
    if (criterion.kind === 'quality') {
      const { min, max } = task.rubric.scale;
      const levels = Array.from({ length: max - min + 1 }, (_, i) => min + i);
      const chosen = answer?.ratings[criterion.id];
      return html`<fieldset part="measure" class="measure">
        <legend id=${legendId}>${criterion.label}</legend>
        <p class="definition">${criterion.definition}</p>
        <div class="levels">
          ${levels.map(
            (level) => html`<label class="level"
              ><input
                type="radio"
                name=${name}
                .value=${String(level)}
                .checked=${live(chosen === level)}
                @change=${() => this.rate(decision, option, criterion, level)}
              /><span class="level-name">${level}</span><span class="anchor">${criterion.anchors[String(level)] ?? ''}</span></label
            >`,
          )}
        </div>
      </fieldset>`;
    }
    const chosen = answer?.risks[criterion.id];
    return html`<fieldset part="measure" class="measure risk">
      <legend id=${legendId}>Risk: ${criterion.label}</legend>
      <p class="definition">${criterion.definition}</p>
      <div class="levels">
        ${RISK_LEVELS.map(
          (level) => html`<label class="level"
            ><input type="radio" name=${name} .value=${level} .checked=${live(chosen === level)} @change=${() => this.rate(decision, option, criterion, level)} /><span
              class="level-name"
              >${level}</span
            ><span class="anchor">${criterion.anchors[level] ?? ''}</span></label
          >`,
        )}
      </div>
    </fieldset>`;
  }

  private renderRating(task: ReviewTask, draft: ReviewDraft) {
    const at = draft.at;
    const decision = task.decisions[at]!;
    const criteria = new Map(task.rubric.criteria.map((c) => [c.id, c]));
    const measures = [...decision.criteria, ...decision.risks].map((id) => criteria.get(id)!).filter(Boolean);
    const options = shuffledOptions(decision, draft.seed);
    const here = decisionProgress(decision, draft);
    const all = reviewProgress(task, draft);
    const clientName = task.scenario.client.name;
    return html`
      <p class="muted" part="progress">Rater ${draft.reviewer} · ${all.given} of ${all.expected} ratings given in all · saved in this browser</p>
      <h2 class="decision-title" tabindex="-1">Decision ${at + 1} of ${task.decisions.length}</h2>
      ${this.renderNotes()}
      ${decision.earlier.length > 0
        ? html`<details class="earlier">
            <summary>Earlier in the session (${decision.earlier.length} lines)</summary>
            <attune-transcript .lines=${decision.earlier} client-name=${clientName} label="Earlier in the session"></attune-transcript>
          </details>`
        : nothing}
      <section aria-labelledby="context-title">
        <h3 id="context-title">Leading up to this decision</h3>
        ${decision.context.length > 0
          ? html`<attune-transcript .lines=${decision.context} client-name=${clientName} label="Leading up to this decision"></attune-transcript>`
          : html`<p class="muted">The session opens with this decision.</p>`}
      </section>
      <p>
        Rate each option below on ${measures.length === 1 ? 'the measure' : `all ${measures.length} measures`}. Leave a measure unrated if you cannot
        judge it.
      </p>
      ${keyed(decision.id, html`<ol class="options">
        ${options.map((option, n) => {
          const key = optionKey(decision.id, option.option);
          const comment = draft.answers[key]?.comment ?? '';
          return html`<li>
            <section part="option" class="option" aria-labelledby="option-${n}-title">
              <h3 id="option-${n}-title">Option ${letter(n)}</h3>
              <blockquote class="option-text">${option.text}</blockquote>
              ${measures.map((m) => this.renderMeasure(decision, option, n, m))}
              <label class="comment" for="option-${n}-comment">Comment on option ${letter(n)} (optional)</label>
              <textarea
                id="option-${n}-comment"
                rows="2"
                maxlength="5000"
                .value=${live(comment)}
                @change=${(e: Event) => this.keep(withComment(this.draft!, decision.id, option, (e.target as HTMLTextAreaElement).value))}
              ></textarea>
            </section>
          </li>`;
        })}
      </ol>`)}
      <p class="muted">${here.given} of ${here.expected} ratings given on this decision.</p>
      <div class="actions">
        ${at > 0 ? html`<button type="button" @click=${() => this.go(at - 1)}>Previous decision</button>` : nothing}
        <button class="primary" type="button" @click=${() => this.go(at + 1)}>${at + 1 < task.decisions.length ? 'Next decision' : 'Finish'}</button>
        <button type="button" @click=${() => this.stop()}>Stop for now</button>
      </div>
    `;
  }

  private renderDone(task: ReviewTask, draft: ReviewDraft) {
    const { given, expected } = reviewProgress(task, draft);
    const unrated = task.decisions.map((d, i) => ({ i, ...decisionProgress(d, draft) })).filter((p) => p.given < p.expected);
    return html`
      <h1 tabindex="-1">Your ratings of ${task.scenario.title}</h1>
      <p part="progress">You have given ${given} of ${expected} ratings.</p>
      ${unrated.length > 0
        ? html`<p>Not every option is rated yet. You can still download the file (it says it is incomplete), or go back:</p>
            <ul class="unrated">
              ${unrated.map((u) => html`<li><button type="button" class="quiet" @click=${() => this.go(u.i)}>Decision ${u.i + 1}: ${u.expected - u.given} ratings to give</button></li>`)}
            </ul>`
        : html`<p>Every option is rated. Thank you.</p>`}
      ${this.renderNotes()}
      <div class="actions">
        <button class="primary" type="button" @click=${() => this.download()}>Download my ratings file</button>
        <button type="button" @click=${() => this.go(task.decisions.length - 1)}>Back to the last decision</button>
      </div>
      ${this.renderDownloaded()}
      <p class="muted">Your ratings stay in this browser until you clear them from the first screen of this page.</p>
    `;
  }

  override render() {
    if (this.error) return html`<p class="notice danger" role="alert">${this.error}</p>`;
    const task = this.task;
    const draft = this.draft;
    if (!task || !draft) return html`<p role="status">Preparing the rating task…</p>`;
    if (task.decisions.length === 0) return html`<p class="notice warn" role="alert">This scenario has no rated decisions to review.</p>`;
    if (this.screen === 'rating') return this.renderRating(task, draft);
    if (this.screen === 'done') return this.renderDone(task, draft);
    return this.renderIntro(task, draft);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-review': AttuneReview;
  }
}
