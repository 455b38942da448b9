/**
 * The scenario checker: explores each scenario exhaustively, computes its figures over the state
 * graph, applies the lint rules, and returns one report per scenario plus what concerns the whole
 * set (rubric criteria no decision tests, concept coverage). Framework-free and file-system-free:
 * `src/cli/check.ts` reads the files, the tests fetch them.
 */
import { hasErrors, type Diagnostic } from '../diagnostics.js';
import type { SourceLocation } from '../ink/tag-placement.js';
import { didYouMean, nearest } from '../near-names.js';
import { ratedOptions, scoreDecision } from '../scoring.js';
import { qualityCriteria } from '../schemas/rubric.js';
import { parseOptionTags } from '../tags.js';
import { CONCEPT_IDS } from './concepts.js';
import { exploreStory, type ChoiceState, type StoryGraph } from './explore.js';
import { fieldLine, type LoadedRubric, type LoadedScenario, type LoadedStories } from './files.js';
import { analyseGraph, type GraphFigures, type PathCount } from './graph.js';
import { Linter } from './lint.js';
import { analyseScores, type Range } from './scores.js';
import { analysePanel, parseRatingsFile, type ContestedItem } from '../panel/agreement.js';
import { levelText } from '../panel/report.js';
import { panelDecisions } from '../panel/review-task.js';
import type { Rubric } from '../schemas/rubric.js';
import { guessability, LEAK_RUN, LENGTH_SHARE_LIMIT, MIN_TRADE_OFFS, DESIGN_MIN_DECISIONS, type Guessability } from './guessability.js';

export interface CheckOptions {
  seed?: number;
  /** Distinct states explored per scenario before giving up (default 100 000): a limit by work, never by time, so a limited report is the same on every run. */
  maxStates?: number;
}

/** A count of paths as JSON: a number when exact and safe, a decimal string beyond 2^53, "infinite" with loops, null if not computed. */
export type JsonPathCount = number | string | null;

export interface EndingReport {
  /** The `#ending:` id, or "dead-end" / "error". */
  id: string;
  kind: 'ending' | 'dead-end' | 'error';
  location?: SourceLocation;
  paths: JsonPathCount;
  shortestPath: number | null;
  longestPath: number | null;
  /** A shortest route: each choice as `decision.option`, or the option's text when unrated. */
  route: string[];
  criteria: Record<string, Range | null>;
  overall: Range | null;
  harmFree: boolean | null;
  harmPossible: boolean | null;
  /** Can an attempt that ends here be passed? Always false for an ending the scenario marks as not passable. */
  passPossible: boolean | null;
  /** False when the scenario marks the ending as not passable (`endings:` in scenario.yaml). */
  passable: boolean;
  /** Why it cannot be passed, as the scenario says. */
  notPassableReason?: string;
  /** Whether the scores alone (harm, elevated risks, minimums, mastery) could pass on this ending; differs from `passPossible` only on a not-passable ending. */
  passPossibleByScores: boolean | null;
}

export interface HarmFlag {
  risk: string;
  decision: string;
  option: string;
  file: string;
  line: number;
}

export interface ScenarioReport {
  id: string;
  title?: string;
  /** The metadata file. */
  file: string;
  ink?: string;
  rubric?: string;
  /** False when the story could not be explored (errors) or not completely (limits). */
  explored: boolean;
  complete: boolean;
  stoppedBy?: 'states';
  seed: number;
  usesRandomness: boolean;
  /** Distinct rated decisions reachable. */
  decisions: number;
  /** Distinct states (choice points in a distinct situation) explored. */
  states: number;
  transitions: number;
  millis: number;
  paths: JsonPathCount;
  shortestPath: number | null;
  longestPath: number | null;
  endings: EndingReport[];
  criteria: Record<string, Range | null>;
  overall: Range | null;
  /** Why score ranges are missing, if they are. */
  scoresNote?: string;
  harmFlags: HarmFlag[];
  concepts: string[];
  /** How far the scenario can be answered from the wording alone (null without a rubric). */
  guessability: Guessability | null;
  /** How often the best option is at each position (0 = first). */
  bestPositions: number[];
  /** Endings reached when the best option is taken at every rated decision. */
  bestPlay: string[];
  loops: { states: number; rated: boolean; escapable: boolean; location?: SourceLocation }[];
  /** The expert panel's agreement, when the scenario folder holds ratings files (`panel/*.json`). */
  panel?: PanelCheck;
  diagnostics: Diagnostic[];
}

