/**
 * The debrief as data: everything the trainee sees after a scenario (and in practice-mode
 * feedback), built from a session and its scenario bundle. Framework-free, so the player renders
 * it, the exporters write it to JSON and Markdown, and tests check it without a browser view.
 */
import type { Mode } from './attempts.js';
import { humanise } from './ids.js';
import type { DebriefPulls } from './reflection-answers.js';
import type { ScenarioBundle } from './scenario-bundle.js';
import type { Score } from './scoring.js';
import { optionId, ratedOptions, scoreDecision } from './scoring.js';
import { qualityCriteria, riskCriteria, type Rubric } from './schemas/rubric.js';
import type { PanelSummary } from './schemas/ratings.js';
import type { Scenario } from './schemas/scenario.js';
import type { Beat, ChoiceBeat, ClientState, Session } from './session.js';
import type { RiskLevel, Speaker } from './tags.js';

export const DEBRIEF_FORMAT = 'attune-debrief';
export const DEBRIEF_VERSION = 1;

export interface TranscriptLine {
  speaker: Speaker;
  text: string;
  cues: string[];
  /** The therapist's words the trainee chose (shown from the option when ink does not echo it). */
  chosen?: boolean;
  /** The decision step this line answered, for chosen lines. */
  step?: number;
  /** A chosen option written as an action (`#action`): something the therapist did, not said. */
  action?: boolean;
  ending?: string;
}

export interface CriterionRating {
  criterion: string;
  label: string;
  level: number;
  /** The rubric's behavioural anchor for this level. */
  anchor?: string;
}

export interface RiskRating {
  risk: string;
  label: string;
  level: RiskLevel;
  anchor?: string;
}

export interface DebriefOption {
  index: number;
  /** Option id from `#option: decision.option`. */
  id: string;
  text: string;
  /** Weighted value 0–1 relative to the best option offered (1 = a best option). */
  value: number;
  best: boolean;
  chosen: boolean;
  ratings: CriterionRating[];
  risks: RiskRating[];
  feedback?: string;
  concepts: string[];
  /** True for an option written as an action (`#action`). */
  action: boolean;
  /** The expert panel disputes this option's rating (see docs/validation.md): on which criteria or risks, and how. */
  contested?: { labels: string[]; reasons: PanelSummary['contested'][number]['reasons'] };
}

export interface StateReading {
  variable: string;
  label: string;
  value: number | string | boolean | undefined;
  min: number;
  max: number;
  description?: string;
}

export interface StateChange extends StateReading {
  before: StateReading['value'];
  after: StateReading['value'];
  /** after − before for numbers; 0 when unchanged or not numeric. */
  delta: number;
}

export interface DebriefDecision {
  step: number;
  /** Decision id from the option tags. */
  decision: string;
  /** The id in words ("late-disclosure" → "Late disclosure"). */
  title: string;
  chosen: number;
  confidence?: number;
  /** True when the option chosen was a best option available. */
  best: boolean;
  options: DebriefOption[];
  rationale?: { text: string; references: string[] };
  /** How each declared client-state variable moved from this decision to the next (or the end). */
  state: StateChange[];
  /** What came back after the choice, up to the next decision or the end. */
  response: TranscriptLine[];
}

export interface Debrief {
  format: typeof DEBRIEF_FORMAT;
  version: typeof DEBRIEF_VERSION;
  createdAt: string;
  mode: Mode;
  scenario: {
    id: string;
    title: string;
    client: Scenario['client'];
    setting?: string;
    /** What the scenario is about and its learning objectives: kept from an assessment's briefing, shown here. */
    summary: string;
    objectives: string[];
    storyHash: string;
  };
  rubric: {
    id: string;
    version: string;
    title: string;
    scale: { min: number; max: number };
    criteria: { id: string; kind: 'quality' | 'risk'; label: string; definition: string }[];
  };
  replayCode: string;
  /** The ending reached, if the story ended on a named one. */
  ending?: string;
  /** True when the story reached its end (false when it stopped on an error or is unfinished). */
  finished: boolean;
  /** The ink error that stopped the story, if one did. */
  error?: string;
  score: Score;
  decisions: DebriefDecision[];
  transcript: TranscriptLine[];
  references: string[];
  /** "Pulls to notice" for this client's pattern, when the trainee did the self-reflection. */
  pulls?: DebriefPulls;
  /** The expert panel's summary, when a panel has rated the scenario (otherwise the ratings are the authors' judgement). */
  panel?: PanelSummary;
}

/**
 * The transcript as it reads: lines with speakers and cues, plus the therapist's chosen words for
 * every decision (taken from the option when ink's `[...]` suppressed the echo).
 */
