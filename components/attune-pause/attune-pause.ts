import { html, LitElement, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { emit } from '../shared/events.js';
import { base, tokens } from '../shared/theme.styles.js';
import { styles } from './attune-pause.styles.js';

/**
 * @summary "Pause / step out": a calm, modal space with grounding and support information. It
 * changes nothing in the attempt; "Return to the scenario" brings the trainee back exactly where
 * they were, without penalty.
 *
 * @fires attune-pause - Opened or closed. `detail: { paused }`
 * @fires attune-leave - The trainee chose to leave for now (only when `leavable`; progress is saved).
 *
 * @slot support - Local support information from the host page (counselling service, helplines).
 *
 * @csspart dialog - The `<dialog>`.
 * @csspart return - The "Return to the scenario" button.
 */
@customElement('attune-pause')
export class AttunePause extends LitElement {
  static override styles = [tokens, base, styles];

  /** Whether the pause screen is showing. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Offer "leave for now" (the library app sets this). */
  @property({ type: Boolean }) leavable = false;

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('.return') private returnButton?: HTMLButtonElement;

  private opener?: Element | null;

  /** Opens the pause screen and moves focus into it. */
  show() {
    if (this.open) return;
    this.opener = deepActiveElement();
    this.open = true;
  }

  /** Closes it and returns focus to where it was. */
  close() {
    if (!this.open) return;
    this.open = false;
  }

  protected override async updated(changed: Map<string, unknown>) {
    if (!changed.has('open')) return;
    const dialog = this.dialog;
    if (!dialog) return;
    if (this.open && !dialog.open) {
      dialog.showModal();
      this.returnButton?.focus();
      emit(this, 'attune-pause', { paused: true });
    } else if (!this.open && changed.get('open') === true) {
      if (dialog.open) dialog.close();
      (this.opener as HTMLElement | null | undefined)?.focus?.();
      emit(this, 'attune-pause', { paused: false });
    }
  }

  private onCancel(event: Event) {
    // Escape: close our way (restore focus, fire the event).
    event.preventDefault();
    this.close();
  }

  override render() {
    return html`<dialog part="dialog" aria-labelledby="pause-title" @cancel=${this.onCancel}>
      <div class="inner">
        <h2 id="pause-title">Paused. Take the time you need.</h2>
        <p>
          Nothing is being timed or scored while you are here, and your place is kept. Training material like this can stir
          up personal feelings; noticing that is part of the work, not a failure.
        </p>
        <div class="breath" aria-hidden="true"></div>
        <h3>A minute of grounding</h3>
        <ol>
          <li>Put both feet on the floor and notice the chair holding you.</li>
          <li>Breathe in gently for a count of four, and out for a count of six. Do this a few times.</li>
          <li>Look around and name to yourself five things you can see, four you can hear, three you can touch.</li>
          <li>Notice where you are, what day it is, and that you are here, now.</li>
        </ol>
        <h3>If something has stayed with you</h3>
        <ul>
          <li>Talk it over with your supervisor, tutor or course leader; this is what supervision is for.</li>
          <li>Your own therapist, or your service's staff support, can help with what the material touched.</li>
          <li>
            If you are in distress right now or worried about your safety, contact your local emergency number or a crisis
            line. Free, confidential helplines by country are listed at
            <a href="https://findahelpline.com" target="_blank" rel="noopener noreferrer">findahelpline.com</a>.
          </li>
        </ul>
        <slot name="support"></slot>
        <div class="actions">
          <button class="primary return" part="return" @click=${() => this.close()}>Return to the scenario</button>
          ${this.leavable
            ? html`<button
                @click=${() => {
                  this.close();
                  emit(this, 'attune-leave', {});
                }}
              >
                Leave for now (your progress is saved)
              </button>`
            : nothing}
        </div>
        <p class="muted">Press Escape to return as well.</p>
      </div>
    </dialog>`;
  }
}

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-pause': AttunePause;
  }
}
