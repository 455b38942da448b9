/**
 * Value formats for the LMS data models, written to satisfy both the standards and the strictest
 * LMS we know (Moodle's `mod/scorm/datamodels/scorm_12.js` and `scorm_13.js`): two-digit hours,
 * at most two fraction digits on seconds, decimals without exponents, no hyphens in SCORM 2004
 * choice responses, no line breaks in descriptions. Pure functions; `validate.ts` checks the results.
 */

const pad = (n: number, width = 2) => String(Math.floor(n)).padStart(width, '0');

/** Centiseconds, rounded, never negative. */
const centis = (ms: number) => Math.max(0, Math.round((Number.isFinite(ms) ? ms : 0) / 10));

/** SCORM 1.2 CMITimespan `HHHH:MM:SS.SS` (2–4 hour digits; Moodle insists on at least two). */
export function scorm12Timespan(ms: number): string {
  const max = (9999 * 3600 + 59 * 60 + 59) * 100 + 99;
  const c = Math.min(centis(ms), max);
  const hours = Math.floor(c / 360000);
  const minutes = Math.floor((c % 360000) / 6000);
  const seconds = Math.floor((c % 6000) / 100);
  const fraction = c % 100;
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}${fraction ? `.${pad(fraction)}` : ''}`;
}

/** SCORM 1.2 CMITime: a time of day `HH:MM:SS` (the learner's local time). */
export function scorm12Time(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration), e.g. `PT1H2M3.45S`; `PT0S` for nothing. */
export function iso8601Duration(ms: number): string {
  const c = centis(ms);
  const hours = Math.floor(c / 360000);
  const minutes = Math.floor((c % 360000) / 6000);
  const seconds = (c % 6000) / 100;
  let out = 'PT';
  if (hours) out += `${hours}H`;
  if (minutes) out += `${minutes}M`;
  if (seconds || (!hours && !minutes)) out += `${decimal(seconds, 2)}S`;
  return out;
}

/**
 * SCORM 2004 time(second,10,0): `YYYY-MM-DDThh:mm:ss.ssZ` in UTC, at most two fraction digits
 * (Moodle's CMITime allows no more).
 */
export function scorm2004Timestamp(date: Date): string {
  const cs = Math.floor(date.getUTCMilliseconds() / 10);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}.${pad(cs)}Z`;
}

/** A decimal with at most `digits` fraction digits, no exponent, no trailing zeros, never "-0". */
export function decimal(n: number, digits = 4): string {
  if (!Number.isFinite(n)) throw new RangeError(`Not a finite number: ${n}`);
  const fixed = n.toFixed(digits);
  const trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

/** A fraction 0–1 as a score 0–100 with two decimals. */
export const percent = (fraction: number) => decimal(Math.min(1, Math.max(0, fraction)) * 100, 2);
/** A fraction 0–1 as a SCORM 2004 scaled score with four decimals. */
export const scaled = (fraction: number) => decimal(Math.min(1, Math.max(-1, fraction)), 4);

/**
 * A SCORM 2004 choice response (short_identifier_type as Moodle checks it: `[\w.]`). Attune's
 * option ids are lower-case letters, digits and hyphens (never underscores), so hyphen → underscore
 * is reversible: `name-the-silence` ↔ `name_the_silence`.
 */
export const choiceResponse2004 = (optionId: string) => optionId.replace(/-/g, '_');
export const optionIdFrom2004 = (response: string) => response.replace(/_/g, '-');

/**
 * One line of plain text for a description field: line breaks and runs of space collapsed, a
 * leading `{` (which SCORM reads as a language tag) dropped, cut at `max` characters with "…".
 */
export function oneLine(text: string, max: number): string {
  const flat = text.replace(/[\s\u2028\u2029]+/g, ' ').trim().replace(/^\{+/, '');
  if (flat.length <= max) return flat;
  return `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Elapsed milliseconds between two dates, never negative. */
export const elapsed = (from: Date, to: Date) => Math.max(0, to.getTime() - from.getTime());
