/**
 * The branch map of a scenario, for authors: its decisions, options and endings, drawn from the
 * checker's state graph. States of one decision are one node (a decision offered with different
 * options in different states is still one moment of the story); each option leads to the nodes
 * its states lead to. Endings carry the checker's figures (paths, score range, harm, pass);
 * dead ends, ink errors and content no path reaches are nodes of their own, to be shown in red.
 *
 * The states themselves are kept too (small: a node and the next state of each option), so that a
 * route picked on the map, or one the checker reports, becomes a replay code the player opens at
 * that point. Pure and framework-free: built in Node by the Vite plugin, drawn in the browser.
 */
import { ratedOptions, scoreDecision } from '../scoring.js';
import { qualityCriteria, type Rubric } from '../schemas/rubric.js';
import { checkScenario, type CheckOptions, type ScenarioReport } from './check.js';
import { exploreStory, type ChoiceState, type OptionInfo, type StoryGraph } from './explore.js';
import type { LoadedScenario } from './files.js';
import { analyseGraph } from './graph.js';

import { BRANCH_MAP_FORMAT, type BranchMap, type MapNode, type MapRoute, type MapState } from './branch-map-format.js';

/** Weighted rating on the scale, 0–1, of one option (independent of what else is offered). */
function optionValue(ratings: Record<string, number>, rubric: Rubric): number | null {
  let sum = 0;
  let weights = 0;
  const { min, max } = rubric.scale;
  for (const c of qualityCriteria(rubric)) {
    const level = ratings[c.id];
    if (level === undefined) continue;
    sum += c.weight * Math.min(1, Math.max(0, (level - min) / (max - min)));
    weights += c.weight;
  }
  return weights > 0 ? sum / weights : null;
}

const nodeIdOf = (state: ChoiceState) => (state.decision !== undefined ? `decision:${state.decision}` : `choice:${[...new Set(state.options.map((o) => o.sourcePath))].sort().join('|')}`);

