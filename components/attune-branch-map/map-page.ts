/**
 * Entry of the authors' branch-map page (`map.html?scenario=<id>`): a choice of scenario and the
 * `<attune-branch-map>` for it. Linked from nowhere a trainee goes; the graph-layout library is
 * loaded by the map component only, so no other page carries it.
 */
import '../shared/strict-csp.js';
import { fetchCatalogue } from '../../src/scenario-bundle.js';
import './attune-branch-map.js';

const params = new URLSearchParams(location.search);
const map = document.querySelector('attune-branch-map')!;
const select = document.querySelector<HTMLSelectElement>('#scenario')!;
const status = document.querySelector<HTMLElement>('#status')!;

function show(id: string) {
  map.src = `maps/${id}.json`;
  const url = new URL(location.href);
  url.searchParams.set('scenario', id);
  history.replaceState(null, '', url);
}

try {
  const catalogue = await fetchCatalogue('scenarios/index.json');
  // In development the scenarios left out for errors have maps too: that is where an author needs one.
  const ids = [...catalogue.scenarios.map((s) => ({ id: s.scenario.id, title: s.scenario.title })), ...(catalogue.unavailable ?? []).map((u) => ({ id: u.id, title: `${u.title ?? u.id} (has errors)` }))];
  for (const s of ids) select.append(new Option(s.title, s.id));
  const wanted = params.get('scenario');
  const first = ids.find((s) => s.id === wanted)?.id ?? ids[0]?.id;
  if (first) {
    select.value = first;
    show(first);
  } else status.textContent = 'There are no scenarios to map.';
  select.addEventListener('change', () => show(select.value));
} catch (error) {
  status.textContent = `The scenario list could not be loaded (${error instanceof Error ? error.message : String(error)}).`;
}
