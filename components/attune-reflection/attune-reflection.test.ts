import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Reflection } from '../../src/schemas/reflection.js';
import { deepActiveElement } from '../../test/helpers/dom.js';
import { reflectionFromYaml } from '../../test/helpers/scenarios.js';
import type { AttuneReflectionSaveDetail } from '../shared/events.js';
import './attune-reflection.js';
import type { AttuneReflection } from './attune-reflection.js';

describe('<attune-reflection>', () => {
  let reflection: Reflection;
  before(async () => {
    reflection = await reflectionFromYaml();
  });

  it('shows every item as a radio group on the scale, and saves the answers given (by keyboard)', async () => {
    const el = await fixture<AttuneReflection>(html`<attune-reflection .reflection=${reflection}></attune-reflection>`);
    const groups = [...el.shadowRoot!.querySelectorAll('fieldset')];
    expect(groups).to.have.length(reflection.items.length);
    expect(groups[0]!.querySelector('legend')!.textContent).to.contain(reflection.items[0]!.text);
    expect(groups[0]!.querySelectorAll('input[type="radio"]')).to.have.length(reflection.scale.max - reflection.scale.min + 1);
    const save = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Save'))!;
    expect(save.disabled).to.equal(true);
    await expect(el).to.be.accessible();

    el.focusHeading();
    await sendKeys({ press: 'Tab' }); // the first item's first level
    await sendKeys({ press: 'ArrowRight' }); // its second level
    expect((deepActiveElement() as HTMLInputElement).name).to.equal(reflection.items[0]!.id);
    await el.updateComplete;
    expect(save.disabled).to.equal(false);
    const saved = oneEvent(el, 'attune-reflection-save');
    save.click();
    expect(((await saved) as CustomEvent<AttuneReflectionSaveDetail>).detail.answers).to.deep.equal({ [reflection.items[0]!.id]: reflection.scale.min + 1 });
  });

  it('shows what stood out once answers are saved, with the caveat, and offers to clear them', async () => {
    const answers = Object.fromEntries(reflection.items.map((i) => [i.id, i.dimensions.needed === 1 ? 5 : i.dimensions.needed === -1 ? 1 : 1]));
    const el = await fixture<AttuneReflection>(html`<attune-reflection .reflection=${reflection} .answers=${answers} saved-at="2025-03-01T10:00:00Z"></attune-reflection>`);
    const result = el.shadowRoot!.querySelector('[part="result"]')!;
    expect(result.textContent).to.contain(reflection.dimensions.find((d) => d.id === 'needed')!.label);
    expect(result.textContent).to.contain(reflection.caveat.slice(0, 30));
    expect([...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked')]).to.have.length(reflection.items.length);
    const cleared = oneEvent(el, 'attune-reflection-clear');
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Clear'))!.click();
    await cleared;
    await expect(el).to.be.accessible();
  });
});
