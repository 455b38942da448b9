import { html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { followRoute, type BranchMap, type MapNode, type MapOption } from '../../src/analysis/branch-map-format.js';
import { encodeReplayCode } from '../../src/replay-code.js';
import { fetchScenarioBundle, type ScenarioBundle } from '../../src/scenario-bundle.js';
import { emit } from '../shared/events.js';
import { base, tokens } from '../shared/theme.styles.js';
import { styles } from './attune-branch-map.styles.js';

interface Placed {
  node: MapNode;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Layout {
  width: number;
  height: number;
  nodes: Map<string, Placed>;
  edges: { from: string; option: MapOption; to: string; points: { x: number; y: number }[] }[];
}

const NODE_WIDTH = 300;
const HEADER = 30;
const ROW = 22;
const percent = (v: number) => `${Math.round(v * 100)}%`;

/** How an option is coloured: by its rating, harm first. */
export function ratingClass(option: Pick<MapOption, 'value' | 'best' | 'harm'>): 'harm' | 'best' | 'mid' | 'low' | 'unrated' {
  if (option.harm) return 'harm';
  if (option.value === null) return 'unrated';
  if (option.best) return 'best';
  return option.value >= 0.5 ? 'mid' : 'low';
}

const RATING_WORDS = { harm: 'harm flag', best: 'best option', mid: 'middling', low: 'weak', unrated: 'unrated' };

/**
 * @summary The branch map of a scenario, for authors: its decisions, options and endings drawn as
 * a graph (laid out by dagre, loaded only on this page) and as a list of the same graph for
 * keyboard and screen-reader use. Options are coloured by rating, harm options marked, endings
 * show their score ranges and path counts, dead ends, ink errors and unreachable content are red.
 * Selecting an option shows its tags, feedback and source line; a route picked option by option,
 * or one the checker reports, opens in the player at that point.
 *
 * @fires attune-route-play - A route was opened in the player. `detail: { scenario, replayCode, steps }`
 *
 * @csspart graph - The drawn graph.
 * @csspart list - The list view.
 * @csspart details - The details of the selected option.
 * @csspart player - Where a route is played.
 *
 * @cssprop --attune-color-good - Best options.
 * @cssprop --attune-color-danger - Harm options, dead ends, errors and unreachable content.
 */
@customElement('attune-branch-map')
export class AttuneBranchMap extends LitElement {
  static override styles = [tokens, base, styles];

  /** URL of the map JSON (`maps/<id>.json`). */
  @property() src?: string;

  /** The map given directly (instead of `src`). */
  @property({ attribute: false }) map?: BranchMap;

  /** Folder of the scenario bundles, for playing a route. */
  @property({ attribute: 'scenarios-base' }) scenariosBase = 'scenarios/';

  /** `graph` or `list`. */
  @property() view: 'graph' | 'list' = 'graph';

  @state() private layout?: Layout;
  @state() private error?: string;
  @state() private selected?: { node: string; key: string };
  /** The route being picked: option positions from the start, and the state reached. */
  @state() private picked: { node: string; key: string; step: number }[] = [];
  @state() private playing?: { code: string; bundle: ScenarioBundle; steps: number[] };
  @state() private playError?: string;

  protected override async willUpdate(changed: PropertyValues<this>) {
    if (changed.has('src') && this.src) {
      try {
        const response = await fetch(this.src);
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        const map = (await response.json()) as BranchMap;
        if (map.format !== 1 || !Array.isArray(map.nodes)) throw new Error('not a branch map of this version');
        this.map = map;
      } catch (error) {
        this.error = `The branch map at ${this.src} could not be loaded (${error instanceof Error ? error.message : String(error)}).`;
      }
    }
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('map') && this.map) {
      this.picked = [];
      this.selected = undefined;
      this.playing = undefined;
      void this.lay(this.map);
    }
  }

  /** Lays the graph out with dagre, loaded only here. */
  private async lay(map: BranchMap) {
    const { Graph, layout } = await import('@dagrejs/dagre');
    const g = new Graph({ multigraph: true });
    g.setGraph({ rankdir: 'TB', nodesep: 30, ranksep: 60, marginx: 16, marginy: 16 });
    g.setDefaultEdgeLabel(() => ({}));
    for (const n of map.nodes) g.setNode(n.id, { width: NODE_WIDTH, height: HEADER + Math.max(1, n.options.length + (n.ending ? 1 : 0)) * ROW + 8 });
    for (const n of map.nodes) for (const o of n.options) for (const t of o.targets) g.setEdge(n.id, t, {}, `${o.key}→${t}`);
    layout(g);
    const nodes = new Map<string, Placed>();
    for (const n of map.nodes) {
      const p = g.node(n.id);
      nodes.set(n.id, { node: n, x: p.x - p.width / 2, y: p.y - p.height / 2, width: p.width, height: p.height });
    }
    const edges: Layout['edges'] = [];
    for (const n of map.nodes)
      for (const o of n.options)
        for (const t of o.targets) {
          const e = g.edge({ v: n.id, w: t, name: `${o.key}→${t}` });
          edges.push({ from: n.id, option: o, to: t, points: e?.points ?? [] });
        }
    const graph = g.graph();
    if (this.map === map) this.layout = { width: graph.width ?? 0, height: graph.height ?? 0, nodes, edges };
  }

  // ── Route picking ──

  /** The states a picked route can be in (several when different states share a node). */
  private frontier(): { state: number; steps: number[] }[] {
    const map = this.map!;
    let states = [{ state: map.start, steps: [] as number[] }];
    for (const pick of this.picked) {
      const next: typeof states = [];
      for (const s of states) {
        const st = map.states[s.state];
        if (!st || 'end' in st) continue;
        const i = st.options.indexOf(pick.key);
        if (i >= 0 && st.next[i]! >= 0 && !next.some((n) => n.state === st.next[i])) next.push({ state: st.next[i]!, steps: [...s.steps, i] });
      }
      states = next;
    }
    return states;
  }

  /** Options that can be picked next, by key. */
  private available(): Set<string> {
    const keys = new Set<string>();
    for (const s of this.frontier()) {
      const st = this.map!.states[s.state];
      if (st && !('end' in st)) st.options.forEach((k, i) => st.next[i]! >= 0 && keys.add(k));
    }
    return keys;
  }

  private pick(node: string, key: string) {
    if (!this.available().has(key)) return;
    this.picked = [...this.picked, { node, key, step: this.picked.length }];
    this.selected = { node, key };
  }

  /** Opens the player at the end of a route (option positions from the start). */
  private async play(steps: number[]) {
    const map = this.map!;
    const followed = followRoute(map, steps);
    if ('error' in followed) {
      this.playError = `This route cannot be played: ${followed.error}.`;
      return;
    }
    this.playError = undefined;
    try {
      const [bundle] = await Promise.all([fetchScenarioBundle(`${this.scenariosBase}${map.id}.json`), import('../attune-player/attune-player.js')]);
      if (bundle.story.hash !== map.storyHash) throw new Error('the scenario has changed since this map was made: reload the page');
      const code = encodeReplayCode({ storyHash: bundle.story.hash, seed: map.seed, steps: steps.map((index) => ({ index })) });
      this.playing = { code, bundle, steps };
      emit(this, 'attune-route-play', { scenario: map.id, replayCode: code, steps });
    } catch (error) {
      this.playError = `The player could not open this route: ${error instanceof Error ? error.message : String(error)}.`;
    }
  }

  /** Once the player has its scenario, jump to the route's end. */
  private onPlayerReady(event: Event) {
    const player = event.currentTarget as HTMLElement & { resume(code: string): boolean };
    if (this.playing && !player.resume(this.playing.code)) this.playError = 'The player could not replay this route (see its message).';
  }

  // ── Rendering ──

  private optionLabel(o: MapOption) {
    return `${o.action ? 'Action: ' : ''}${o.text}`;
  }

  private renderGraph(layout: Layout) {
    const available = this.available();
    const route = new Set(this.picked.map((p) => p.key));
    // Focusable, so keyboard users can scroll a graph wider or taller than the screen.
    return html`<div class="graph" part="graph" tabindex="0" role="region" aria-label="The drawn map (scrolls)">
      <svg width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}" aria-hidden="true">
        ${layout.edges.map(
          (e) =>
            svg`<polyline class="edge ${ratingClass(e.option)} ${route.has(e.option.key) ? 'on-route' : ''}" points=${e.points.map((p) => `${p.x},${p.y}`).join(' ')}></polyline>`,
        )}
        ${[...layout.nodes.values()].map((p) => {
          const n = p.node;
          return svg`<g class="node ${n.kind}" transform="translate(${p.x},${p.y})">
            <rect width=${p.width} height=${p.height} rx="6"></rect>
            <text class="title" x="10" y="20">${this.nodeTitle(n).slice(0, 44)}</text>
            ${n.ending ? svg`<text class="figures" x="10" y=${HEADER + 14}>${this.endingFigures(n)}</text>` : nothing}
            ${n.options.map(
              (o, i) => svg`<g class="option ${ratingClass(o)} ${available.has(o.key) ? 'available' : ''} ${this.selected?.key === o.key ? 'selected' : ''}"
                  transform="translate(0,${HEADER + i * ROW})" @click=${() => (available.has(o.key) ? this.pick(n.id, o.key) : (this.selected = { node: n.id, key: o.key }))}>
                <rect class="row" x="4" width=${p.width - 8} height=${ROW - 2} rx="3"></rect>
                <circle cx="14" cy=${ROW / 2 - 1} r="5"></circle>
                <text x="26" y=${ROW / 2 + 4}>${(o.id ?? '') + (o.id ? ' · ' : '') + this.optionLabel(o).slice(0, 36)}</text>
                <title>${this.optionLabel(o)}</title>
              </g>`,
            )}
          </g>`;
        })}
      </svg>
    </div>`;
  }

  private nodeTitle(n: MapNode) {
    if (n.kind === 'decision') return `Decision ${n.label}`;
    if (n.kind === 'ending') return `Ending: ${n.label}`;
    if (n.kind === 'choice') return 'Unrated choice';
    return `${n.label}${n.file ? ` (${n.file.split('/').pop()}:${n.line})` : ''}`;
  }

  private endingFigures(n: MapNode) {
    const e = n.ending!;
    const range = e.overall ? (Math.round(e.overall.min * 100) === Math.round(e.overall.max * 100) ? percent(e.overall.min) : `${percent(e.overall.min)}–${percent(e.overall.max)}`) : '–';
    return `${e.paths ?? '?'} path${e.paths === 1 ? '' : 's'} · ${range} · harm ${e.harm ?? '?'} · pass ${e.notPassable !== undefined ? `never: not passable (${e.notPassable.replace(/[.\s]+$/, '')})` : e.passPossible ? 'possible' : 'never'}`;
  }

  /** Nodes in the order a reader meets them: breadth first from the start, problems last. */
  private ordered(map: BranchMap): MapNode[] {
    const byId = new Map(map.nodes.map((n) => [n.id, n]));
    const first = map.states[map.start]?.node;
    const seen = new Set<string>();
    const queue = first ? [first] : [];
    const out: MapNode[] = [];
    while (queue.length > 0) {
      const id = queue.shift()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const n = byId.get(id);
      if (!n) continue;
      out.push(n);
      for (const o of n.options) queue.push(...o.targets);
    }
    return [...out, ...map.nodes.filter((n) => !seen.has(n.id))];
  }

  private renderList(map: BranchMap) {
    const available = this.available();
    return html`<ol class="list" part="list" aria-label="The branch map as a list">
      ${this.ordered(map).map(
        (n) => html`<li class="node ${n.kind}" id=${`node-${n.id}`}>
          <h3>${this.nodeTitle(n)}${n.file && n.kind !== 'unreachable' ? html` <span class="where">${n.file}:${n.line}</span>` : nothing}</h3>
          ${n.ending ? html`<p>${this.endingFigures(n)}</p>` : nothing} ${n.message ? html`<p class="problem">${n.message}</p>` : nothing}
          ${n.options.length > 0
            ? html`<ul>
                ${n.options.map(
                  (o) => html`<li class="option ${ratingClass(o)}">
                    <span class="swatch" aria-hidden="true"></span>
                    <span>${o.id ? html`<code>${o.id}</code> ` : nothing}${this.optionLabel(o)}</span>
                    <span class="rating">(${RATING_WORDS[ratingClass(o)]}${o.value !== null ? `, ${percent(o.value)}` : ''})</span>
                    <span class="leads">leads to ${o.targets.map((t, i) => html`${i > 0 ? ', ' : ''}<a href=${`#node-${t}`} @click=${(e: Event) => this.jump(e, t)}>${this.nodeTitle(map.nodes.find((x) => x.id === t)!)}</a>`)}</span>
                    <span class="actions">
                      <button @click=${() => (this.selected = { node: n.id, key: o.key })} aria-label=${`Details: ${o.id ?? o.text}`}>Details</button>
                      <button ?disabled=${!available.has(o.key)} @click=${() => this.pick(n.id, o.key)} aria-label=${`Add to route: ${o.id ?? o.text}`}>Add to route</button>
                    </span>
                  </li>`,
                )}
              </ul>`
            : nothing}
        </li>`,
      )}
    </ol>`;
  }

  private jump(event: Event, id: string) {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`[id="node-${CSS.escape(id)}"] h3`);
    if (target) {
      target.tabIndex = -1;
      target.focus();
    }
  }

  private renderDetails(map: BranchMap) {
    const node = this.selected ? map.nodes.find((n) => n.id === this.selected!.node) : undefined;
    const o = node?.options.find((x) => x.key === this.selected!.key);
    return html`<section class="details" part="details" aria-labelledby="details-title" aria-live="polite">
      <h2 id="details-title">Option</h2>
      ${!o
        ? html`<p class="muted">Select an option (in the graph, or "Details" in the list) to see its tags, feedback and source line.</p>`
        : html`<p class="said">${this.optionLabel(o)}</p>
            <dl>
              ${o.id ? html`<dt>Id</dt><dd><code>${o.id}</code></dd>` : nothing}
              <dt>Rating</dt>
              <dd>${RATING_WORDS[ratingClass(o)]}${o.value !== null ? ` (${percent(o.value)} on the rubric's scale)` : ''}</dd>
              ${Object.keys(o.ratings).length > 0 ? html`<dt>Ratings</dt><dd>${Object.entries(o.ratings).map(([c, l]) => `${c}=${l}`).join(', ')}</dd>` : nothing}
              <dt>Risks</dt>
              <dd>${Object.entries(o.risks).filter(([, l]) => l !== 'low').map(([r, l]) => `${r}=${l}`).join(', ') || 'all low'}</dd>
              ${o.feedback ? html`<dt>Feedback</dt><dd>${o.feedback}</dd>` : nothing}
              ${o.concepts.length > 0 ? html`<dt>Concepts</dt><dd>${o.concepts.join(', ')}</dd>` : nothing}
              <dt>Tags as written</dt>
              <dd>${o.tags.length > 0 ? o.tags.map((t) => html`<code>#${t}</code> `) : 'none'}</dd>
              <dt>Source</dt>
              <dd><code>${o.file}:${o.line}</code></dd>
            </dl>`}
    </section>`;
  }

  private renderRoutes(map: BranchMap) {
    const describe = (steps: readonly number[]) => {
      const followed = followRoute(map, steps);
      if ('error' in followed) return [];
      return steps.map((pos, i) => {
        const st = map.states[followed.states[i]!]!;
        const key = 'end' in st ? '' : st.options[pos]!;
        const option = map.nodes.find((n) => n.id === st.node)?.options.find((x) => x.key === key);
        return option?.id ?? option?.text ?? '?';
      });
    };
    const steps = this.frontier()[0]?.steps;
    return html`<section class="routes" aria-labelledby="routes-title">
      <h2 id="routes-title">Routes</h2>
      <h3>Your route</h3>
      ${this.picked.length === 0
        ? html`<p class="muted">Pick options one after another ("Add to route", or click an option outlined in the graph) to build a route from the start.</p>`
        : html`<ol class="route">
            ${describe(steps ?? []).map((s) => html`<li><code>${s}</code></li>`)}
          </ol>`}
      <div class="actions">
        <button class="primary" ?disabled=${steps === undefined} @click=${() => void this.play(steps ?? [])}>Play this route</button>
        <button ?disabled=${this.picked.length === 0} @click=${() => (this.picked = this.picked.slice(0, -1))}>Undo</button>
        <button ?disabled=${this.picked.length === 0} @click=${() => (this.picked = [])}>Clear</button>
      </div>
      <h3>The checker's routes</h3>
      <ul>
        ${map.routes.map(
          (r) => html`<li>
            <strong>${r.ending}</strong>: ${describe(r.steps).join(' → ') || 'no choice'}
            <button @click=${() => void this.play(r.steps)} aria-label=${`Play this route: ${r.ending}`}>Play this route</button>
          </li>`,
        )}
      </ul>
      ${this.playError ? html`<p class="notice warn" role="alert">${this.playError}</p>` : nothing}
    </section>`;
  }

  override render() {
    if (this.error) return html`<p class="notice warn" role="alert">${this.error}</p>`;
    const map = this.map;
    if (!map) return html`<p role="status">Loading the branch map…</p>`;
    const errors = map.diagnostics.filter((d) => d.severity === 'error').length;
    return html`
      <header>
        <h2 class="title">${map.title}</h2>
        <p class="muted">
          ${map.nodes.filter((n) => n.kind === 'decision').length} decisions ·
          ${map.nodes.filter((n) => n.kind === 'ending').length} endings${errors > 0 ? html` · <strong class="danger">${errors} error${errors === 1 ? '' : 's'}</strong>` : nothing}
          ${map.complete ? nothing : html` · <strong>exploration incomplete</strong>`} · explored with seed ${map.seed}
        </p>
        <ul class="legend" aria-label="Colours">
          ${(['best', 'mid', 'low', 'harm', 'unrated'] as const).map((c) => html`<li class="option ${c}"><span class="swatch" aria-hidden="true"></span>${RATING_WORDS[c]}</li>`)}
        </ul>
        <div class="actions" role="group" aria-label="View">
          <button aria-pressed=${this.view === 'graph' ? 'true' : 'false'} @click=${() => (this.view = 'graph')}>Graph</button>
          <button aria-pressed=${this.view === 'list' ? 'true' : 'false'} @click=${() => (this.view = 'list')}>List (keyboard and screen reader)</button>
        </div>
      </header>
      <div class="body">
        <div class="main">${this.view === 'graph' ? (this.layout ? this.renderGraph(this.layout) : html`<p role="status">Laying out the graph…</p>`) : this.renderList(map)}</div>
        <aside>${this.renderDetails(map)} ${this.renderRoutes(map)}</aside>
      </div>
      ${map.diagnostics.length > 0
        ? html`<section aria-labelledby="problems-title">
            <h2 id="problems-title">What the checker reports</h2>
            <ul class="problems">
              ${map.diagnostics.map((d) => html`<li class=${d.severity}><code>${d.file}${d.line !== undefined ? `:${d.line}` : ''}</code> ${d.severity} [${d.rule}] ${d.message}</li>`)}
            </ul>
          </section>`
        : nothing}
      ${this.playing
        ? html`<section class="player" part="player" aria-labelledby="player-title">
            <h2 id="player-title">Playing the route (${this.playing.steps.length} choice${this.playing.steps.length === 1 ? '' : 's'} in)</h2>
            <attune-player .bundle=${this.playing.bundle} mode="practice" storage="none" seed=${map.seed} @attune-ready=${this.onPlayerReady}></attune-player>
          </section>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-branch-map': AttuneBranchMap;
  }
}
