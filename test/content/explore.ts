/**
 * Exhaustive exploration of a scenario for the content tests: every path through the story, with
 * the facts issue 4 asks us to show (decision counts per path, endings, harm flags, the best path's
 * score, length bias, concept coverage). Pure TypeScript over `Session`, so the same code runs in
 * Chromium (test/content/scenarios.test.ts) and under `npx tsx` while writing.
 *
 * Paths are explored depth-first. Two points of a play-through are the same when the same decision
 * is on offer and every ink variable has the same value; the scenarios are written so that nothing
 * else (visit counts, sequences, randomness, tunnels) decides what follows, which makes this
 * memoisation exact. `stateVariables` must therefore list every `VAR` in the story.
 */
import type { CompiledStory } from '../../src/ink/compile.js';
import { scoreDecision, type RatedOption } from '../../src/scoring.js';
import { qualityCriteria, riskCriteria, type Rubric } from '../../src/schemas/rubric.js';
import { Session, type ChoiceBeat, type LineBeat } from '../../src/session.js';

export interface DecisionInfo {
  id: string;
  options: { id: string; text: string; ratings: Record<string, number>; risks: Record<string, string>; feedback?: string; concepts: string[] }[];
  /** Index of the single best option (by `scoreDecision`). */
  best: number[];
}

export interface Exploration {
  /** Number of complete paths (play-throughs) from start to an end. */
  paths: number;
  /** Rated decisions met on the shortest, median ("typical") and longest path. */
  shortest: number;
  typical: number;
  longest: number;
  endings: Set<string>;
  /** Ends reached without an `#ending:` tag, or with an ink error (should be none). */
  badEnds: string[];
  /** Choice sets with no decision id (should be none). */
  unrated: string[];
  harmReachable: boolean;
  decisions: Map<string, DecisionInfo>;
  concepts: Set<string>;
  /** Problems with how decisions are rated (should be none). */
  ratingProblems: string[];
  /** Decisions whose best option is not rated highest on every criterion it tests. */
  tradeOffs: string[];
  /** Words in every distinct line and option reachable. */
  words: number;
  best: { decisions: number; overall: number | null; passed: boolean; harmFlags: number; ending?: string; words: number };
}

interface Summary {
  /** decisions-to-end → number of paths */
  lengths: Map<number, number>;
}

const rated = (choice: ChoiceBeat): RatedOption[] =>
  choice.options.map((o) => ({ option: o.rating.option ?? `#${o.index}`, ratings: o.rating.ratings, risks: o.rating.risks }));

