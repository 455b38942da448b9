/**
 * Asking for a scenario bundle before the code that plays it has loaded. The embed page knows the
 * scenario from its URL, so it starts the bundle's download at once and the player, when it has
 * loaded, takes that response instead of starting another: the download overlaps the player's
 * own loading rather than following it. Almost no dependencies, so the page's first script stays tiny.
 */
import { ID } from './ids.js';

/** Where the player looks for `<id>.json` unless told otherwise (relative to the page). */
export const DEFAULT_SCENARIOS_BASE = 'scenarios/';

/** The bundle URL of scenario `id`, or undefined if `id` is not a scenario id. */
export function scenarioBundleUrl(id: string, base = DEFAULT_SCENARIOS_BASE): string | undefined {
  return ID.test(id) ? `${base}${id}.json` : undefined;
}

const early = new Map<string, Promise<Response>>();

const absolute = (url: string) => (typeof document === 'undefined' ? url : new URL(url, document.baseURI).href);

/** Starts fetching `url` now; the next `fetchOnce(url)` gets this response. */
export function prefetch(url: string): void {
  const key = absolute(url);
  if (early.has(key)) return;
  const response = fetch(key);
  response.catch(() => undefined); // a failure is reported to whoever takes the response, not as an unhandled rejection
  early.set(key, response);
}

/** The response `prefetch` started for `url` (taken once), or a fresh fetch (abortable by `signal`). */
export function fetchOnce(url: string, signal?: AbortSignal): Promise<Response> {
  const key = absolute(url);
  const started = early.get(key);
  if (!started) return fetch(url, signal ? { signal } : undefined);
  early.delete(key);
  return started;
}
