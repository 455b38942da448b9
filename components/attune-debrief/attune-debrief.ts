import { html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { confidenceLabel, countedLabels, elevatedNote, notPassedTexts, passRuleText, percent, ratingsBasisText, scorePercent, type Debrief, type DebriefDecision } from '../../src/debrief.js';
import { humanise } from '../../src/ids.js';
import { debriefToJson, debriefToMarkdown, exportFileName } from '../../src/debrief-export.js';
import type { DebriefPulls } from '../../src/reflection-answers.js';
import type { Calibration } from '../../src/scoring.js';
import '../attune-criteria-chart/attune-criteria-chart.js';
import '../attune-transcript/attune-transcript.js';
import { downloadText } from '../shared/download.js';
import { emit } from '../shared/events.js';
import { contestedNote, ratingList, ratingStyles, stateChangeList } from '../shared/rating-views.js';
import { base, tokens } from '../shared/theme.styles.js';
import { styles } from './attune-debrief.styles.js';

export type { DebriefPulls };

/**
 * @summary The debrief: harm flags first, then the result, the per-criterion profile (chart and
 * table), every decision with the option chosen and the options not taken (with ratings and
 * rationale) and what the client's state did, calibration, "pulls to notice", the transcript and
 * references. Prints cleanly and exports JSON and Markdown for supervision.
 *
 * @fires attune-rewind-request - "Try this decision again" (practice mode only). `detail: { step }`
 * @fires attune-restart-request - "Play again".
 * @fires attune-leave - "Back to the library" (only when `leavable`).
 *
 * @csspart harm-flags - The harm flag section.
 * @csspart result - The result section.
 * @csspart decision - Each decision.
 * @csspart actions - The print / export buttons.
 *
 * @cssprop --attune-color-danger - Harm flags and "not passed".
 * @cssprop --attune-color-good - "Passed" and best options.
 */
@customElement('attune-debrief')
export class AttuneDebrief extends LitElement {
  static override styles = [tokens, base, ratingStyles, styles];

  @property({ attribute: false }) debrief?: Debrief;

  /** Offer "Try this decision again" (practice mode). */
  @property({ type: Boolean, attribute: 'allow-rewind' }) allowRewind = false;

  /** Offer "Back to the library". */
  @property({ type: Boolean }) leavable = false;

  /** Pulls to notice for this pairing (overrides the debrief's own `pulls`). */
  @property({ attribute: false }) pulls?: DebriefPulls;

  /** The trainee's explicit choice to put their pulls to notice into exports and printouts (off by default). */
  @state() private exportPulls = false;

  @query('h2') private heading?: HTMLElement;

  private openedForPrint: HTMLDetailsElement[] = [];

  focusHeading() {
    this.heading?.focus();
  }

  private readonly beforePrint = () => {
    // Print everything: open the collapsed parts for the printout and close them again after.
    const closed = [...(this.renderRoot.querySelectorAll('details') as NodeListOf<HTMLDetailsElement>)].filter((d) => !d.open);
    closed.forEach((d) => (d.open = true));
    this.openedForPrint = closed;
  };

  private readonly afterPrint = () => {
    this.openedForPrint.forEach((d) => (d.open = false));
    this.openedForPrint = [];
  };

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('afterprint', this.afterPrint);
  }

  override disconnectedCallback() {
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('afterprint', this.afterPrint);
    super.disconnectedCallback();
  }

  /** Starts a download of the debrief as JSON or Markdown (with the pulls to notice only when the trainee ticked the box). */
  download(kind: 'json' | 'md') {
    if (!this.debrief) return;
    const pulls = this.pulls ?? this.debrief.pulls;
    const debrief = pulls ? { ...this.debrief, pulls } : this.debrief;
    const options = { includePulls: this.exportPulls };
    const text = kind === 'json' ? debriefToJson(debrief, options) : debriefToMarkdown(debrief, options);
    const type = kind === 'json' ? 'application/json' : 'text/markdown';
    downloadText(text, exportFileName(this.debrief, kind), type);
  }

  private renderHarm(d: Debrief) {
    const flags = d.score.harmFlags;
    if (flags.length === 0) return nothing;
    return html`<section class="harm" part="harm-flags" aria-labelledby="harm-title">
      <h3 id="harm-title">Harm flag${flags.length === 1 ? '' : 's'}</h3>
      <p>
        ${flags.length === 1 ? 'One response was' : `${flags.length} responses were`} rated <strong>high risk</strong>. A harm
        flag fails the attempt whatever the other scores, because in a real session this is where a client could be hurt.
      </p>
      <ul>
        ${flags.map((f) => {
          const decision = d.decisions.find((x) => x.decision === f.decision);
          const option = decision?.options.find((o) => o.id === f.option);
          const risk = option?.risks.find((r) => r.risk === f.risk);
          return html`<li>
            <strong>${f.label}</strong> at decision ${decision ? decision.step + 1 : ''} (${decision?.title ?? f.decision}):
            ${option?.text ?? f.option}${risk?.anchor ? html`<br /><span class="muted">${risk.anchor}</span>` : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderPulls(d: Debrief) {
    const pulls = this.pulls ?? d.pulls;
    if (!pulls) return nothing;
    // Left out of printouts, like the downloads, unless the trainee opted in.
    return html`<section aria-labelledby="pulls-title" class="pulls ${this.exportPulls ? '' : 'no-print'}">
      <h3 id="pulls-title">Pulls to notice with ${d.scenario.client.name}</h3>
      <p>${pulls.summary}</p>
      <ul>
        ${pulls.pulls.map((p) => html`<li>${p.title ? html`<strong>${p.title}.</strong> ` : nothing}${p.text}</li>`)}
      </ul>
      ${pulls.caveat ? html`<p class="muted">${pulls.caveat}</p>` : nothing}
    </section>`;
  }

  private renderCalibration(c: Calibration) {
    const gap = c.meanConfidence - c.accuracy;
    const reading =
      gap > 0.15
        ? 'You were more confident than your choices bore out: worth slowing down where you feel sure.'
        : gap < -0.15
          ? 'You chose well more often than you expected: you may be underrating your judgement.'
          : 'Your confidence broadly matched how often you chose a best option.';
    return html`<section aria-labelledby="cal-title">
      <h3 id="cal-title">Confidence and calibration</h3>
      <p>
        Over ${c.decisions} decision${c.decisions === 1 ? '' : 's'} your average confidence was ${percent(c.meanConfidence)}, and
        you chose a best option ${percent(c.accuracy)} of the time. ${reading}
      </p>
      <p class="muted">
        Brier score ${c.brier.toFixed(2)} (0 is perfect; always answering 50% gives 0.25). Calibration is reported separately and
        does not change your result.
      </p>
    </section>`;
  }

  private renderDecision(d: DebriefDecision, debrief: Debrief) {
    const chosen = d.options[d.chosen];
    const others = d.options.filter((o) => !o.chosen);
    const max = debrief.rubric.scale.max;
    const client = debrief.scenario.client.name;
    return html`<li class="decision" part="decision">
      <h4>${d.step + 1}. ${d.title}</h4>
      ${chosen
        ? html`<p class="muted">${chosen.action ? 'You chose to' : 'You said'}</p>
            <p class="said ${chosen.action ? 'action' : ''}">${chosen.text}</p>
            <p>
              ${d.best ? html`<span class="tag best">best available</span>` : html`<span class="tag">${percent(chosen.value)} of the best available</span>`}
              ${d.confidence !== undefined ? html` <span class="muted">· your confidence: ${confidenceLabel(d.confidence)}</span>` : nothing}
            </p>
            ${chosen.feedback ? html`<p class="feedback">${chosen.feedback}</p>` : nothing} ${contestedNote(chosen, d)}
            ${ratingList(chosen, max)}`
        : nothing}
      ${d.state.length > 0 ? html`<h5>What ${client}'s state did</h5>${stateChangeList(d.state)}` : nothing}
      ${d.rationale
        ? html`<h5>Why this moment matters</h5>
            <p>${d.rationale.text}</p>
            ${d.rationale.references.length > 0 ? html`<p class="muted">See ${d.rationale.references.join('; ')}.</p>` : nothing}`
        : nothing}
      ${others.length > 0
        ? html`<h5>Options not taken</h5>
            <ul class="others">
              ${others.map(
                (o) => html`<li>
                  <p class="said ${o.action ? 'action' : ''}">${o.action ? html`<span class="muted">Action: </span>` : nothing}${o.text}</p>
                  <p>${o.best ? html`<span class="tag best">best available</span>` : html`<span class="tag">${percent(o.value)} of the best available</span>`}</p>
                  ${o.feedback ? html`<p class="feedback">${o.feedback}</p>` : nothing} ${contestedNote(o, d)}
                  ${ratingList(o, max)}
                </li>`,
              )}
            </ul>`
        : nothing}
      ${this.allowRewind
        ? html`<div class="actions">
            <button @click=${() => emit(this, 'attune-rewind-request', { step: d.step })}>Try decision ${d.step + 1} again</button>
          </div>`
        : nothing}
    </li>`;
  }

  override render() {
    const d = this.debrief;
    if (!d) return nothing;
    const s = d.score;
    const date = new Date(d.createdAt);
    return html`<article aria-labelledby="debrief-title">
      <header>
        <h2 id="debrief-title" tabindex="-1">Debrief: ${d.scenario.title}</h2>
        <p class="meta">
          ${d.scenario.client.name} · ${d.mode === 'practice' ? 'Practice' : 'Assessment'} ·
          ${Number.isNaN(date.getTime()) ? d.createdAt : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
        </p>
      </header>

      ${d.error
        ? html`<p class="notice warn">
            The scenario stopped early because of a problem in the story itself, not anything you did: ${d.error}. This debrief covers
            the decisions you made before it stopped.
          </p>`
        : nothing}
      ${this.renderHarm(d)}

      <section part="result" aria-labelledby="result-title">
        <h3 id="result-title">Result</h3>
        <div class="result">
          <span class="badge ${s.passed ? 'passed' : 'failed'}">${s.passed ? 'Passed' : 'Not passed'}</span>
          <span class="overall">${scorePercent(s.overall)}</span>
          <span class="muted">overall</span>
        </div>
        <p class="muted pass-rule">${passRuleText(s)}</p>
        ${d.ending ? html`<p>How the session ended: <strong>${humanise(d.ending)}</strong>.</p>` : nothing}
        ${d.finished && !s.passed
          ? html`<div class="not-passed">
              <p id="not-passed-title"><strong>Why it was not passed</strong></p>
              <ul aria-labelledby="not-passed-title">
                ${notPassedTexts(s).map((text) => html`<li>${text}</li>`)}
              </ul>
            </div>`
          : nothing}
        ${s.elevated.length > 0
          ? html`<p>
              ${s.elevated.length} response${s.elevated.length === 1 ? ' was' : 's were'} rated <strong>elevated risk</strong>
              (${countedLabels(s.elevated)}). ${elevatedNote(s)}
            </p>`
          : nothing}
        ${!d.finished && !d.error ? html`<p class="notice">This attempt is not finished yet; the result covers the decisions made so far.</p>` : nothing}
        <p class="muted ratings-basis">${ratingsBasisText(d.panel)}</p>
      </section>

      <section aria-labelledby="profile-title">
        <h3 id="profile-title">Your profile</h3>
        <attune-criteria-chart .criteria=${s.criteria} .mastery=${s.mastery}></attune-criteria-chart>
      </section>

      ${s.calibration ? this.renderCalibration(s.calibration) : nothing}
      ${this.renderPulls(d)}

      <section aria-labelledby="about-title">
        <h3 id="about-title">About this scenario</h3>
        <p>${d.scenario.summary}</p>
        <p id="objectives-title"><strong>Learning objectives</strong></p>
        <ul class="objectives" aria-labelledby="objectives-title">
          ${d.scenario.objectives.map((o) => html`<li>${o}</li>`)}
        </ul>
      </section>

      <section aria-labelledby="decisions-title">
        <h3 id="decisions-title">Decision by decision</h3>
        ${d.decisions.length === 0 ? html`<p class="muted">No rated decisions were made.</p>` : nothing}
        <ol class="decisions">
          ${d.decisions.map((x) => this.renderDecision(x, d))}
        </ol>
      </section>

      <section aria-labelledby="transcript-title">
        <h3 id="transcript-title">The session</h3>
        <details class="transcript">
          <summary>Show the whole transcript</summary>
          <attune-transcript .lines=${d.transcript} client-name=${d.scenario.client.name}></attune-transcript>
        </details>
      </section>

      ${d.references.length > 0
        ? html`<section aria-labelledby="refs-title">
            <h3 id="refs-title">References</h3>
            <ul class="refs">
              ${d.references.map((r) => html`<li>${r}</li>`)}
            </ul>
          </section>`
        : nothing}

      ${this.pulls ?? d.pulls
        ? html`<p class="export-pulls">
            <label>
              <input type="checkbox" .checked=${this.exportPulls} @change=${(e: Event) => (this.exportPulls = (e.target as HTMLInputElement).checked)} />
              Include my pulls to notice in the printout and downloads
            </label>
            <span class="muted">They are your private reflection and are left out unless you tick this, for example before handing the debrief to an assessor.</span>
          </p>`
        : nothing}
      <div class="actions" part="actions">
        <button class="primary" @click=${() => window.print()}>Print or save as PDF</button>
        <button @click=${() => this.download('md')}>Download for supervision (Markdown)</button>
        <button @click=${() => this.download('json')}>Download data (JSON)</button>
        <button @click=${() => emit(this, 'attune-restart-request', {})}>Play again</button>
        ${this.leavable ? html`<button @click=${() => emit(this, 'attune-leave', {})}>Back to the library</button>` : nothing}
      </div>
      <p class="muted">Replay code: <code>${d.replayCode}</code></p>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-debrief': AttuneDebrief;
  }
}
