/**
 * Entry of the single-scenario embed page (`player.html`): configures the page's `<attune-player>`
 * from the query string (read by the player contract's parser, as `lms.html` reads its own), e.g.
 * `player.html?scenario=example&mode=assessment&confidence=1`, and, inside an iframe with
 * `parent-origin=<origin>`, forwards its events to that parent page if the origin is this page's
 * own or listed in its `<meta name="attune-parent-origins">`.
 *
 * This first script is kept tiny: it starts downloading the scenario, then loads the player, so
 * that the two arrive together instead of one after the other.
 */
import { applyPlayerQuery, PARENT_ORIGINS_META, parentOriginAllowed, parsePlayerQuery, playerEvent } from '../../src/player-contract.js';
import { prefetch, scenarioBundleUrl } from '../../src/prefetch.js';

const query = parsePlayerQuery(location.search, location.href);
const early = query.scenario !== undefined && !query.src && !query.refused ? scenarioBundleUrl(query.scenario) : undefined;
if (early) prefetch(early);

// Events (choices, scores, replay codes) go only to this site or a site the deployment lists: a
// link cannot name its own site as the parent and so receive them.
const parent = parentOriginAllowed(query.parentOrigin, location.origin, document.querySelector<HTMLMetaElement>(`meta[name="${PARENT_ORIGINS_META}"]`)?.content);

async function start() {
  const bridged = parent.origin !== undefined && window.parent !== window;
  const [, bridge] = await Promise.all([import('./attune-player.js'), bridged ? import('./parent-bridge.js') : undefined]);
  const player = document.querySelector('attune-player');
  if (!player) return;
  if (bridge && parent.origin) bridge.bridgeToParent(player, window.parent, parent.origin);
  if (parent.refused) {
    console.warn(`Attune: ${parent.refused}`);
    player.dispatchEvent(playerEvent('attune-error', { kind: 'config', message: parent.refused }));
  }
  applyPlayerQuery(player, query);
}

start().catch((error: unknown) => {
  // The player's own code could not be loaded (offline, a broken deployment): say so in the page.
  const note = document.createElement('p');
  note.setAttribute('role', 'alert');
  note.textContent = `The Attune player could not be loaded (${error instanceof Error ? error.message : String(error)}). Check your connection and reload the page.`;
  document.body.prepend(note);
});
