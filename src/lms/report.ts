/**
 * What an attempt looks like to an LMS, independent of SCORM 1.2, SCORM 2004 or cmi5: overall
 * score and status, one record per rubric criterion (an objective) and one per rated decision (an
 * interaction), where the trainee is, and the replay code that resumes the attempt. Built from a
 * `Session` (usually rebuilt from the player's replay code), so it is exactly what the player shows.
 */
import type { ChoiceBeat, Session } from '../session.js';
import { ratedOptions, scoreDecision, type Score } from '../scoring.js';
import { criterionMinimum, type Rubric } from '../schemas/rubric.js';

export interface DecisionTiming {
  /** When the options were shown (or when this session began, for the first one after a resume). */
  presentedAt: Date;
  answeredAt: Date;
}

export interface DecisionRecord {
  /** Position among the rated decisions of the attempt (0 for the first): the interaction index. */
  index: number;
  /** Replay step (position among all choices, rated or not). */
  step: number;
  decision: string;
  /** The interaction id: the decision id, with `.2`, `.3`… when a story brings the trainee back to it. */
  id: string;
  option: string;
  text: string;
  /** The option ids that were a best choice here. */
  best: string[];
  options: { id: string; text: string }[];
  result: 'correct' | 'wrong';
  /** Weighted value 0–1 of the option taken against the best available. */
  value: number;
  /** What the trainee was responding to: the last line before the options. */
  prompt: string;
  /** Quality criteria this decision tested. */
  criteria: string[];
  timing?: DecisionTiming;
}

export interface CriterionRecord {
  id: string;
  /** The SCORM objective id (and the end of the cmi5 objective IRI): see `objectiveIds`. */
  objective: string;
  label: string;
  kind: 'quality' | 'risk';
  /**
   * 0–1. A quality criterion: its score, null until a decision tested it. A risk: 1 when no risky
   * response was taken (known at the end), 0.5 when the worst was elevated, 0 when one was high (a
   * harm flag); null while nothing risky has been chosen in an unfinished attempt.
   */
  score: number | null;
  /** `unknown` until the attempt ends (a high risk fails its criterion at once). */
  status: 'passed' | 'failed' | 'unknown';
  /** How many decisions tested it (quality) or how many risky choices were taken (risk). */
  decisions: number;
  high: number;
  elevated: number;
  /** The threshold a quality criterion is judged against: its own minimum, else the mastery score. */
  threshold?: number;
}

export interface AttemptReport {
  scenario: string;
  ended: boolean;
  passed: boolean;
  overall: number | null;
  mastery: number;
  criteria: CriterionRecord[];
  decisions: DecisionRecord[];
  harmFlags: number;
  elevated: number;
  /** The decision on offer now (`decision id`), `end`, or `start`. */
  location: string;
  suspendData: string;
  score: Score;
}

/**
 * Objective ids a course leader can read in an LMS report (Moodle uses them as column headings): the
 * criterion's label in words joined by `_`, risks prefixed `Risk_`, e.g. `Safety_and_pacing`,
 * `Risk_Shame_and_withdrawal`. They stay valid SCORM 1.2 `CMIIdentifier`s and SCORM 2004
 * `long_identifier_type`s (letters, digits, `_`, no spaces); the criterion id is the fallback and
 * keeps them unique.
 */
export function objectiveIds(rubric: Pick<Rubric, 'criteria'>): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const c of rubric.criteria) {
    const words: string[] = [...(c.label.normalize('NFKD').match(/[A-Za-z0-9]+/g) ?? [])];
    if (c.kind === 'risk' && words[0]?.toLowerCase() !== 'risk') words.unshift('Risk');
    let id = words.join('_').slice(0, 64).replace(/_+$/, '');
    if (!id || used.has(id)) id = id ? `${id}.${c.id}` : c.id;
    used.add(id);
    ids.set(c.id, id);
  }
  return ids;
}

/** The risk measure of an objective: 1 none, 0.5 at worst elevated, 0 a high (see CriterionRecord.score). */
const riskMeasure = (high: number, elevated: number, ended: boolean) => (high > 0 ? 0 : elevated > 0 ? 0.5 : ended ? 1 : null);

