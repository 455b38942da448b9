// First, so that zod's schemas are created without `new Function` (strict CSP).
import '../shared/strict-csp.js';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { AttemptStore, type ImportReport, type Mode } from '../../src/attempts.js';
import { debriefPulls, fetchReflection, ReflectionAnswersStore, reflectionResult, type ReflectionAnswersRecord } from '../../src/reflection-answers.js';
import { fetchCatalogue, type Catalogue } from '../../src/scenario-bundle.js';
import type { Reflection } from '../../src/schemas/reflection.js';
import '../attune-library/attune-library.js';
import type { AttuneLibrary, LibraryEntry } from '../attune-library/attune-library.js';
import '../attune-player/attune-player.js';
import '../attune-reflection/attune-reflection.js';
import type { AttuneReflection } from '../attune-reflection/attune-reflection.js';
import { downloadText } from '../shared/download.js';
import { emit, type AttuneImportDetail, type AttuneKeyDetail, type AttuneReflectionSaveDetail, type AttuneSelectDetail } from '../shared/events.js';
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

type Route = { view: 'play'; scenario: string; mode: Mode } | { view: 'reflection' };

/** `#play/<id>/<mode>` or `#reflection` ↔ the route; anything else is the library. */
function parseHash(hash: string): Route | undefined {
  if (hash === '#reflection') return { view: 'reflection' };
  const m = /^#play\/([a-z0-9][a-z0-9-]*)\/(practice|assessment)$/.exec(hash);
  return m ? { view: 'play', scenario: m[1]!, mode: m[2] as Mode } : undefined;
}

const hashOf = (route: Route | undefined) => (!route ? '' : route.view === 'reflection' ? '#reflection' : `#play/${route.scenario}/${route.mode}`);

