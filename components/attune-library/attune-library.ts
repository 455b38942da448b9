import { html, LitElement, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { ImportReport, Mode, QuarantinedItem, ScenarioSummary, StorageProblem } from '../../src/attempts.js';
import { panelStatusText, scorePercent } from '../../src/debrief.js';
import { humanise } from '../../src/ids.js';
import type { Catalogue } from '../../src/scenario-bundle.js';
import type { PanelSummary } from '../../src/schemas/ratings.js';
import type { Scenario } from '../../src/schemas/scenario.js';
import { MODE_TEXT } from '../attune-content-note/attune-content-note.js';
import '../attune-progress/attune-progress.js';
import { emit } from '../shared/events.js';
import { base, tokens } from '../shared/theme.styles.js';
import { styles } from './attune-library.styles.js';

/** A scenario the checker left out (listed by the dev server only), with its errors. */
export type UnavailableScenario = NonNullable<Catalogue['unavailable']>[number];

export interface LibraryEntry {
  scenario: Scenario;
  rubricTitle: string;
  summary: ScenarioSummary;
  /** The expert panel's summary, when a panel has rated the scenario. */
  panel?: PanelSummary;
}

const date = (iso: string | undefined) => (iso ? new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' }) : '');

/**
 * @summary The scenario library: every scenario with its client, attachment pattern, summary,
 * length, content note, last attempt and best result, a small progress view, and a choice of
 * practice or assessment. Also the trainee's history tools (export, import, set-aside records).
 *
 * @fires attune-select - A scenario and mode were chosen. `detail: { scenario, mode }`
 * @fires attune-history-export - "Export my history".
 * @fires attune-history-import - A history file was chosen. `detail: { text, fileName }`
 * @fires attune-quarantine-discard - Discard a set-aside record for good. `detail: { key }`
 *
 * @slot intro - Extra content under the introduction (e.g. a course leader's note).
 * @slot after - Content after the list (the library app puts the self-reflection here).
 *
 * @csspart card - Each scenario card (also `card-unavailable` for a scenario left out because it has errors, in development).
 * @csspart content-note - The content note on a card.
 * @csspart panel-status - Whether a panel has rated the scenario, and its agreement.
 */
@customElement('attune-library')
export class AttuneLibrary extends LitElement {
  static override styles = [tokens, base, styles];

  @property({ attribute: false }) entries: LibraryEntry[] = [];

  /**
   * Scenarios left out because the checker finds errors in them (the dev server lists them, a
   * build never does): shown as "has errors", with the errors, for the author.
   */
  @property({ attribute: false }) unavailable: UnavailableScenario[] = [];

  /** Problems with saved data to report (quarantined records, storage unavailable). */
  @property({ attribute: false }) problems: StorageProblem[] = [];

  /** Records set aside because they could not be read. */
  @property({ attribute: false }) quarantined: QuarantinedItem[] = [];

  /** Result of the last import, to report. */
  @property({ attribute: false }) importReport?: ImportReport | { error: string };

  /** Heading of the page. */
  @property() heading = 'Scenario library';

  @query('h1') private headingEl?: HTMLElement;

  focusHeading() {
    this.headingEl?.focus();
  }

  private select(scenario: string, mode: Mode) {
    emit(this, 'attune-select', { scenario, mode });
  }

  private async onFile(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    emit(this, 'attune-history-import', { text, fileName: file.name });
  }

  private renderLast(s: ScenarioSummary) {
    const last = s.last;
    if (!last) return html`<dd>Not tried yet</dd>`;
    if (last.status === 'complete' && last.result) {
      const r = last.result;
      return html`<dd>${date(last.completedAt)} · ${last.mode} · ${scorePercent(r.overall)} ${r.harmFlags > 0 ? '· harm flag' : r.passed ? '· passed' : '· not passed'}</dd>`;
    }
    const what: Record<string, string> = {
      'in-progress': `unfinished ${last.mode} attempt (${last.decisions} decision${last.decisions === 1 ? '' : 's'})`,
      abandoned: `${last.mode} attempt, started again`,
      'story-changed': `${last.mode} attempt made before the scenario was updated`,
      stopped: `${last.mode} attempt stopped by a story problem`,
      complete: `${last.mode} attempt`,
    };
    return html`<dd>${date(last.updatedAt)} · ${what[last.status] ?? last.status}</dd>`;
  }

  private renderCard(entry: LibraryEntry) {
    const s = entry.scenario;
    const c = s.client;
    const id = `title-${s.id}`;
    const sum = entry.summary;
    const best = sum.best?.result;
    const client = [c.name, c.age ? String(c.age) : '', c.pronouns ?? ''].filter(Boolean).join(', ');
    return html`<li>
      <article part="card" aria-labelledby=${id}>
        <h2 id=${id}>${s.title}</h2>
        <p class="client">${client} · <strong>${humanise(c.attachment)}</strong> attachment</p>
        ${s.setting ? html`<p class="meta">${s.setting}</p>` : nothing}
        <p class="grow">${s.summary}</p>
        <p class="meta">About ${s.minutes} minute${s.minutes === 1 ? '' : 's'} · ${entry.rubricTitle}</p>
        <p class="meta panel-status" part="panel-status">${panelStatusText(entry.panel)}</p>
        <div class="content-note" part="content-note"><strong>Content note:</strong> ${s.contentNotes.join(' ')}</div>
        <dl>
          <dt>Last attempt</dt>
          ${this.renderLast(sum)}
          <dt>Best result</dt>
          <dd>${best ? html`${scorePercent(best.overall)} ${best.passed ? '(passed)' : '(not passed)'}` : 'None yet'}</dd>
        </dl>
        ${sum.unfinished ? html`<p class="meta">Choose ${MODE_TEXT[sum.unfinished.mode].name} to resume your unfinished attempt.</p>` : nothing}
        ${sum.completed.length > 0
          ? html`<details>
              <summary>Progress over ${sum.completed.length} completed attempt${sum.completed.length === 1 ? '' : 's'}</summary>
              <attune-progress .attempts=${sum.completed} label=${s.title}></attune-progress>
            </details>`
          : nothing}
        <div class="actions" role="group" aria-label="Open ${s.title} in">
          <button class="primary" aria-describedby=${id} data-mode="practice" @click=${() => this.select(s.id, 'practice')}>Practice</button>
          <button aria-describedby=${id} data-mode="assessment" @click=${() => this.select(s.id, 'assessment')}>Assessment</button>
        </div>
      </article>
    </li>`;
  }

  private renderUnavailable(u: UnavailableScenario) {
    const id = `title-unavailable-${u.id}`;
    return html`<li>
      <article part="card card-unavailable" class="unavailable" aria-labelledby=${id}>
        <h2 id=${id}>${u.title ?? u.id}</h2>
        <p><span class="badge">Has errors</span> Left out until they are fixed: trainees do not see this scenario.</p>
        <ul class="diagnostics">
          ${u.diagnostics.map(
            (d) => html`<li><code>${d.file}${d.line !== undefined ? `:${d.line}` : ''}</code> <span class="rule">[${d.rule}]</span> ${d.message}${d.path ? html` <span class="muted">(at ${d.path})</span>` : nothing}</li>`,
          )}
        </ul>
        <p class="meta">Run <code>npm run check -- ${u.file.replace(/\/scenario\.yaml$/, '')}</code> for the full report.</p>
      </article>
    </li>`;
  }

  private renderProblems() {
    const report = this.importReport;
    return html`
      ${this.problems.map((p) => html`<div class="notice warn" role="status"><p>${p.message}</p></div>`)}
      ${this.quarantined.length > 0
        ? html`<div class="notice warn">
            <p>
              ${this.quarantined.length} saved item${this.quarantined.length === 1 ? ' is' : 's are'} set aside because ${this.quarantined.length === 1 ? 'it' : 'they'}
              could not be read. ${this.quarantined.length === 1 ? 'It is' : 'They are'} kept exactly as found.
            </p>
            <details>
              <summary>Show what was set aside</summary>
              ${this.quarantined.map(
                (q) => html`<p>${date(q.at)}: <bdi>${q.reason}</bdi></p>
                  <pre dir="auto">${q.raw}</pre>
                  <div class="actions">
                    <button @click=${() => emit(this, 'attune-quarantine-discard', { key: q.key })}>Discard this item</button>
                  </div>`,
              )}
            </details>
          </div>`
        : nothing}
      ${report
        ? 'error' in report
          ? html`<div class="notice warn" role="status"><p>${report.error}</p></div>`
          : html`<div class="notice" role="status">
              <p>
                Imported: ${report.added} new, ${report.updated} updated, ${report.unchanged} already here${report.rejected.length > 0
                  ? html`; ${report.rejected.length} could not be read (${report.rejected.map((r) => `item ${r.index + 1}: ${r.reason}`).join('; ')})`
                  : nothing}.
              </p>
            </div>`
        : nothing}
    `;
  }

  override render() {
    return html`
      <h1 tabindex="-1">${this.heading}</h1>
      <p class="lede">
        Short sessions in which you are the therapist. At each judgement call you choose a response; every choice is rated against a
        clinical rubric. Read the content note before you start, and step out whenever you need to.
      </p>
      <slot name="intro"></slot>
      <div class="modes">
        <div><strong>${MODE_TEXT.practice.name}</strong>${MODE_TEXT.practice.description}</div>
        <div><strong>${MODE_TEXT.assessment.name}</strong>${MODE_TEXT.assessment.description}</div>
      </div>
      ${this.renderProblems()}
      ${this.entries.length === 0 && this.unavailable.length === 0
        ? html`<p class="empty">No scenarios are available yet.</p>`
        : html`<ul class="cards">
            ${this.entries.map((e) => this.renderCard(e))} ${this.unavailable.map((u) => this.renderUnavailable(u))}
          </ul>`}
      <slot name="after"></slot>
      <section class="history" aria-labelledby="history-title">
        <h2 id="history-title">Your history</h2>
        <p class="meta">
          Your attempts are kept privately in this browser. Export them to keep a copy or move them to another device; importing
          merges a copy back in.
        </p>
        <div class="actions">
          <button @click=${() => emit(this, 'attune-history-export', {})}>Export my history</button>
          <input id="import" type="file" accept="application/json,.json" @change=${this.onFile} />
          <label class="button" for="import">Import a history file</label>
        </div>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-library': AttuneLibrary;
  }
}
