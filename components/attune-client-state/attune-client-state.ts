import { html, LitElement, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { StateReading } from '../../src/debrief.js';
import type { ClientState } from '../../src/session.js';
import { base, tokens } from '../shared/theme.styles.js';
import { styles } from './attune-client-state.styles.js';

/** "3 of 5" on a scale from 0; "1 on −5 to 8" when the scale starts elsewhere ("of" would misread it). */
export function scaleText(value: number, min: number, max: number): string {
  const n = (x: number) => (x < 0 ? `−${-x}` : String(x));
  return min === 0 ? `${n(value)} of ${n(max)}` : `${n(value)} on ${n(min)} to ${n(max)}`;
}

/**
 * @summary The client's state as it changes (e.g. openness, arousal): the variables a scenario
 * declares as displayable, each with its value on its scale and the direction of the last change.
 *
 * @csspart panel - The panel.
 * @csspart bar - Each value bar.
 *
 * @cssprop --attune-color-client - Colour of the bars.
 */
@customElement('attune-client-state')
export class AttuneClientState extends LitElement {
  static override styles = [tokens, base, styles];

  @property({ attribute: false }) readings: StateReading[] = [];

  /** The values before the last decision, to show which way each one moved. */
  @property({ attribute: false }) previous?: ClientState;

  @property({ attribute: 'client-name' }) clientName = 'The client';

  private change(r: StateReading) {
    const before = this.previous?.[r.variable];
    if (typeof before !== 'number' || typeof r.value !== 'number' || before === r.value) return nothing;
    return html`<span class="change">${r.value > before ? html`<span aria-hidden="true">↑</span> up from ${before}` : html`<span aria-hidden="true">↓</span> down from ${before}`}</span>`;
  }

  override render() {
    if (this.readings.length === 0) return nothing;
    return html`<section part="panel" aria-labelledby="cs-title">
      <h2 id="cs-title">How ${this.clientName} seems</h2>
      <ul>
        ${this.readings.map((r) => {
          const numeric = typeof r.value === 'number';
          const fraction = numeric ? Math.min(1, Math.max(0, ((r.value as number) - r.min) / (r.max - r.min))) : 0;
          return html`<li title=${r.description ?? ''}>
            <div class="row">
              <span>${r.label}</span>
              <span class="value">${numeric ? scaleText(r.value as number, r.min, r.max) : String(r.value ?? '–')} ${this.change(r)}</span>
            </div>
            ${numeric
              ? // An SVG bar: its width is an attribute, not an inline style, so it works under a strict CSP.
                html`<svg class="bar" part="bar" aria-hidden="true" width="100%" height="6">
                  ${svg`<rect class="track" width="100%" height="6" rx="3"></rect><rect class="fill" width="${Math.round(fraction * 100)}%" height="6" rx="3"></rect>`}
                </svg>`
              : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-client-state': AttuneClientState;
  }
}
