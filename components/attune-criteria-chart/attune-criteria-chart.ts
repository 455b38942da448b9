import { html, LitElement, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { percent } from '../../src/debrief.js';
import type { CriterionScore } from '../../src/scoring.js';
import { base, tokens } from '../shared/theme.styles.js';
import { styles } from './attune-criteria-chart.styles.js';

const ROW = 46;
const TOP = 22;

/**
 * @summary The per-criterion profile as an accessible SVG bar chart (with a text description)
 * and the same figures as a table.
 *
 * @csspart chart - The `<svg>`.
 * @csspart table - The table alternative.
 *
 * @cssprop --attune-color-accent - Bar colour.
 * @cssprop --attune-color-warn - Bar colour for a criterion below its minimum.
 */
@customElement('attune-criteria-chart')
export class AttuneCriteriaChart extends LitElement {
  static override styles = [tokens, base, styles];

  /** Criterion scores (from `Score.criteria`). Untested criteria are listed as not tested. */
  @property({ attribute: false }) criteria: CriterionScore[] = [];

  /** The overall mastery threshold, drawn as a dashed line. */
  @property({ type: Number }) mastery?: number;

  /** Open the table alternative by default. */
  @property({ type: Boolean, attribute: 'show-table' }) showTable = false;

  private describe(): string {
    const parts = this.criteria.map((c) => `${c.label} ${c.score === null ? 'not tested' : percent(c.score)}`);
    const threshold = this.mastery !== undefined ? ` Pass mark ${percent(this.mastery)}.` : '';
    return `Score by criterion: ${parts.join('; ')}.${threshold}`;
  }

  override render() {
    if (this.criteria.length === 0) return nothing;
    const height = TOP + this.criteria.length * ROW;
    const below = (c: CriterionScore) => c.score !== null && c.minimum !== undefined && c.score < c.minimum;
    return html`<figure>
      <svg part="chart" role="img" aria-labelledby="chart-title chart-desc" height=${height}>
        <title id="chart-title">Your profile across the rubric's criteria</title>
        <desc id="chart-desc">${this.describe()}</desc>
        ${this.criteria.map((c, i) => {
          const y = TOP + i * ROW;
          const width = c.score === null ? 0 : Math.max(0.5, c.score * 100);
          return svg`<g>
            <text class="label" x="0" y=${y}>${c.label}</text>
            <text class="value" x="100%" y=${y} text-anchor="end">${c.score === null ? 'not tested' : percent(c.score)}</text>
            <rect class="track" x="0" y=${y + 8} width="100%" height="14" rx="3"></rect>
            <rect class="bar ${below(c) ? 'below' : ''}" x="0" y=${y + 8} width="${width}%" height="14" rx="3"></rect>
          </g>`;
        })}
        ${this.mastery !== undefined
          ? svg`<line class="mastery" x1="${this.mastery * 100}%" x2="${this.mastery * 100}%" y1=${TOP - 2} y2=${height - 12}></line>
              <text class="mastery-label" x="${this.mastery * 100}%" y=${height - 0} text-anchor="middle">pass ${percent(this.mastery)}</text>`
          : nothing}
      </svg>
      <figcaption>Each bar is the share of the best available you reached on that criterion, over the decisions that tested it.${this.mastery !== undefined ? ' The dashed line is the pass mark for the overall score.' : ''}</figcaption>
      <details ?open=${this.showTable}>
        <summary>Show the figures as a table</summary>
        <table part="table">
          <caption class="visually-hidden">Score by criterion</caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col" class="num">Score</th>
              <th scope="col" class="num">Decisions</th>
              <th scope="col" class="num">Weight</th>
            </tr>
          </thead>
          <tbody>
            ${this.criteria.map(
              (c) => html`<tr>
                <th scope="row">${c.label}${below(c) ? html` <span>(below its minimum of ${percent(c.minimum)})</span>` : nothing}</th>
                <td class="num">${c.score === null ? 'not tested' : percent(c.score)}</td>
                <td class="num">${c.decisions}</td>
                <td class="num">${c.weight}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </details>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-criteria-chart': AttuneCriteriaChart;
  }
}
