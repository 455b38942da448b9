/**
 * Entry of the single-scenario embed page (`player.html`): configures the page's `<attune-player>`
 * from the query string, e.g. `player.html?scenario=example&mode=assessment&confidence=1`, and,
 * inside an iframe with `parent-origin=<origin>`, forwards its events to that parent page.
 */
import './attune-player.js';
import { bridgeToParent, parseOrigin } from './parent-bridge.js';
import { configureFromQuery } from './query-config.js';

const player = document.querySelector('attune-player');
if (player) {
  const origin = parseOrigin(new URLSearchParams(location.search).get('parent-origin'));
  if (origin && window.parent !== window) bridgeToParent(player, window.parent, origin);
  configureFromQuery(player, location.search, location.href);
}
