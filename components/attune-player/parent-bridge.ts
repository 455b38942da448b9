/**
 * Forwards the player's events to the page that embeds `player.html` in an iframe, with
 * `postMessage`, to one named origin only (`player.html?…&parent-origin=https://lms.example.org`,
 * read by the player contract's `parsePlayerQuery`, and allowed by `parentOriginAllowed`). Each message is
 * `{ source: 'attune', type: 'attune-choice', detail: {…} }`.
 */
import type { PlayerEventName } from '../../src/player-contract.js';

export const BRIDGED_EVENTS = ['attune-ready', 'attune-start', 'attune-choice', 'attune-rewind', 'attune-complete', 'attune-error', 'attune-pause'] as const satisfies readonly PlayerEventName[];

export interface AttuneMessage {
  source: 'attune';
  type: (typeof BRIDGED_EVENTS)[number];
  detail: unknown;
}

/** Starts forwarding; returns a function that stops it. */
export function bridgeToParent(player: EventTarget, parent: Pick<Window, 'postMessage'>, origin: string): () => void {
  const forward = (event: Event) => {
    const message: AttuneMessage = { source: 'attune', type: event.type as AttuneMessage['type'], detail: (event as CustomEvent).detail };
    parent.postMessage(message, origin);
  };
  for (const name of BRIDGED_EVENTS) player.addEventListener(name, forward);
  return () => {
    for (const name of BRIDGED_EVENTS) player.removeEventListener(name, forward);
  };
}