export function transcriptOf(beats: readonly Beat[]): TranscriptLine[] {
  const lines: TranscriptLine[] = [];
  beats.forEach((beat, i) => {
    if (beat.kind === 'line') {
      if (beat.echoesChoice) return; // already shown as the chosen line
      if (beat.text.trim() === '' && beat.cues.length === 0) return;
      lines.push({ speaker: beat.speaker, text: beat.text, cues: beat.cues, ...(beat.ending ? { ending: beat.ending } : {}) });
    } else if (beat.kind === 'choices' && beat.chosen !== undefined) {
      const option = beat.options[beat.chosen];
      const next = beats[i + 1];
      const echo = next?.kind === 'line' && next.echoesChoice ? next : undefined;
      const text = echo?.text ?? option?.text ?? '';
      if (text.trim() === '') return;
      lines.push({ speaker: 'therapist', text, cues: echo?.cues ?? [], chosen: true, step: beat.step, ...(option?.rating.action ? { action: true } : {}) });
    }
  });
  return lines;
}

/** The lines that followed decision `step` (its chosen words excluded), up to the next decision. */
export function responseTo(beats: readonly Beat[], step: number): TranscriptLine[] {
  const start = beats.findIndex((b) => b.kind === 'choices' && b.step === step);
  if (start < 0) return [];
  const after: Beat[] = [];
  for (const beat of beats.slice(start + 1)) {
    if (beat.kind === 'choices') break;
    after.push(beat);
  }
  return transcriptOf(after);
}

function stateReadings(scenario: Scenario, state: ClientState | undefined, onlyShown: boolean): StateReading[] {
  return scenario.clientState
    .filter((v) => !onlyShown || v.show)
    .map((v) => ({
      variable: v.variable,
      label: v.label,
      value: state?.[v.variable],
      min: v.min,
      max: v.max,
      ...(v.description ? { description: v.description } : {}),
    }));
}

/** The client state that can be shown while playing (the variables marked `show`). */
export function visibleState(scenario: Scenario, state: ClientState): StateReading[] {
  return stateReadings(scenario, state, true);
}

/** How the declared client state changed between two snapshots. */
export function stateChanges(scenario: Scenario, before: ClientState, after: ClientState, onlyShown = false): StateChange[] {
  return stateReadings(scenario, after, onlyShown).map((reading) => {
    const b = before[reading.variable];
    const a = after[reading.variable];
    return { ...reading, before: b, after: a, delta: typeof a === 'number' && typeof b === 'number' ? a - b : 0 };
  });
}

function anchorsFor(rubric: Rubric) {
  const quality = new Map(qualityCriteria(rubric).map((c) => [c.id, c]));
  const risks = new Map(riskCriteria(rubric).map((c) => [c.id, c]));
  return { quality, risks };
}

/** The state after decision `step`: at the next decision, or now if it was the last one. */
function stateAfter(session: Session, step: number): ClientState {
  const next = session.beats.find((b): b is ChoiceBeat => b.kind === 'choices' && b.step === step + 1);
  return next?.state ?? session.clientState();
}

/** Everything about one answered, rated decision: every option with its ratings and value. */
export function decisionDetail(session: Session, bundle: Pick<ScenarioBundle, 'scenario' | 'rubric' | 'panel'>, step: number): DebriefDecision | undefined {
  const beat = session.beats.find((b): b is ChoiceBeat => b.kind === 'choices' && b.step === step);
  if (!beat || beat.decision === undefined || beat.chosen === undefined) return undefined;
  const { scenario, rubric } = bundle;
  const { quality, risks } = anchorsFor(rubric);
  const scored = scoreDecision({ options: ratedOptions(beat.options), chosen: beat.chosen }, rubric);
  // Concepts belong to the decision; an author may write them on one option only.
  const concepts = [...new Set(beat.options.flatMap((o) => o.rating.concepts))];
  const contested = new Map((bundle.panel?.contested ?? []).filter((c) => c.decision === beat.decision).map((c) => [c.option, c]));
  const labelOf = (id: string) => quality.get(id)?.label ?? risks.get(id)?.label ?? humanise(id);
  const options: DebriefOption[] = beat.options.map((o, i) => ({
    index: o.index,
    id: optionId(o),
    text: o.text,
    value: scored.values[i] ?? 0,
    best: scored.best.includes(i),
    chosen: i === beat.chosen,
    ratings: Object.entries(o.rating.ratings).map(([criterion, level]) => {
      const c = quality.get(criterion);
      const anchor = c?.anchors[String(level)];
      return { criterion, label: c?.label ?? humanise(criterion), level, ...(anchor ? { anchor } : {}) };
    }),
    risks: Object.entries(o.rating.risks).map(([risk, level]) => {
      const r = risks.get(risk);
      const anchor = r?.anchors[level];
      return { risk, label: r?.label ?? humanise(risk), level, ...(anchor ? { anchor } : {}) };
    }),
    ...(o.rating.feedback ? { feedback: o.rating.feedback } : {}),
    concepts,
    action: o.rating.action,
    ...(contested.has(optionId(o)) ? { contested: { labels: contested.get(optionId(o))!.measures.map(labelOf), reasons: contested.get(optionId(o))!.reasons } } : {}),
  }));
  const rationale = scenario.rationale[beat.decision];
  return {
    step,
    decision: beat.decision,
    title: humanise(beat.decision),
    chosen: beat.chosen,
    ...(beat.confidence !== undefined ? { confidence: beat.confidence } : {}),
    best: scored.best.includes(beat.chosen),
    options,
    ...(rationale ? { rationale: { text: rationale.text, references: rationale.references } } : {}),
    state: stateChanges(scenario, beat.state, stateAfter(session, step)),
    response: responseTo(session.beats, step),
  };
}

