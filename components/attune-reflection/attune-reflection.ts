import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { scoreReflection, type Reflection } from '../../src/schemas/reflection.js';
import { emit } from '../shared/events.js';
import { base, tokens } from '../shared/theme.styles.js';
import { styles } from './attune-reflection.styles.js';

/**
 * @summary The optional, private self-reflection on the trainee's own relational pulls: each item
 * as a group of radio buttons on the questionnaire's scale, then the tendencies that stand out.
 * Saving it turns on "pulls to notice" in every debrief. Never used in scoring.
 *
 * @fires attune-reflection-save - "Save my answers". `detail: { answers }` (item id → level)
 * @fires attune-reflection-clear - "Clear my answers".
 * @fires attune-leave - "Back to the library".
 *
 * @csspart item - Each item's fieldset.
 * @csspart result - The summary of tendencies.
 */
@customElement('attune-reflection')
export class AttuneReflection extends LitElement {
  static override styles = [tokens, base, styles];

  @property({ attribute: false }) reflection?: Reflection;

  /** Answers saved before (item id → level). */
  @property({ attribute: false }) answers: Record<string, number> = {};

  /** When the answers were saved (ISO date), to say so. */
  @property({ attribute: 'saved-at' }) savedAt = '';

  @state() private draft: Record<string, number> = {};

  @query('h1') private heading?: HTMLElement;

  focusHeading() {
    this.heading?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('answers')) this.draft = { ...this.answers };
  }

  private set(item: string, level: number) {
    this.draft = { ...this.draft, [item]: level };
  }

  private renderResult(r: Reflection) {
    const saved = Object.keys(this.answers).length > 0;
    if (!saved) return nothing;
    const result = scoreReflection(r, this.answers);
    const byId = new Map(r.dimensions.map((d) => [d.id, d]));
    return html`<section class="result" part="result" aria-labelledby="result-title" role="status">
      <h2 id="result-title">What stood out</h2>
      ${this.savedAt ? html`<p class="muted">Saved ${new Date(this.savedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}; ${result.answered} of ${r.items.length} answered.</p>` : nothing}
      ${result.tendencies.length === 0
        ? html`<p>No particular pull stood out. Each debrief will still include general pulls to notice for that client's pattern.</p>`
        : html`<ul>
            ${result.tendencies.map((t) => html`<li><strong>${byId.get(t)?.label ?? t}.</strong> ${byId.get(t)?.description ?? ''}</li>`)}
          </ul>`}
      <p class="muted">${r.caveat}</p>
    </section>`;
  }

  override render() {
    const r = this.reflection;
    if (!r) return nothing;
    const levels = Array.from({ length: r.scale.max - r.scale.min + 1 }, (_, i) => r.scale.min + i);
    const answered = r.items.filter((i) => this.draft[i.id] !== undefined).length;
    return html`
      <h1 tabindex="-1">${r.title}</h1>
      <p class="intro">${r.intro}</p>
      ${this.renderResult(r)}
      <form @submit=${(e: Event) => e.preventDefault()}>
        <ol class="items">
          ${r.items.map(
            (item, n) => html`<li>
              <fieldset part="item">
                <legend>${n + 1}. ${item.text}</legend>
                <div class="scale">
                  ${levels.map(
                    (level) => html`<label
                      ><input
                        type="radio"
                        name=${item.id}
                        .value=${String(level)}
                        .checked=${this.draft[item.id] === level}
                        @change=${() => this.set(item.id, level)}
                      />${r.scale.labels[String(level)]}</label
                    >`,
                  )}
                </div>
              </fieldset>
            </li>`,
          )}
        </ol>
        <p class="muted">${answered} of ${r.items.length} answered. You can leave any item out.</p>
        <div class="actions">
          <button class="primary" type="button" ?disabled=${answered === 0} @click=${() => emit(this, 'attune-reflection-save', { answers: { ...this.draft } })}>
            Save my answers
          </button>
          ${Object.keys(this.answers).length > 0
            ? html`<button type="button" @click=${() => emit(this, 'attune-reflection-clear', {})}>Clear my answers</button>`
            : nothing}
          <button type="button" @click=${() => emit(this, 'attune-leave', {})}>Back to the library</button>
        </div>
      </form>
      ${r.references.length > 0
        ? html`<h2>References</h2>
            <ul class="refs">
              ${r.references.map((ref) => html`<li>${ref}</li>`)}
            </ul>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-reflection': AttuneReflection;
  }
}
