/**
 * Browser-side helpers for the injection and bad-input tests: the script canary, a watch on
 * uncaught errors and console errors, test-only HTTP routes (see `test/security/test-routes.mjs`),
 * and a walk over every element of a page (shadow roots and same-origin frames included) that
 * checks nothing was injected.
 */
import { CANARY } from './payloads.js';

type Win = Window & Record<string, unknown>;

/** Installs the canary the payloads call; returns the ids of the payloads that ran (none, we hope). */
export function installCanary(): string[] {
  const fired: string[] = [];
  (window as unknown as Win)[CANARY] = (id: unknown) => fired.push(String(id));
  return fired;
}

export interface ErrorWatch {
  /** Uncaught errors, unhandled rejections and console.error calls seen so far. */
  readonly errors: string[];
  stop(): void;
}

/**
 * Records everything that would reach the console uncaught: `error` and `unhandledrejection` on
 * the window, and `console.error` calls (which is how Lit and most libraries report what they
 * catch). Frames loaded with `?attune-guard=1` record the same in their own window (frame-guard.js).
 */
export function watchErrors(): ErrorWatch {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`uncaught: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${e.reason instanceof Error ? e.reason.message : String(e.reason)}`);
  const original = console.error;
  console.error = (...args: unknown[]) => {
    errors.push(`console.error: ${args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ')}`);
    original.apply(console, args);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      console.error = original;
    },
  };
}

let routeCounter = 0;
/** A unique folder under the test routes, so parallel test files never share a URL. */
export const routeBase = (name: string) => `/__attune-test/${name}-${Date.now().toString(36)}-${(routeCounter++).toString(36)}/`;

/** Makes the test server answer GET `path` with `body` (JSON-encoded unless a string), status and type. */
export async function putRoute(path: string, body: unknown, options: { status?: number; type?: string } = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const response = await fetch(path, {
    method: 'PUT',
    body: text,
    headers: { 'x-attune-status': String(options.status ?? 200), 'x-attune-type': options.type ?? 'application/json' },
  });
  if (response.status !== 204) throw new Error(`could not set up the test route ${path}: ${response.status}`);
}

function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/** Every element under `root`: light DOM, shadow roots, and the documents of same-origin frames. */
export function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
      if (el.localName === 'iframe') {
        const doc = frameDocument(el as HTMLIFrameElement);
        if (doc) visit(doc);
      }
    }
  };
  // (nodeType, not instanceof: elements of a frame belong to another realm.)
  if ((root as Node).nodeType === Node.ELEMENT_NODE) {
    const el = root as unknown as Element;
    out.push(el);
    if (el.shadowRoot) visit(el.shadowRoot);
  }
  visit(root);
  return out;
}

/**
 * The page's structure without its text: one entry per element, its tag and attribute names.
 * Rendering the same screen with plain text and with a payload must give the same structure.
 */
export function structure(root: ParentNode): string[] {
  return allElements(root)
    .map((el) => `${el.localName}[${el.getAttributeNames().filter((n) => !IGNORED_ATTRIBUTES.has(n)).sort().join(' ')}]`)
    .sort();
}

/** Attributes whose presence legitimately depends on timing (focus, animation), not on content. */
const IGNORED_ATTRIBUTES = new Set<string>([]);

const CODE_URL = /^\s*(javascript|vbscript|data:text\/html)/i;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'srcdoc', 'xlink:href', 'poster', 'background']);
/** Elements Attune never renders inside its components; any one of these would be an injection. */
const NEVER_RENDERED = new Set(['script', 'iframe', 'object', 'embed', 'img', 'base', 'meta', 'form', 'math', 'link', 'style', 'frame', 'frameset', 'applet', 'template', 'audio', 'video', 'image', 'foreignobject']);

/**
 * Problems found under `root` (a component or a frame's document element): event-handler
 * attributes, script URLs in URL attributes, elements the app never renders. Page-level `<script>`,
 * `<link>` and `<meta>` in a frame's `<head>` are the page's own and are skipped.
 */
export function injected(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const el of allElements(root)) {
    // The page's own <head>, and the test server's live-reload script, are not the app's doing.
    const inHead = el.closest('head') !== null || (el.localName === 'script' && (el.getAttribute('src') ?? '').startsWith('/__web-dev-server__'));
    if (NEVER_RENDERED.has(el.localName) && !inHead) problems.push(`<${el.localName}> element`);
    for (const name of el.getAttributeNames()) {
      const value = el.getAttribute(name) ?? '';
      if (/^on/i.test(name)) problems.push(`${name}="${value.slice(0, 60)}" on <${el.localName}>`);
      // (A custom element's `src` is its own setting, which the browser never loads.)
      if (URL_ATTRIBUTES.has(name) && !el.localName.includes('-') && CODE_URL.test(value)) problems.push(`${name}="${value.slice(0, 60)}" on <${el.localName}>`);
      if (name === 'autofocus' && !inHead) problems.push(`autofocus on <${el.localName}>`);
      if (name === 'style' && /url\(|expression\(/i.test(value)) problems.push(`style="${value.slice(0, 60)}" on <${el.localName}>`);
    }
    if (el.localName === 'a' && el.hasAttribute('href') && !/^https:\/\/findahelpline\.com\/?$/.test(el.getAttribute('href')!) && !/^blob:/.test(el.getAttribute('href')!)) {
      problems.push(`link to ${el.getAttribute('href')!.slice(0, 60)}`);
    }
  }
  return problems;
}

/** All text under `root`, shadow roots and frames included, whitespace collapsed. */
export function allText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (el.localName === 'script' || el.localName === 'style') return;
      if (el.shadowRoot) walk(el.shadowRoot);
      if (el.localName === 'iframe') {
        const body = frameDocument(el as HTMLIFrameElement)?.body;
        if (body) walk(body);
      }
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join('').replace(/\s+/g, ' ');
}

export const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Lets anything a payload might have scheduled (image errors, focus, toggle events) happen. */
export async function letPayloadsFire() {
  await frame();
  await sleep(30);
  await frame();
}

/** Buttons under `root` (deep) whose text contains `text`. */
export function buttonWith(root: ParentNode, text: string): HTMLButtonElement | undefined {
  return allElements(root).find((el): el is HTMLButtonElement => el.localName === 'button' && (el.textContent ?? '').replace(/\s+/g, ' ').includes(text));
}
