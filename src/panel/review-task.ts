/**
 * A scenario as a blind rating task: every rated decision the story can reach (found by the
 * checker's state exploration, never listed by hand), the options offered there with the authors'
 * ratings (kept for the agreement analysis, never shown to a rater), and the lines leading up to
 * the decision on the shortest route to it (replayed through the session engine). Works from a
 * scenario bundle, so the review page, the agreement page, `npm run agreement` and the checker all
 * see the same decisions.
 */
import { exploreStory, type ChoiceState, type StoryGraph } from '../analysis/explore.js';
import type { CompiledStory } from '../ink/compile.js';
import { qualityCriteria, riskCriteria, type Rubric } from '../schemas/rubric.js';
import type { Scenario } from '../schemas/scenario.js';
import { Session } from '../session.js';
import type { RiskLevel, Speaker } from '../tags.js';

export interface PanelOption {
  option: string;
  /** The option as a trainee reads it. */
  text: string;
  /** The authors' ratings (what the panel is compared with). */
  ratings: Record<string, number>;
  risks: Record<string, RiskLevel>;
}

export interface PanelDecision {
  id: string;
  /** Quality criteria the decision tests, in rubric order. */
  criteria: string[];
  /** Every risk of the rubric: a rater may see a risk the authors did not. */
  risks: string[];
  options: PanelOption[];
}

export interface ReviewLine {
  speaker: Speaker;
  text: string;
  cues: string[];
}

export interface ReviewDecision extends PanelDecision {
  /** The lines since the choice before (or since the start), on the shortest route here. */
  context: ReviewLine[];
  /** Everything before that on the same route. */
  earlier: ReviewLine[];
}

export interface ReviewTask {
  scenario: Pick<Scenario, 'id' | 'title' | 'client' | 'setting' | 'summary' | 'contentNotes'>;
  rubric: Rubric;
  storyHash: string;
  decisions: ReviewDecision[];
  /** False when the story was too large to explore completely (some decisions may be missing). */
  complete: boolean;
}

type Step = { state: number; option: number };

/** Rated decisions in the order a play-through first meets them, with a shortest route to where each offers the most options. */
export function panelDecisions(graph: StoryGraph, rubric: Rubric): { decisions: PanelDecision[]; routes: Map<string, Step[]> } {
  const quality = qualityCriteria(rubric).map((c) => c.id);
  const risks = riskCriteria(rubric).map((r) => r.id);
  // Breadth first from the start: the first state met for a decision has a shortest route.
  const parent = new Map<number, Step>();
  const seen = new Set([graph.start]);
  const order: number[] = [];
  for (let queue = [graph.start]; queue.length > 0; ) {
    const next: number[] = [];
    for (const id of queue) {
      const node = graph.nodes[id]!;
      if (node.kind !== 'choice') continue;
      order.push(id);
      node.next.forEach((to, option) => {
        if (to < 0 || seen.has(to)) return;
        seen.add(to);
        parent.set(to, { state: id, option });
        next.push(to);
      });
    }
    queue = next;
  }
  const byDecision = new Map<string, { first: number; options: Map<string, PanelOption> }>();
  for (const id of order) {
    const node = graph.nodes[id] as ChoiceState;
    if (node.decision === undefined) continue;
    const entry = byDecision.get(node.decision) ?? { first: id, options: new Map<string, PanelOption>() };
    byDecision.set(node.decision, entry);
    // The context shown is where the most options are on offer (e.g. after a choice that opens one).
    if (node.options.length > (graph.nodes[entry.first] as ChoiceState).options.length) entry.first = id;
    for (const o of node.options) {
      if (o.rating.decision !== node.decision || o.rating.option === undefined || entry.options.has(o.rating.option)) continue;
      entry.options.set(o.rating.option, { option: o.rating.option, text: o.text, ratings: { ...o.rating.ratings }, risks: { ...o.rating.risks } });
    }
  }
  const decisions: PanelDecision[] = [];
  const routes = new Map<string, Step[]>();
  for (const [id, { first, options }] of byDecision) {
    const tested = new Set([...options.values()].flatMap((o) => Object.keys(o.ratings)));
    decisions.push({ id, criteria: quality.filter((c) => tested.has(c)), risks, options: [...options.values()] });
    const route: Step[] = [];
    for (let at = first; parent.has(at); at = parent.get(at)!.state) route.unshift(parent.get(at)!);
    routes.set(id, route);
  }
  return { decisions, routes };
}

/** Explores a story for its decisions (the checker's exploration, with its limits). */
export function exploreForPanel(story: CompiledStory): StoryGraph {
  return exploreStory(story.json, { seed: 1, maxStates: 20_000 });
}

/** The blind rating task for a scenario bundle. */
export function reviewTask(bundle: { scenario: Scenario; rubric: Rubric; story: CompiledStory }): ReviewTask {
  const graph = exploreForPanel(bundle.story);
  const { decisions, routes } = panelDecisions(graph, bundle.rubric);
  const withContext = decisions.map((decision): ReviewDecision => {
    // Replay the route with the session engine (the exploration's seed) and read what was said.
    const session = new Session(bundle.story, { seed: graph.seed });
    for (const step of routes.get(decision.id) ?? []) {
      const offered = session.currentChoices;
      if (!offered || step.option >= offered.options.length) break;
      session.choose(step.option);
    }
    const lines: ReviewLine[] = [];
    let sinceChoice = 0;
    session.beats.forEach((beat, i) => {
      if (beat.kind === 'choices' && beat.chosen !== undefined) {
        // The therapist's words chosen last are part of the context (when ink does not echo them).
        const chosen = beat.options[beat.chosen];
        const after = session.beats[i + 1];
        sinceChoice = lines.length;
        if (chosen && !(after?.kind === 'line' && after.echoesChoice)) {
          lines.push({ speaker: 'therapist', text: chosen.text, cues: [] });
        }
      } else if (beat.kind === 'line' && beat.text.trim() !== '') {
        lines.push({ speaker: beat.speaker, text: beat.text, cues: [...beat.cues] });
      }
    });
    return { ...decision, context: lines.slice(sinceChoice), earlier: lines.slice(0, sinceChoice) };
  });
  const { id, title, client, setting, summary, contentNotes } = bundle.scenario;
  return {
    scenario: { id, title, client, ...(setting !== undefined ? { setting } : {}), summary, contentNotes },
    rubric: bundle.rubric,
    storyHash: bundle.story.hash,
    decisions: withContext,
    complete: graph.complete,
  };
}
