/**
 * The replay code: everything needed to rebuild a session by replaying it, and nothing else.
 * We never save ink's state JSON (kilobytes; SCORM 1.2 allows 4096 characters in all). A code is
 *
 *     1.<story hash, 8 hex>.<seed, base 36>.<one character per choice>.<check, 3 characters>
 *
 * Each choice is one URL-safe character holding the option index (0–7) and the confidence level
 * (0 = not asked, 1–5 = 0%, 25%, 50%, 75%, 100%). An option index of 8 or more takes four
 * characters: `~`, the confidence, and the index in two digits. The check catches typing and
 * truncation mistakes; the hash catches a story that changed since the code was made.
 */
import { contentHash } from './ink/content-hash.js';

export const REPLAY_CODE_VERSION = '1';
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ESCAPE = '~';
const MAX_INDEX = DIGITS.length ** 2 - 1;

/** The confidence levels a trainee can give, as probabilities that the choice was the best one. */
export const CONFIDENCE_LEVELS = [0, 0.25, 0.5, 0.75, 1] as const;

export interface ReplayStep {
  /** Index of the option taken among those ink offered at that point. */
  index: number;
  /** One of CONFIDENCE_LEVELS, when the trainee rated confidence. */
  confidence?: number;
}

export interface ReplayCode {
  /** First 8 characters of the story's content hash. */
  storyHash: string;
  seed: number;
  steps: ReplayStep[];
}

export type ReplayCodeProblem = 'malformed' | 'checksum' | 'version' | 'story-changed' | 'invalid-step';

export class ReplayCodeError extends Error {
  constructor(
    readonly problem: ReplayCodeProblem,
    message: string,
  ) {
    super(message);
    this.name = 'ReplayCodeError';
  }
}

export const shortHash = (storyHash: string) => storyHash.slice(0, 8);

/**
 * The largest seed: ink keeps its seed as a 32-bit integer. The session, the replay code and the
 * player's `seed` attribute all accept exactly the whole numbers 0…MAX_SEED.
 */
export const MAX_SEED = 2 ** 31 - 1;

/** Why `seed` is not a seed, or undefined when it is one. */
export function seedProblem(seed: unknown): string | undefined {
  if (typeof seed === 'number' && Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED) return undefined;
  const shown = typeof seed === 'number' || typeof seed === 'bigint' ? String(seed) : JSON.stringify(seed) ?? String(seed);
  return `A seed must be a whole number from 0 to ${MAX_SEED.toLocaleString('en-GB')}; got ${shown.length > 40 ? `${shown.slice(0, 39)}…` : shown}.`;
}

export const isValidSeed = (seed: unknown): seed is number => seedProblem(seed) === undefined;

function confidenceLevel(confidence: number | undefined): number {
  if (confidence === undefined) return 0;
  const level = CONFIDENCE_LEVELS.findIndex((c) => Math.abs(c - confidence) < 1e-9);
  if (level < 0) throw new RangeError(`Confidence must be one of ${CONFIDENCE_LEVELS.join(', ')}; got ${confidence}`);
  return level + 1;
}

function check(text: string): string {
  const n = parseInt(contentHash(text).slice(0, 5), 16);
  return DIGITS[n & 63]! + DIGITS[(n >> 6) & 63]! + DIGITS[(n >> 12) & 63]!;
}

export function encodeReplayCode(code: ReplayCode): string {
  const problem = seedProblem(code.seed);
  if (problem) throw new RangeError(problem);
  let body = '';
  for (const { index, confidence } of code.steps) {
    const level = confidenceLevel(confidence);
    if (!Number.isInteger(index) || index < 0 || index > MAX_INDEX) throw new RangeError(`Option index out of range: ${index}`);
    body += index < 8 ? DIGITS[index * 8 + level] : ESCAPE + DIGITS[level] + DIGITS[index >> 6] + DIGITS[index & 63];
  }
  const text = `${REPLAY_CODE_VERSION}.${shortHash(code.storyHash)}.${code.seed.toString(36)}.${body}`;
  return `${text}.${check(text)}`;
}

/** Reads a replay code, refusing anything damaged with a message a trainee can act on. */
export function decodeReplayCode(text: string): ReplayCode {
  if (typeof text !== 'string') throw new ReplayCodeError('malformed', 'A replay code must be text.');
  const parts = text.trim().split('.');
  if (parts.length !== 5) throw new ReplayCodeError('malformed', 'This is not a complete replay code (it may have been cut short when copied).');
  const [version, hash, seed, body, sum] = parts as [string, string, string, string, string];
  if (version !== REPLAY_CODE_VERSION) {
    throw new ReplayCodeError('version', `This replay code was made by a different version of Attune (format ${version}); it cannot be replayed here.`);
  }
  if (check(`${version}.${hash}.${seed}.${body}`) !== sum) {
    throw new ReplayCodeError('checksum', 'This replay code has been altered or damaged (its check characters do not match).');
  }
  if (!/^[0-9a-f]{8}$/.test(hash) || !/^[0-9a-z]{1,11}$/.test(seed)) {
    throw new ReplayCodeError('malformed', 'This replay code is damaged (its story or seed part is unreadable).');
  }
  const seedValue = parseInt(seed, 36);
  if (!isValidSeed(seedValue)) throw new ReplayCodeError('malformed', 'This replay code is damaged (its seed is out of range).');

  const steps: ReplayStep[] = [];
  const digit = (ch: string | undefined) => {
    const n = ch === undefined ? -1 : DIGITS.indexOf(ch);
    if (n < 0) throw new ReplayCodeError('malformed', `This replay code is damaged (unexpected character "${ch ?? ''}").`);
    return n;
  };
  for (let i = 0; i < body.length; ) {
    let index: number;
    let level: number;
    if (body[i] === ESCAPE) {
      level = digit(body[i + 1]);
      index = digit(body[i + 2]) * 64 + digit(body[i + 3]);
      i += 4;
    } else {
      const n = digit(body[i]);
      index = n >> 3;
      level = n & 7;
      i += 1;
    }
    if (level > CONFIDENCE_LEVELS.length) throw new ReplayCodeError('malformed', 'This replay code is damaged (a confidence value is out of range).');
    steps.push(level === 0 ? { index } : { index, confidence: CONFIDENCE_LEVELS[level - 1] });
  }
  return { storyHash: hash, seed: seedValue, steps };
}
