/**
 * Entry of the single-scenario embed page (`player.html`): configures the page's `<attune-player>`
 * from the query string, e.g. `player.html?scenario=example&mode=assessment&confidence=1`.
 */
import './attune-player.js';
import { configureFromQuery } from './query-config.js';

const player = document.querySelector('attune-player');
if (player) configureFromQuery(player, location.search, location.href);
