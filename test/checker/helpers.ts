/** Helpers for the checker's tests: compile ink held in a string, explore it, analyse it. */
import { compileInk } from '../../src/ink/compile.js';
import { exploreStory, type ExploreOptions, type StoryGraph } from '../../src/analysis/explore.js';
import { analyseGraph, type GraphFigures } from '../../src/analysis/graph.js';
import { analyseScores, type ScoreFigures } from '../../src/analysis/scores.js';
import { enumeratePaths, type NaiveResult } from '../../src/analysis/naive.js';
import { RubricSchema, type Rubric } from '../../src/schemas/rubric.js';

export interface Analysis {
  graph: StoryGraph;
  figures: GraphFigures;
  scores?: ScoreFigures;
  json: string;
  /** Figures per ending id (dead ends as "dead-end"). */
  endings: Record<string, { paths: bigint | 'infinite'; shortest: number; longest: number | null; node: number }>;
  states: number;
}

/** Compiles ink source (no INCLUDEs) and analyses it; throws on compile errors. */
export function analyse(source: string, rubric?: Rubric, options: ExploreOptions = {}): Analysis {
  const compiled = compileInk('test.ink', (p) => (p === 'test.ink' ? source : undefined));
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  if (!compiled.story || errors.length > 0) throw new Error(`does not compile: ${errors.map((d) => `${d.line}: ${d.message}`).join('; ')}`);
  const graph = exploreStory(compiled.story.json, { ...(compiled.locate ? { locate: compiled.locate } : {}), ...options });
  const figures = analyseGraph(graph);
  const endings: Analysis['endings'] = {};
  for (const node of graph.nodes) {
    if (node.kind !== 'end') continue;
    const f = figures.ends.get(node.id)!;
    endings[node.outcome === 'ending' ? node.ending! : node.outcome] = { paths: f.paths, shortest: f.shortest, longest: f.longest, node: node.id };
  }
  return {
    graph,
    figures,
    ...(rubric ? { scores: analyseScores(graph, figures, rubric) } : {}),
    json: compiled.story.json,
    endings,
    states: graph.nodes.filter((n) => n.kind === 'choice').length,
  };
}

export function naive(a: Analysis, rubric?: Rubric): NaiveResult {
  return enumeratePaths(a.json, rubric ? { rubric } : {});
}

/** A rubric with the given quality criteria (weights) and risks, scale 1–3. */
export function rubric(quality: Record<string, number>, risks: string[] = [], mastery = 0.7): Rubric {
  return RubricSchema.parse({
    id: 'test',
    version: '1.0.0',
    title: 'Test rubric',
    criteria: [
      ...Object.entries(quality).map(([id, weight]) => ({ id, kind: 'quality', label: id, definition: id, weight, anchors: { 1: 'a', 2: 'b', 3: 'c' } })),
      ...risks.map((id) => ({ id, kind: 'risk', label: id, definition: id, anchors: { low: 'a', elevated: 'b', high: 'c' } })),
    ],
    pass: { mastery },
  });
}

/** Rating tags for a rated option. */
export const opt = (id: string, rate: string, extra = '') => `#option: ${id} #rate: ${rate} ${extra} #feedback: Feedback.`;