/** The expert panel as the checker reports it (the full report is `npm run agreement`'s). */
export interface PanelCheck {
  files: number;
  raters: number;
  measures: { id: string; label: string; kind: 'quality' | 'risk'; raters: number; units: number; alpha: number | null; icc: number | null }[];
  /** Over all the quality criteria. */
  overall: { alpha: number | null; icc: number | null; meetsBar: boolean | null };
  contested: ContestedItem[];
  /** Problems with the files, which are left out or in part (`npm run agreement` lists them in full). */
  problems: string[];
}

export interface CheckReport {
  scenarios: ScenarioReport[];
  rubrics: { id: string; file: string; diagnostics: Diagnostic[] }[];
  /** Problems outside any scenario or rubric. */
  other: Diagnostic[];
  coverage: { concepts: Record<string, string[]>; missing: string[] };
  errors: number;
  warnings: number;
}

export function jsonPaths(count: PathCount | undefined): JsonPathCount {
  if (count === undefined) return null;
  if (count === 'infinite') return 'infinite';
  return count <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(count) : count.toString();
}

/** Checks one loaded scenario. */
export function checkScenario(input: LoadedScenario, options: CheckOptions = {}): ScenarioReport {
  const diagnostics: Diagnostic[] = [...input.diagnostics];
  const scenario = input.scenario;
  const rubric = input.rubric?.rubric;
  const compiled = input.compiled;
  const report: ScenarioReport = {
    id: input.id,
    ...(scenario ? { title: scenario.title } : {}),
    file: input.file,
    ...(compiled ? { ink: compiled.files[0] } : {}),
    ...(scenario ? { rubric: scenario.rubric } : {}),
    explored: false,
    complete: false,
    seed: options.seed ?? 1,
    usesRandomness: false,
    decisions: 0,
    states: 0,
    transitions: 0,
    millis: 0,
    paths: null,
    shortestPath: null,
    longestPath: null,
    endings: [],
    criteria: {},
    overall: null,
    harmFlags: [],
    concepts: [],
    guessability: null,
    bestPositions: [],
    bestPlay: [],
    loops: [],
    diagnostics,
  };

  const canExplore = compiled?.story && !hasErrors(compiled.diagnostics);
  const graph = canExplore
    ? exploreStory(compiled.story!.json, {
        seed: report.seed,
        ...(options.maxStates !== undefined ? { maxStates: options.maxStates } : {}),
        stateVariables: scenario?.clientState.map((v) => v.variable) ?? [],
        ...(compiled.locate ? { locate: compiled.locate } : {}),
      })
    : undefined;
  const figures = graph ? analyseGraph(graph) : undefined;
  const lint = new Linter({ scenario: input, ...(rubric ? { rubric } : {}), ...(graph ? { graph } : {}), ...(figures ? { figures } : {}), diagnostics });

  if (compiled?.story) lint.allOptions();
  const endNodes = new Map<EndingReport, number>();
  if (graph && figures) {
    structure(report, input, graph, figures, lint, endNodes);
    const choices = graph.nodes.filter((n): n is ChoiceState => n.kind === 'choice');
    for (const node of choices) lint.decision(node);
    const duplicated = duplicateDecisions(choices, lint);
    for (const [decision, state] of figures.repeatedDecisions) {
      if (duplicated.has(decision)) continue;
      lint.at(lint.nodeWhere(graph.nodes[state] as ChoiceState), 'warning', 'decision-repeated', `decision "${decision}" can be faced more than once in one play-through (a loop, or the same id later on), so its score counts twice: give each place its own decision id`);
    }
    design(report, choices, lint, rubric, scenario);
    if (rubric && compiled?.story && input.panelFiles.length > 0) panel(report, input, graph, choices, rubric, compiled.story.hash, lint);
    if (rubric) report.bestPlay = bestPlay(graph, rubric);
    if (rubric) {
      const scores = analyseScores(graph, figures, rubric, { ...(scenario?.mastery !== undefined ? { mastery: scenario.mastery } : {}) });
      report.criteria = scores.available ? scores.criteria : Object.fromEntries(qualityCriteria(rubric).map((c) => [c.id, null]));
      report.overall = scores.overall;
      if (!scores.available) report.scoresNote = `score ranges not computed: ${scores.reason}`;
      for (const ending of report.endings) {
        const s = scores.ends.get(endNodes.get(ending)!);
        if (!s) continue;
        ending.criteria = s.criteria;
        ending.overall = s.overall;
        ending.harmFree = s.harmFree;
        ending.harmPossible = s.harmPossible;
        ending.passPossibleByScores = s.passPossible;
        ending.passPossible = ending.passable && s.passPossible;
      }
    }
  }
  metadata(input, graph, lint);
  return report;
}

