/**
 * Strict validators for every value Attune writes to a SCORM data model. They apply the standard
 * (SCORM 1.2 RTE §3.4, SCORM 2004 4th ed. RTE §4) *and* the stricter rules of Moodle's own API
 * implementations (`mod/scorm/datamodels/scorm_12.js`, `scorm_13.js`), because an LMS that rejects
 * a value silently drops it. `scorm-again`, our test LMS, is more lenient, so we check ourselves.
 *
 * Only elements Attune writes are listed: writing anything else is a bug and is reported as one.
 */
export type ScormVersion = 'scorm12' | 'scorm2004';

interface Rule {
  /** Whole-value pattern. */
  pattern?: RegExp;
  /** Maximum length in characters. */
  max?: number;
  /** Numeric range, inclusive. */
  range?: [number, number];
  /** For values made of several identifiers joined by a delimiter. */
  list?: { delimiter: string; item: RegExp; maxItems: number; unique: boolean };
  /** A label for messages, e.g. "CMITimespan". */
  type: string;
}

// SCORM 1.2 data types (Moodle's regular expressions, tightened where the standard is stricter).
const CMIDecimal12 = /^-?[0-9]{0,3}(\.[0-9]+)?$/;
const CMIIdentifier12 = /^[\u0021-\u007E]{1,255}$/;
const CMITimespan12 = /^[0-9]{2,4}:[0-5][0-9]:[0-5][0-9](\.[0-9]{1,2})?$/;
const CMITime12 = /^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,2})?$/;

// SCORM 2004 data types (Moodle's).
const CMIDecimal2004 = /^-?[0-9]{1,5}(\.[0-9]{1,18})?$/;
const CMILongIdentifier = /^(?:(?!urn:)\S{1,4000}|urn:[A-Za-z0-9-]{1,31}:\S{1,4000})$/;
const CMIShortIdentifier = /^[\w.]{1,250}$/;
const CMITime2004 =
  /^(19[7-9][0-9]|20[0-2][0-9]|203[0-8])-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,2})?(Z|[+-]([01][0-9]|2[0-3])(:[0-5][0-9])?)?$/;
