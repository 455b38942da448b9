/**
 * Finding the LMS's SCORM API the standard way (SCORM 1.2 RTE §3.3.6.1, SCORM 2004 RTE §3.1.3.3
 * and the ADL's API wrapper): look on this window and its parents (a bounded walk), then on the
 * opener and its parents. Every step is in try/catch: a cross-origin or sandboxed frame throws
 * on access and simply ends that branch. Some LMSs inject the API after the content has started,
 * so `waitForApi` retries for a while before giving up (then the player runs standalone).
 */

export interface Scorm12Api {
  LMSInitialize(arg: ''): string | boolean;
  LMSFinish(arg: ''): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(arg: ''): string | boolean;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string | number): string;
  LMSGetDiagnostic(code: string | number): string;
}

export interface Scorm2004Api {
  Initialize(arg: ''): string | boolean;
  Terminate(arg: ''): string | boolean;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string | boolean;
  Commit(arg: ''): string | boolean;
  GetLastError(): string | number;
  GetErrorString(code: string | number): string;
  GetDiagnostic(code: string | number): string;
}

export type ApiName = 'API' | 'API_1484_11';
type ApiOf<N extends ApiName> = N extends 'API' ? Scorm12Api : Scorm2004Api;

/** How far up a chain of parents to look (the ADL wrapper uses 7 for 1.2 and 500 for 2004). */
export const MAX_PARENT_DEPTH = 10;

const methodOf: Record<ApiName, string> = { API: 'LMSInitialize', API_1484_11: 'Initialize' };

function apiOn<N extends ApiName>(win: Window, name: N): ApiOf<N> | undefined {
  try {
    const api = (win as unknown as Record<string, unknown>)[name];
    if (api && typeof (api as Record<string, unknown>)[methodOf[name]] === 'function') return api as ApiOf<N>;
  } catch {
    // cross-origin: not ours to see
  }
  return undefined;
}

function parentOf(win: Window): Window | undefined {
  try {
    const parent = win.parent;
    return parent && parent !== win ? parent : undefined;
  } catch {
    return undefined;
  }
}

function openerOf(win: Window): Window | undefined {
  try {
    const opener = win.opener as Window | null;
    return opener && opener !== win ? opener : undefined;
  } catch {
    return undefined;
  }
}

/** Looks on `win` and up to `maxDepth` parents. */
function searchUp<N extends ApiName>(win: Window, name: N, maxDepth: number): ApiOf<N> | undefined {
  let current: Window | undefined = win;
  for (let depth = 0; current && depth <= maxDepth; depth++) {
    const api = apiOn(current, name);
    if (api) return api;
    current = parentOf(current);
  }
  return undefined;
}

/** The API object, or undefined. Looks on `start` and its parents, then on the opener (and its parents). */
export function findApi<N extends ApiName>(name: N, start: Window = window, maxDepth = MAX_PARENT_DEPTH): ApiOf<N> | undefined {
  const found = searchUp(start, name, maxDepth);
  if (found) return found;
  // The opener of this window or of its top-most reachable ancestor (content launched in a new window).
  let top: Window = start;
  for (let depth = 0; depth < maxDepth; depth++) {
    const parent = parentOf(top);
    if (!parent) break;
    top = parent;
  }
  for (const win of new Set([start, top])) {
    const opener = openerOf(win);
    if (opener) {
      const api = searchUp(opener, name, maxDepth);
      if (api) return api;
    }
  }
  return undefined;
}

export interface WaitOptions {
  start?: Window;
  /** Total time to keep looking, ms (default 5000). */
  timeout?: number;
  /** Pause between looks, ms (default 250). */
  interval?: number;
  maxDepth?: number;
}

/** Looks for the API now and then again every `interval` ms until `timeout`; resolves undefined if it never appears. */
export async function waitForApi<N extends ApiName>(name: N, options: WaitOptions = {}): Promise<ApiOf<N> | undefined> {
  const { start = window, timeout = 5000, interval = 250, maxDepth = MAX_PARENT_DEPTH } = options;
  const deadline = Date.now() + timeout;
  for (;;) {
    const api = findApi(name, start, maxDepth);
    if (api || Date.now() >= deadline) return api;
    await new Promise((resolve) => setTimeout(resolve, Math.min(interval, Math.max(0, deadline - Date.now()))));
  }
}
