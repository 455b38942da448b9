import { fetchScenarioBundle, type ScenarioBundle } from '../../src/scenario-bundle.js';

/**
 * For the pages that take a scenario by `src` or as a `bundle` (review, agreement): fetches and
 * checks the bundle, or says why it could not be loaded.
 */
export async function loadBundle(src: string): Promise<{ bundle: ScenarioBundle } | { error: string }> {
  try {
    return { bundle: await fetchScenarioBundle(src) };
  } catch (error) {
    return { error: `The scenario at ${src} could not be loaded (${error instanceof Error ? error.message : String(error)}).` };
  }
}
