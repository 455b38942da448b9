/**
 * The attempt kept on this device while (and until) the LMS has it: the replay code plus whether
 * the LMS confirmed it. If the LMS refuses a value, fails a commit or disappears, nothing is lost:
 * the next launch of *the same attempt* resumes from this copy where it is further along than the
 * LMS's suspend data. It never fills a new attempt (see `resumePoint`). Storage may be missing or
 * refuse writes (private mode, sandboxed iframe, quota): then it lives in memory for the page's
 * lifetime.
 */
export interface BackupRecord {
  /** Replay code of the attempt (it carries the story version and the attempt's random seed). */
  code: string;
  /** True once the LMS has confirmed (committed) this code. */
  synced: boolean;
  /** True once the LMS has confirmed any code of this attempt: it then holds the attempt itself. */
  confirmed: boolean;
  ended: boolean;
  updatedAt: string;
}

const PREFIX = 'attune:lms:';

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export class LocalBackup {
  private memory: BackupRecord | undefined;
  readonly key: string;

  constructor(kind: string, scenario: string, learner: string) {
    this.key = `${PREFIX}${kind}:${scenario}:${learner || 'anonymous'}`;
  }

  read(): BackupRecord | undefined {
    try {
      const text = storage()?.getItem(this.key);
      if (text) {
        const value = JSON.parse(text) as Partial<BackupRecord>;
        if (typeof value.code === 'string' && typeof value.synced === 'boolean') {
          // A record from before `confirmed` existed: synced means the LMS had it.
          const confirmed = typeof value.confirmed === 'boolean' ? value.confirmed || value.synced : value.synced;
          return { code: value.code, synced: value.synced, confirmed, ended: value.ended === true, updatedAt: String(value.updatedAt ?? '') };
        }
      }
    } catch {
      // unreadable: fall back to memory
    }
    return this.memory;
  }

  write(record: Omit<BackupRecord, 'updatedAt'>): void {
    this.memory = { ...record, updatedAt: new Date().toISOString() };
    try {
      storage()?.setItem(this.key, JSON.stringify(this.memory));
    } catch {
      // kept in memory
    }
  }

  clear(): void {
    this.memory = undefined;
    try {
      storage()?.removeItem(this.key);
    } catch {
      // nothing to do
    }
  }
}

/** How the LMS says this launch begins (SCORM `cmi.core.entry` / `cmi.entry`). */
export type Entry = 'ab-initio' | 'resume' | '';

const parts = (code: string) => {
  const [, hash = '', seed = '', steps = ''] = code.trim().split('.');
  return { hash, seed, steps };
};

/** True when `longer` continues the attempt of `code` (same story version and seed, its choices first). */
export function continuesAttempt(code: string, longer: string): boolean {
  const a = parts(code);
  const b = parts(longer);
  return a.hash === b.hash && a.seed === b.seed && b.steps.startsWith(a.steps);
}

/**
 * The replay code to resume from, given what the LMS holds and this device's backup (same learner:
 * the backup's key names them). The backup only restores what the LMS lost *of the same attempt*:
 *
 * - the LMS has suspend data: the backup counts only if it continues that very attempt (same story
 *   version, same seed, the LMS's choices first) and is further along;
 * - the LMS has none: this is a new attempt (Moodle's "Force new attempt", `entry` = `ab-initio`)
 *   unless the LMS says it is resuming (`entry` = `resume`: it lost the data, not the attempt) or
 *   the LMS never confirmed anything of the backup's attempt (it cannot have started another one
 *   after it; this is the case of an LMS that refused every write and so still has the attempt at
 *   its start). A backup the LMS confirmed, meeting an empty `ab-initio` launch, belongs to an
 *   earlier attempt and is not used.
 *
 * Codes are `1.<hash>.<seed>.<steps>.<check>` (src/replay-code.ts); the story version is checked
 * again when the code is replayed.
 */
export function resumePoint(lmsCode: string | undefined, entry: Entry, local: BackupRecord | undefined): string | undefined {
  const lms = lmsCode?.trim() || undefined;
  if (!local?.code) return lms;
  if (lms) return local.code !== lms && continuesAttempt(lms, local.code) ? local.code : lms;
  return entry === 'resume' || !local.confirmed ? local.code : undefined;
}
