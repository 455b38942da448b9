/**
 * The trainee's private attempt history, kept in the browser (localStorage), framework-free.
 *
 * - One key per scenario (`attune:attempts:<scenario id>`) holding `{ version, attempts: [...] }`.
 * - Every record is versioned and validated with zod when read. A record that does not validate
 *   (or a key that is not JSON at all) is never thrown at the app: it is moved, exactly as it was,
 *   to its own quarantine key (`attune:quarantine:…`) and reported, so nothing is lost and the
 *   rest of the history still loads.
 * - An unfinished attempt is a record with status `in-progress`; its replay code is updated after
 *   every decision, which is what "resume" replays (never ink's state JSON, which
 *   overflows SCORM 1.2's 4,096-character suspend_data after a few choices).
 * - A finished attempt (status `complete`) is never changed: `update` leaves it as it is, and an
 *   import never replaces it. Going back to a decision after the end starts a new attempt whose
 *   `from` names the finished one and the decision it went back to (both stay in the history).
 * - If storage is missing or refuses to write (private mode, sandboxed iframe, quota), the store
 *   keeps working in memory for the page's lifetime and says so in `problems`.
 */
import * as z from 'zod/mini';
import { ATTEMPTS_KEY_PREFIX as PREFIX, QUARANTINE_KEY_PREFIX as QUARANTINE_PREFIX } from './attempt-keys.js';
import { stableStringify } from './analysis/canonical.js';
import { ID } from './ids.js';
import { plainProblem } from './plain-errors.js';

// zod/mini loads no locale (every message would be "Invalid input"): English, as the reasons
// shown for set-aside records are worded (src/schemas/rubric.ts does the same for the schemas).
z.config(z.locales.en());

export const ATTEMPT_RECORD_VERSION = 1;
export const HISTORY_EXPORT_FORMAT = 'attune-history';

export const MODES = ['practice', 'assessment'] as const;
export type Mode = (typeof MODES)[number];

/**
 * - `in-progress`: can be resumed.
 * - `complete`: reached an ending and was scored.
 * - `abandoned`: the trainee started again instead of resuming.
 * - `story-changed`: the scenario changed since, so it cannot be replayed; kept for the record.
 * - `stopped`: the story itself failed (an ink runtime error); kept with what was played.
 */
export const ATTEMPT_STATUSES = ['in-progress', 'complete', 'abandoned', 'story-changed', 'stopped'] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

const IsoDate = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO date'));

export const AttemptResultSchema = z.strictObject({
  overall: z.nullable(z.number().check(z.minimum(0), z.maximum(1))),
  passed: z.boolean(),
  mastery: z.number().check(z.minimum(0), z.maximum(1)),
  harmFlags: z.number().check(z.int(), z.minimum(0)),
  elevated: z.number().check(z.int(), z.minimum(0)),
  /** Score per quality criterion id (0–1, or null when not tested). */
  criteria: z.record(z.string(), z.nullable(z.number().check(z.minimum(0), z.maximum(1)))),
  ending: z.optional(z.string()),
  /** Brier score, when confidence was rated. */
  brier: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
});
export type AttemptResult = z.infer<typeof AttemptResultSchema>;

const AttemptId = z.string().check(z.minLength(1), z.maxLength(100));

/** Where an attempt began when it went back to a decision of an earlier, finished one. */
export const AttemptOriginSchema = z.strictObject({
  attemptId: AttemptId,
  /** The decision gone back to (0-based): the new attempt replays the earlier one up to it. */
  step: z.number().check(z.int(), z.minimum(0)),
});
export type AttemptOrigin = z.infer<typeof AttemptOriginSchema>;

