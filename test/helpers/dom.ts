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
export async function waitFor<T>(check: () => T | undefined | null | false, what: string, timeout = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
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

export const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
export async function settle(frames = 3) {
  for (let i = 0; i < frames; i++) await frame();
}

/** Waits for running CSS animations and transitions (shadow roots included) to finish. */
export async function animationsDone() {
  await frame();
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
  // Infinite animations (the pause screen's breathing circle) never finish: skip them.
  const animations = roots.flatMap((r) => r.getAnimations()).filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
  await Promise.all(animations.map((a) => a.finished.catch(() => undefined)));
}