const countWords = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export function explore(story: CompiledStory, rubric: Rubric, stateVariables: readonly string[], seed = 1): Exploration {
  const quality = new Set(qualityCriteria(rubric).map((c) => c.id));
  const risks = riskCriteria(rubric).map((c) => c.id);
  const endings = new Set<string>();
  const badEnds: string[] = [];
  const unrated: string[] = [];
  const decisions = new Map<string, DecisionInfo>();
  const concepts = new Set<string>();
  const ratingProblems: string[] = [];
  const tradeOffs: string[] = [];
  const texts = new Set<string>();
  let harmReachable = false;
  const memo = new Map<string, Summary>();

  const play = (path: readonly number[]) => {
    const session = new Session(story, { seed, rubric, stateVariables });
    for (const i of path) session.choose(i);
    return session;
  };

  const collectLines = (session: Session) => {
    for (const beat of session.beats) if (beat.kind === 'line' && beat.text.trim()) texts.add(beat.text.trim());
  };

  const checkDecision = (choice: ChoiceBeat, where: string) => {
    const id = choice.decision;
    if (id === undefined) return;
    const info: DecisionInfo = {
      id,
      options: choice.options.map((o) => ({
        id: o.rating.option ?? '',
        text: o.text,
        ratings: o.rating.ratings,
        risks: o.rating.risks,
        ...(o.rating.feedback !== undefined ? { feedback: o.rating.feedback } : {}),
        concepts: o.rating.concepts,
      })),
      best: scoreDecision({ options: rated(choice), chosen: 0 }, rubric).best,
    };
    for (const o of info.options) texts.add(o.text.trim());
    const seen = decisions.get(id);
    if (seen) {
      if (seen.options.map((o) => o.id).join() !== info.options.map((o) => o.id).join()) {
        ratingProblems.push(`${id}: offered with different options on different paths (${where})`);
      }
      return;
    }
    decisions.set(id, info);
    const problem = (m: string) => ratingProblems.push(`${id}: ${m}`);
    if (info.options.length < 3 || info.options.length > 4) problem(`has ${info.options.length} options (3–4 wanted)`);
    const criteriaOf = (o: DecisionInfo['options'][number]) => Object.keys(o.ratings).sort().join(',');
    const first = info.options[0]!;
    const conceptsOf = (o: DecisionInfo['options'][number]) => [...o.concepts].sort().join(',');
    const decisionConcepts = conceptsOf(info.options.find((o) => o.concepts.length > 0) ?? first);
    if (decisionConcepts === '') problem('no option lists concepts');
    for (const o of info.options) {
      if (o.id === '' || !choice.options.every((p) => p.rating.decision === id)) problem(`an option has no "#option: ${id}.…" id`);
      if (criteriaOf(o) !== criteriaOf(first)) problem(`option ${o.id} rates {${criteriaOf(o)}}, its siblings {${criteriaOf(first)}}`);
      if (Object.keys(o.ratings).length < 2 || Object.keys(o.ratings).length > 4) problem(`option ${o.id} rates ${Object.keys(o.ratings).length} criteria (2–4 wanted)`);
      for (const c of Object.keys(o.ratings)) if (!quality.has(c)) problem(`option ${o.id} rates unknown criterion "${c}"`);
      for (const r of Object.keys(o.risks)) if (!risks.includes(r)) problem(`option ${o.id} names unknown risk "${r}"`);
      if (!o.feedback) problem(`option ${o.id} has no feedback`);
      // Concepts describe the decision: written once, on any option, or the same list on each.
      if (o.concepts.length > 0 && conceptsOf(o) !== decisionConcepts) problem(`option ${o.id} lists other concepts than its siblings`);
      if (Object.values(o.risks).includes('high')) harmReachable = true;
      for (const c of o.concepts) concepts.add(c);
    }
    if (new Set(info.options.map((o) => o.id)).size !== info.options.length) problem('two options share an id');
    if (info.best.length !== 1) problem(`has ${info.best.length} best options (one wanted)`);
    // The best option reaches the scale maximum somewhere and is beaten by no sibling on every
    // criterion; it need not top every criterion (a trade-off decision, issue 13).
    const best = info.options[info.best[0]!]!;
    if (!Object.values(best.ratings).includes(rubric.scale.max)) problem(`best option ${best.id} reaches the scale maximum on no criterion`);
    for (const o of info.options) {
      if (o !== best && Object.entries(best.ratings).every(([c, level]) => (o.ratings[c] ?? 0) >= level)) problem(`best option ${best.id} is dominated by ${o.id}`);
    }
    if (Object.keys(best.ratings).some((c) => info.options.some((o) => (o.ratings[c] ?? 0) > best.ratings[c]!))) tradeOffs.push(id);
    if (Object.values(best.risks).includes('high')) problem(`best option ${best.id} carries a harm flag`);
  };

  /** Visits the point reached by `path`; `reuse` is a session already there (it is consumed). */
  const visit = (path: number[], reuse?: Session): Summary => {
    const session = reuse ?? play(path);
    collectLines(session);
    const choice = session.currentChoices;
    if (!choice) {
      if (session.error !== undefined) badEnds.push(`error after [${path.join(',')}]: ${session.error}`);
      else if (session.ending === undefined) badEnds.push(`no #ending after [${path.join(',')}]`);
      else endings.add(session.ending);
      return { lengths: new Map([[0, 1]]) };
    }
    if (choice.decision === undefined) unrated.push(`unrated choice after [${path.join(',')}]: ${choice.options.map((o) => o.text).join(' | ')}`);
    checkDecision(choice, `[${path.join(',')}]`);
    const key = `${choice.decision ?? '?'}|${choice.options.map((o) => o.rating.option ?? o.text).join(',')}|${JSON.stringify(session.clientState())}`;
    const known = memo.get(key);
    if (known) return known;
    const lengths = new Map<number, number>();
    choice.options.forEach((_, i) => {
      // The last option is played on this session itself: one replay fewer per decision.
      const last = i === choice.options.length - 1;
      if (last) session.choose(i);
      const sub = visit([...path, i], last ? session : undefined);
      const step = choice.decision === undefined ? 0 : 1;
      for (const [len, n] of sub.lengths) lengths.set(len + step, (lengths.get(len + step) ?? 0) + n);
    });
    const summary = { lengths };
    memo.set(key, summary);
    return summary;
  };

  const root = visit([]);
  const sorted = [...root.lengths.entries()].sort((a, b) => a[0] - b[0]);
  const paths = sorted.reduce((sum, [, n]) => sum + n, 0);
  let seen = 0;
  let typical = 0;
  for (const [len, n] of sorted) {
    seen += n;
    if (seen * 2 >= paths) {
      typical = len;
      break;
    }
  }

  // The best path: the best available option at every decision.
  const bestPath = new Session(story, { seed, rubric, stateVariables });
  while (bestPath.currentChoices) {
    const choice = bestPath.currentChoices;
    bestPath.choose(scoreDecision({ options: rated(choice), chosen: 0 }, rubric).best[0] ?? 0);
  }
  const bestScore = bestPath.score();
  const bestWords = bestPath.beats.reduce(
    (sum, b) =>
      sum +
      (b.kind === 'line' ? countWords((b as LineBeat).text) : b.kind === 'choices' ? b.options.reduce((s, o) => s + countWords(o.text), 0) : 0),
    0,
  );

  return {
    paths,
    shortest: sorted[0]?.[0] ?? 0,
    typical,
    longest: sorted[sorted.length - 1]?.[0] ?? 0,
    endings,
    badEnds,
    unrated,
    harmReachable,
    decisions,
    concepts,
    ratingProblems,
    tradeOffs,
    words: [...texts].reduce((sum, t) => sum + countWords(t), 0),
    best: {
      decisions: bestPath.facedDecisions().length,
      overall: bestScore.overall,
      passed: bestScore.passed,
      harmFlags: bestScore.harmFlags.length,
      ...(bestPath.ending !== undefined ? { ending: bestPath.ending } : {}),
      words: bestWords,
    },
  };
}

