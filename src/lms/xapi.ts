/**
 * The xAPI statements Attune sends in a cmi5 session, as pure functions (so they can be validated
 * in Node with `xapi-validation` and in the browser against a real LRS). The cmi5 "defined"
 * statements (passed, failed, completed, terminated) follow the cmi5 spec (Quartz) §9.3–9.5: cmi5
 * category, moveOn category for completion and success, registration and the LMS's context
 * template, duration, mastery score. Each choice is an `answered` statement (a cmi5 "allowed"
 * statement) on an interaction activity under the AU.
 *
 * Per-criterion scores travel as a result extension on passed/failed (and on answered, the
 * decision's value and the criteria it tested).
 *
 * The score on passed/failed follows §9.5.1: `raw` an integer out of 0–100, and the verb must agree
 * with the LMS's `masteryScore`. Attune's verdict is not the score alone (a harm flag fails an
 * attempt whatever its score, §9.3.5 forbids a `failed` whose scaled score reaches the mastery
 * score, and lowering the score to fit would falsify it), so when the score and the verdict
 * disagree the statement carries no `result.score` at all; the score is still reported, in Attune's
 * own `…/extensions/score` result extension, which no LMS reads as a verdict.
 */
import { iso8601Duration, elapsed } from './formats.js';
import { scoreAgreesWithVerdict, type AttemptReport, type DecisionRecord } from './report.js';

/** The base of Attune's own extension IRIs. */
export const ATTUNE_XAPI = 'https://attune-training.github.io/xapi';
export const EXT = {
  criteria: `${ATTUNE_XAPI}/extensions/criteria`,
  risks: `${ATTUNE_XAPI}/extensions/risks`,
  decision: `${ATTUNE_XAPI}/extensions/decision`,
  replayCode: `${ATTUNE_XAPI}/extensions/replay-code`,
  score: `${ATTUNE_XAPI}/extensions/score`,
} as const;
/** The activity state id that holds the replay code (cmi5 has no suspend data of its own). */
export const STATE_ID = `${ATTUNE_XAPI}/state/attempt`;

export const VERB = {
  initialized: { id: 'http://adlnet.gov/expapi/verbs/initialized', display: { 'en-US': 'initialized' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
  failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'en-US': 'failed' } },
  terminated: { id: 'http://adlnet.gov/expapi/verbs/terminated', display: { 'en-US': 'terminated' } },
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
} as const;

export const CATEGORY = {
  cmi5: { id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' },
  moveOn: { id: 'https://w3id.org/xapi/cmi5/context/categories/moveon' },
} as const;
export const MASTERY_EXT = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Statement = { [key: string]: Json };

export interface Cmi5Context {
  actor: Json;
  activityId: string;
  registration: string;
  /** The LMS's `contextTemplate` from LMS.LaunchData (holds the session id). */
  contextTemplate: { [key: string]: Json };
  masteryScore?: number;
  initializedAt: Date;
}

export function uuid(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  const bytes = Array.from({ length: 16 }, () => Math.floor(Math.random() * 256));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const round = (n: number, digits = 4) => Math.round(n * 10 ** digits) / 10 ** digits;
/** An xAPI score with `raw` an integer out of 0–100 (cmi5 §9.5.1). */
const score = (fraction: number) => ({ scaled: round(fraction), raw: Math.round(Math.min(1, Math.max(0, fraction)) * 100), min: 0, max: 100 });

function baseContext(ctx: Cmi5Context, categories: Json[]): { [key: string]: Json } {
  const template = structuredClone(ctx.contextTemplate);
  const activities = (template.contextActivities ?? {}) as { [key: string]: Json };
  const existing = Array.isArray(activities.category) ? activities.category : [];
  const category = [...existing, ...categories];
  const { category: _drop, ...rest } = activities;
  const merged = category.length > 0 ? { ...rest, category } : rest;
  return { ...template, registration: ctx.registration, ...(Object.keys(merged).length > 0 ? { contextActivities: merged } : {}) };
}

function defined(ctx: Cmi5Context, verb: Json, extra: { result?: { [key: string]: Json }; moveOn?: boolean; mastery?: boolean }, now: Date): Statement {
  const context = baseContext(ctx, extra.moveOn ? [CATEGORY.cmi5, CATEGORY.moveOn] : [CATEGORY.cmi5]);
  if (extra.mastery && ctx.masteryScore !== undefined) {
    context.extensions = { ...((context.extensions as { [key: string]: Json }) ?? {}), [MASTERY_EXT]: ctx.masteryScore };
  }
  return {
    id: uuid(),
    actor: ctx.actor,
    verb,
    object: { objectType: 'Activity', id: ctx.activityId },
    ...(extra.result ? { result: extra.result } : {}),
    context,
    timestamp: now.toISOString(),
  };
}

function withParent(context: { [key: string]: Json }, activityId: string): { [key: string]: Json } {
  const activities = (context.contextActivities ?? {}) as { [key: string]: Json };
  return { ...context, contextActivities: { ...activities, parent: [{ objectType: 'Activity', id: activityId }] } };
}

const duration = (ctx: Cmi5Context, now: Date) => iso8601Duration(elapsed(ctx.initializedAt, now));

/** Per-criterion results as one extension value: `{ <criterion id>: { label, score, status, … } }`. */
export function criteriaExtension(report: AttemptReport): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const c of report.criteria) {
    if (c.kind !== 'quality') continue;
    out[c.id] = { label: c.label, score: c.score === null ? null : round(c.score), status: c.status, decisions: c.decisions };
  }
  return out;
}

