/** DOM helpers for component and end-to-end tests: looking through shadow roots, real keyboard. */
import { sendKeys } from '@web/test-runner-commands';

/** Every element matching `selector` in `root` and in every shadow root below it. */
export function deepQueryAll<E extends Element = HTMLElement>(root: ParentNode, selector: string): E[] {
  const found: E[] = [...root.querySelectorAll<E>(selector)];
  if (root instanceof Element && root.shadowRoot) found.push(...deepQueryAll<E>(root.shadowRoot, selector));
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(...deepQueryAll<E>(el.shadowRoot, selector));
  }
  return found;
}

export function deepQuery<E extends Element = HTMLElement>(root: ParentNode, selector: string): E | undefined {
  return deepQueryAll<E>(root, selector)[0];
}

/** All visible text, shadow roots included. */
export function deepText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return text.replace(/\s+/g, ' ');
}

export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits until `check` returns something truthy (polling each frame), or fails after `timeout` ms. */
export async function waitFor<T>(check: () => T | undefined | null | false, what: string, timeout = 20000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await tick(10);
  }
}

/** Presses Tab (real keyboard) until the focused element matches, up to `max` presses. */
export async function tabTo(matches: (el: Element) => boolean, what: string, max = 40): Promise<Element> {
  for (let i = 0; i < max; i++) {
    const active = deepActiveElement();
    if (active && matches(active)) return active;
    await sendKeys({ press: 'Tab' });
  }
  const active = deepActiveElement();
  if (active && matches(active)) return active;
  throw new Error(`Tab never reached ${what}; focus is on ${active?.outerHTML.slice(0, 120) ?? 'nothing'}`);
}

/** The text of the focused element. */
export const focusedText = () => (deepActiveElement()?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Lets pending work run. Timers, not animation frames: with several test files open at once, a
 * page in the background gets no animation frames at all.
 */
export const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
export async function settle(rounds = 3) {
  for (let i = 0; i < rounds; i++) await tick(5);
}

/** Waits for `count` animation frames (the page painted in between); only for a page in a window of its own. */
export async function afterFrames(count = 3) {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Finishes running CSS animations and transitions (shadow roots included), e.g. before axe checks contrast. */
export async function animationsDone() {
  await tick();
  const roots: DocumentOrShadowRoot[] = [document];
  const collect = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        roots.push(el.shadowRoot);
        collect(el.shadowRoot);
      }
    }
  };
  collect(document);
  // Jump finite animations (the transcript's fade-in) to their end; a page in the background may
  // not advance them at all. Infinite ones (the pause screen's breathing circle) are left alone.
  for (const a of roots.flatMap((r) => r.getAnimations())) {
    if (a.effect?.getComputedTiming().endTime !== Infinity) a.finish();
  }
}
