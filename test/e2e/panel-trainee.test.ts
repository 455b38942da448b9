/**
 * What trainees see of an expert panel: a contested option says that experienced raters differ on
 * it, with where the authors' reasoning is, in practice feedback, in the debrief and its export; the
 * library says whether a scenario has been panel-rated and how well the panel agreed. The panel is
 * the worked example's (docs/validation.md), made on the review page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/attune-debrief/attune-debrief.js';
import type { AttuneDebrief } from '../../components/attune-debrief/attune-debrief.js';
import '../../components/attune-feedback/attune-feedback.js';
import type { AttuneFeedback } from '../../components/attune-feedback/attune-feedback.js';
import '../../components/attune-library/attune-library.js';
import type { AttuneLibrary } from '../../components/attune-library/attune-library.js';
import { AttemptStore, MemoryStorage } from '../../src/attempts.js';
import { debriefToMarkdown } from '../../src/debrief-export.js';
import { buildDebrief, decisionDetail } from '../../src/debrief.js';
import type { ScenarioBundle } from '../../src/scenario-bundle.js';
import { Session } from '../../src/session.js';
import { animationsDone } from '../helpers/dom.js';
import { exampleBundle, examplePanelBundle } from '../helpers/scenarios.js';

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const DIFFER = 'Experienced raters differ on this one';

/** Sam's session with the options at `path` chosen. */
function played(bundle: ScenarioBundle, path: number[]) {
  const s = new Session(bundle.story, { seed: 1, rubric: bundle.rubric, stateVariables: ['openness', 'arousal'] });
  path.forEach((i) => s.choose(i));
  return s;
}

describe('an expert panel, as trainees see it', () => {
  let bundle: ScenarioBundle;
  before(async () => {
    bundle = await examplePanelBundle();
    // The worked example's panel disputes the tissues (late-disclosure.condolence) and offering more time.
    expect(bundle.panel!.contested.map((c) => `${c.decision}.${c.option}`)).to.deep.equal(['late-disclosure.condolence', 'time.extend']);
  });

  it('practice feedback on a contested option says experienced raters differ, on what, and points to the rationale', async () => {
    const el = await fixture<AttuneFeedback>(html`<attune-feedback .decision=${decisionDetail(played(bundle, [1]), bundle, 0)!}></attune-feedback>`);
    expect(text(el)).to.contain(
      `${DIFFER}: a panel of clinicians rating it blind rated it differently from the authors, and from one another, on Attunement and Safety and pacing. Treat its rating as one considered view, and read the authors' reasoning under "Why this moment matters".`,
    );
    expect(text(el)).to.contain('Material raised at the door often matters a great deal');
    await animationsDone();
    await expect(el).to.be.accessible();
    // An option the panel agrees on says nothing of the kind.
    const agreed = await fixture<AttuneFeedback>(html`<attune-feedback .decision=${decisionDetail(played(bundle, [0]), bundle, 0)!}></attune-feedback>`);
    expect(text(agreed)).not.to.contain(DIFFER);
  });

  it('the debrief marks contested options, chosen or not taken, and its Markdown export says so too', async () => {
    // Challenge, then hold warmly: the tissues (not taken) is contested; "extend" is not on offer after a challenge.
    const debrief = buildDebrief(played(bundle, [2, 0]), bundle, { mode: 'practice' });
    const el = await fixture<AttuneDebrief>(html`<attune-debrief .debrief=${debrief}></attune-debrief>`);
    const shown = text(el);
    expect(shown.split(DIFFER).length - 1, 'one contested option in this play').to.equal(1);
    expect(shown).to.contain('The ratings were checked by a panel of 5 experienced clinicians');
    await animationsDone();
    await expect(el).to.be.accessible();
    const md = debriefToMarkdown(debrief);
    // Markdown escapes its punctuation.
    expect(md).to.contain("- Action: **Slide the box of tissues a little closer and wait\\.** (not taken; 50%)");
    expect(md).to.contain('Experienced raters differ on this one\\: a panel of clinicians rating it blind rated it differently from the authors, and from one another, on Attunement and Safety and pacing\\.');
    expect(md).to.contain('read the authors\' reasoning under "Why it matters" below\\.');
  });

  it('the library says whether a scenario is panel-rated, with its agreement', async () => {
    const plain = await exampleBundle();
    const store = new AttemptStore(new MemoryStorage());
    const el = await fixture<AttuneLibrary>(
      html`<attune-library
        .entries=${[
          { scenario: bundle.scenario, rubricTitle: bundle.rubric.title, summary: store.summary('example'), panel: bundle.panel },
          { scenario: { ...plain.scenario, id: 'other', title: 'Another' }, rubricTitle: plain.rubric.title, summary: store.summary('other') },
        ]}
      ></attune-library>`,
    );
    const status = [...el.shadowRoot!.querySelectorAll('.panel-status')].map((p) => p.textContent!.trim());
    expect(status).to.deep.equal([
      `Panel-rated: 5 clinicians rated it blind, agreement ICC ${bundle.panel!.icc!.toFixed(2)} (meets the bar) · 2 options contested`,
      "Ratings: the authors' judgement (not yet rated by an expert panel)",
    ]);
    await expect(el).to.be.accessible();
  });
});
