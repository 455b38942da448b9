/** Scenario bundles for component and end-to-end tests. */
import { panelSummary } from '../../src/panel/agreement.js';
import { scenarioAgreement } from '../../src/panel/scenario-agreement.js';
import { fetchScenarioBundle, ScenarioBundleSchema, type ScenarioBundle } from '../../src/scenario-bundle.js';
import { loadReflection, type Reflection } from '../../src/schemas/reflection.js';
import { compileFiles, fetchText } from '../engine/helpers.js';

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

let reflection: Promise<Reflection> | undefined;

/** The therapist self-reflection from `stories/reflection.yaml`, validated as the build does. */
export function reflectionFromYaml(): Promise<Reflection> {
  reflection ??= fetchText('/stories/reflection.yaml').then((text) => {
    const loaded = loadReflection('stories/reflection.yaml', text);
    if (!loaded.value) throw new Error(JSON.stringify(loaded.diagnostics));
    return loaded.value;
  });
  return reflection;
}

/**
 * The example scenario with the panel summary its bundle would carry if `docs/validation-example/`
 * (the worked example's five ratings files, made on the review page) were its `panel/` folder.
 */
export async function examplePanelBundle(): Promise<ScenarioBundle> {
  const bundle = await exampleBundle();
  const names = ['ab', 'cd', 'ef', 'gh', 'jk'].map((r) => `example-${r}-ratings.json`);
  const files = await Promise.all(names.map(async (file) => ({ file, text: await fetchText(`/docs/validation-example/${file}`) })));
  return { ...bundle, panel: panelSummary(scenarioAgreement(bundle, files)) };
}
