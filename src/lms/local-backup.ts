/**
 * The attempt kept on this device while (and until) the LMS has it: the replay code plus whether
 * the LMS confirmed it. If the LMS refuses a value, fails a commit or disappears, nothing is lost:
 * the next launch compares this copy with the LMS's suspend data and resumes from the longer one.
 * Storage may be missing or refuse writes (private mode, sandboxed iframe, quota): then it lives
 * in memory for the page's lifetime.
 */
export interface BackupRecord {
  /** Replay code of the attempt. */
  code: string;
  /** True once the LMS has confirmed (committed) this code. */
  synced: boolean;
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
          return { code: value.code, synced: value.synced, ended: value.ended === true, updatedAt: String(value.updatedAt ?? '') };
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

/**
 * Picks the replay code to resume from: the LMS's, unless this device holds a longer attempt on
 * the same path (the LMS missed the last decisions). Codes are `1.<hash>.<seed>.<steps>.<check>`.
 */
export function pickResumeCode(lmsCode: string | undefined, local: BackupRecord | undefined): string | undefined {
  const parts = (code: string) => code.trim().split('.');
  if (!local?.code) return lmsCode || undefined;
  if (!lmsCode) return local.code;
  const [, lh, ls, lsteps = ''] = parts(lmsCode);
  const [, bh, bs, bsteps = ''] = parts(local.code);
  if (lh === bh && ls === bs && bsteps.length > lsteps.length && bsteps.startsWith(lsteps)) return local.code;
  return lmsCode;
}
