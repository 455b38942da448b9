import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement } from '../../test/helpers/dom.js';
import type { AttuneOptionSelectDetail } from '../shared/events.js';
import './attune-choices.js';
import type { AttuneChoices, ChoiceOption } from './attune-choices.js';

const options: ChoiceOption[] = [
  { index: 0, text: '“You said that quickly.”' },
  { index: 1, text: '“I’m sorry.”' },
];

describe('<attune-choices>', () => {
  it('shows each option as a real button and fires attune-option-select with its index', async () => {
    const el = await fixture<AttuneChoices>(html`<attune-choices .options=${options}></attune-choices>`);
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['1.“You said that quickly.”', '2.“I’m sorry.”']);
    const chosen = oneEvent(el, 'attune-option-select');
    buttons[1]!.click();
    const event = (await chosen) as CustomEvent<AttuneOptionSelectDetail>;
    expect(event.detail).to.deep.equal({ index: 1 });
    expect(event.bubbles && event.composed).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('marks an option written as an action', async () => {
    const el = await fixture<AttuneChoices>(html`<attune-choices .options=${[...options, { index: 2, text: 'Open the door.', action: true }]}></attune-choices>`);
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    expect(buttons[2]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('3.Action: Open the door.');
    expect(buttons[0]!.querySelector('.kind')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is operable by keyboard: focus the prompt, Tab to an option, Enter', async () => {
    const el = await fixture<AttuneChoices>(html`<attune-choices .options=${options}></attune-choices>`);
    el.focusPrompt();
    expect(deepActiveElement()!.textContent).to.contain('What do you say?');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()!.textContent).to.contain('I’m sorry');
    const chosen = oneEvent(el, 'attune-option-select');
    await sendKeys({ press: 'Enter' });
    expect(((await chosen) as CustomEvent<AttuneOptionSelectDetail>).detail.index).to.equal(1);
  });

  it('offers an optional confidence rating and sends it with the choice; resets for the next decision', async () => {
    const el = await fixture<AttuneChoices>(html`<attune-choices .options=${options} confidence></attune-choices>`);
    const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => r.parentElement!.textContent!.trim())).to.deep.equal([
      'Not at all sure (0%)',
      '25% sure',
      '50% sure',
      '75% sure',
      'Certain (100%)',
    ]);
    await expect(el).to.be.accessible();
    // Keyboard: Tab into the group, arrow keys move the selection.
    el.focusPrompt();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(radios[2]!.checked).to.equal(true);
    const chosen = oneEvent(el, 'attune-option-select');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    expect(((await chosen) as CustomEvent<AttuneOptionSelectDetail>).detail).to.deep.equal({ index: 0, confidence: 0.5 });
    el.options = [{ index: 0, text: 'Next' }];
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input')].some((r) => r.checked)).to.equal(false);
  });
});
