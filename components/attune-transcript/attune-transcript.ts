import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
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
/** Lines rendered together: an update renders again only the runs that changed. */
interface Run {
  lines: readonly TranscriptLine[];
  /** Index of its first line in `lines`. */
  start: number;
  /** At or after `newFrom`. */
  fresh: boolean;
}

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

  private runs: Run[] = [];
  /** The lines the runs were made from. */
  private ran: readonly TranscriptLine[] = [];

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('lines') || changed.has('newFrom')) this.runs = this.toRuns();
  }

  /**
   * The lines as runs. When the lines continue those shown (the player appends what each decision
   * added), the runs shown are kept and only the added lines make a new one: a decision renders its
   * own lines, not the whole transcript again. Runs are cut where the new lines begin.
   */
  private toRuns(): Run[] {
    const { lines, newFrom } = this;
    const shown = this.ran;
    const continues = shown.length > 0 && lines.length >= shown.length && lines[0] === shown[0] && lines[shown.length - 1] === shown[shown.length - 1];
    const from = continues ? shown.length : 0;
    const runs = (continues ? this.runs : []).flatMap((run) => cut(run, newFrom));
    if (from < lines.length) runs.push(...cut({ lines: lines.slice(from), start: from, fresh: from >= newFrom }, newFrom));
    this.ran = lines;
    return runs;
  }

  private speaker(line: TranscriptLine) {
    if (line.speaker === 'client') return this.clientName;
    if (line.speaker === 'therapist') return line.action ? 'Your action' : 'You';
    return undefined;
  }

  private renderLine(line: TranscriptLine, fresh: boolean) {
    const who = this.speaker(line);
    return html`<li class="${line.speaker} ${line.action ? 'action' : ''} ${fresh ? 'new' : ''}" part="line line-${line.speaker}${line.action ? ' line-action' : ''}">
      ${who ? html`<span class="speaker" part="speaker">${who}<span class="visually-hidden">:</span></span>` : nothing}
      ${line.text.trim() !== '' ? html`<span class="text">${line.text}</span>` : nothing}
      ${line.cues.map((cue) => html`<span class="cue" part="cue">(${cue})</span>`)}
    </li>`;
  }

  override render() {
    if (this.lines.length === 0) return html`<p class="empty">Nothing has been said yet.</p>`;
    return html`<ol part="list" aria-label=${this.label}>
      ${this.runs.map((run) => guard([run, this.clientName], () => run.lines.map((line) => this.renderLine(line, run.fresh))))}
    </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-transcript': AttuneTranscript;
  }
}

/** `run` as it stands against `newFrom`: the same run if nothing changed, else split where the new lines begin. */
function cut(run: Run, newFrom: number): Run[] {
  const end = run.start + run.lines.length;
  if (newFrom > run.start && newFrom < end) {
    const at = newFrom - run.start;
    return [
      { lines: run.lines.slice(0, at), start: run.start, fresh: false },
      { lines: run.lines.slice(at), start: newFrom, fresh: true },
    ];
  }
  const fresh = run.start >= newFrom;
  return fresh === run.fresh ? [run] : [{ ...run, fresh }];
}

