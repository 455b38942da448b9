import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * What the player says in its polite live region. A message replaces the previous one after a
 * short pause with the region empty, so the same words twice are still announced. The region's
 * text is written directly (it is the only thing in it), so an announcement does not re-render
 * the player. Leaving the page clears it: a message still pending is dropped, never said on a
 * detached element nor later out of context.
 */
export class AnnouncerController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private pending?: string;

  constructor(
    host: ReactiveControllerHost,
    /** The live region (rendered by the host, empty in its template). */
    private readonly region: () => Element | null | undefined,
    /** The pause with the region empty before a message (ms). */
    private readonly delay = 50,
  ) {
    host.addController(this);
  }

  /** Says `text` (after clearing the region). */
  announce(text: string) {
    this.pending = text.trim();
    this.write('');
    this.arm();
  }

  /** Empties the region and forgets what was about to be said (a new scenario). */
  clear() {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = undefined;
    this.write('');
  }

  hostDisconnected() {
    this.clear();
  }

  private arm() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.pending === undefined) return;
      this.write(this.pending);
      this.pending = undefined;
    }, this.delay);
  }

  private write(text: string) {
    const region = this.region();
    if (region && region.textContent !== text) region.textContent = text;
  }
}
