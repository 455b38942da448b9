import { expect } from '@open-wc/testing';
import { fetchCatalogue, fetchScenarioBundle, ScenarioLoadError } from '../src/scenario-bundle.js';
import { Session } from '../src/session.js';
import { isolate } from '../src/isolate.js';

describe('scenario bundles served like the app gets them', () => {
  it('lists the example scenario in the catalogue', async () => {
    const catalogue = await fetchCatalogue('/scenarios/index.json');
    const ids = catalogue.scenarios.map((s) => s.scenario.id);
    expect(ids).to.include('example');
  });

  it('loads a bundle that plays in a session', async () => {
    const bundle = await fetchScenarioBundle('/scenarios/example.json');
    const session = new Session(bundle.story, { seed: 1, rubric: bundle.rubric });
    expect(session.currentChoices?.decision).to.equal('late-disclosure');
  });

  it('says clearly when a scenario does not exist', async () => {
    let error: unknown;
    try {
      await fetchScenarioBundle('/scenarios/no-such-scenario.json');
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(ScenarioLoadError);
    expect((error as Error).message).to.contain(`Nothing was found at ${isolate('/scenarios/no-such-scenario.json')}`);
  });
});