/** The expert panel's agreement from the scenario's `panel/` files: figures in the report, a warning on each contested option. */
function panel(report: ScenarioReport, input: LoadedScenario, graph: StoryGraph, choices: ChoiceState[], rubric: Rubric, storyHash: string, lint: Linter) {
  const { decisions } = panelDecisions(graph, rubric);
  const a = analysePanel({ scenario: { id: input.id, title: input.scenario?.title ?? input.id }, storyHash, rubric, decisions }, input.panelFiles.map((f) => parseRatingsFile(f.file, f.text)));
  report.panel = {
    files: input.panelFiles.length,
    raters: a.raters.length,
    measures: a.measures.map((m) => ({ id: m.id, label: m.label, kind: m.kind, raters: m.raters, units: m.units, alpha: m.alpha.value, icc: m.icc.k.value })),
    overall: { alpha: a.overall.alpha.value, icc: a.overall.icc.k.value, meetsBar: a.overall.meetsBar },
    contested: a.contested,
    problems: a.problems.map((p) => `${p.severity}: ${p.file}${p.path ? ` (at ${p.path})` : ''}: ${p.message}`),
  };
  for (const c of a.contested) {
    const option = choices.flatMap((n) => n.options).find((o) => o.rating.decision === c.decision && o.rating.option === c.option);
    const panelSays = `${levelText(c.kind, c.median)} (range ${levelText(c.kind, c.min)}–${levelText(c.kind, c.max)}, ${a.raters.length} raters)`;
    const what = c.reasons.includes('authors-differ')
      ? `the expert panel rates ${c.label} of ${c.decision}.${c.option} ${panelSays}, the authors ${levelText(c.kind, c.authored)}`
      : `the expert panel splits on ${c.label} of ${c.decision}.${c.option}: median ${panelSays}, the authors ${levelText(c.kind, c.authored)}`;
    lint.at(lint.where(option?.sourcePath), 'warning', 'panel-contested', `${what}. Reconsider the rating or the option's words, or keep it and say in the rationale why; trainees are told experienced raters differ on it (docs/validation.md)`);
  }
}

const endingId = (n: { outcome: string; ending?: string }) => (n.outcome === 'ending' ? n.ending! : n.outcome);

/** Whether the scenario lets an attempt that ends on this ending pass. */
function passability(input: LoadedScenario, ending: string | undefined): Pick<EndingReport, 'passable' | 'notPassableReason'> {
  const rule = ending === undefined ? undefined : input.scenario?.endings[ending];
  return rule && !rule.passable ? { passable: false, ...(rule.reason ? { notPassableReason: rule.reason } : {}) } : { passable: true };
}

