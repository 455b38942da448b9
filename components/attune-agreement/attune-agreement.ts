import { html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { PanelAgreement } from '../../src/panel/agreement.js';
import {
  agreementChart,
  agreementHtml,
  agreementMarkdown,
  agreementNotes,
  CHART_CAPTION,
  contestedLines,
  measureTable,
  noneContested,
  optionTables,
  problemLines,
  raterTable,
  summaryLine,
  type ReportTable,
} from '../../src/panel/report.js';
import { exploreForPanel, panelDecisions, type PanelDecision } from '../../src/panel/review-task.js';
import { scenarioAgreement, type RatingsText } from '../../src/panel/scenario-agreement.js';
import type { ScenarioBundle } from '../../src/scenario-bundle.js';
import { loadBundle } from '../shared/bundle-source.js';
import { downloadText } from '../shared/download.js';
import { base, tokens } from '../shared/theme.styles.js';
import { styles } from './attune-agreement.styles.js';

/** Ratings files larger than this are not read (a real one is a few kilobytes per decision). */
const MAX_FILE_BYTES = 2_000_000;

/**
 * @summary The expert panel's agreement on one scenario, for a course leader (the agreement page,
 * `agreement.html?scenario=<id>`): the raters' files are dropped here or chosen with the file
 * picker (read in this browser, sent nowhere) and the page shows what `npm run agreement` reports,
 * from the same code: per criterion and risk Krippendorff's alpha (ordinal) and ICC(2,k) with the
 * raters and options counted, a chart of both against the bar, the contested items, every option's
 * panel median and range beside the authors' rating, the raters and any problem with their files;
 * the report downloads as Markdown, HTML or JSON.
 *
 * @csspart drop - The drop zone with the file picker.
 * @csspart report - The agreement report.
 * @csspart chart - The chart of ICC(2,k) and alpha.
 *
 * @cssprop --attune-color-warn-soft - Rows of contested items.
 */
@customElement('attune-agreement')
export class AttuneAgreement extends LitElement {
  static override styles = [tokens, base, styles];

  /** URL of the scenario bundle (`scenarios/<id>.json`). */
  @property() src?: string;

  /** The scenario bundle given directly (instead of `src`). */
  @property({ attribute: false }) bundle?: ScenarioBundle;

  /** The ratings files read so far. */
  @property({ attribute: false }) files: RatingsText[] = [];

  @state() private decisions?: readonly PanelDecision[];
  @state() private agreement?: PanelAgreement;
  @state() private error?: string;
  @state() private readProblems: string[] = [];
  @state() private dragging = false;

  protected override async willUpdate(changed: PropertyValues<this>) {
    if (changed.has('src') && this.src && !this.bundle) {
      const src = this.src;
      const loaded = await loadBundle(src);
      if (this.src !== src) return;
      if ('error' in loaded) this.error = loaded.error;
      else this.bundle = loaded.bundle;
    }
    if (changed.has('bundle') && this.bundle) {
      // The scenario's decisions, found once by exploring its story (as the checker does).
      this.decisions = panelDecisions(exploreForPanel(this.bundle.story), this.bundle.rubric).decisions;
    }
    if ((changed.has('bundle') || changed.has('files')) && this.bundle && this.decisions) {
      this.agreement = this.files.length > 0 ? scenarioAgreement(this.bundle, this.files, this.decisions) : undefined;
    }
  }

  /** Reads files (from the picker or a drop) and adds them; a file of the same name replaces the earlier one. */
  async addFiles(list: Iterable<File>) {
    const problems: string[] = [];
    const read: RatingsText[] = [];
    for (const file of list) {
      if (file.size > MAX_FILE_BYTES) {
        problems.push(`${file.name} is ${Math.round(file.size / 1000)} kB, too large to be a ratings file: left out.`);
        continue;
      }
      read.push({ file: file.name, text: await file.text() });
    }
    const names = new Set(read.map((f) => f.file));
    this.files = [...this.files.filter((f) => !names.has(f.file)), ...read];
    this.readProblems = problems;
  }

  private removeFile(name: string) {
    this.files = this.files.filter((f) => f.file !== name);
  }

  private onDrop(e: DragEvent) {
    e.preventDefault();
    this.dragging = false;
    if (e.dataTransfer?.files.length) void this.addFiles(e.dataTransfer.files);
  }

  private download(kind: 'md' | 'html' | 'json') {
    const a = this.agreement!;
    const text = kind === 'md' ? agreementMarkdown(a) : kind === 'html' ? agreementHtml(a) : JSON.stringify(a, null, 2) + '\n';
    downloadText(text, `${a.scenario.id}-agreement.${kind}`, kind === 'md' ? 'text/markdown' : kind === 'html' ? 'text/html' : 'application/json');
  }

  private renderTable(t: ReportTable) {
    return html`<div class="table-wrap">
        <table>
          <caption>${t.caption}</caption>
          <thead>
            <tr>
              ${t.head.map((h) => html`<th scope="col">${h}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${t.rows.map(
              (r, i) => html`<tr class=${t.contested?.[i] ? 'contested' : ''}>
                ${r.map((c, j) => (j === 0 ? html`<th scope="row">${c}</th>` : html`<td>${c}</td>`))}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }

  private renderChart(a: PanelAgreement) {
    const c = agreementChart(a);
    return html`<figure part="chart">
      <svg viewBox="0 0 ${c.width} ${c.height}" role="img" aria-labelledby="chart-title">
        <title id="chart-title">${c.title}</title>
        ${c.ticks.map((t) => svg`<text x=${t.x} y="14" text-anchor="middle" class="axis">${t.text}</text>`)}
        ${c.rows.map(
          (r) => svg`<text x=${r.labelX} y=${r.labelY} text-anchor="end">${r.label}</text>
            ${r.bars.map((b) =>
              b.defined
                ? svg`<rect x=${b.x} y=${b.y} width=${b.width} height=${b.height} class=${b.kind}></rect><text x=${b.textX} y=${b.textY} class="value">${b.text}</text>`
                : svg`<text x=${b.textX} y=${b.textY} class="axis">${b.text}</text>`,
            )}`,
        )}
        <line x1=${c.barLine.x} x2=${c.barLine.x} y1=${c.barLine.y1} y2=${c.barLine.y2} class="bar-line"></line>
        <text x=${c.barLine.x} y=${c.barLine.textY} text-anchor="middle" class="axis">${c.barLine.text}</text>
      </svg>
      <figcaption>${CHART_CAPTION(a)}</figcaption>
    </figure>`;
  }

  private renderReport(a: PanelAgreement) {
    const notes = agreementNotes(a);
    return html`<section part="report" class="report" aria-labelledby="report-title">
      <h2 id="report-title">Agreement</h2>
      <p class="muted">${summaryLine(a)}</p>
      <div class="actions">
        <button type="button" @click=${() => this.download('md')}>Download Markdown</button>
        <button type="button" @click=${() => this.download('html')}>Download HTML page</button>
        <button type="button" @click=${() => this.download('json')}>Download JSON</button>
      </div>
      ${a.problems.length > 0
        ? html`<section class="notice warn" aria-labelledby="problems-title">
            <h3 id="problems-title">Problems with the files</h3>
            <ul>
              ${problemLines(a).map((p) => html`<li>${p}</li>`)}
            </ul>
          </section>`
        : nothing}
      <h3>Per criterion and risk</h3>
      ${this.renderTable(measureTable(a))}
      ${notes.length > 0
        ? html`<ul class="notes">
            ${notes.map((n) => html`<li>${n}</li>`)}
          </ul>`
        : nothing}
      ${this.renderChart(a)}
      <h3>Contested items</h3>
      ${a.contested.length === 0
        ? html`<p>${noneContested(a)}</p>`
        : html`<ul class="contested-list">
            ${contestedLines(a).map((c) => html`<li><strong>${c.key}</strong>${c.text}</li>`)}
          </ul>`}
      <h3>Per option</h3>
      ${optionTables(a).map(
        (t) => html`${this.renderTable(t)}
        ${t.comments.length > 0
          ? html`<p>Comments:</p>
              <ul>
                ${t.comments.map((c) => html`<li>${c.option}, ${c.reviewer}: ${c.text}</li>`)}
              </ul>`
          : nothing}`,
      )}
      <h3>Raters</h3>
      ${this.renderTable(raterTable(a))}
    </section>`;
  }

  override render() {
    if (this.error) return html`<p class="notice danger" role="alert">${this.error}</p>`;
    const bundle = this.bundle;
    if (!bundle || !this.decisions) return html`<p role="status">Loading the scenario…</p>`;
    return html`
      <h1>Panel agreement: ${bundle.scenario.title}</h1>
      <p>
        Add the raters' files from the review page. They are read in this browser and sent nowhere. The figures are those of
        <code>npm run agreement</code>, from the same code.
      </p>
      <div
        part="drop"
        class="drop ${this.dragging ? 'dragging' : ''}"
        @dragover=${(e: DragEvent) => (e.preventDefault(), (this.dragging = true))}
        @dragleave=${() => (this.dragging = false)}
        @drop=${(e: DragEvent) => this.onDrop(e)}
      >
        <label for="files">Ratings files (drop them here, or choose them)</label>
        <input
          id="files"
          type="file"
          multiple
          accept=".json,application/json"
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            if (input.files) void this.addFiles([...input.files]).then(() => (input.value = ''));
          }}
        />
      </div>
      ${this.readProblems.map((p) => html`<p class="notice warn" role="alert">${p}</p>`)}
      ${this.files.length > 0
        ? html`<ul class="files" aria-label="Files added">
            ${this.files.map((f) => html`<li><span>${f.file}</span> <button type="button" class="quiet" aria-label="Remove ${f.file}" @click=${() => this.removeFile(f.file)}>Remove</button></li>`)}
          </ul>`
        : nothing}
      <div role="status">${this.agreement ? `${this.files.length} file${this.files.length === 1 ? '' : 's'} read.` : 'No files yet.'}</div>
      ${this.agreement ? this.renderReport(this.agreement) : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-agreement': AttuneAgreement;
  }
}
