/**
 * Entry of the package launch page `lms.html`: configures the page's `<attune-player>` from the
 * query string and runs the LMS launch sequence. Status messages appear in `#attune-lms-status`
 * and are also fired on the player as `attune-lms-status` events for host pages.
 */
import { launch, mergeSearch, optionsFromQuery, type LaunchablePlayer } from './launch.js';
import type { LmsStatus } from './reporter.js';

async function main() {
  await customElements.whenDefined('attune-player');
  const player = document.querySelector('attune-player') as LaunchablePlayer | null;
  const box = document.getElementById('attune-lms-status');
  if (!player) return;
  // A package's launch page carries its settings in <meta name="attune-launch">; the query string
  // (e.g. cmi5's launch parameters, or a course leader's own) is added on top.
  const packaged = document.querySelector<HTMLMetaElement>('meta[name="attune-launch"]')?.content ?? '';
  const search = mergeSearch(packaged, location.search);
  const query = optionsFromQuery(search);
  player.mode = query.mode;
  if (query.feedback) player.feedback = query.feedback;
  for (const flag of query.flags) player.setAttribute(flag, '');
  const onStatus = (status: LmsStatus) => {
    if (status.detail) console.info(`Attune LMS: ${status.detail}`);
    player.dispatchEvent(new CustomEvent('attune-lms-status', { detail: status, bubbles: true, composed: true }));
    if (!box) return;
    box.textContent = status.level === 'ok' ? '' : status.message;
    box.hidden = status.level === 'ok';
    box.dataset.level = status.level;
  };
  try {
    await launch({ kind: query.kind, scenario: query.scenario, player, onStatus, search, ...(query.wait !== undefined ? { wait: query.wait } : {}) });
  } catch (error) {
    // A scenario that cannot be loaded: let the player show its own calm error.
    console.warn('Attune LMS:', error);
    (player as unknown as { scenario: string }).scenario = query.scenario;
  }
}

void main();