function structure(report: ScenarioReport, input: LoadedScenario, graph: StoryGraph, figures: GraphFigures, lint: Linter, endNodes: Map<EndingReport, number>) {
  const choices = graph.nodes.filter((n): n is ChoiceState => n.kind === 'choice');
  report.explored = true;
  report.complete = graph.complete;
  if (graph.stoppedBy) report.stoppedBy = graph.stoppedBy;
  report.usesRandomness = graph.facts.usesRandomness;
  report.states = choices.length;
  report.transitions = graph.transitions;
  report.millis = Math.round(graph.millis);
  report.decisions = new Set(choices.flatMap((n) => (n.decision !== undefined ? [n.decision] : []))).size;
  if (graph.complete) {
    report.paths = jsonPaths(figures.paths);
    report.shortestPath = figures.shortest;
    report.longestPath = figures.longest;
  }

  const describe = (step: { state: number; option: number }) => {
    const o = (graph.nodes[step.state] as ChoiceState).options[step.option]!;
    return o.rating.decision !== undefined ? `${o.rating.decision}.${o.rating.option}` : `"${o.text.length > 40 ? o.text.slice(0, 39) + '…' : o.text}"`;
  };
  const viaText = (via: { state: number; option: number } | undefined) => {
    if (!via) return 'before the first choice';
    const where = lint.where((graph.nodes[via.state] as ChoiceState).options[via.option]!.sourcePath);
    return `after ${describe(via)} (${where.file}:${where.line})`;
  };

  for (const node of graph.nodes) {
    if (node.kind !== 'end') continue;
    const f = figures.ends.get(node.id);
    const ending: EndingReport = {
      id: endingId(node),
      kind: node.outcome,
      ...(node.location ? { location: node.location } : {}),
      paths: graph.complete ? jsonPaths(f?.paths) : null,
      shortestPath: f && Number.isFinite(f.shortest) ? f.shortest : null,
      longestPath: graph.complete ? (f?.longest ?? null) : null,
      route: f ? f.route.map(describe) : [],
      criteria: {},
      overall: null,
      harmFree: null,
      harmPossible: null,
      passPossible: null,
      passPossibleByScores: null,
      ...passability(input, node.outcome === 'ending' ? node.ending : undefined),
    };
    report.endings.push(ending);
    endNodes.set(ending, node.id);
    const where = node.location ?? (node.via ? lint.where((graph.nodes[node.via.state] as ChoiceState).options[node.via.option]!.sourcePath) : { file: lint.mainFile, line: 1 });
    if (node.outcome === 'dead-end') {
      lint.at(where, 'error', 'dead-end', `the story stops here without an #ending: tag, ${viaText(node.via)}: end every path on a line tagged #ending: <id> (or add the choices that should follow)`);
    } else if (node.outcome === 'error') {
      lint.at(where, 'error', 'runtime-error', `ink stopped with an error ${viaText(node.via)}: ${node.message}`);
    }
  }
  report.endings.sort((a, b) => (a.kind === b.kind ? a.id.localeCompare(b.id) : a.kind === 'ending' ? -1 : 1));

  for (const w of graph.warnings) {
    const where = w.location ?? (w.via ? lint.where((graph.nodes[w.via.state] as ChoiceState).options[w.via.option]!.sourcePath) : { file: lint.mainFile, line: 1 });
    lint.at(where, 'warning', 'runtime-warning', `ink warned ${viaText(w.via)}: ${w.message}`);
  }

  for (const loop of figures.loops) {
    const first = graph.nodes[loop.states[0]!] as ChoiceState;
    report.loops.push({ states: loop.states.length, rated: loop.rated, escapable: loop.escapable, location: lint.nodeWhere(first) });
  }
  // Report where the trap closes: a loop (or a dead state) among trapped states, not every state leading into it.
  const trappedComponents = new Set(figures.trapped.map((s) => figures.comp[s]!));
  for (const c of trappedComponents) {
    const leadsOn = figures.components[c]!.some((s) => {
      const node = graph.nodes[s]!;
      return node.kind === 'choice' && node.next.some((w) => w >= 0 && figures.comp[w] !== c && trappedComponents.has(figures.comp[w]!));
    });
    if (leadsOn && !figures.cyclic[c]) continue;
    const members = figures.components[c]!.filter((s) => graph.nodes[s]!.kind === 'choice').sort((a, b) => a - b);
    lint.at(lint.nodeWhere(graph.nodes[members[0]!] as ChoiceState), 'error', 'no-way-out', `from this choice no ending can be reached: every option leads back round (${members.length} state${members.length === 1 ? '' : 's'} loop forever). Give the loop a way out`);
  }

  if (!graph.complete) {
    lint.at({ file: lint.mainFile, line: 1 }, 'warning', 'exploration-limit', `exploration stopped at the state limit, having found ${choices.length} states and followed ${graph.transitions} choices (${graph.unexplored} states found but not followed); the figures cover only what was explored, and the rules about unreachable content were skipped. Raise --max-states`);
    return;
  }
  if (report.decisions === 0) lint.at({ file: lint.mainFile, line: 1 }, 'warning', 'no-rated-decisions', 'no choice in this scenario carries #option: and ratings, so nothing is scored');

  // Unreachable knots, stitches and functions; choices never offered in reachable flows.
  const flows = input.compiled?.flows ?? [];
  const unreachable = new Set<string>();
  for (const flow of flows) {
    if (graph.visitedContainers.has(flow.path)) continue;
    const parent = flow.path.includes('.') ? flow.path.slice(0, flow.path.lastIndexOf('.')) : undefined;
    unreachable.add(flow.path);
    if (parent && unreachable.has(parent)) continue;
    const name = flow.path;
    lint.at(flow, 'warning', 'unreachable', flow.kind === 'function' ? `function "${name}" is never called` : `${flow.kind} "${name}" is never reached: no divert on any path leads to it`);
  }
  const flowOf = (path: string) =>
    flows.filter((f) => path === f.path || path.startsWith(f.path + '.')).sort((a, b) => b.path.length - a.path.length)[0]?.path;
  for (const [path, where] of Object.entries(input.compiled?.choiceLocations ?? {})) {
    if (graph.offeredChoices.has(path)) continue;
    const flow = flowOf(path);
    if (flow && unreachable.has(flow)) continue;
    lint.at(where, 'warning', 'choice-never-offered', 'this choice is never offered on any path: its condition is never true when it is reached, or the lines around it are never reached');
  }
}

