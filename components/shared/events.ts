/**
 * The events Attune components fire to each other and to the library app, with their `detail`
 * types; the player's own events (what host pages hear) are the player contract's
 * (`src/player-contract.ts`). All are `CustomEvent`s that bubble and are composed (they cross
 * shadow roots), so a listener can sit on the element or above.
 */
import type { Mode } from '../../src/attempts.js';
import type { AttunePlayerEventMap } from '../../src/player-contract.js';

export interface AttuneSelectDetail {
  scenario: string;
  mode: Mode;
}
export interface AttuneBeginDetail {
  action: 'begin' | 'resume' | 'restart';
}
export interface AttuneOptionSelectDetail {
  index: number;
  confidence?: number;
}
export interface AttuneStepDetail {
  step: number;
}
export interface AttuneImportDetail {
  text: string;
  fileName: string;
}
export interface AttuneReflectionSaveDetail {
  /** Item id → the level chosen. */
  answers: Record<string, number>;
}
export interface AttuneKeyDetail {
  key: string;
}

export interface AttuneRoutePlayDetail {
  scenario: string;
  replayCode: string;
  /** The option chosen at each state, by its position among the options offered. */
  steps: number[];
}

export interface AttuneRatingsDownloadDetail {
  /** The ratings file as downloaded (JSON matching docs/schemas/ratings.schema.json). */
  text: string;
  fileName: string;
  /** Every option rated on every measure. */
  complete: boolean;
}

/** Events between components (and to the library app). */
export interface AttuneComponentEventMap {
  'attune-select': CustomEvent<AttuneSelectDetail>;
  'attune-begin': CustomEvent<AttuneBeginDetail>;
  'attune-option-select': CustomEvent<AttuneOptionSelectDetail>;
  'attune-continue': CustomEvent<Record<string, never>>;
  'attune-rewind-request': CustomEvent<AttuneStepDetail>;
  'attune-restart-request': CustomEvent<Record<string, never>>;
  'attune-history-export': CustomEvent<Record<string, never>>;
  'attune-history-import': CustomEvent<AttuneImportDetail>;
  'attune-quarantine-discard': CustomEvent<AttuneKeyDetail>;
  'attune-reflection-save': CustomEvent<AttuneReflectionSaveDetail>;
  'attune-reflection-clear': CustomEvent<Record<string, never>>;
  'attune-route-play': CustomEvent<AttuneRoutePlayDetail>;
  'attune-ratings-download': CustomEvent<AttuneRatingsDownloadDetail>;
}

/** Every event an Attune component fires: the player's and the components' own. */
export interface AttuneEventMap extends AttunePlayerEventMap, AttuneComponentEventMap {}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends AttuneComponentEventMap {}
}

type DetailOf<K extends keyof AttuneEventMap> = AttuneEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Fires a typed Attune event from `target` (bubbles, composed). Returns false if a listener cancelled it. */
export function emit<K extends keyof AttuneEventMap>(target: EventTarget, name: K, detail: DetailOf<K>, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}
