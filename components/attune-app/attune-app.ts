// First, so that zod's schemas are created without `new Function` (strict CSP).
import '../shared/strict-csp.js';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { AttemptStore, type ImportReport, type Mode } from '../../src/attempts.js';
import { fetchCatalogue, type Catalogue } from '../../src/scenario-bundle.js';
import { downloadText } from '../attune-debrief/attune-debrief.js';
import '../attune-library/attune-library.js';
import type { AttuneLibrary, LibraryEntry } from '../attune-library/attune-library.js';
import '../attune-player/attune-player.js';
import { emit, type AttuneImportDetail, type AttuneKeyDetail, type AttuneSelectDetail } from '../shared/events.js';
import { base, tokens } from '../shared/theme.styles.js';
import { styles } from './attune-app.styles.js';

const SETTINGS_KEY = 'attune:settings';

interface Settings {
  confidence: boolean;
  clientState: boolean;
}

function readSettings(): Settings {
  try {
    const value = JSON.parse(globalThis.localStorage?.getItem(SETTINGS_KEY) ?? '{}') as Partial<Settings>;
    return { confidence: value.confidence === true, clientState: value.clientState !== false };
  } catch {
    return { confidence: false, clientState: true };
  }
}

/** `#play/<id>/<mode>` ↔ the route. */
function parseHash(hash: string): { scenario: string; mode: Mode } | undefined {
  const m = /^#play\/([a-z0-9][a-z0-9-]*)\/(practice|assessment)$/.exec(hash);
  return m ? { scenario: m[1]!, mode: m[2] as Mode } : undefined;
}

/**
 * @summary The library app (`index.html`): the scenario library, then the player for the chosen
 * scenario and mode, and back. The route lives in the URL hash (`#play/<id>/<mode>`), so a reload
 * mid-scenario reopens it with the offer to resume.
 *
 * @fires attune-error - The scenario list could not be loaded. `detail: { kind: 'load', message }`
 *
 * @csspart nav - The top navigation bar.
 * @csspart library - The library element.
 * @csspart player - The player element.
 */
@customElement('attune-app')
export class AttuneApp extends LitElement {
  static override styles = [tokens, base, styles];

  /** Folder of the scenario bundles (relative to the page). */
  @property({ attribute: 'scenarios-base' }) scenariosBase = 'scenarios/';

  /** Where attempts are kept (defaults to this browser's localStorage). */
  @property({ attribute: false }) store = new AttemptStore();

  /** Fix the random seed of every attempt (reproducible demonstrations and screenshots). */
  @property({ type: Number }) seed?: number;

  @state() private catalogue?: Catalogue;
  @state() private loadError?: string;
  @state() private route?: { scenario: string; mode: Mode };
  @state() private settings: Settings = readSettings();
  @state() private importReport?: ImportReport | { error: string };
  @state() private revision = 0;

  @query('attune-library') private library?: AttuneLibrary;

  private readonly onHashChange = () => {
    const route = parseHash(location.hash);
    const leaving = this.route && !route;
    this.route = route;
    if (leaving) this.refreshLibrary();
  };

  override connectedCallback() {
    super.connectedCallback();
    this.route = parseHash(location.hash);
    window.addEventListener('hashchange', this.onHashChange);
    void this.loadCatalogue();
  }

  override disconnectedCallback() {
    window.removeEventListener('hashchange', this.onHashChange);
    super.disconnectedCallback();
  }

  async loadCatalogue() {
    this.loadError = undefined;
    try {
      this.catalogue = await fetchCatalogue(`${this.scenariosBase}index.json`);
    } catch (error) {
      this.loadError = error instanceof Error ? error.message : String(error);
      emit(this, 'attune-error', { kind: 'load', message: this.loadError });
    }
  }

  private get entries(): LibraryEntry[] {
    void this.revision;
    return (this.catalogue?.scenarios ?? []).map((s) => ({
      scenario: s.scenario,
      rubricTitle: s.rubricTitle,
      summary: this.store.summary(s.scenario.id),
    }));
  }

