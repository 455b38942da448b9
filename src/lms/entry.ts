/**
 * Entry of the package launch page `lms.html`: configures the page's `<attune-player>` from the
 * query string (the player contract's parser, as `player.html` reads its own) and runs the LMS
 * launch sequence. Status messages appear in `#attune-lms-status` and are also fired on the
 * player as `attune-lms-status` events for host pages.
 */
import { applyPlayerSettings, LMS_DEFAULT_MODE, parsePlayerQuery, playerEvent, type AttunePlayerApi } from '../player-contract.js';
import { launch, mergeSearch, type Launched } from './launch.js';
import type { LmsStatus } from './reporter.js';

async function main() {
  await customElements.whenDefined('attune-player');
  const player = document.querySelector<HTMLElement & AttunePlayerApi>('attune-player');
  const box = document.getElementById('attune-lms-status');
  if (!player) return;
  // A package's launch page carries its settings in <meta name="attune-launch">; the query string
  // (e.g. cmi5's launch parameters, or a course leader's own) is added on top.
  const packaged = document.querySelector<HTMLMetaElement>('meta[name="attune-launch"]')?.content ?? '';
  const search = mergeSearch(packaged, location.search);
  const query = parsePlayerQuery(search, location.href);
  applyPlayerSettings(player, { mode: LMS_DEFAULT_MODE, ...query });
  const onStatus = (status: LmsStatus) => {
    if (status.detail) console.info(`Attune LMS: ${status.detail}`);
    player.dispatchEvent(playerEvent('attune-lms-status', status));
    if (!box) return;
    box.textContent = status.level === 'ok' ? '' : status.message;
    box.hidden = status.level === 'ok';
    box.dataset.level = status.level;
  };
  const scenario = query.scenario ?? '';
  try {
    const launched = await launch({ kind: query.lms, scenario, player, onStatus, search, ...(query.lmsWait !== undefined ? { wait: query.lmsWait } : {}) });
    offerLeaving(launched);
  } catch (error) {
    // A scenario that cannot be loaded: let the player show its own calm error.
    console.warn('Attune LMS:', error);
    player.scenario = scenario;
  }
}

/** With an LMS that gives a returnURL (cmi5 §10.2.6): a button that ends the session and goes back there. */
function offerLeaving({ reporter, connection }: Launched) {
  const box = document.getElementById('attune-lms-leave');
  const button = box?.querySelector('button');
  if (!box || !button || !reporter?.exit || !reporter.returnURL) return;
  box.hidden = false;
  button.addEventListener('click', () => {
    button.disabled = true;
    void (async () => {
      await connection?.idle(); // the last decision first
      if (!(await reporter.exit!())) button.disabled = false;
    })();
  });
}

void main();
