import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement } from '../../test/helpers/dom.js';
import type { AttunePauseDetail } from '../../src/player-contract.js';
import './attune-pause.js';
import type { AttunePause } from './attune-pause.js';

describe('<attune-pause>', () => {
  it('opens as a modal with grounding and support, focus on "Return", and returns focus on close', async () => {
    const el = await fixture<AttunePause>(html`<attune-pause><p slot="support">Student support: 0123</p></attune-pause>`);
    const opener = document.createElement('button');
    opener.textContent = 'Pause';
    el.before(opener);
    opener.focus();
    const opened = oneEvent(el, 'attune-pause');
    el.show();
    expect(((await opened) as CustomEvent<AttunePauseDetail>).detail.paused).to.equal(true);
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.textContent).to.contain('A minute of grounding');
    expect(dialog.textContent).to.contain('supervisor');
    expect(deepActiveElement()!.textContent).to.contain('Return to the scenario');
    await expect(el).to.be.accessible();

    const closed = oneEvent(el, 'attune-pause');
    await sendKeys({ press: 'Enter' });
    expect(((await closed) as CustomEvent<AttunePauseDetail>).detail.paused).to.equal(false);
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
    opener.remove();
  });

  it('closes on Escape and offers "leave for now" only when leavable', async () => {
    const el = await fixture<AttunePause>(html`<attune-pause leavable></attune-pause>`);
    el.show();
    await el.updateComplete;
    const leave = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Leave for now'))!;
    expect(leave).to.exist;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.open).to.equal(false);
    el.show();
    await el.updateComplete;
    const left = oneEvent(el, 'attune-leave');
    leave.click();
    await left;
    expect(el.open).to.equal(false);
    const plain = await fixture<AttunePause>(html`<attune-pause></attune-pause>`);
    expect([...plain.shadowRoot!.querySelectorAll('button')].some((b) => b.textContent!.includes('Leave'))).to.equal(false);
  });
});
