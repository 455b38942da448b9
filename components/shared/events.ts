/**
 * Every event Attune components fire, with its `detail` type. All are `CustomEvent`s that bubble
 * and are composed (they cross shadow roots), so a host page can listen on the element or above.
 */
import type { Mode } from '../../src/attempts.js';
import type { Score } from '../../src/scoring.js';
import type { RiskLevel } from '../../src/tags.js';

export interface AttuneReadyDetail {
  scenario: string;
  title: string;
  storyHash: string;
}
export interface AttuneStartDetail {
  scenario: string;
  mode: Mode;
  attemptId: string;
  /** True when the attempt was rebuilt from a replay code rather than begun afresh. */
  resumed: boolean;
  storyHash: string;
  replayCode: string;
}
export interface AttuneChoiceDetail {
  scenario: string;
  mode: Mode;
  attemptId: string;
  /** 0 for the first decision of the attempt. */
  step: number;
  /** Decision id (`#option: decision.option`), undefined for an unrated choice. */
  decision?: string;
  option?: string;
  optionIndex: number;
  text: string;
  confidence?: number;
  /** Value 0–1 of the option against the best available at this decision (rated decisions). */
  value?: number;
  /** True when the option was a best one available. */
  best?: boolean;
  risks: Record<string, RiskLevel>;
  /** The replay code after this decision: enough to resume here. */
  replayCode: string;
}
export interface AttuneRewindDetail {
  scenario: string;
  attemptId: string;
  step: number;
  replayCode: string;
}
export interface AttuneCompleteDetail {
  scenario: string;
  mode: Mode;
  attemptId: string;
  score: Score;
  passed: boolean;
  overall: number | null;
  ending?: string;
  replayCode: string;
}
/** `config`: the page set an attribute the player cannot use; it carried on without it. */
export type AttuneErrorKind = 'load' | 'story' | 'storage' | 'resume' | 'config';
export interface AttuneErrorDetail {
  kind: AttuneErrorKind;
  message: string;
  scenario?: string;
}
export interface AttunePauseDetail {
  paused: boolean;
}
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

export interface AttuneEventMap {
  'attune-ready': CustomEvent<AttuneReadyDetail>;
  'attune-start': CustomEvent<AttuneStartDetail>;
  'attune-choice': CustomEvent<AttuneChoiceDetail>;
  'attune-rewind': CustomEvent<AttuneRewindDetail>;
  'attune-complete': CustomEvent<AttuneCompleteDetail>;
  'attune-error': CustomEvent<AttuneErrorDetail>;
  'attune-pause': CustomEvent<AttunePauseDetail>;
  'attune-leave': CustomEvent<Record<string, never>>;
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
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends AttuneEventMap {}
}

type DetailOf<K extends keyof AttuneEventMap> = AttuneEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Fires a typed Attune event from `target` (bubbles, composed). Returns false if a listener cancelled it. */
export function emit<K extends keyof AttuneEventMap>(target: EventTarget, name: K, detail: DetailOf<K>, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}
