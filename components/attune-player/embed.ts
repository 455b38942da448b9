/**
 * Entry of the single-scenario embed page (`player.html`): configures the page's `<attune-player>`
 * from the query string (read by the player contract's parser, as `lms.html` reads its own), e.g.
 * `player.html?scenario=example&mode=assessment&confidence=1`, and, inside an iframe with
 * `parent-origin=<origin>`, forwards its events to that parent page.
 *
 * This first script is kept tiny: it starts downloading the scenario, then loads the player, so
 * that the two arrive together instead of one after the other.
 */
import { applyPlayerQuery, parsePlayerQuery } from '../../src/player-contract.js';
import { prefetch, scenarioBundleUrl } from '../../src/prefetch.js';

const query = parsePlayerQuery(location.search, location.href);
const early = query.scenario !== undefined && !query.src && !query.refused ? scenarioBundleUrl(query.scenario) : undefined;
if (early) prefetch(early);

async function start() {
  const bridged = query.parentOrigin !== undefined && window.parent !== window;
  const [, bridge] = await Promise.all([import('./attune-player.js'), bridged ? import('./parent-bridge.js') : undefined]);
  const player = document.querySelector('attune-player');
  if (!player) return;
  if (bridge && query.parentOrigin) bridge.bridgeToParent(player, window.parent, query.parentOrigin);
  applyPlayerQuery(player, query);
}

start().catch((error: unknown) => {
  // The player's own code could not be loaded (offline, a broken deployment): say so in the page.
  const note = document.createElement('p');
  note.setAttribute('role', 'alert');
  note.textContent = `The Attune player could not be loaded (${error instanceof Error ? error.message : String(error)}). Check your connection and reload the page.`;
  document.body.prepend(note);
});