export const AttemptRecordSchema = z.strictObject({
  version: z.literal(ATTEMPT_RECORD_VERSION),
  id: AttemptId,
  scenarioId: z.string().check(z.regex(ID)),
  scenarioTitle: z.string().check(z.maxLength(500)),
  storyHash: z.string().check(z.regex(/^[0-9a-f]{8,64}$/)),
  rubric: z.strictObject({ id: z.string(), version: z.string() }),
  mode: z.enum(MODES),
  replayCode: z.string().check(z.maxLength(10000)),
  status: z.enum(ATTEMPT_STATUSES),
  startedAt: IsoDate,
  updatedAt: IsoDate,
  completedAt: z.optional(IsoDate),
  /** Decisions answered on the current path. */
  decisions: z.number().check(z.int(), z.minimum(0)),
  /** Times the trainee rewound to a decision (practice mode). */
  rewinds: z._default(z.number().check(z.int(), z.minimum(0)), 0),
  result: z.optional(AttemptResultSchema),
  /** Why the attempt stopped or cannot be resumed, in words for the trainee. */
  note: z.optional(z.string().check(z.maxLength(2000))),
  /** Begun by going back to a decision of a finished attempt (practice mode). */
  from: z.optional(AttemptOriginSchema),
});
export type AttemptRecord = z.infer<typeof AttemptRecordSchema>;

const ScenarioHistorySchema = z.strictObject({ version: z.literal(ATTEMPT_RECORD_VERSION), attempts: z.array(z.unknown()) });

export const HistoryExportSchema = z.strictObject({
  format: z.literal(HISTORY_EXPORT_FORMAT),
  version: z.literal(ATTEMPT_RECORD_VERSION),
  exportedAt: IsoDate,
  attempts: z.array(z.unknown()),
});

/** Something the store could not read or write; the app reports these calmly. */
export interface StorageProblem {
  kind: 'quarantined' | 'unavailable' | 'write-failed';
  message: string;
  /** For quarantined data: the key it now lives under. */
  quarantineKey?: string;
}

export interface QuarantinedItem {
  key: string;
  /** Where the data was found. */
  from: string;
  reason: string;
  at: string;
  /** The data exactly as it was found. */
  raw: string;
}

export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  rejected: { index: number; reason: string }[];
}

/** The part of the Web Storage API the store uses (localStorage, or a stand-in in tests). */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** An in-memory StorageLike: the fallback when the browser gives us none, and for tests. */
export class MemoryStorage implements StorageLike {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/** The browser's localStorage if it can be used at all (reading it can throw in sandboxed frames). */
export function browserStorage(): StorageLike | undefined {
  let storage: Storage | undefined;
  try {
    storage = globalThis.localStorage;
    if (!storage) return undefined;
    const probe = 'attune:probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch (error) {
    // Full is not gone: the history can still be read (and failed writes are reported).
    return error instanceof DOMException && error.name === 'QuotaExceededError' ? storage : undefined;
  }
}

const describeZod = (error: z.core.$ZodError) => plainProblem(error, 'the record');

/** A finished attempt: its result is final, and nothing changes it. */
export function isFinished(record: AttemptRecord): boolean {
  return record.status === 'complete';
}

let counter = 0;
/** A unique-enough id for a record or quarantine key, without crypto (works on http:// too). */
export function newId(now = Date.now()): string {
  counter = (counter + 1) % 1296;
  return `${now.toString(36)}-${counter.toString(36).padStart(2, '0')}${Math.floor(Math.random() * 36 ** 4).toString(36).padStart(4, '0')}`;
}

/**
 * Moves unreadable data, exactly as found, to its own quarantine key (`attune:quarantine:…`) with
 * where it came from and why. Returns the key, or undefined if storage refused the write.
 */
export function setAside(storage: StorageLike, from: string, raw: string, reason: string, now = new Date()): string | undefined {
  const key = QUARANTINE_PREFIX + newId(now.getTime());
  try {
    storage.setItem(key, JSON.stringify({ from, reason, at: now.toISOString(), raw }));
    return key;
  } catch {
    return undefined;
  }
}

/** Validates one record read from anywhere (storage or an import); migrates older versions here. */
export function parseAttemptRecord(value: unknown): { record: AttemptRecord } | { reason: string } {
  if (typeof value !== 'object' || value === null) return { reason: 'not a record' };
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && version > ATTEMPT_RECORD_VERSION) {
    return { reason: `made by a newer version of Attune (record version ${version})` };
  }
  const parsed = AttemptRecordSchema.safeParse(value);
  return parsed.success ? { record: parsed.data } : { reason: describeZod(parsed.error) };
}

