/**
 * Entry of the course leaders' agreement page (`agreement.html?scenario=<id>`): a choice of
 * scenario and the `<attune-agreement>` for it. Linked from nowhere a trainee goes.
 */
import '../shared/strict-csp.js';
import { scenarioBundleUrl } from '../../src/prefetch.js';
import { fetchCatalogue } from '../../src/scenario-bundle.js';
import './attune-agreement.js';

const agreement = document.querySelector('attune-agreement')!;
const select = document.querySelector<HTMLSelectElement>('#scenario')!;
const status = document.querySelector<HTMLElement>('#status')!;

function show(id: string) {
  agreement.bundle = undefined;
  agreement.files = [];
  agreement.src = scenarioBundleUrl(id);
  const url = new URL(location.href);
  url.searchParams.set('scenario', id);
  history.replaceState(null, '', url);
}

try {
  const catalogue = await fetchCatalogue('scenarios/index.json');
  for (const s of catalogue.scenarios) select.append(new Option(`${s.scenario.title}${s.panel ? ' (panel-rated)' : ''}`, s.scenario.id));
  const wanted = new URLSearchParams(location.search).get('scenario');
  const first = catalogue.scenarios.find((s) => s.scenario.id === wanted)?.scenario.id ?? catalogue.scenarios[0]?.scenario.id;
  if (first) {
    select.value = first;
    show(first);
  } else status.textContent = 'There are no scenarios.';
  select.addEventListener('change', () => show(select.value));
} catch (error) {
  status.textContent = `The scenario list could not be loaded (${error instanceof Error ? error.message : String(error)}).`;
}
