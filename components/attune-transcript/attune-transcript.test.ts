import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TranscriptLine } from '../../src/debrief.js';
import './attune-transcript.js';
import type { AttuneTranscript } from './attune-transcript.js';

const lines: TranscriptLine[] = [
  { speaker: 'narration', text: 'The room is quiet.', cues: [] },
  { speaker: 'client', text: 'I suppose so.', cues: ['looks away', 'shrugs'] },
  { speaker: 'therapist', text: 'Take your time.', cues: [], chosen: true, step: 0 },
  { speaker: 'narration', text: '', cues: ['a long pause'] },
];

describe('<attune-transcript>', () => {
  it('reads like a session: speakers, the client’s words, cues, the therapist’s words', async () => {
    const el = await fixture<AttuneTranscript>(html`<attune-transcript .lines=${lines} client-name="Sam"></attune-transcript>`);
    const items = [...el.shadowRoot!.querySelectorAll('li')];
    expect(items.map((li) => li.className.trim())).to.deep.equal(['narration', 'client', 'therapist', 'narration']);
    expect(items[1]!.querySelector('.speaker')!.textContent).to.equal('Sam:');
    expect([...items[1]!.querySelectorAll('.cue')].map((c) => c.textContent)).to.deep.equal(['(looks away)', '(shrugs)']);
    expect(items[2]!.querySelector('.speaker')!.textContent).to.equal('You:');
    expect(items[0]!.querySelector('.speaker')).to.equal(null);
    expect(items[3]!.querySelector('.text')).to.equal(null); // a cue on its own
    expect(el.shadowRoot!.querySelector('ol')!.getAttribute('aria-label')).to.equal('Session transcript');
    await expect(el).to.be.accessible();
  });

  it('shows an option written as an action as something the therapist did, not said', async () => {
    const action: TranscriptLine[] = [{ speaker: 'therapist', text: 'Stand up and open the door.', cues: [], chosen: true, step: 0, action: true }];
    const el = await fixture<AttuneTranscript>(html`<attune-transcript .lines=${action}></attune-transcript>`);
    const item = el.shadowRoot!.querySelector('li')!;
    expect(item.classList.contains('action')).to.equal(true);
    expect(item.getAttribute('part')).to.contain('line-action');
    expect(item.querySelector('.speaker')!.textContent).to.equal('Your action:');
    expect(getComputedStyle(item.querySelector('.text')!).fontStyle).to.equal('italic');
    await expect(el).to.be.accessible();
  });

  it('marks lines from new-from as new, and says when there is nothing yet', async () => {
    const el = await fixture<AttuneTranscript>(html`<attune-transcript .lines=${lines} new-from="2"></attune-transcript>`);
    expect([...el.shadowRoot!.querySelectorAll('li.new')]).to.have.length(2);
    const empty = await fixture<AttuneTranscript>(html`<attune-transcript></attune-transcript>`);
    expect(empty.shadowRoot!.textContent).to.contain('Nothing has been said yet');
  });

  it('as lines are added, keeps the lines shown and marks only the added ones new; a new transcript starts afresh', async () => {
    const el = await fixture<AttuneTranscript>(html`<attune-transcript .lines=${lines.slice(0, 2)} new-from="0" client-name="Sam"></attune-transcript>`);
    const before = [...el.shadowRoot!.querySelectorAll('li')];
    el.lines = [...el.lines, ...lines.slice(2)];
    el.newFrom = 2;
    await el.updateComplete;
    const after = [...el.shadowRoot!.querySelectorAll('li')];
    expect(after).to.have.length(4);
    expect(after.slice(0, 2)).to.deep.equal(before, 'the lines already shown are the same elements');
    expect(after.map((li) => li.classList.contains('new'))).to.deep.equal([false, false, true, true]);
    expect(after.map((li) => li.querySelector('.text')?.textContent ?? '')).to.deep.equal(lines.map((l) => l.text.trim() === '' ? '' : l.text));
    // Another transcript (a rewind rebuilds it): every line from the new array, none new.
    const rewound = lines.slice(0, 3).map((l) => ({ ...l, text: l.text.toUpperCase() }));
    el.lines = rewound;
    el.newFrom = Number.POSITIVE_INFINITY;
    await el.updateComplete;
    const again = [...el.shadowRoot!.querySelectorAll('li')];
    expect(again.map((li) => li.querySelector('.text')?.textContent)).to.deep.equal(rewound.map((l) => l.text));
    expect(again.some((li) => li.classList.contains('new'))).to.equal(false);
    // New lines cut into what was appended: only those from new-from on are new.
    el.lines = [...rewound, lines[3]!, { speaker: 'client', text: 'Yes.', cues: [] }];
    el.newFrom = 4;
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('li')].map((li) => li.classList.contains('new'))).to.deep.equal([false, false, false, false, true]);
    el.clientName = 'Robin';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li')[1]!.querySelector('.speaker')!.textContent).to.equal('Robin:');
  });

  it('fades new lines in, unless the reader prefers reduced motion', async () => {
    const el = await fixture<AttuneTranscript>(html`<attune-transcript .lines=${lines} new-from="0"></attune-transcript>`);
    const first = el.shadowRoot!.querySelector('li')!;
    expect(getComputedStyle(first).animationName).to.equal('appear');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(first).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('renders markup in a line as text', async () => {
    const evil: TranscriptLine[] = [{ speaker: 'client', text: '<b onclick="x()">bold</b>', cues: ['<i>cue</i>'] }];
    const el = await fixture<AttuneTranscript>(html`<attune-transcript .lines=${evil}></attune-transcript>`);
    expect(el.shadowRoot!.querySelector('b, i')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.text')!.textContent).to.equal('<b onclick="x()">bold</b>');
  });
});