/** Builds the map of a loaded scenario (exploring it as the checker does, or from a graph already explored). */
export function buildBranchMap(scenario: LoadedScenario, options: CheckOptions & { graph?: StoryGraph; report?: ScenarioReport } = {}): BranchMap | undefined {
  const compiled = scenario.compiled;
  const rubric = scenario.rubric?.rubric;
  if (!compiled?.story || !scenario.scenario || !rubric) return undefined;
  const seed = options.seed ?? 1;
  const report = options.report ?? checkScenario(scenario, options);
  const graph =
    options.graph ??
    exploreStory(compiled.story.json, {
      seed,
      ...(options.maxStates !== undefined ? { maxStates: options.maxStates } : {}),
      stateVariables: scenario.scenario.clientState.map((v) => v.variable),
      ...(compiled.locate ? { locate: compiled.locate } : {}),
    });
  const figures = analyseGraph(graph);
  const where = (path: string) => compiled.choiceLocations[path] ?? { file: compiled.files[0]!, line: 1 };

  const nodes = new Map<string, MapNode>();
  const node = (id: string, make: () => MapNode) => {
    let n = nodes.get(id);
    if (!n) nodes.set(id, (n = make()));
    return n;
  };
  const endingOf = (id: string) => report.endings.find((e) => e.id === id);
  const endNodeId = (s: { outcome: string; ending?: string; location?: { file: string; line: number } }) =>
    s.outcome === 'ending' ? `ending:${s.ending}` : `${s.outcome}:${s.location ? `${s.location.file}:${s.location.line}` : '?'}`;

  // The fullest presentation of each decision decides which options are best.
  const fullest = new Map<string, ChoiceState>();
  for (const s of graph.nodes) {
    if (s.kind !== 'choice') continue;
    const id = nodeIdOf(s);
    const prior = fullest.get(id);
    if (!prior || s.options.length > prior.options.length) fullest.set(id, s);
  }
  const bestKeys = new Set<string>();
  for (const s of fullest.values()) {
    if (s.decision === undefined) continue;
    const best = scoreDecision({ options: ratedOptions(s.options), chosen: 0 }, rubric).best;
    if (best.length < s.options.length) for (const i of best) bestKeys.add(s.options[i]!.sourcePath);
  }

  const states: MapState[] = graph.nodes.map((s) => {
    if (s.kind === 'end') {
      const id = endNodeId(s);
      const e = s.outcome === 'ending' ? endingOf(s.ending!) : undefined;
      node(id, () => ({
        id,
        kind: s.outcome === 'ending' ? 'ending' : s.outcome,
        label: s.outcome === 'ending' ? s.ending! : s.outcome === 'dead-end' ? 'Dead end: no #ending: tag' : 'ink error',
        ...(s.location ? { file: s.location.file, line: s.location.line } : {}),
        options: [],
        ...(e
          ? { ending: { paths: e.paths, overall: e.overall, harm: e.harmPossible === null ? null : !e.harmPossible ? 'never' : e.harmFree ? 'possible' : 'always', passPossible: e.passPossible, ...(e.passable ? {} : { notPassable: e.notPassableReason ?? 'not passable' }) } }
          : {}),
        ...(s.message ? { message: s.message } : {}),
      }));
      return { node: id, end: true as const };
    }
    const id = nodeIdOf(s);
    const first = where(s.options[0]!.sourcePath);
    const n = node(id, () => ({ id, kind: s.decision !== undefined ? 'decision' : 'choice', label: s.decision ?? s.options.map((o) => o.text).join(' / '), file: first.file, line: first.line, options: [] }));
    s.options.forEach((o: OptionInfo) => {
      if (!n.options.some((x) => x.key === o.sourcePath)) {
        const at = where(o.sourcePath);
        const value = o.rating.decision !== undefined ? optionValue(o.rating.ratings, rubric) : null;
        n.options.push({
          key: o.sourcePath,
          text: o.text,
          ...(o.rating.decision !== undefined ? { id: `${o.rating.decision}.${o.rating.option}` } : {}),
          action: o.rating.action,
          ratings: o.rating.ratings,
          risks: o.rating.risks,
          ...(o.rating.feedback !== undefined ? { feedback: o.rating.feedback } : {}),
          concepts: o.rating.concepts,
          tags: o.tags,
          file: at.file,
          line: at.line,
          value,
          best: bestKeys.has(o.sourcePath),
          harm: Object.values(o.rating.risks).includes('high'),
          targets: [],
        });
      }
    });
    return { node: id, options: s.options.map((o) => o.sourcePath), next: s.next };
  });
  // Where each option leads, over all its states.
  graph.nodes.forEach((s) => {
    if (s.kind !== 'choice') return;
    const n = nodes.get(nodeIdOf(s))!;
    s.options.forEach((o, i) => {
      const to = s.next[i]!;
      if (to < 0) return;
      const target = states[to]!.node;
      const option = n.options.find((x) => x.key === o.sourcePath)!;
      if (!option.targets.includes(target)) option.targets.push(target);
    });
  });
  // Content no path reaches: from the checker's own rules.
  for (const d of report.diagnostics) {
    if (d.rule !== 'unreachable' && d.rule !== 'choice-never-offered') continue;
    const id = `unreachable:${d.file}:${d.line}`;
    node(id, () => ({ id, kind: 'unreachable', label: d.rule === 'unreachable' ? 'Never reached' : 'Choice never offered', file: d.file, ...(d.line !== undefined ? { line: d.line } : {}), options: [], message: d.message }));
  }

  const routes: MapRoute[] = [];
  for (const [end, f] of figures.ends) {
    const s = graph.nodes[end]!;
    if (s.kind !== 'end') continue;
    routes.push({ ending: s.outcome === 'ending' ? s.ending! : s.outcome, steps: f.route.map((step) => step.option) });
  }
  routes.sort((a, b) => a.ending.localeCompare(b.ending));

  return {
    format: BRANCH_MAP_FORMAT,
    id: scenario.id,
    title: scenario.scenario.title,
    storyHash: compiled.story.hash,
    seed,
    complete: graph.complete,
    start: graph.start,
    nodes: [...nodes.values()],
    states,
    routes,
    diagnostics: report.diagnostics,
  };
}
