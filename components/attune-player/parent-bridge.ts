/**
 * Forwards the player's events to the page that embeds `player.html` in an iframe, with
 * `postMessage`, to one named origin only (`player.html?…&parent-origin=https://lms.example.org`).
 * Each message is `{ source: 'attune', type: 'attune-choice', detail: {…} }`.
 */
export const BRIDGED_EVENTS = ['attune-ready', 'attune-start', 'attune-choice', 'attune-rewind', 'attune-complete', 'attune-error', 'attune-pause'] as const;

export interface AttuneMessage {
  source: 'attune';
  type: (typeof BRIDGED_EVENTS)[number];
  detail: unknown;
}

/** The origin if `value` is exactly an http(s) origin ("https://host[:port]"), else undefined. */
export function parseOrigin(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value.replace(/\/$/, '') ? url.origin : undefined;
  } catch {
    return undefined;
  }
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
