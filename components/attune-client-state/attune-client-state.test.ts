import { expect, fixture, html } from '@open-wc/testing';
import type { StateReading } from '../../src/debrief.js';
import './attune-client-state.js';
import type { AttuneClientState } from './attune-client-state.js';

const readings: StateReading[] = [
  { variable: 'openness', label: 'Openness', value: 3, min: 0, max: 4, description: 'How much Sam lets you in.' },
  { variable: 'arousal', label: 'Arousal', value: 1, min: 0, max: 4 },
];

describe('<attune-client-state>', () => {
  it('shows each variable on its scale, with the direction of the last change', async () => {
    const el = await fixture<AttuneClientState>(
      html`<attune-client-state .readings=${readings} .previous=${{ openness: 2, arousal: 2 }} client-name="Sam"></attune-client-state>`,
    );
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('How Sam seems');
    expect(text).to.contain('Openness 3 of 4 ↑ up from 2');
    expect(text).to.contain('Arousal 1 of 4 ↓ down from 2');
    const fill = el.shadowRoot!.querySelector('.fill')!;
    expect(fill.getAttribute('width')).to.equal('75%');
    expect(fill.closest('svg')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('respects a scale that does not start at 0: the text names both ends, the bar measures from min', async () => {
    const tilted: StateReading[] = [{ variable: 'trust', label: 'Trust', value: 1, min: -5, max: 8 }];
    const el = await fixture<AttuneClientState>(html`<attune-client-state .readings=${tilted}></attune-client-state>`);
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Trust 1 on −5 to 8');
    expect(text).not.to.contain('1 of 8');
    // (1 − (−5)) / (8 − (−5)) = 6/13 = 46%
    expect(el.shadowRoot!.querySelector('.fill')!.getAttribute('width')).to.equal('46%');
    const low = await fixture<AttuneClientState>(html`<attune-client-state .readings=${[{ ...tilted[0]!, value: -5 }]}></attune-client-state>`);
    expect(low.shadowRoot!.querySelector('.fill')!.getAttribute('width')).to.equal('0%');
    expect(low.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.contain('−5 on −5 to 8');
  });

  it('renders nothing without readings', async () => {
    const el = await fixture<AttuneClientState>(html`<attune-client-state></attune-client-state>`);
    expect(el.shadowRoot!.querySelector('section')).to.equal(null);
  });
});