export interface StartAttempt {
  scenarioId: string;
  scenarioTitle: string;
  storyHash: string;
  rubric: { id: string; version: string };
  mode: Mode;
  replayCode: string;
  from?: AttemptOrigin;
}

export interface ScenarioSummary {
  attempts: number;
  /** The most recently updated attempt. */
  last?: AttemptRecord;
  /** The completed attempt with the best result (a pass beats a fail, then the higher overall). */
  best?: AttemptRecord;
  unfinished?: AttemptRecord;
  /** Completed attempts, oldest first (for the progress view). */
  completed: AttemptRecord[];
}

export class AttemptStore {
  /** False when we are keeping history in memory only (nothing survives a reload). */
  readonly persistent: boolean;
  /** Problems met so far (quarantined data, failed writes); the app shows them. */
  readonly problems: StorageProblem[] = [];
  private readonly storage: StorageLike;
  private readonly cache = new Map<string, AttemptRecord[]>();
  /** Unreadable records that could not be set aside, per scenario: written back as found. */
  private readonly unreadable = new Map<string, unknown[]>();
  private readonly now: () => Date;

  constructor(storage: StorageLike | null | undefined = browserStorage(), options: { now?: () => Date } = {}) {
    this.now = options.now ?? (() => new Date());
    if (storage) {
      this.storage = storage;
      this.persistent = true;
    } else {
      this.storage = new MemoryStorage();
      this.persistent = false;
      this.problems.push({
        kind: 'unavailable',
        message: 'This browser is not letting Attune save anything, so your attempts are kept only until you close this page.',
      });
    }
  }

  /** Every attempt at one scenario, oldest first. */
  list(scenarioId: string): AttemptRecord[] {
    const cached = this.cache.get(scenarioId);
    if (cached) return [...cached];
    const records = this.read(scenarioId);
    this.cache.set(scenarioId, records);
    return [...records];
  }

  /** Every attempt at every scenario in storage, oldest first. */
  all(): AttemptRecord[] {
    return this.scenarioIds()
      .flatMap((id) => this.list(id))
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  }

  get(id: string): AttemptRecord | undefined {
    // The histories already read first: saving after every decision must not re-read every key.
    for (const records of this.cache.values()) {
      const found = records.find((r) => r.id === id);
      if (found) return found;
    }
    return this.all().find((r) => r.id === id);
  }

  /** The most recent attempt that can be resumed. */
  unfinished(scenarioId: string): AttemptRecord | undefined {
    return this.list(scenarioId)
      .filter((r) => r.status === 'in-progress')
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  }

  summary(scenarioId: string): ScenarioSummary {
    const records = this.list(scenarioId);
    const completed = records.filter((r) => r.status === 'complete' && r.result);
    const rank = (r: AttemptRecord) => (r.result!.passed ? 2 : 0) + (r.result!.overall ?? 0);
    const best = completed.reduce<AttemptRecord | undefined>((top, r) => (!top || rank(r) > rank(top) ? r : top), undefined);
    const last = [...records].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
    const unfinished = this.unfinished(scenarioId);
    return {
      attempts: records.length,
      completed,
      ...(last ? { last } : {}),
      ...(best ? { best } : {}),
      ...(unfinished ? { unfinished } : {}),
    };
  }

  /** Records a new attempt (status `in-progress`) and returns it. */
  start(init: StartAttempt): AttemptRecord {
    const at = this.now().toISOString();
    const record: AttemptRecord = {
      version: ATTEMPT_RECORD_VERSION,
      id: newId(this.now().getTime()),
      ...init,
      status: 'in-progress',
      startedAt: at,
      updatedAt: at,
      decisions: 0,
      rewinds: 0,
    };
    this.put(record);
    return record;
  }