export function risksExtension(report: AttemptReport): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const c of report.criteria) {
    if (c.kind !== 'risk') continue;
    out[c.id] = { label: c.label, high: c.high, elevated: c.elevated, status: c.status };
  }
  return out;
}

/**
 * `passed` or `failed` (cmi5 §9.3.4–9.3.5) with every criterion's result, and the score where it
 * agrees with the verb under the LMS's mastery score (see the note at the top).
 */
export function successStatement(ctx: Cmi5Context, report: AttemptReport, now = new Date()): Statement {
  const overall = report.overall ?? 0;
  return defined(
    ctx,
    report.passed ? VERB.passed : VERB.failed,
    {
      moveOn: true,
      mastery: true,
      result: {
        success: report.passed,
        ...(scoreAgreesWithVerdict(report, ctx.masteryScore) ? { score: score(overall) } : {}),
        duration: duration(ctx, now),
        extensions: { [EXT.criteria]: criteriaExtension(report), [EXT.risks]: risksExtension(report), [EXT.score]: score(overall) },
      },
    },
    now,
  );
}

export const completedStatement = (ctx: Cmi5Context, now = new Date()): Statement =>
  defined(ctx, VERB.completed, { moveOn: true, result: { completion: true, duration: duration(ctx, now) } }, now);

export const terminatedStatement = (ctx: Cmi5Context, now = new Date()): Statement =>
  defined(ctx, VERB.terminated, { result: { duration: duration(ctx, now) } }, now);

/** One choice, as an `answered` statement on a `cmi.interaction` activity of type choice. */
export function answeredStatement(ctx: Cmi5Context, scenario: string, d: DecisionRecord, now = new Date()): Statement {
  const lang = (text: string) => ({ 'en-US': text || '—' });
  return {
    id: uuid(),
    actor: ctx.actor,
    verb: VERB.answered,
    object: {
      objectType: 'Activity',
      id: `${ctx.activityId}/scenario/${encodeURIComponent(scenario)}/decision/${encodeURIComponent(d.id)}`,
      definition: {
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        name: lang(d.decision),
        ...(d.prompt ? { description: lang(d.prompt) } : {}),
        interactionType: 'choice',
        correctResponsesPattern: d.best,
        choices: d.options.map((o) => ({ id: o.id, description: lang(o.text) })),
      },
    },
    result: {
      response: d.option,
      success: d.result === 'correct',
      score: score(d.value),
      ...(d.timing ? { duration: iso8601Duration(elapsed(d.timing.presentedAt, d.timing.answeredAt)) } : {}),
      extensions: { [EXT.decision]: { step: d.step, index: d.index, criteria: d.criteria, text: d.text } },
    },
    context: withParent(baseContext(ctx, []), ctx.activityId),
    timestamp: now.toISOString(),
  };
}