/** The same decision id at two places that are never offered together. */
function duplicateDecisions(choices: ChoiceState[], lint: Linter): Set<string> {
  const duplicated = new Set<string>();
  const groups = new Map<string, string[][]>();
  for (const node of choices) {
    if (node.decision === undefined) continue;
    const paths = node.options.filter((o) => o.rating.decision === node.decision).map((o) => o.sourcePath);
    const list = groups.get(node.decision) ?? [];
    // Merge with any earlier presentation sharing a choice point.
    const overlapping = list.filter((g) => g.some((p) => paths.includes(p)));
    const merged = [...new Set([...paths, ...overlapping.flat()])];
    groups.set(node.decision, [...list.filter((g) => !overlapping.includes(g)), merged]);
  }
  for (const [decision, list] of groups) {
    if (list.length < 2) continue;
    duplicated.add(decision);
    const places = list.map((g) => g.map((p) => lint.where(p)).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)[0]!);
    places.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    for (const place of places.slice(1)) {
      lint.at(place, 'error', 'decision-duplicate-id', `decision id "${decision}" is also used at ${places[0]!.file}:${places[0]!.line}, a different decision: give each decision its own id`);
    }
  }
  return duplicated;
}

/** Length bias, the position of the best option, best play, concepts, harm flags. */
function design(report: ScenarioReport, choices: ChoiceState[], lint: Linter, rubric: LoadedRubric['rubric'], scenario: LoadedScenario['scenario']) {
  const concepts = new Set<string>();
  const harm = new Map<string, ScenarioReport['harmFlags'][number]>();
  // One presentation per decision: the one with the most options.
  const fullest = new Map<string, ChoiceState>();
  for (const node of choices) {
    if (node.decision === undefined) continue;
    for (const o of node.options) {
      o.rating.concepts.forEach((c) => concepts.add(c));
      for (const [risk, level] of Object.entries(o.rating.risks)) {
        if (level !== 'high' || o.rating.decision === undefined) continue;
        const where = lint.where(o.sourcePath);
        harm.set(`${o.sourcePath}|${risk}`, { risk, decision: o.rating.decision, option: o.rating.option!, file: where.file, line: where.line });
      }
    }
    const prior = fullest.get(node.decision);
    if (!prior || node.options.length > prior.options.length) fullest.set(node.decision, node);
  }
  report.concepts = [...concepts].sort();
  report.harmFlags = [...harm.values()].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.risk.localeCompare(b.risk));
  if (!rubric) return;

  const g = guessability([...fullest.values()].map((node) => ({ decision: node.decision!, options: node.options })), rubric, scenario);
  report.guessability = g;
  const counted = g.decisions;
  const positions: number[] = [];
  for (const node of fullest.values()) {
    if (node.options.length < 2) continue;
    const best = scoreDecision({ options: ratedOptions(node.options), chosen: 0 }, rubric).best;
    if (best.length === node.options.length) continue;
    positions[best[0]!] = (positions[best[0]!] ?? 0) + 1;
  }
  report.bestPositions = Array.from({ length: positions.length }, (_, i) => positions[i] ?? 0);
  if (g.ranked >= DESIGN_MIN_DECISIONS && g.share > LENGTH_SHARE_LIMIT) {
    lint.at(
      { file: lint.mainFile, line: 1 },
      'warning',
      'length-bias',
      `the best option is the longest or second-longest in ${g.longestOrSecond} of ${g.ranked} decisions with three or more options (${Math.round(100 * g.share)}%): trainees can guess by length. Keep it to ${Math.round(100 * LENGTH_SHARE_LIMIT)}% or less`,
    );
  }
  if (counted >= DESIGN_MIN_DECISIONS && g.tradeOffs.length < MIN_TRADE_OFFS) {
    lint.at(
      { file: lint.mainFile, line: 1 },
      'warning',
      'few-trade-offs',
      `only ${g.tradeOffs.length} of ${counted} decisions ask the trainee to trade one criterion against another${g.tradeOffs.length > 0 ? ` (${g.tradeOffs.join(', ')})` : ''}: when the best option is top on every criterion, the most polished-sounding answer always wins. Have at least ${MIN_TRADE_OFFS} where the best option is rated below another on some criterion it tests, and say why in the feedback`,
    );
  }
  for (const leak of g.leaks) {
    lint.at(
      lint.where(leak.sourcePath),
      'error',
      'objective-leak',
      `the best option ${leak.decision}.${leak.option} repeats "${leak.words}" from the scenario's ${leak.field.replace(/^objectives\.(\d+)$/, (_, i: string) => `objective ${Number(i) + 1}`)} (${LEAK_RUN} or more content words): the briefing gives the answer away. Reword the ${leak.field.startsWith('objectives') ? 'objective' : leak.field} to describe the client and the situation, not the response`,
    );
  }
  if (counted >= 3 && report.bestPositions.filter((n) => n > 0).length === 1) {
    lint.at({ file: lint.mainFile, line: 1 }, 'warning', 'best-position-fixed', `the best option is always option ${report.bestPositions.findIndex((n) => n > 0) + 1} (in all ${counted} decisions): trainees can guess by position. Vary where it appears`);
  }
}

