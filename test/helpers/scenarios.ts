/** Scenario bundles for component and end-to-end tests. */
import { fetchScenarioBundle, ScenarioBundleSchema, type ScenarioBundle } from '../../src/scenario-bundle.js';
import { compileFiles } from '../engine/helpers.js';

let example: Promise<ScenarioBundle> | undefined;

/** The example scenario exactly as the app receives it. */
export function exampleBundle(): Promise<ScenarioBundle> {
  example ??= fetchScenarioBundle('/scenarios/example.json');
  return example;
}

/** A bundle with the example's metadata and rubric around another ink story (compiled here). */
export async function bundleWithInk(ink: string, patch: (b: ScenarioBundle) => ScenarioBundle = (b) => b): Promise<ScenarioBundle> {
  const base = await exampleBundle();
  const compiled = compileFiles({ 'test.ink': ink });
  if (!compiled.story) throw new Error(JSON.stringify(compiled.diagnostics));
  return ScenarioBundleSchema.parse(patch({ ...base, id: 'example', story: compiled.story }));
}
