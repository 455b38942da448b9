import { html, LitElement, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { AttemptRecord } from '../../src/attempts.js';
import { scorePercent } from '../../src/debrief.js';
import { base, tokens } from '../shared/theme.styles.js';
import { styles } from './attune-progress.styles.js';

const W = 220;
const H = 56;

/**
 * @summary A small view of progress across completed attempts at one scenario: overall score per
 * attempt as bars (harm-flagged attempts marked), with the same figures as a table.
 *
 * @csspart chart - The `<svg>`.
 * @csspart table - The table.
 */
@customElement('attune-progress')
export class AttuneProgress extends LitElement {
  static override styles = [tokens, base, styles];

  /** Completed attempts, oldest first. */
  @property({ attribute: false }) attempts: AttemptRecord[] = [];

  /** Title of the scenario, for the chart's accessible name. */
  @property() label = '';

  override render() {
    const done = this.attempts.filter((a) => a.result);
    if (done.length === 0) return nothing;
    const shown = done.slice(-12);
    const step = W / Math.max(shown.length, 4);
    const mastery = shown.at(-1)!.result!.mastery;
    const description = shown
      .map((a, i) => `attempt ${done.length - shown.length + i + 1}: ${scorePercent(a.result!.overall)}${a.result!.harmFlags > 0 ? ' with a harm flag' : a.result!.passed ? ', passed' : ''}`)
      .join('; ');
    return html`<svg part="chart" viewBox="0 0 ${W} ${H + 2}" role="img" aria-label="Overall score by attempt${this.label ? ` at ${this.label}` : ''}: ${description}.">
        <line class="axis" x1="0" x2=${W} y1=${H} y2=${H}></line>
        ${shown.map((a, i) => {
          const r = a.result!;
          const h = Math.max(2, (r.overall ?? 0) * (H - 4));
          return svg`<rect class="bar ${r.harmFlags > 0 ? 'harm' : r.passed ? '' : 'failed'}" x=${i * step + 3} y=${H - h} width=${step - 6} height=${h} rx="2"></rect>`;
        })}
        <line class="mastery" x1="0" x2=${W} y1=${H - mastery * (H - 4)} y2=${H - mastery * (H - 4)}></line>
      </svg>
      <table part="table">
        <caption class="visually-hidden">Completed attempts${this.label ? ` at ${this.label}` : ''}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Mode</th>
            <th scope="col" class="num">Overall</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          ${done.map((a) => {
            const r = a.result!;
            return html`<tr>
              <td>${new Date(a.completedAt ?? a.updatedAt).toLocaleDateString()}</td>
              <td>${a.mode}</td>
              <td class="num">${scorePercent(r.overall)}</td>
              <td>${r.harmFlags > 0 ? 'Harm flag' : r.passed ? 'Passed' : 'Not passed'}</td>
            </tr>`;
          })}
        </tbody>
      </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-progress': AttuneProgress;
  }
}