/** The whole debrief for a session (finished or not). */
export function buildDebrief(session: Session, bundle: ScenarioBundle, options: { mode: Mode; now?: Date; pulls?: DebriefPulls }): Debrief {
  const { scenario, rubric } = bundle;
  const steps = session.beats.filter((b): b is ChoiceBeat => b.kind === 'choices' && b.chosen !== undefined && b.decision !== undefined);
  const decisions = steps.map((b) => decisionDetail(session, bundle, b.step)).filter((d): d is DebriefDecision => d !== undefined);
  const references = [...new Set([...scenario.references, ...rubric.references])];
  const ending = session.ending;
  return {
    format: DEBRIEF_FORMAT,
    version: DEBRIEF_VERSION,
    createdAt: (options.now ?? new Date()).toISOString(),
    mode: options.mode,
    scenario: {
      id: scenario.id,
      title: scenario.title,
      client: scenario.client,
      ...(scenario.setting ? { setting: scenario.setting } : {}),
      summary: scenario.summary,
      objectives: scenario.objectives,
      storyHash: session.storyHash,
    },
    rubric: {
      id: rubric.id,
      version: rubric.version,
      title: rubric.title,
      scale: rubric.scale,
      criteria: rubric.criteria.map((c) => ({ id: c.id, kind: c.kind, label: c.label, definition: c.definition })),
    },
    replayCode: session.replayCode(),
    ...(ending ? { ending } : {}),
    finished: session.ended && session.error === undefined,
    ...(session.error !== undefined ? { error: session.error } : {}),
    score: session.score(),
    decisions,
    transcript: transcriptOf(session.beats),
    references,
    ...(options.pulls ? { pulls: options.pulls } : {}),
    ...(bundle.panel ? { panel: bundle.panel } : {}),
  };
}

/**
 * Where the ratings come from, in words for the trainee: the authors' expert judgement until a
 * panel of clinicians has rated the scenario blind, then what the panel found.
 */
export function ratingsBasisText(panel: PanelSummary | undefined): string {
  if (!panel || panel.raters === 0) {
    return "The ratings, risks and rationales in this scenario are its authors' expert judgement. They have not yet been validated by an independent panel of clinicians, so read the scores as a structured prompt for reflection and supervision, not as a validated measure.";
  }
  const raters = `${panel.raters} experienced clinician${panel.raters === 1 ? '' : 's'}`;
  const figures = [panel.icc !== null ? `ICC ${panel.icc.toFixed(2)}` : '', panel.alpha !== null ? `Krippendorff's alpha ${panel.alpha.toFixed(2)}` : ''].filter(Boolean).join(', ');
  const contested = panel.contested.length === 0 ? 'No option is contested.' : `${panel.contested.length} option${panel.contested.length === 1 ? ' is' : 's are'} still contested.`;
  if (panel.meetsBar) {
    return `The ratings were checked by a panel of ${raters} who rated every option blind, and their agreement meets the bar set for the panel${figures ? ` (${figures})` : ''}. ${contested}`;
  }
  return `A panel of ${raters} has rated the options blind, but their agreement does not yet meet the bar set for the panel${figures ? ` (${figures})` : ''}. ${contested} Until it does, read the ratings as the authors' expert judgement.`;
}

/** A scenario's ratings in a few words, for the library's card: panel-rated (with its agreement) or the authors' judgement. */
export function panelStatusText(panel: PanelSummary | undefined): string {
  if (!panel || panel.raters === 0) return "Ratings: the authors' judgement (not yet rated by an expert panel)";
  const icc = panel.icc === null ? '' : `, agreement ICC ${panel.icc.toFixed(2)}${panel.meetsBar ? ' (meets the bar)' : ' (below the bar so far)'}`;
  const contested = panel.contested.length === 0 ? '' : ` · ${panel.contested.length} option${panel.contested.length === 1 ? '' : 's'} contested`;
  return `Panel-rated: ${panel.raters} clinician${panel.raters === 1 ? '' : 's'} rated it blind${icc}${contested}`;
}

