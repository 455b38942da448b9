/**
 * What the player needs to play, loaded while the trainee reads the content note (not before the
 * first screen): the attempt controller with the engine (inkjs, scoring, the attempt history) and
 * the elements of the playing screen.
 */
import { AttemptStore, MemoryStorage } from '../../src/attempts.js';
import type { StorageSetting } from '../../src/player-contract.js';
import '../attune-choices/attune-choices.js';
import '../attune-client-state/attune-client-state.js';
import '../attune-feedback/attune-feedback.js';
import '../attune-transcript/attune-transcript.js';

export { AttemptController } from './attempt-controller.js';

/** The attempt history a player keeps itself when the page gives it none. */
export function ownStore(storage: StorageSetting): AttemptStore {
  return storage === 'none' ? new AttemptStore(new MemoryStorage()) : new AttemptStore();
}