  /**
   * Changes a record (found by id) and saves it; returns the saved record. A finished attempt is
   * returned as it is, unchanged: its result is final.
   */
  update(id: string, patch: Partial<Omit<AttemptRecord, 'id' | 'version' | 'scenarioId'>>): AttemptRecord | undefined {
    const existing = this.get(id);
    if (!existing) return undefined;
    if (isFinished(existing)) return existing;
    const record: AttemptRecord = { ...existing, ...patch, updatedAt: this.now().toISOString() };
    this.put(record);
    return record;
  }

  /** Saves a record as given (insert, or replace by id unless the one saved is finished). */
  put(record: AttemptRecord) {
    const saved = this.list(record.scenarioId).find((r) => r.id === record.id);
    if (saved && isFinished(saved)) return;
    // Over-long text (a scenario's very long title, a long error note) is shortened, never a crash.
    const parsed = AttemptRecordSchema.safeParse({
      ...record,
      scenarioTitle: record.scenarioTitle.slice(0, 500),
      ...(record.note !== undefined ? { note: record.note.slice(0, 2000) } : {}),
    });
    if (!parsed.success) {
      // Never throw at the player (e.g. a hand-made bundle whose id is not an id): keep the
      // attempt for this page and say why it was not saved.
      this.cache.set(record.scenarioId, [...this.list(record.scenarioId).filter((r) => r.id !== record.id), record]);
      this.problems.push({ kind: 'write-failed', message: `This attempt could not be saved (${describeZod(parsed.error)}); it carries on, but only until you close this page.` });
      return;
    }
    const checked = parsed.data;
    const records = this.list(checked.scenarioId).filter((r) => r.id !== checked.id);
    records.push(checked);
    records.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
    this.cache.set(checked.scenarioId, records);
    const unreadable = this.unreadable.get(checked.scenarioId) ?? [];
    this.write(PREFIX + checked.scenarioId, JSON.stringify({ version: ATTEMPT_RECORD_VERSION, attempts: [...unreadable, ...records] }));
  }

  /** Data set aside because it could not be read, with where it came from and why. */
  quarantined(): QuarantinedItem[] {
    const items: QuarantinedItem[] = [];
    for (const key of this.keys(QUARANTINE_PREFIX)) {
      const raw = this.safeGet(key);
      if (raw === null) continue;
      try {
        const value = JSON.parse(raw) as Partial<QuarantinedItem>;
        items.push({ key, from: String(value.from ?? '?'), reason: String(value.reason ?? '?'), at: String(value.at ?? ''), raw: String(value.raw ?? '') });
      } catch {
        items.push({ key, from: '?', reason: 'unreadable', at: '', raw });
      }
    }
    return items.sort((a, b) => a.at.localeCompare(b.at));
  }

  /** Deletes a quarantined item for good (the trainee has downloaded or dismissed it). */
  discardQuarantined(key: string) {
    if (!key.startsWith(QUARANTINE_PREFIX)) return;
    try {
      this.storage.removeItem(key);
    } catch {
      /* nothing to do: it stays set aside */
    }
  }

  /** The whole history as a JSON document (for backup or moving to another browser). */
  exportJson(): string {
    return JSON.stringify(
      { format: HISTORY_EXPORT_FORMAT, version: ATTEMPT_RECORD_VERSION, exportedAt: this.now().toISOString(), attempts: this.all() },
      null,
      2,
    );
  }

