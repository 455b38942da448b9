import { html, LitElement, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { percent, type DebriefDecision } from '../../src/debrief.js';
import { emit } from '../shared/events.js';
import { contestedNote, ratingList, ratingStyles, stateChangeList } from '../shared/rating-views.js';
import { base, tokens } from '../shared/theme.styles.js';
import { styles } from './attune-feedback.styles.js';

/**
 * @summary Practice-mode feedback on the choice just made: how it compares with the best option
 * available, its ratings against the rubric, any risk, the author's feedback, what the client
 * might have experienced, and why the decision matters. Offers "Continue" and "Rewind".
 *
 * @fires attune-continue - The trainee read the feedback and goes on.
 * @fires attune-rewind-request - The trainee wants to try this decision again. `detail: { step }`
 *
 * @csspart panel - The feedback panel.
 * @csspart continue - The "Continue" button.
 * @csspart rewind - The "Rewind to this decision" button.
 */
@customElement('attune-feedback')
export class AttuneFeedback extends LitElement {
  static override styles = [tokens, base, ratingStyles, styles];

  /** The decision just made, with every option's ratings (from `decisionDetail`). */
  @property({ attribute: false }) decision?: DebriefDecision;

  @property({ attribute: 'client-name' }) clientName = 'The client';

  /** Top of the rubric's scale (for "2 of 3"). */
  @property({ type: Number, attribute: 'scale-max' }) scaleMax = 3;

  /** Label of the continue button (e.g. "Continue" or "See how the session ends"). */
  @property({ attribute: 'continue-label' }) continueLabel = 'Continue';

  /** Hide the rewind button (e.g. when the player does not allow it). */
  @property({ type: Boolean, attribute: 'no-rewind' }) noRewind = false;

  @query('h2') private heading?: HTMLElement;

  focusHeading() {
    this.heading?.focus();
  }

  override render() {
    const d = this.decision;
    if (!d) return nothing;
    const chosen = d.options[d.chosen];
    if (!chosen) return nothing;
    const harm = chosen.risks.some((r) => r.level === 'high');
    const stronger = d.options.filter((o) => o.best && !o.chosen).length;
    return html`<section part="panel" aria-labelledby="fb-title">
      <h2 id="fb-title" tabindex="-1">About your response</h2>
      <p class="said ${chosen.action ? 'action' : ''}">${chosen.action ? html`<span class="kind">Your action: </span>` : nothing}${chosen.text}</p>
      ${harm
        ? html`<p class="notice danger"><strong>Harm flag.</strong> This response carries a high risk; in an assessment it would fail the attempt whatever else went well.</p>`
        : nothing}
      <p class="verdict ${d.best ? 'best' : ''}">
        ${d.best
          ? stronger > 0
            ? 'One of the strongest responses available here.'
            : 'The strongest response available here.'
          : `A stronger response was available (this one scores ${percent(chosen.value)} of the best).`}
      </p>
      ${chosen.feedback ? html`<p class="feedback">${chosen.feedback}</p>` : nothing}
      ${contestedNote(chosen, d)}
      ${ratingList(chosen, this.scaleMax)}
      ${d.state.length > 0
        ? html`<h3>What ${this.clientName} might have experienced</h3>
            ${stateChangeList(d.state)}`
        : nothing}
      ${d.rationale
        ? html`<h3>Why this moment matters</h3>
            <p class="rationale">${d.rationale.text}</p>
            ${d.rationale.references.length > 0 ? html`<p class="refs">See ${d.rationale.references.join('; ')}.</p>` : nothing}`
        : nothing}
      <div class="actions">
        <button class="primary" part="continue" @click=${() => emit(this, 'attune-continue', {})}>${this.continueLabel}</button>
        ${this.noRewind
          ? nothing
          : html`<button part="rewind" @click=${() => emit(this, 'attune-rewind-request', { step: d.step })}>Rewind to this decision</button>`}
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-feedback': AttuneFeedback;
  }
}