  private navigate(route: { scenario: string; mode: Mode } | undefined) {
    const hash = route ? `#play/${route.scenario}/${route.mode}` : '';
    if (location.hash !== hash) history.pushState(null, '', hash || location.pathname + location.search);
    this.route = route;
  }

  private onSelect(event: CustomEvent<AttuneSelectDetail>) {
    this.navigate({ scenario: event.detail.scenario, mode: event.detail.mode });
  }

  private refreshLibrary() {
    this.revision++;
    void this.updateComplete.then(() => setTimeout(() => this.library?.focusHeading()));
  }

  private toLibrary() {
    this.navigate(undefined);
    this.refreshLibrary();
  }

  private exportHistory() {
    downloadText(this.store.exportJson(), `attune-history-${new Date().toISOString().slice(0, 10)}.json`, 'application/json');
  }

  private importHistory(event: CustomEvent<AttuneImportDetail>) {
    try {
      this.importReport = this.store.importJson(event.detail.text);
    } catch (error) {
      this.importReport = { error: error instanceof Error ? error.message : String(error) };
    }
    this.revision++;
  }

  private discard(event: CustomEvent<AttuneKeyDetail>) {
    this.store.discardQuarantined(event.detail.key);
    this.revision++;
  }

  private setSetting(key: keyof Settings, value: boolean) {
    this.settings = { ...this.settings, [key]: value };
    try {
      globalThis.localStorage?.setItem(SETTINGS_KEY, JSON.stringify(this.settings));
    } catch {
      /* settings stay for this page */
    }
  }

  private renderLibrary() {
    if (this.loadError) {
      return html`<div class="library">
        <h1>Scenario library</h1>
        <div class="notice warn" role="status">
          <p>The list of scenarios could not be loaded. ${this.loadError}</p>
          <div class="actions"><button class="primary" @click=${() => void this.loadCatalogue()}>Try again</button></div>
        </div>
      </div>`;
    }
    if (!this.catalogue) return html`<div class="library"><h1>Scenario library</h1><p role="status">Loading the scenarios…</p></div>`;
    void this.revision;
    // Read entries first: reading history is what finds (and sets aside) corrupt records.
    const entries = this.entries;
    return html`<div class="library">
      <attune-library
        part="library"
        .entries=${entries}
        .problems=${[...this.store.problems]}
        .quarantined=${this.store.quarantined()}
        .importReport=${this.importReport}
        @attune-select=${this.onSelect}
        @attune-history-export=${this.exportHistory}
        @attune-history-import=${this.importHistory}
        @attune-quarantine-discard=${this.discard}
      >
        <fieldset class="settings" slot="intro">
          <legend>While playing</legend>
          <label
            ><input type="checkbox" .checked=${this.settings.confidence} @change=${(e: Event) => this.setSetting('confidence', (e.target as HTMLInputElement).checked)} />
            <span>Ask how confident I am at each decision<span class="hint">Your calibration is shown in the debrief.</span></span></label
          >
          <label
            ><input type="checkbox" .checked=${this.settings.clientState} @change=${(e: Event) => this.setSetting('clientState', (e.target as HTMLInputElement).checked)} />
            <span>Show how the client seems as it changes<span class="hint">For example openness and arousal, where a scenario tracks them.</span></span></label
          >
        </fieldset>
      </attune-library>
    </div>`;
  }

  override render() {
    const route = this.route;
    return html`
      <nav part="nav" aria-label="Attune">
        <span class="brand">Attune</span>
        ${route ? html`<button class="quiet" @click=${() => this.toLibrary()}>← Scenario library</button>` : nothing}
      </nav>
      ${route
        ? html`<attune-player
            part="player"
            scenario=${route.scenario}
            mode=${route.mode}
            scenarios-base=${this.scenariosBase}
            .store=${this.store}
            .seed=${this.seed}
            ?confidence=${this.settings.confidence}
            ?client-state=${this.settings.clientState}
            leavable
            @attune-leave=${() => this.toLibrary()}
            @attune-complete=${() => this.revision++}
          ></attune-player>`
        : this.renderLibrary()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-app': AttuneApp;
  }
}