  /** Merges an exported history: new records are added, newer copies replace older, bad ones are listed. */
  importJson(text: string): ImportReport {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new Error('This file is not an Attune history export (it is not valid JSON).');
    }
    const parsed = HistoryExportSchema.safeParse(data);
    if (!parsed.success) throw new Error(`This file is not an Attune history export (${describeZod(parsed.error)}).`);
    const report: ImportReport = { added: 0, updated: 0, unchanged: 0, rejected: [] };
    parsed.data.attempts.forEach((value, index) => {
      const result = parseAttemptRecord(value);
      if ('reason' in result) {
        report.rejected.push({ index, reason: result.reason });
        return;
      }
      const existing = this.list(result.record.scenarioId).find((r) => r.id === result.record.id);
      if (existing && isFinished(existing)) {
        if (stableStringify(existing) === stableStringify(result.record)) report.unchanged++;
        else report.rejected.push({ index, reason: 'it would change a finished attempt already in this history, and a finished result is never changed' });
        return;
      }
      if (!existing) report.added++;
      else if (existing.updatedAt < result.record.updatedAt) report.updated++;
      else {
        report.unchanged++;
        return;
      }
      this.put(result.record);
    });
    return report;
  }

  private scenarioIds(): string[] {
    const ids = new Set(this.cache.keys());
    for (const key of this.keys(PREFIX)) ids.add(key.slice(PREFIX.length));
    return [...ids].sort();
  }

  private keys(prefix: string): string[] {
    const keys: string[] = [];
    try {
      for (let i = 0; i < this.storage.length; i++) {
        const key = this.storage.key(i);
        if (key?.startsWith(prefix)) keys.push(key);
      }
    } catch {
      /* storage went away: no keys */
    }
    return keys;
  }

  private safeGet(key: string): string | null {
    try {
      return this.storage.getItem(key);
    } catch {
      return null;
    }
  }

  /** Reads one scenario's history, setting aside whatever does not validate. */
  private read(scenarioId: string): AttemptRecord[] {
    const key = PREFIX + scenarioId;
    const raw = this.safeGet(key);
    if (raw === null) return [];
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      this.quarantine(key, raw, 'the saved history is not valid JSON');
      this.remove(key);
      return [];
    }
    const history = ScenarioHistorySchema.safeParse(data);
    if (!history.success) {
      this.quarantine(key, raw, `the saved history has an unexpected shape (${describeZod(history.error)})`);
      this.remove(key);
      return [];
    }
    const records: AttemptRecord[] = [];
    let setAside = false;
    let notSetAside = false;
    for (const value of history.data.attempts) {
      const result = parseAttemptRecord(value);
      if ('record' in result && result.record.scenarioId === scenarioId) records.push(result.record);
      else {
        this.quarantine(key, JSON.stringify(value), 'reason' in result ? result.reason : 'it belongs to another scenario');
        if (this.problems.at(-1)?.quarantineKey) setAside = true;
        else {
          // Could not be set aside (storage full): keep it in the history, so no later write drops it.
          notSetAside = true;
          this.unreadable.set(scenarioId, [...(this.unreadable.get(scenarioId) ?? []), value]);
        }
      }
    }
    records.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
    // Write back without the bad records only once they are safely set aside (all of them).
    if (setAside && !notSetAside) this.write(key, JSON.stringify({ version: ATTEMPT_RECORD_VERSION, attempts: records }));
    return records;
  }

  private quarantine(from: string, raw: string, reason: string) {
    const key = setAside(this.storage, from, raw, reason, this.now());
    const saved = key !== undefined;
    this.problems.push({
      kind: 'quarantined',
      message: saved
        ? `A saved attempt could not be read (${reason}). It has been set aside, unchanged, so nothing is lost; the rest of your history is fine.`
        : `A saved attempt could not be read (${reason}) and could not be set aside; it has been left where it was.`,
      ...(key !== undefined ? { quarantineKey: key } : {}),
    });
  }

  private remove(key: string) {
    // Only remove data that was successfully copied to quarantine.
    if (!this.problems.at(-1)?.quarantineKey) return;
    try {
      this.storage.removeItem(key);
    } catch {
      /* leave it */
    }
  }

  private write(key: string, value: string, report = true): boolean {
    try {
      this.storage.setItem(key, value);
      return true;
    } catch {
      if (report && !this.problems.some((p) => p.kind === 'write-failed')) {
        this.problems.push({
          kind: 'write-failed',
          message: 'Your progress could not be saved in this browser (storage may be full or blocked). This attempt carries on, but it may not survive a reload.',
        });
      }
      return false;
    }
  }
}