/**
 * Whether the overall score may be given to an LMS whose own pass mark is `lmsMastery` without the
 * LMS reading a different verdict from it. An LMS that has a pass mark re-derives pass/fail from
 * the score (SCORM 1.2 "mastery score overrides status", SCORM 2004 `cmi.scaled_passing_score`,
 * cmi5 §9.3.4–9.3.5 and §9.5.1), but Attune's verdict is not the score alone: a harm flag, a
 * criterion below its minimum, too many elevated risks or an ending that cannot be passed fails an
 * attempt whatever its score. So the score goes to such an
 * LMS only when it agrees with the engine's verdict, and never before the attempt has one. With no
 * LMS pass mark (Attune's packages declare none) the score always goes.
 */
export function scoreAgreesWithVerdict(report: Pick<AttemptReport, 'ended' | 'passed' | 'overall'>, lmsMastery: number | undefined): boolean {
  if (lmsMastery === undefined || report.overall === null) return true;
  if (!report.ended) return false;
  return report.passed === report.overall + 1e-9 >= lmsMastery;
}

function promptBefore(session: Session, beat: ChoiceBeat): string {
  const at = session.beats.indexOf(beat);
  for (let i = at - 1; i >= 0; i--) {
    const b = session.beats[i]!;
    if (b.kind === 'choices') break;
    if (b.kind === 'line' && !b.echoesChoice && b.text.trim() !== '') return b.text.trim();
  }
  return '';
}

export function buildReport(
  session: Session,
  rubric: Rubric,
  options: { scenario: string; timings?: ReadonlyMap<number, DecisionTiming> },
): AttemptReport {
  const score = session.score();
  const ended = session.ended && session.error === undefined;
  const seen = new Map<string, number>();
  const decisions: DecisionRecord[] = [];
  for (const beat of session.beats) {
    if (beat.kind !== 'choices' || beat.decision === undefined || beat.chosen === undefined) continue;
    const rated = ratedOptions(beat.options);
    const scored = scoreDecision({ options: rated, chosen: beat.chosen }, rubric);
    const visits = (seen.get(beat.decision) ?? 0) + 1;
    seen.set(beat.decision, visits);
    const chosen = beat.options[beat.chosen]!;
    const timing = options.timings?.get(beat.step);
    decisions.push({
      index: decisions.length,
      step: beat.step,
      decision: beat.decision,
      id: visits === 1 ? beat.decision : `${beat.decision}.${visits}`,
      option: rated[beat.chosen]!.option,
      text: chosen.text,
      best: scored.best.map((i) => rated[i]!.option),
      options: beat.options.map((o, i) => ({ id: rated[i]!.option, text: o.text })),
      result: scored.best.includes(beat.chosen) ? 'correct' : 'wrong',
      value: scored.values[beat.chosen] ?? 0,
      prompt: promptBefore(session, beat),
      criteria: Object.keys(scored.criteria),
      ...(timing ? { timing } : {}),
    });
  }

  const criteria: CriterionRecord[] = [];
  const objectives = objectiveIds(rubric);
  for (const c of rubric.criteria) {
    const objective = objectives.get(c.id)!;
    if (c.kind === 'quality') {
      const s = score.criteria.find((x) => x.id === c.id);
      const threshold = criterionMinimum(rubric, c) ?? score.mastery;
      const value = s?.score ?? null;
      criteria.push({
        id: c.id,
        objective,
        label: c.label,
        kind: 'quality',
        score: value,
        status: !ended || value === null ? 'unknown' : value + 1e-9 >= threshold ? 'passed' : 'failed',
        decisions: s?.decisions ?? 0,
        high: 0,
        elevated: 0,
        threshold,
      });
    } else {
      const high = score.harmFlags.filter((h) => h.risk === c.id).length;
      const elevated = score.elevated.filter((h) => h.risk === c.id).length;
      criteria.push({
        id: c.id,
        objective,
        label: c.label,
        kind: 'risk',
        score: riskMeasure(high, elevated, ended),
        status: high > 0 ? 'failed' : ended ? 'passed' : 'unknown',
        decisions: high + elevated,
        high,
        elevated,
      });
    }
  }

  const current = session.currentChoices;
  return {
    scenario: options.scenario,
    ended,
    passed: ended && score.passed,
    overall: score.overall,
    mastery: score.mastery,
    criteria,
    decisions,
    harmFlags: score.harmFlags.length,
    elevated: score.elevated.length,
    location: ended ? 'end' : (current?.decision ?? (session.path.length === 0 ? 'start' : `step-${session.path.length}`)),
    suspendData: session.replayCode(),
    score,
  };
}