const CMITimespan2004 = /^P(\d+Y)?(\d+M)?(\d+D)?(T(((\d+H)(\d+M)?(\d+(\.\d{1,2})?S)?)|((\d+M)(\d+(\.\d{1,2})?S)?)|((\d+(\.\d{1,2})?S))))?$/;
// A localized string of at most 250 characters, on one line, not starting with "{" unless a lang tag.
const CMILangString250 = /^(\{lang=([a-zA-Z]{2,3}|i|x)(-[a-zA-Z0-9-]{2,8})?\})?([^{\n\r\u2028\u2029][^\n\r\u2028\u2029]{0,249})?$/;

const vocab = (...words: string[]) => new RegExp(`^(${words.map((w) => w.replace(/[-]/g, '\\-')).join('|')})$`);

const RULES: Record<ScormVersion, Record<string, Rule>> = {
  scorm12: {
    'cmi.core.lesson_status': { type: 'CMIVocabulary (Status)', pattern: vocab('passed', 'completed', 'failed', 'incomplete', 'browsed') },
    'cmi.core.lesson_location': { type: 'CMIString255', max: 255 },
    'cmi.core.score.raw': { type: 'CMIDecimal 0–100', pattern: CMIDecimal12, range: [0, 100] },
    'cmi.core.score.min': { type: 'CMIDecimal 0–100', pattern: CMIDecimal12, range: [0, 100] },
    'cmi.core.score.max': { type: 'CMIDecimal 0–100', pattern: CMIDecimal12, range: [0, 100] },
    'cmi.core.exit': { type: 'CMIVocabulary (Exit)', pattern: /^(time-out|suspend|logout|)$/ },
    'cmi.core.session_time': { type: 'CMITimespan', pattern: CMITimespan12 },
    'cmi.suspend_data': { type: 'CMIString4096', max: 4096 },
    'cmi.objectives.n.id': { type: 'CMIIdentifier', pattern: CMIIdentifier12 },
    'cmi.objectives.n.score.raw': { type: 'CMIDecimal 0–100', pattern: CMIDecimal12, range: [0, 100] },
    'cmi.objectives.n.score.min': { type: 'CMIDecimal 0–100', pattern: CMIDecimal12, range: [0, 100] },
    'cmi.objectives.n.score.max': { type: 'CMIDecimal 0–100', pattern: CMIDecimal12, range: [0, 100] },
    'cmi.objectives.n.status': { type: 'CMIVocabulary (Status)', pattern: vocab('passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted') },
    'cmi.interactions.n.id': { type: 'CMIIdentifier', pattern: CMIIdentifier12 },
    'cmi.interactions.n.objectives.n.id': { type: 'CMIIdentifier', pattern: CMIIdentifier12 },
    'cmi.interactions.n.time': { type: 'CMITime', pattern: CMITime12 },
    'cmi.interactions.n.type': { type: 'CMIVocabulary (Interaction)', pattern: vocab('true-false', 'choice', 'fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric') },
    // CMIFeedback for a choice: identifiers; Attune writes one per response, so no commas or spaces.
    'cmi.interactions.n.correct_responses.n.pattern': { type: 'CMIFeedback (choice)', pattern: /^[\u0021-\u002B\u002D-\u007E]{1,255}$/ },
    'cmi.interactions.n.student_response': { type: 'CMIFeedback (choice)', pattern: /^[\u0021-\u002B\u002D-\u007E]{1,255}$/ },
    'cmi.interactions.n.weighting': { type: 'CMIDecimal', pattern: CMIDecimal12, range: [-100, 100] },
    'cmi.interactions.n.result': { type: 'CMIVocabulary (Result)', pattern: /^(correct|wrong|unanticipated|neutral|[0-9]{1,3}(\.[0-9]+)?)$/ },
    'cmi.interactions.n.latency': { type: 'CMITimespan', pattern: CMITimespan12 },
  },
  scorm2004: {
    'cmi.completion_status': { type: 'state (completion)', pattern: vocab('completed', 'incomplete', 'not attempted', 'unknown') },
    'cmi.success_status': { type: 'state (success)', pattern: vocab('passed', 'failed', 'unknown') },
    'cmi.score.scaled': { type: 'real(10,7) −1…1', pattern: CMIDecimal2004, range: [-1, 1] },
    'cmi.score.raw': { type: 'real(10,7)', pattern: CMIDecimal2004 },
    'cmi.score.min': { type: 'real(10,7)', pattern: CMIDecimal2004 },
    'cmi.score.max': { type: 'real(10,7)', pattern: CMIDecimal2004 },
    'cmi.progress_measure': { type: 'real(10,7) 0…1', pattern: CMIDecimal2004, range: [0, 1] },
    'cmi.location': { type: 'characterstring(SPM 1000)', max: 1000 },
    'cmi.exit': { type: 'state (exit)', pattern: /^(time-out|suspend|logout|normal|)$/ },
    'cmi.session_time': { type: 'timeinterval', pattern: CMITimespan2004 },
    'cmi.suspend_data': { type: 'characterstring(SPM 64000)', max: 64000 },
    'cmi.objectives.n.id': { type: 'long_identifier_type', pattern: CMILongIdentifier },
    'cmi.objectives.n.score.scaled': { type: 'real(10,7) −1…1', pattern: CMIDecimal2004, range: [-1, 1] },
    'cmi.objectives.n.score.raw': { type: 'real(10,7)', pattern: CMIDecimal2004 },
    'cmi.objectives.n.score.min': { type: 'real(10,7)', pattern: CMIDecimal2004 },
    'cmi.objectives.n.score.max': { type: 'real(10,7)', pattern: CMIDecimal2004 },
    'cmi.objectives.n.success_status': { type: 'state (success)', pattern: vocab('passed', 'failed', 'unknown') },
    'cmi.objectives.n.completion_status': { type: 'state (completion)', pattern: vocab('completed', 'incomplete', 'not attempted', 'unknown') },
    'cmi.objectives.n.description': { type: 'localized_string_type(SPM 250)', pattern: CMILangString250 },
    'cmi.interactions.n.id': { type: 'long_identifier_type', pattern: CMILongIdentifier },
    'cmi.interactions.n.type': { type: 'state (interaction type)', pattern: vocab('true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric', 'other') },
    'cmi.interactions.n.objectives.n.id': { type: 'long_identifier_type', pattern: CMILongIdentifier },
    'cmi.interactions.n.timestamp': { type: 'time(second,10,0)', pattern: CMITime2004 },
    'cmi.interactions.n.correct_responses.n.pattern': { type: 'choice response', list: { delimiter: '[,]', item: CMIShortIdentifier, maxItems: 36, unique: true } },
    'cmi.interactions.n.learner_response': { type: 'choice response', list: { delimiter: '[,]', item: CMIShortIdentifier, maxItems: 36, unique: true } },
    'cmi.interactions.n.weighting': { type: 'real(10,7)', pattern: CMIDecimal2004 },
    'cmi.interactions.n.result': { type: 'state (result)', pattern: /^(correct|incorrect|unanticipated|neutral|-?[0-9]{1,4}(\.[0-9]{1,18})?)$/ },
    'cmi.interactions.n.latency': { type: 'timeinterval', pattern: CMITimespan2004 },
    'cmi.interactions.n.description': { type: 'localized_string_type(SPM 250)', pattern: CMILangString250 },
  },
};

/** `cmi.interactions.3.objectives.0.id` → `cmi.interactions.n.objectives.n.id`. */
export const elementModel = (element: string) => element.replace(/\.\d+(?=\.|$)/g, '.n');

/** The elements Attune may write, per version (for documentation and tests). */
export const writableElements = (version: ScormVersion) => Object.keys(RULES[version]);

/** The longest value an element accepts (suspend data, location), if it has a length limit. */
export const maxLength = (version: ScormVersion, element: string) => RULES[version][elementModel(element)]?.max;

/**
 * Checks one value before it is written. Returns undefined when it is acceptable, otherwise a
 * message naming the element, the rule and the value.
 */
export function checkValue(version: ScormVersion, element: string, value: string): string | undefined {
  const model = elementModel(element);
  const rule = RULES[version][model];
  const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  if (!rule) return `${element} is not an element Attune writes in ${version}`;
  if (typeof value !== 'string') return `${element} must be a string`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(value)) return `${element} contains control characters`;
  if (rule.max !== undefined && value.length > rule.max) return `${element} is ${value.length} characters long; ${rule.type} allows ${rule.max}`;
  if (rule.pattern && !rule.pattern.test(value)) return `${element} = "${shown}" is not a valid ${rule.type}`;
  if (rule.list) {
    const items = value.split(rule.list.delimiter);
    if (items.length > rule.list.maxItems) return `${element} has ${items.length} items; at most ${rule.list.maxItems}`;
    const bad = items.find((item) => !rule.list!.item.test(item));
    if (bad !== undefined) return `${element} item "${bad}" is not a valid identifier (${rule.list.item.source})`;
    if (rule.list.unique && new Set(items).size !== items.length) return `${element} repeats an item`;
  }
  if (rule.range) {
    const n = Number(value);
    if (!Number.isFinite(n) || n < rule.range[0] || n > rule.range[1]) return `${element} = ${shown} is outside ${rule.range[0]}…${rule.range[1]}`;
  }
  return undefined;
}
