import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { TranscriptLine } from '../../src/debrief.js';
import { base, tokens } from '../shared/theme.styles.js';
import { styles } from './attune-transcript.styles.js';

/**
 * @summary The session as it reads: narration, the client's words and non-verbal cues, and the
 * therapist's chosen words. All text is rendered as text.
 *
 * This is a view only; it does not announce anything itself. The player announces new lines in
 * its live region, so screen readers hear each line once.
 *
 * @csspart list - The `<ol>` of lines.
 * @csspart line - Every line (also `line-client`, `line-therapist`, `line-narration`, and `line-action` for an action the therapist chose).
 * @csspart speaker - The speaker's name above a line.
 * @csspart cue - A non-verbal cue.
 *
 * @cssprop --attune-font-family-transcript - Typeface for the transcript (a serif by default).
 * @cssprop --attune-color-client - Accent for the client's lines.
 * @cssprop --attune-color-therapist - Accent for the therapist's lines.
 */
@customElement('attune-transcript')
export class AttuneTranscript extends LitElement {
  static override styles = [tokens, base, styles];

  /** The lines to show, in order. */
  @property({ attribute: false }) lines: TranscriptLine[] = [];

  /** The client's name, used as the speaker label of client lines. */
  @property({ attribute: 'client-name' }) clientName = 'Client';

  /** Lines at or after this index are marked new (a gentle fade-in, unless reduced motion). */
  @property({ type: Number, attribute: 'new-from' }) newFrom = Number.POSITIVE_INFINITY;

  /** Accessible name of the list. */
  @property() label = 'Session transcript';

  private speaker(line: TranscriptLine) {
    if (line.speaker === 'client') return this.clientName;
    if (line.speaker === 'therapist') return line.action ? 'Your action' : 'You';
    return undefined;
  }

  override render() {
    if (this.lines.length === 0) return html`<p class="empty">Nothing has been said yet.</p>`;
    return html`<ol part="list" aria-label=${this.label}>
      ${this.lines.map((line, i) => {
        const who = this.speaker(line);
        return html`<li class="${line.speaker} ${line.action ? 'action' : ''} ${i >= this.newFrom ? 'new' : ''}" part="line line-${line.speaker}${line.action ? ' line-action' : ''}">
          ${who ? html`<span class="speaker" part="speaker">${who}<span class="visually-hidden">:</span></span>` : nothing}
          ${line.text.trim() !== '' ? html`<span class="text">${line.text}</span>` : nothing}
          ${line.cues.map((cue) => html`<span class="cue" part="cue">(${cue})</span>`)}
        </li>`;
      })}
    </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-transcript': AttuneTranscript;
  }
}
