import type { AttunePlayer } from './attune-player.js';

const FLAG = /^(1|true|yes|on|)$/i;

/**
 * Applies the embed page's query string to a player. Only same-origin bundle URLs are accepted for
 * `src`, so a link cannot make this page show a scenario from somewhere else.
 */
export function configureFromQuery(player: AttunePlayer, search: string, pageUrl: string): void {
  const params = new URLSearchParams(search);
  const mode = params.get('mode');
  if (mode === 'practice' || mode === 'assessment') player.mode = mode;
  const feedback = params.get('feedback');
  if (feedback === 'auto' || feedback === 'each' || feedback === 'end') player.feedback = feedback;
  for (const flag of ['confidence', 'client-state'] as const) {
    const value = params.get(flag);
    if (value !== null) player.toggleAttribute(flag, FLAG.test(value));
  }
  const seed = params.get('seed');
  if (seed !== null && /^\d{1,10}$/.test(seed)) player.seed = Number(seed);
  if (params.get('storage') === 'none') player.storage = 'none';

  const src = params.get('src');
  if (src) {
    let url: URL | undefined;
    try {
      url = new URL(src, pageUrl);
    } catch {
      url = undefined;
    }
    if (url && url.origin === new URL(pageUrl).origin) player.src = url.href;
    else {
      const message = `This page only opens scenarios from its own site; “${src}” is elsewhere.`;
      void player.updateComplete.then(() => player.showLoadError(message));
      return;
    }
  }
  const scenario = params.get('scenario');
  if (scenario !== null) player.scenario = scenario;
}
