import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * What the player says in its polite live region. A message replaces the previous one after a
 * short pause with the region empty, so the same words twice are still announced. The region's
 * text is written directly (it is the only thing in it), so an announcement does not re-render
 * the player. A message still pending when the player leaves the page is kept and said if it comes
 * back (moved in the DOM), never on a detached element.
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

  hostConnected() {
    if (this.pending !== undefined) this.arm();
  }

  hostDisconnected() {
    clearTimeout(this.timer);
    this.timer = undefined;
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
