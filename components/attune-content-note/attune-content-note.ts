import { html, LitElement, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { AttemptRecord, Mode } from '../../src/attempts.js';
import { humanise } from '../../src/ids.js';
import type { Scenario } from '../../src/schemas/scenario.js';
import { emit } from '../shared/events.js';
import { base, tokens } from '../shared/theme.styles.js';
import { styles } from './attune-content-note.styles.js';

/** Describes a mode to the trainee before they start. */
export const MODE_TEXT: Record<Mode, { name: string; description: string }> = {
  practice: {
    name: 'Practice',
    description: 'Feedback after each choice, and you can rewind to any decision and try another way.',
  },
  assessment: {
    name: 'Assessment',
    description: 'No feedback and no rewinding until the end; your result and a full debrief come at the end.',
  },
};

const formatDate = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
};

/**
 * @summary What a trainee reads before starting: the client and the situation, the content note,
 * the mode and (in practice mode only) the summary and learning objectives, which would give the
 * answers away in an assessment (they are in the debrief), with an informed "Begin" (or resume / start again when an attempt is
 * unfinished, or a clear explanation when a saved attempt can no longer be resumed).
 *
 * @fires attune-begin - The trainee chose to go on. `detail: { action: 'begin' | 'resume' | 'restart' }`
 *
 * @csspart content-note - The content note box.
 * @csspart begin - The button that starts (or resumes) the scenario.
 *
 * @cssprop --attune-color-warn - Accent of the content note.
 */
@customElement('attune-content-note')
export class AttuneContentNote extends LitElement {
  static override styles = [tokens, base, styles];

  @property({ attribute: false }) scenario?: Scenario;

  @property() mode: Mode = 'practice';

  /** An attempt that can be resumed. */
  @property({ attribute: false }) unfinished?: AttemptRecord;

  /** Why a saved attempt cannot be resumed (e.g. the story changed), in words for the trainee. */
  @property({ attribute: false }) resumeProblem?: string;

  /** Saved attempts are still being read: the way to start is offered once it is known whether one can be resumed. */
  @property({ type: Boolean }) checking = false;

  @query('h2') private heading?: HTMLElement;

  /** Moves focus to the heading (used when this screen appears). */
  focusHeading() {
    this.heading?.focus();
  }

  private begin(action: 'begin' | 'resume' | 'restart') {
    emit(this, 'attune-begin', { action });
  }

  private renderStart() {
    if (this.checking) return html`<p class="client" role="status">Looking for an attempt you have not finished…</p>`;
    if (this.resumeProblem) {
      return html`<div class="notice warn" role="status">
          <p><strong>Your unfinished attempt cannot be resumed.</strong> ${this.resumeProblem}</p>
          <p>It is kept in your history. You can begin the current version of the scenario afresh.</p>
        </div>
        <div class="actions">
          <button class="primary" part="begin" @click=${() => this.begin('begin')}>Begin afresh</button>
        </div>`;
    }
    if (this.unfinished) {
      const u = this.unfinished;
      return html`<div class="notice" role="status">
          <p>
            You have an unfinished ${u.mode} attempt from ${formatDate(u.updatedAt)}
            (${u.decisions} decision${u.decisions === 1 ? '' : 's'} made).
          </p>
        </div>
        <div class="actions">
          <button class="primary" part="begin" @click=${() => this.begin('resume')}>Resume where I left off</button>
          <button @click=${() => this.begin('restart')}>Start again</button>
        </div>
        <p class="client">Starting again keeps the unfinished attempt in your history.</p>`;
    }
    return html`<div class="actions">
      <button class="primary" part="begin" @click=${() => this.begin('begin')}>I have read the content note — begin</button>
    </div>`;
  }

  override render() {
    const s = this.scenario;
    if (!s) return nothing;
    const c = s.client;
    const about = [c.age ? `${c.age}` : '', c.pronouns ?? '', `${humanise(c.attachment)} attachment`].filter(Boolean).join(' · ');
    const mode = MODE_TEXT[this.mode];
    // An assessment briefs on the client and the situation only: the summary and objectives name the skills it tests.
    const briefed = this.mode === 'practice';
    // Coming back to an unfinished attempt: the way on is at the top, not below the whole note
    // (after a reload it was out of view); the note stays below for anyone who wants it again.
    const resuming = Boolean(this.unfinished) && !this.checking && !this.resumeProblem;
    return html`
      <section aria-labelledby="before">
        <h2 id="before" tabindex="-1">Before you begin</h2>
        ${resuming ? this.renderStart() : nothing}
        <p class="client"><strong>${c.name}</strong> · ${about}</p>
        ${s.setting ? html`<p>${s.setting}</p>` : nothing}
        ${briefed ? html`<p class="summary">${s.summary}</p>` : nothing}
        ${c.background ? html`<p>${c.background}</p>` : nothing}

        <div class="content-note" part="content-note" role="note" aria-labelledby="content-note-title">
          <h3 id="content-note-title">Content note</h3>
          <ul>
            ${s.contentNotes.map((n) => html`<li>${n}</li>`)}
          </ul>
          <p>
            You can pause or step out at any moment with <strong>Pause / step out</strong> at the top. Nothing is lost or
            scored while you are away.
          </p>
        </div>

        ${briefed
          ? html`<h3>What you can learn here</h3>
              <ul class="objectives">
                ${s.objectives.map((o) => html`<li>${o}</li>`)}
              </ul>`
          : html`<p class="objectives-later">
              What this scenario is about and its learning objectives are shown in the debrief, once you have finished, so that
              they do not hint at the answers.
            </p>`}

        <h3>How this will go</h3>
        <dl>
          <dt>Mode</dt>
          <dd><strong>${mode.name}.</strong> ${mode.description}</dd>
          <dt>Time</dt>
          <dd>About ${s.minutes} minute${s.minutes === 1 ? '' : 's'}</dd>
        </dl>
        ${resuming ? nothing : this.renderStart()}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-content-note': AttuneContentNote;
  }
}
