// The rules a strict cmi5 LMS holds an AU's statements to (cmi5 Quartz §9 and §10.2.2), for the
// test LRS (lrs-server.mjs), which rejects a statement breaking any of them as §6.3 allows ("The
// LMS SHOULD reject statements that conflict with the Statement API requirements"). Pure: a
// statement, what the LMS knows of its session and registration → the broken rule, or undefined.
//
// `session`: { id, registration, activityId, launchMode, masteryScore?, initialized, terminated,
//              verbs: Set of cmi5 defined verbs used, lastTimestamp? }
// `registration`: { passed, failed, completed } (this AU's cmi5 defined statements so far)

const V = 'http://adlnet.gov/expapi/verbs/';
export const DEFINED = new Map([
  [`${V}initialized`, 'initialized'],
  [`${V}completed`, 'completed'],
  [`${V}passed`, 'passed'],
  [`${V}failed`, 'failed'],
  [`${V}terminated`, 'terminated'],
]);
const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION_EXT = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const MASTERY_EXT = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

const isInteger = (n) => typeof n === 'number' && Number.isInteger(n);
const categories = (s) => (s.context?.contextActivities?.category ?? []).map((c) => c.id);

/** The cmi5 defined verb of a statement (its object is the AU and it carries the cmi5 category), else undefined. */
export function definedVerb(statement, activityId) {
  const verb = DEFINED.get(statement.verb?.id);
  return verb && statement.object?.id === activityId && categories(statement).includes(CMI5_CATEGORY) ? verb : undefined;
}

/** Why a strict LMS rejects `statement`, or undefined when it accepts it. */
export function cmi5Violation(statement, session, registration) {
  if (statement.context?.registration !== session.registration) return '§9.6.1: the registration must be the launch’s';
  if (session.terminated) return '§9.3.8: no statement after terminated';
  const time = Date.parse(statement.timestamp ?? '');
  if (!Number.isFinite(time)) return '§9.7: a timestamp is required';
  if (session.lastTimestamp !== undefined && time <= session.lastTimestamp) return '§9.3: statements are ordered by timestamp; this one is not later than the last';
  const verb = definedVerb(statement, session.activityId);
  if (!session.initialized && verb !== 'initialized') return '§9.3.2: initialized must be the first statement of a session';
  if (statement.object?.id === session.activityId && DEFINED.has(statement.verb?.id) && !verb) return '§9.6.2.1: cmi5 defined statements carry the cmi5 category';
  if (!verb) return undefined; // a cmi5 allowed statement
  if (statement.context?.extensions?.[SESSION_EXT] !== session.id) return '§9.6.3.1: the session id must be the launch’s';
  if (session.verbs.has(verb)) return `§9.3: ${verb} is already used in this session`;
  if ((verb === 'passed' || verb === 'failed') && (session.verbs.has('passed') || session.verbs.has('failed'))) return '§9.3: only one of passed/failed per session';
  if (session.launchMode !== 'Normal' && !['initialized', 'terminated'].includes(verb)) return `§10.2.2: ${verb} in ${session.launchMode} mode (no satisfaction data)`;
  if (verb === 'completed' && registration.completed) return '§9.3.3: completed more than once in a registration';
  if (verb === 'passed' && registration.passed) return '§9.3.4: passed more than once in a registration';
  if (verb === 'failed' && registration.passed) return '§9.3: failed after passed in a registration';
  const result = statement.result ?? {};
  const score = result.score;
  if (score && verb !== 'passed' && verb !== 'failed') return `§9.5.1: ${verb} must not carry a score`;
  if ('success' in result && verb !== 'passed' && verb !== 'failed') return `§9.5.2: ${verb} must not carry success`;
  if ('completion' in result && verb !== 'completed') return `§9.5.3: ${verb} must not carry completion`;
  if (verb === 'completed' && result.completion !== true) return '§9.5.3: completed carries completion true';
  if (verb === 'terminated' && !result.duration) return '§9.5.4.1: terminated carries a duration';
  if (verb === 'passed' || verb === 'failed') {
    if (result.success !== (verb === 'passed')) return `§9.5.2: ${verb} carries success ${verb === 'passed'}`;
    if (!categories(statement).includes(MOVEON_CATEGORY)) return `§9.6.2.2: ${verb} carries the moveOn category`;
    if (session.masteryScore !== undefined && statement.context?.extensions?.[MASTERY_EXT] !== session.masteryScore) return '§9.6.3.2: passed/failed carry the launch’s masteryScore';
    if (score) {
      if ('raw' in score && !isInteger(score.raw)) return `§9.5.1: score.raw must be an integer (got ${score.raw})`;
      if ('raw' in score && (!isInteger(score.min) || !isInteger(score.max))) return '§9.5.1: score.raw needs integer min and max';
      if ('raw' in score && (score.raw < score.min || score.raw > score.max)) return '§9.5.1: score.raw must lie between min and max';
      if (session.masteryScore !== undefined && typeof score.scaled === 'number') {
        if (verb === 'passed' && score.scaled < session.masteryScore) return `§9.3.4: passed with scaled ${score.scaled} below masteryScore ${session.masteryScore}`;
        if (verb === 'failed' && score.scaled >= session.masteryScore) return `§9.3.5: failed with scaled ${score.scaled} not below masteryScore ${session.masteryScore}`;
      }
    }
  }
  if ((verb === 'completed' || verb === 'passed' || verb === 'failed') && !categories(statement).includes(MOVEON_CATEGORY)) return `§9.6.2.2: ${verb} carries the moveOn category`;
  return undefined;
}

/** What the LMS learns from an accepted statement. */
export function accept(statement, session, registration) {
  session.lastTimestamp = Date.parse(statement.timestamp);
  const verb = definedVerb(statement, session.activityId);
  if (!verb) return;
  session.verbs.add(verb);
  if (verb === 'initialized') session.initialized = true;
  if (verb === 'terminated') session.terminated = true;
  if (verb === 'passed' || verb === 'failed' || verb === 'completed') registration[verb] = true;
}