/** The endings reached when the best option is taken at every rated decision (any option elsewhere). */
function bestPlay(graph: StoryGraph, rubric: NonNullable<LoadedRubric['rubric']>): string[] {
  const seen = new Set<number>([graph.start]);
  const queue = [graph.start];
  const endings = new Set<string>();
  while (queue.length > 0) {
    const node = graph.nodes[queue.pop()!]!;
    if (node.kind === 'end') {
      endings.add(endingId(node));
      continue;
    }
    const allowed = node.decision !== undefined ? scoreDecision({ options: ratedOptions(node.options), chosen: 0 }, rubric).best : node.options.map((_, i) => i);
    for (const i of allowed) {
      const next = node.next[i]!;
      if (next >= 0 && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...endings].sort();
}

/** Metadata rules: client state, rationale, missing lines for YAML diagnostics. */
function metadata(input: LoadedScenario, graph: StoryGraph | undefined, lint: Linter) {
  const scenario = input.scenario;
  if (scenario && graph) {
    scenario.clientState.forEach((v, i) => {
      if (!graph.facts.declaredVariables.has(v.variable)) {
        const meant = nearest(v.variable, graph.facts.declaredVariables);
        lint.field(
          `clientState.${i}.variable`,
          'error',
          'client-state-undeclared',
          meant
            ? `the ink declares no variable "${v.variable}"; did you mean "${meant}"?`
            : `the ink declares no variable "${v.variable}": add "VAR ${v.variable} = ${v.min}" to the story, or correct the name`,
        );
        return;
      }
      if (!graph.facts.assignedVariables.has(v.variable)) {
        lint.field(`clientState.${i}.variable`, 'warning', 'client-state-unset', `"${v.variable}" is declared but the story never changes it (no "~ ${v.variable} = …" or "~ ${v.variable} += …"), so the client never reacts`);
      }
      const range = graph.variableRanges[v.variable];
      if (range && (range.min < v.min || range.max > v.max)) {
        // Both sides when both are crossed: one warning, so a fix for one side is not mistaken for the whole fix.
        const sides: [number, { state: number; option: number } | undefined][] = [];
        if (range.min < v.min) sides.push([range.min, range.minVia]);
        if (range.max > v.max) sides.push([range.max, range.maxVia]);
        const describe = ([value, via]: (typeof sides)[number]) => {
          const option = via ? (graph.nodes[via.state] as ChoiceState).options[via.option]! : undefined;
          const at = option ? lint.where(option.sourcePath) : undefined;
          const after = option && at ? ` (after ${option.rating.decision !== undefined ? `${option.rating.decision}.${option.rating.option}` : `"${option.text}"`} at ${at.file}:${at.line})` : '';
          return `${value}${after}`;
        };
        lint.field(`clientState.${i}`, 'warning', 'client-state-range', `"${v.variable}" reaches ${sides.map(describe).join(' and ')}, outside its declared range ${v.min}–${v.max}`);
      }
    });
    const decisions = new Set<string>();
    for (const node of graph.nodes) if (node.kind === 'choice') for (const o of node.options) if (o.rating.decision) decisions.add(o.rating.decision);
    for (const tags of Object.values(input.compiled?.choiceTags ?? {})) {
      for (const t of tags) {
        const m = /^\s*option\s*:\s*([^.\s]+)\./i.exec(t);
        if (m?.[1]) decisions.add(m[1]);
      }
    }
    if (graph.complete) {
      const endings = new Set(graph.nodes.flatMap((n) => (n.kind === 'end' && n.outcome === 'ending' && n.ending ? [n.ending] : [])));
      for (const id of Object.keys(scenario.endings)) {
        if (!endings.has(id)) lint.field(`endings.${id}`, 'error', 'ending-unknown', `there is a rule for ending "${id}" but no reachable line is tagged #ending: ${id}${didYouMean(id, endings)}`);
      }
    }
    for (const id of Object.keys(scenario.rationale)) {
      if (!decisions.has(id)) lint.field(`rationale.${id}`, 'warning', 'rationale-unknown-decision', `there is a rationale for decision "${id}" but the story has no such decision${didYouMean(id, decisions)}`);
    }
  }
  if (input.compiled) {
    const used = new Set(input.compiled.files);
    for (const f of input.folderFiles) {
      if (f.endsWith('.ink') && !used.has(f)) {
        lint.report({ file: f, severity: 'warning', rule: 'ink-not-included', message: `this file is not part of the story: no INCLUDE in ${input.compiled.files[0]} names it` });
      }
    }
  }
  // Loaders report some field problems without a line: find it.
  if (input.text !== undefined) {
    for (const d of lint.ctx.diagnostics) {
      if (d.file === input.file && d.line === undefined && d.path) {
        const line = fieldLine(input.text, d.path === '(top level)' ? '' : d.path);
        if (line !== undefined) d.line = line;
      }
    }
  }
}

/** Checks a whole loaded stories tree: every scenario, then the rules about the set. */
export function checkStories(stories: LoadedStories, options: CheckOptions = {}): CheckReport {
  const scenarios = stories.scenarios.map((s) => checkScenario(s, options));
  const rubrics = [...stories.rubrics.values()].map((r) => ({ id: r.id, file: r.file, diagnostics: [...r.diagnostics] }));

  // Criteria and risks no decision tests, per rubric, over the scenarios that use it.
  for (const r of stories.rubrics.values()) {
    if (!r.rubric) continue;
    const users = stories.scenarios.filter((s) => s.rubric === r);
    const reports = scenarios.filter((rep) => users.some((u) => u.id === rep.id && u.file === rep.file));
    // Only when every scenario using the rubric compiled: a broken story rates nothing.
    if (users.length === 0 || users.some((u) => !u.compiled?.story)) continue;
    // A criterion is tested where an option rates it (#rate:), a risk where an option gives it a level.
    const tested = new Set<string>();
    const risked = new Set<string>();
    for (const u of users) {
      for (const tags of Object.values(u.compiled?.choiceTags ?? {})) {
        const parsed = parseOptionTags(tags);
        Object.keys(parsed.ratings).forEach((c) => tested.add(c));
        Object.keys(parsed.risks).forEach((c) => risked.add(c));
      }
    }
    const target = rubrics.find((x) => x.file === r.file)!;
    const names = reports.map((rep) => rep.id).join(', ');
    r.rubric.criteria.forEach((c, i) => {
      const untested = !(c.kind === 'quality' ? tested : risked).has(c.id);
      if (!untested) return;
      target.diagnostics.push({
        file: r.file,
        line: fieldLine(r.text, `criteria.${i}.id`),
        path: `criteria.${i}.id`,
        severity: 'warning',
        rule: 'criterion-untested',
        message: `${c.kind === 'quality' ? 'criterion' : 'risk'} "${c.id}" is ${c.kind === 'quality' ? 'tested' : 'rated'} by no decision in the scenarios checked (${names})`,
      });
    });
  }

  const coverage: Record<string, string[]> = Object.fromEntries(CONCEPT_IDS.map((c) => [c, []]));
  for (const rep of scenarios) for (const c of rep.concepts) if (c in coverage) coverage[c]!.push(rep.id);
  const all = [...scenarios.flatMap((s) => s.diagnostics), ...rubrics.flatMap((r) => r.diagnostics), ...stories.diagnostics];
  return {
    scenarios,
    rubrics,
    other: [...stories.diagnostics],
    coverage: { concepts: coverage, missing: CONCEPT_IDS.filter((c) => coverage[c]!.length === 0) },
    errors: all.filter((d) => d.severity === 'error').length,
    warnings: all.filter((d) => d.severity === 'warning').length,
  };
}

/** Every diagnostic of a report, sorted by file and line. */
export function allDiagnostics(report: CheckReport): Diagnostic[] {
  const seen = new Set<string>();
  return [...report.other, ...report.rubrics.flatMap((r) => r.diagnostics), ...report.scenarios.flatMap((s) => s.diagnostics)]
    .filter((d) => {
      const key = `${d.file}|${d.line}|${d.rule}|${d.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.rule.localeCompare(b.rule));
}

