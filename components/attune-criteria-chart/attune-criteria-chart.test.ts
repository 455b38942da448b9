import { expect, fixture, html } from '@open-wc/testing';
import type { CriterionScore } from '../../src/scoring.js';
import './attune-criteria-chart.js';
import type { AttuneCriteriaChart } from './attune-criteria-chart.js';

const criteria: CriterionScore[] = [
  { id: 'attunement', label: 'Attunement', weight: 2, score: 0.75, decisions: 2, earned: 1.5 },
  { id: 'frame', label: 'Boundaries and frame', weight: 1, score: 0.25, decisions: 1, earned: 0.25, minimum: 0.5 },
  { id: 'repair', label: 'Rupture repair', weight: 1, score: null, decisions: 0, earned: 0 },
];

describe('<attune-criteria-chart>', () => {
  it('draws an SVG chart with an accessible name and description', async () => {
    const el = await fixture<AttuneCriteriaChart>(html`<attune-criteria-chart .criteria=${criteria} mastery="0.7"></attune-criteria-chart>`);
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(el.shadowRoot!.querySelector('desc')!.textContent).to.equal(
      'Score by criterion: Attunement 75%; Boundaries and frame 25%; Rupture repair not tested. Pass mark 70%.',
    );
    const bars = [...svg.querySelectorAll('rect.bar')];
    expect(bars.map((b) => b.getAttribute('width'))).to.deep.equal(['75%', '25%', '0%']);
    expect(bars[1]!.classList.contains('below')).to.equal(true);
    expect(svg.querySelector('line.mastery')!.getAttribute('x1')).to.equal('70%');
    await expect(el).to.be.accessible();
  });

  it('gives the same figures as a table', async () => {
    const el = await fixture<AttuneCriteriaChart>(html`<attune-criteria-chart .criteria=${criteria} show-table></attune-criteria-chart>`);
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
    expect(rows).to.deep.equal([
      ['Attunement', '75%', '2', '2'],
      ['Boundaries and frame (below its minimum of 50%)', '25%', '1', '1'],
      ['Rupture repair', 'not tested', '0', '1'],
    ]);
    await expect(el).to.be.accessible();
  });
});
