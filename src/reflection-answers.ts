/**
 * The trainee's answers to the therapist self-reflection (`stories/reflection.yaml`, schema and
 * scoring in `src/schemas/reflection.ts`), kept privately in the browser, and the "pulls to
 * notice" they turn on in a debrief. Framework-free.
 *
 * The answers are one versioned, zod-validated record (`attune:reflection`). A record that does
 * not validate is set aside exactly as found (like attempt history) and reported, never thrown.
 * Answers given to an older version of the questionnaire are kept for the items that still exist.
 */
import * as z from 'zod/mini';
import { browserStorage, MemoryStorage, setAside, type StorageLike, type StorageProblem } from './attempts.js';
import { pullsToNotice, ReflectionSchema, scoreReflection, type Reflection, type ReflectionResult } from './schemas/reflection.js';
import type { AttachmentPattern } from './schemas/scenario.js';

export const REFLECTION_ANSWERS_VERSION = 1;
const KEY = 'attune:reflection';

export const ReflectionAnswersRecordSchema = z.strictObject({
  version: z.literal(REFLECTION_ANSWERS_VERSION),
  reflection: z.strictObject({ id: z.string(), version: z.string() }),
  answers: z.record(z.string().check(z.maxLength(100)), z.number().check(z.int())),
  savedAt: z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO date')),
});
export type ReflectionAnswersRecord = z.infer<typeof ReflectionAnswersRecordSchema>;

/** What a debrief shows: the trainee's tendencies and, for this client's pattern, the pulls to notice. */
export interface DebriefPulls {
  /** One line on the trainee's own tendencies. */
  summary: string;
  pulls: { title?: string; text: string }[];
  /** How firm the evidence is (pairing findings are preliminary). */
  caveat?: string;
}

export class ReflectionLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReflectionLoadError';
  }
}

/** Fetches and validates the self-reflection (`reflection.json`, written by the Vite plugin). */
export async function fetchReflection(url: string): Promise<Reflection> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new ReflectionLoadError('The self-reflection could not be loaded. Check your connection and try again.');
  }
  if (!response.ok) throw new ReflectionLoadError(`The self-reflection is not available here (${response.status}).`);
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    throw new ReflectionLoadError('The self-reflection file is damaged (not valid JSON).');
  }
  const parsed = ReflectionSchema.safeParse(data);
  if (!parsed.success) throw new ReflectionLoadError(`The self-reflection file is damaged (${parsed.error.issues[0]?.message ?? 'invalid'}).`);
  return parsed.data;
}

export class ReflectionAnswersStore {
  readonly problems: StorageProblem[] = [];
  private readonly storage: StorageLike;
  private readonly now: () => Date;

  constructor(storage: StorageLike | null | undefined = browserStorage(), options: { now?: () => Date } = {}) {
    this.storage = storage ?? new MemoryStorage();
    this.now = options.now ?? (() => new Date());
  }

  /** The saved answers, or undefined (none yet, or set aside because they could not be read). */
  load(): ReflectionAnswersRecord | undefined {
    let raw: string | null;
    try {
      raw = this.storage.getItem(KEY);
    } catch {
      return undefined;
    }
    if (raw === null) return undefined;
    let reason: string;
    try {
      const parsed = ReflectionAnswersRecordSchema.safeParse(JSON.parse(raw));
      if (parsed.success) return parsed.data;
      reason = `${parsed.error.issues[0]?.path.join('.') || 'record'}: ${parsed.error.issues[0]?.message ?? 'invalid'}`;
    } catch {
      reason = 'not valid JSON';
    }
    const key = setAside(this.storage, KEY, raw, reason, this.now());
    if (key !== undefined) {
      try {
        this.storage.removeItem(KEY);
      } catch {
        /* leave it */
      }
    }
    this.problems.push({
      kind: 'quarantined',
      message: `Your saved self-reflection could not be read (${reason}). It has been set aside, unchanged; you can answer the questions again.`,
      ...(key !== undefined ? { quarantineKey: key } : {}),
    });
    return undefined;
  }

  /** Saves answers (only items of this reflection, on its scale). Returns the record saved. */
  save(reflection: Reflection, answers: Readonly<Record<string, number>>): ReflectionAnswersRecord {
    const { min, max } = reflection.scale;
    const kept = Object.fromEntries(
      reflection.items.flatMap((item) => {
        const v = answers[item.id];
        return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? [[item.id, v]] : [];
      }),
    );
    const record: ReflectionAnswersRecord = {
      version: REFLECTION_ANSWERS_VERSION,
      reflection: { id: reflection.id, version: reflection.version },
      answers: kept,
      savedAt: this.now().toISOString(),
    };
    try {
      this.storage.setItem(KEY, JSON.stringify(record));
    } catch {
      this.problems.push({ kind: 'write-failed', message: 'Your self-reflection could not be saved in this browser; it is kept only until you close this page.' });
    }
    return record;
  }

  clear() {
    try {
      this.storage.removeItem(KEY);
    } catch {
      /* nothing saved anyway */
    }
  }
}

/** The answers' result, if any answers exist for this questionnaire. */
export function reflectionResult(reflection: Reflection, record: ReflectionAnswersRecord | undefined): ReflectionResult | undefined {
  if (!record || record.reflection.id !== reflection.id) return undefined;
  const result = scoreReflection(reflection, record.answers);
  return result.answered > 0 ? result : undefined;
}

/** The "pulls to notice" section of a debrief for a client of `pattern`, or undefined without answers. */
export function debriefPulls(reflection: Reflection, record: ReflectionAnswersRecord | undefined, pattern: AttachmentPattern): DebriefPulls | undefined {
  const result = reflectionResult(reflection, record);
  if (!result) return undefined;
  const labels = new Map(reflection.dimensions.map((d) => [d.id, d.label]));
  const texts = pullsToNotice(reflection, result, pattern);
  const tendencies = result.tendencies.filter((t) => reflection.pulls.some((p) => p.pattern === pattern && p.tendency === t));
  const named = tendencies.map((t) => (labels.get(t) ?? t).toLowerCase());
  return {
    summary:
      named.length > 0
        ? `In your self-reflection, what stood out was: ${named.join('; ')}. With a client whose pattern is ${pattern}, these may be worth noticing:`
        : `No particular pull stood out in your self-reflection. With a client whose pattern is ${pattern}, in general:`,
    pulls: texts.map((text, i) => ({ ...(tendencies[i] ? { title: labels.get(tendencies[i]!) ?? tendencies[i]! } : {}), text })),
    caveat: reflection.caveat,
  };
}
