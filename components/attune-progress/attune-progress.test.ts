import { expect, fixture, html } from '@open-wc/testing';
import type { AttemptRecord } from '../../src/attempts.js';
import './attune-progress.js';
import type { AttuneProgress } from './attune-progress.js';

const attempt = (overall: number, passed: boolean, harmFlags = 0): AttemptRecord => ({
  version: 1,
  id: `a${overall}`,
  scenarioId: 'example',
  scenarioTitle: 'Example',
  storyHash: '0123456789abcdef',
  rubric: { id: 'example', version: '1.0.0' },
  mode: 'assessment',
  replayCode: 'x',
  status: 'complete',
  startedAt: '2025-03-01T10:00:00Z',
  updatedAt: '2025-03-01T10:05:00Z',
  completedAt: '2025-03-01T10:05:00Z',
  decisions: 2,
  rewinds: 0,
  result: { overall, passed, mastery: 0.75, harmFlags, elevated: 0, criteria: {} },
});

describe('<attune-progress>', () => {
  it('shows overall score by attempt as a chart with a text alternative and a table', async () => {
    const el = await fixture<AttuneProgress>(
      html`<attune-progress .attempts=${[attempt(0.5, false, 1), attempt(0.8, true)]} label="Example"></attune-progress>`,
    );
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('aria-label')).to.equal('Overall score by attempt at Example: attempt 1: 50% with a harm flag; attempt 2: 80%, passed.');
    expect(svg.querySelectorAll('rect.bar')).to.have.length(2);
    expect(svg.querySelector('rect.harm')).to.exist;
    const cells = [...el.shadowRoot!.querySelectorAll('tbody td')].map((td) => td.textContent);
    expect(cells).to.include.members(['50%', 'Harm flag', '80%', 'Passed']);
    await expect(el).to.be.accessible();
  });

  it('renders nothing when there are no completed attempts', async () => {
    const el = await fixture<AttuneProgress>(html`<attune-progress></attune-progress>`);
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
  });
});
