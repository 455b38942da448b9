/**
 * Where the attempt history (`src/attempts.ts`) keeps each scenario's attempts in localStorage,
 * apart from the code that reads and validates them, so that a page can tell at a glance, before
 * that code has loaded, whether there can be anything to resume.
 */
export const ATTEMPTS_KEY_PREFIX = 'attune:attempts:';
export const QUARANTINE_KEY_PREFIX = 'attune:quarantine:';

export const attemptsKey = (scenarioId: string) => ATTEMPTS_KEY_PREFIX + scenarioId;

/** Whether this browser's storage may hold attempts at `scenarioId` (true when it cannot tell). */
export function mayHoldAttempts(scenarioId: string, storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): boolean {
  try {
    return storage !== undefined && storage.getItem(attemptsKey(scenarioId)) !== null;
  } catch {
    return true; // storage refused to be read: let the history's own code find out and say so
  }
}