/** Share of decisions whose single best option is (or ties for) the longest option text. */
export function lengthBias(decisions: Iterable<DecisionInfo>): {
  ratio: number;
  longest: string[];
  topTwoRatio: number;
  topTwo: string[];
  positions: number[];
} {
  const list = [...decisions];
  const longest: string[] = [];
  const topTwo: string[] = [];
  const positions: number[] = [];
  for (const d of list) {
    const best = d.best[0] ?? 0;
    positions.push(best);
    const length = d.options[best]!.text.trim().length;
    const longer = d.options.filter((o) => o.text.trim().length > length).length;
    if (longer === 0) longest.push(d.id);
    if (longer <= 1) topTwo.push(d.id);
  }
  const share = (ids: string[]) => (list.length === 0 ? 0 : ids.length / list.length);
  return { ratio: share(longest), longest, topTwoRatio: share(topTwo), topTwo, positions };
}

/** The `VAR` names declared in ink sources (every one of them shapes what follows). */
export function inkVariables(sources: Iterable<string>): string[] {
  const names = new Set<string>();
  for (const source of sources) for (const m of source.matchAll(/^\s*VAR\s+([A-Za-z_][A-Za-z0-9_]*)\s*=/gm)) names.add(m[1]!);
  return [...names];
}

/**
 * Estimated minutes to play one path: its words (lines and every option offered) read at 150 a
 * minute, as one reads dialogue one has to answer, plus three quarters of a minute per decision for
 * weighing the options and reading the feedback.
 */
export const estimateMinutes = (words: number, decisions: number) => Math.round(words / 150 + decisions * 0.75);
