/**
 * Entry of the panel raters' review page (`review.html?scenario=<id>`): the `<attune-review>` of
 * the scenario named, or a choice of scenario when none is. Linked from nowhere a trainee goes.
 */
import '../shared/strict-csp.js';
import { scenarioBundleUrl } from '../../src/prefetch.js';
import { fetchCatalogue } from '../../src/scenario-bundle.js';
import './attune-review.js';

const review = document.querySelector('attune-review')!;
const choice = document.querySelector<HTMLElement>('.scenario-choice')!;
const select = document.querySelector<HTMLSelectElement>('#scenario')!;
const status = document.querySelector<HTMLElement>('#status')!;

function show(id: string) {
  const src = scenarioBundleUrl(id);
  if (!src) {
    status.textContent = `"${id}" is not a scenario id (lower-case letters, digits and hyphens).`;
    return;
  }
  review.bundle = undefined;
  review.src = src;
  const url = new URL(location.href);
  url.searchParams.set('scenario', id);
  history.replaceState(null, '', url);
}

const wanted = new URLSearchParams(location.search).get('scenario');
if (wanted) show(wanted);
else {
  try {
    const catalogue = await fetchCatalogue('scenarios/index.json');
    for (const s of catalogue.scenarios) select.append(new Option(s.scenario.title, s.scenario.id));
    choice.hidden = false;
    const first = catalogue.scenarios[0]?.scenario.id;
    if (first) show(first);
    else status.textContent = 'There are no scenarios to rate.';
    select.addEventListener('change', () => show(select.value));
  } catch (error) {
    status.textContent = `The scenario list could not be loaded (${error instanceof Error ? error.message : String(error)}).`;
  }
}
