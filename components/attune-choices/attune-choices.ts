import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { confidenceLabel } from '../../src/debrief.js';
import { CONFIDENCE_LEVELS } from '../../src/replay-code.js';
import { emit } from '../shared/events.js';
import { base, tokens } from '../shared/theme.styles.js';
import { styles } from './attune-choices.styles.js';

export interface ChoiceOption {
  index: number;
  text: string;
  /** Something the therapist does rather than says (`#action`): shown as an action. */
  action?: boolean;
}

/**
 * @summary One judgement call: the options as real buttons, with an optional confidence rating.
 *
 * @fires attune-option-select - The trainee chose an option. `detail: { index, confidence? }`
 *
 * @csspart prompt - The question above the options.
 * @csspart option - Each option button.
 * @csspart confidence - The confidence fieldset (when `confidence` is set).
 *
 * @cssprop --attune-color-therapist - The accent on each option (they are the therapist's words).
 */
@customElement('attune-choices')
export class AttuneChoices extends LitElement {
  static override styles = [tokens, base, styles];

  @property({ attribute: false }) options: ChoiceOption[] = [];

  /** Ask how sure the trainee is before they choose (optional to answer). */
  @property({ type: Boolean }) confidence = false;

  /** The question shown above the options. */
  @property() prompt = 'What do you say?';

  /** Decision number shown to the trainee (1-based), used to label the group. */
  @property({ type: Number }) step = 1;

  @state() private chosenConfidence: number | undefined;

  @query('.prompt') private promptEl?: HTMLElement;

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('options')) this.chosenConfidence = undefined;
  }

  /** Moves focus to the question, so the next Tab reaches the first control. */
  focusPrompt() {
    this.promptEl?.focus();
  }

  private choose(index: number) {
    emit(this, 'attune-option-select', { index, ...(this.chosenConfidence !== undefined ? { confidence: this.chosenConfidence } : {}) });
  }

  override render() {
    const promptId = 'prompt';
    return html`
      <div role="group" aria-labelledby=${promptId}>
        <h2 class="prompt" id=${promptId} part="prompt" tabindex="-1">
          ${this.prompt}<span class="visually-hidden"> (decision ${this.step}, ${this.options.length} options)</span>
        </h2>
        ${this.confidence
          ? html`<fieldset part="confidence">
              <legend>How sure are you that your response will be the best one here? <span class="hint-inline">(optional)</span></legend>
              <div class="levels">
                ${CONFIDENCE_LEVELS.map(
                  (level) => html`<label
                    ><input
                      type="radio"
                      name="confidence"
                      .value=${String(level)}
                      .checked=${this.chosenConfidence === level}
                      @change=${() => (this.chosenConfidence = level)}
                    />${confidenceLabel(level)}</label
                  >`,
                )}
              </div>
              <p class="hint">Rate it first, then choose your response. Your rating is compared with the result only in the debrief.</p>
            </fieldset>`
          : nothing}
        <ul>
          ${this.options.map(
            (option, i) => html`<li>
              <button class="option" part="option" data-index=${option.index} @click=${() => this.choose(option.index)}>
                <span class="key" aria-hidden="true">${i + 1}.</span><span class="text ${option.action ? 'action' : ''}"
                  >${option.action ? html`<span class="kind">Action: </span>` : nothing}${option.text}</span
                >
              </button>
            </li>`,
          )}
        </ul>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-choices': AttuneChoices;
  }
}