/**
 * @summary The library app (`index.html`): the scenario library, then the player for the chosen
 * scenario and mode, and back; and the optional self-reflection, whose answers turn on "pulls to
 * notice" in every debrief. The route lives in the URL hash (`#play/<id>/<mode>`, `#reflection`),
 * so a reload mid-scenario reopens it with the offer to resume.
 *
 * @fires attune-error - The scenario list could not be loaded. `detail: { kind: 'load', message }`
 *
 * @csspart nav - The top navigation bar.
 * @csspart library - The library element.
 * @csspart player - The player element.
 * @csspart reflection - The self-reflection element.
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

  /** Where the self-reflection is (relative to the page); empty for none. */
  @property({ attribute: 'reflection-src' }) reflectionSrc = 'reflection.json';

  /** The self-reflection given directly (instead of fetching `reflection-src`). */
  @property({ attribute: false }) reflection?: Reflection;

  /** Where the self-reflection answers are kept (defaults to this browser's localStorage). */
  @property({ attribute: false }) answersStore = new ReflectionAnswersStore();

  @state() private catalogue?: Catalogue;
  @state() private loadError?: string;
  @state() private route?: Route;
  @state() private answers?: ReflectionAnswersRecord;
  @state() private settings: Settings = readSettings();
  @state() private importReport?: ImportReport | { error: string };
  @state() private revision = 0;

  @query('attune-library') private library?: AttuneLibrary;
  @query('attune-reflection') private reflectionEl?: AttuneReflection;

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
    void this.loadReflection();
  }

  private async loadReflection() {
    this.answers = this.answersStore.load();
    if (this.reflection || !this.reflectionSrc) return;
    try {
      this.reflection = await fetchReflection(this.reflectionSrc);
    } catch {
      // Optional: without it the library simply does not offer the self-reflection.
    }
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
      ...(s.panel ? { panel: s.panel } : {}),
    }));
  }

  private navigate(route: Route | undefined) {
    const hash = hashOf(route);
    if (location.hash !== hash) history.pushState(null, '', hash || location.pathname + location.search);
    this.route = route;
  }

  private onSelect(event: CustomEvent<AttuneSelectDetail>) {
    this.navigate({ view: 'play', scenario: event.detail.scenario, mode: event.detail.mode });
  }

  private openReflection() {
    this.navigate({ view: 'reflection' });
    void this.updateComplete.then(() => setTimeout(() => this.reflectionEl?.focusHeading()));
  }

  private saveReflection(event: CustomEvent<AttuneReflectionSaveDetail>) {
    if (!this.reflection) return;
    this.answers = this.answersStore.save(this.reflection, event.detail.answers);
  }

  private clearReflection() {
    this.answersStore.clear();
    this.answers = undefined;
  }

  /** Pulls to notice for a scenario's client, when the self-reflection has been done. */
  private pullsFor(scenarioId: string) {
    const scenario = this.catalogue?.scenarios.find((s) => s.scenario.id === scenarioId)?.scenario;
    if (!scenario || !this.reflection) return undefined;
    return debriefPulls(this.reflection, this.answers, scenario.client.attachment);
  }

  private renderReflectionInvite() {
    const r = this.reflection;
    if (!r) return nothing;
    const result = reflectionResult(r, this.answers);
    const labels = new Map(r.dimensions.map((d) => [d.id, d.label.toLowerCase()]));
    return html`<section class="reflect" slot="after" aria-labelledby="reflect-title">
      <h2 id="reflect-title">${r.title} <span class="hint">(optional)</span></h2>
      <p>
        A few private questions about how you tend to react when clients come close, move away, get angry or lean on you. Your
        answers stay in this browser, are never scored, and add “pulls to notice” to each debrief.
      </p>
      ${result
        ? html`<p class="hint">
            Done${this.answers ? ` on ${new Date(this.answers.savedAt).toLocaleDateString()}` : ''}.
            ${result.tendencies.length > 0 ? `What stood out: ${result.tendencies.map((t) => labels.get(t) ?? t).join('; ')}.` : 'No particular pull stood out.'}
          </p>`
        : nothing}
      <div class="actions">
        <button @click=${() => this.openReflection()}>${result ? 'Review my self-reflection' : 'Open the self-reflection'}</button>
      </div>
    </section>`;
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
      return html`<main class="library">
        <h1>Scenario library</h1>
        <div class="notice warn" role="status">
          <p>The list of scenarios could not be loaded. ${this.loadError}</p>
          <div class="actions"><button class="primary" @click=${() => void this.loadCatalogue()}>Try again</button></div>
        </div>
      </main>`;
    }
    if (!this.catalogue) return html`<main class="library"><h1>Scenario library</h1><p role="status">Loading the scenarios…</p></main>`;
    void this.revision;
    // Read entries first: reading history is what finds (and sets aside) corrupt records.
    const entries = this.entries;
    return html`<main class="library">
      <attune-library
        part="library"
        .entries=${entries}
        .unavailable=${this.catalogue.unavailable ?? []}
        .problems=${[...this.store.problems, ...this.answersStore.problems]}
        .quarantined=${this.store.quarantined()}
        .importReport=${this.importReport}
        @attune-select=${this.onSelect}
        @attune-history-export=${this.exportHistory}
        @attune-history-import=${this.importHistory}
        @attune-quarantine-discard=${this.discard}
      >
        <fieldset class="settings" slot="after">
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
        ${this.renderReflectionInvite()}
      </attune-library>
    </main>`;
  }

  override render() {
    const route = this.route;
    return html`
      <nav part="nav" aria-label="Attune">
        <span class="brand">Attune</span>
        ${route ? html`<button class="quiet" @click=${() => this.toLibrary()}>← Scenario library</button>` : nothing}
      </nav>
      ${route?.view === 'play'
        ? html`<attune-player
            part="player"
            scenario=${route.scenario}
            mode=${route.mode}
            scenarios-base=${this.scenariosBase}
            .store=${this.store}
            .seed=${this.seed}
            .pulls=${this.pullsFor(route.scenario)}
            ?confidence=${this.settings.confidence}
            ?client-state=${this.settings.clientState}
            leavable
            @attune-leave=${() => this.toLibrary()}
            @attune-complete=${() => this.revision++}
          ></attune-player>`
        : route?.view === 'reflection'
          ? html`<main class="library">
              ${this.reflection
                ? html`<attune-reflection
                    part="reflection"
                    .reflection=${this.reflection}
                    .answers=${this.answers?.answers ?? {}}
                    saved-at=${this.answers?.savedAt ?? ''}
                    @attune-reflection-save=${this.saveReflection}
                    @attune-reflection-clear=${this.clearReflection}
                    @attune-leave=${() => this.toLibrary()}
                  ></attune-reflection>`
                : html`<h1>Self-reflection</h1>
                    <p role="status">The self-reflection is not available here.</p>`}
            </main>`
          : this.renderLibrary()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-app': AttuneApp;
  }
}
