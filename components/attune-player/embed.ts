/**
 * Entry of the single-scenario embed page (`player.html`): configures the page's `<attune-player>`
 * from the query string, e.g. `player.html?scenario=example&mode=assessment&confidence=1`, and,
 * inside an iframe with `parent-origin=<origin>`, forwards its events to that parent page.
 *
 * This first script is kept tiny: it starts downloading the scenario, then loads the player, so
 * that the two arrive together instead of one after the other.
 */
import { prefetch, scenarioBundleUrl } from '../../src/prefetch.js';

const params = new URLSearchParams(location.search);
const scenario = params.get('scenario');
const early = scenario !== null && !params.has('src') ? scenarioBundleUrl(scenario) : undefined;
if (early) prefetch(early);

async function start() {
  const [, { bridgeToParent, parseOrigin }, { configureFromQuery }] = await Promise.all([import('./attune-player.js'), import('./parent-bridge.js'), import('./query-config.js')]);
  const player = document.querySelector('attune-player');
  if (!player) return;
  const origin = parseOrigin(params.get('parent-origin'));
  if (origin && window.parent !== window) bridgeToParent(player, window.parent, origin);
  configureFromQuery(player, location.search, location.href);
}

start().catch((error: unknown) => {
  // The player's own code could not be loaded (offline, a broken deployment): say so in the page.
  const note = document.createElement('p');
  note.setAttribute('role', 'alert');
  note.textContent = `The Attune player could not be loaded (${error instanceof Error ? error.message : String(error)}). Check your connection and reload the page.`;
  document.body.prepend(note);
});