/**
 * What a trainee is told of an option the expert panel disputes: that experienced raters differ on
 * it, on what and how, and where the authors' reasoning is (`rationaleAt`: where the decision's rationale is shown).
 */
export function contestedText(contested: NonNullable<DebriefOption['contested']>, rationaleAt?: string): string {
  const how = contested.reasons.includes('authors-differ')
    ? contested.reasons.includes('panel-split')
      ? 'rated it differently from the authors, and from one another,'
      : 'rated it differently from the authors'
    : 'did not agree with one another';
  const on = contested.labels.length > 0 ? ` on ${contested.labels.join(', ').replace(/, ([^,]*)$/, ' and $1')}` : '';
  return `Experienced raters differ on this one: a panel of clinicians rating it blind ${how}${on}. Treat its rating as one considered view${rationaleAt ? `, and read the authors' reasoning ${rationaleAt}` : ''}.`;
}

/** A percentage for people: 0.8333 → "83%". */
export const percent = (fraction: number | null | undefined) => (fraction === null || fraction === undefined ? '–' : `${Math.round(fraction * 100)}%`);

/**
 * A score as a percentage, rounded down: a result is never shown higher than it is, so a failing
 * 69.63% reads "69%", never "70%" beside "70% or more needed to pass". (The pass itself is decided
 * on the exact score, in `scoring.ts`.)
 */
export const scorePercent = (fraction: number | null | undefined) =>
  fraction === null || fraction === undefined ? '–' : `${Math.floor(fraction * 100 + 1e-9)}%`;

/** Risk labels, each once with how often it occurred: "Shame and withdrawal (3 times), Boundary confusion". */
export function countedLabels(events: readonly { label: string }[]): string {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
  return [...counts].map(([label, n]) => (n > 1 ? `${label} (${n} times)` : label)).join(', ');
}

/** What a confidence level means in words. */
export function confidenceLabel(confidence: number): string {
  if (confidence <= 0) return 'Not at all sure (0%)';
  if (confidence >= 1) return 'Certain (100%)';
  return `${Math.round(confidence * 100)}% sure`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The pass rule the attempt was judged by, in one sentence: "Passing needs 70% or more overall, every
 * criterion at 50% or more, at most 2 elevated risks, no harm flags and an ending that can be passed."
 */
export function passRuleText(score: Score): string {
  const parts = [`${percent(score.mastery)} or more overall`];
  const minimums = score.criteria.filter((c) => c.minimum !== undefined);
  const same = new Set(minimums.map((c) => c.minimum));
  if (minimums.length > 0 && minimums.length === score.criteria.length && same.size === 1) parts.push(`every criterion at ${percent(minimums[0]!.minimum)} or more`);
  else if (minimums.length > 0) parts.push(minimums.map((c) => `${c.label} at ${percent(c.minimum)} or more`).join(', '));
  if (score.maxElevated !== undefined) parts.push(score.maxElevated === 0 ? 'no elevated risks' : `at most ${plural(score.maxElevated, 'elevated risk', 'elevated risks')}`);
  parts.push('no harm flags');
  parts.push('an ending that can be passed');
  return `Passing needs ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}.`;
}

/** Why the attempt was not passed, one sentence per reason, in the order `scoring.ts` gives them. */
export function notPassedTexts(score: Score): string[] {
  return score.notPassed.map((r) => {
    switch (r.kind) {
      case 'harm':
        return `${r.count === 1 ? 'A response was' : `${r.count} responses were`} rated high risk (a harm flag), which fails the attempt whatever the scores.`;
      case 'ending':
        return `The session ended in a way that cannot be passed: ${r.reason.replace(/[.\s]+$/, '')}.`;
      case 'elevated':
        return `${r.count} responses were rated elevated risk; a pass allows at most ${r.max}.`;
      case 'minimum':
        return `${r.label} scored ${scorePercent(r.score)}, below its minimum of ${percent(r.minimum)}.`;
      case 'overall':
        return r.overall === null
          ? 'No rated decision was made, so there is no overall score.'
          : `The overall score, ${scorePercent(r.overall)}, is below the ${percent(r.mastery)} needed.`;
    }
  });
}

/** What the elevated risks taken mean for the verdict, after they are counted. */
export function elevatedNote(score: Score): string {
  if (score.maxElevated === undefined) return 'These do not fail the attempt but are worth taking to supervision.';
  const allowed = score.maxElevated === 0 ? 'A pass allows none' : `A pass allows at most ${score.maxElevated}`;
  return `${allowed}; each is worth taking to supervision.`;
}
