/**
 * A scenario as the player receives it: validated metadata, its rubric and the compiled story in
 * one JSON document (`scenarios/<id>.json`, built by the Vite plugin). The player never compiles
 * ink; it fetches a bundle, validates it, and plays.
 */
import * as z from 'zod/mini';
import { contentHash } from './ink/content-hash.js';
import { isolate } from './isolate.js';
import { nestingProblem, sizeProblem } from './limits.js';
import { plainProblem } from './plain-errors.js';
import { fetchOnce } from './prefetch.js';
import { RubricSchema } from './schemas/rubric.js';
import { ScenarioSchema } from './schemas/scenario.js';
import { PanelSummarySchema } from './schemas/ratings.js';

export const BUNDLE_FORMAT = 1;

const FINGERPRINT_MISMATCH = 'the story does not match its fingerprint (damaged or edited after it was built)';

const StoryFieldsSchema = z.object({ json: z.string().check(z.minLength(2)), hash: z.string().check(z.regex(/^[0-9a-f]{16}$/)) });

export const CompiledStorySchema = StoryFieldsSchema
  // A story damaged or edited after it was built must not reach ink (a broken divert can hang it).
  .check(z.refine((story) => contentHash(story.json) === story.hash, { message: FINGERPRINT_MISMATCH, path: ['hash'] }));

export const ScenarioBundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  id: z.string(),
  scenario: ScenarioSchema,
  rubric: RubricSchema,
  story: CompiledStorySchema,
  /** The expert panel's agreement and contested options, when the scenario has a panel. */
  panel: z.optional(PanelSummarySchema),
});
export type ScenarioBundle = z.infer<typeof ScenarioBundleSchema>;

/**
 * What the content note needs, checked first: the scenario's metadata (and the story's fields, not
 * yet its fingerprint). The rubric, the panel and the fingerprint are checked (`completeBundle`)
 * while the trainee reads the note.
 */
const OpenedBundleSchema = z.object({
  format: ScenarioBundleSchema.shape.format,
  id: ScenarioBundleSchema.shape.id,
  scenario: ScenarioSchema,
  story: StoryFieldsSchema,
  rubric: z.unknown(),
  panel: z.optional(z.unknown()),
});
/** A bundle opened for its content note: the metadata checked, the rest not yet (see `completeBundle`). */
export type OpenedBundle = z.infer<typeof OpenedBundleSchema>;

/** The rest of an opened bundle. */
const RestOfBundleSchema = z.object({ rubric: ScenarioBundleSchema.shape.rubric, panel: ScenarioBundleSchema.shape.panel });

const DiagnosticSchema = z.object({
  file: z.string(),
  line: z.optional(z.number()),
  path: z.optional(z.string()),
  severity: z.enum(['error', 'warning']),
  rule: z.string(),
  message: z.string(),
});

/**
 * The library's list of scenarios (`scenarios/index.json`): metadata only, no stories. The dev
 * server adds the scenarios left out because the checker finds errors in them (`unavailable`), so
 * the library can show an author why a scenario is missing; a build never lists them.
 */
export const CatalogueSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  scenarios: z.array(z.object({ scenario: ScenarioSchema, storyHash: z.string(), rubricTitle: z.string(), panel: z.optional(PanelSummarySchema) })),
  unavailable: z.optional(z.array(z.object({ id: z.string(), title: z.optional(z.string()), file: z.string(), diagnostics: z.array(DiagnosticSchema) }))),
});
export type Catalogue = z.infer<typeof CatalogueSchema>;

export class ScenarioLoadError extends Error {
  constructor(
    message: string,
    readonly url: string,
  ) {
    super(message);
    this.name = 'ScenarioLoadError';
  }
}

async function fetchJson(url: string, what: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchOnce(url, signal); // the embed page may have started this download already
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ScenarioLoadError(`Could not reach ${what} at ${isolate(url)}. Check your connection and try again.`, url);
  }
  if (response.status === 422) {
    // The dev server's answer for a scenario the checker left out: say why, not "not found".
    throw new ScenarioLoadError(await leftOutMessage(response, what), url);
  }
  if (response.status === 404) throw new ScenarioLoadError(`Nothing was found at ${isolate(url)}: the ${what} may have been moved or its name mistyped.`, url);
  if (!response.ok) throw new ScenarioLoadError(`Loading ${what} failed (${response.status} ${response.statusText}).`, url);
  // Refused before it is downloaded when the server says how large it is, else once it has arrived.
  const declared = Number(response.headers.get('content-length') ?? 0);
  const early = sizeProblem(declared, `The ${what} at ${isolate(url)}`);
  if (early) throw new ScenarioLoadError(early, url);
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ScenarioLoadError(`Could not finish loading ${what} at ${isolate(url)}. Check your connection and try again.`, url);
  }
  const problem = sizeProblem(new Blob([text]).size, `The ${what} at ${isolate(url)}`) ?? nestingProblem(text, `The ${what} at ${isolate(url)}`);
  if (problem) throw new ScenarioLoadError(problem, url);
  try {
    return JSON.parse(text);
  } catch {
    throw new ScenarioLoadError(`${what} at ${isolate(url)} is not valid JSON.`, url);
  }
}

async function leftOutMessage(response: Response, what: string): Promise<string> {
  const parsed = z.object({ diagnostics: z.array(DiagnosticSchema) }).safeParse(await response.json().catch(() => undefined));
  const errors = parsed.success ? parsed.data.diagnostics : [];
  const listed = errors.slice(0, 5).map((d) => `${d.file}${d.line !== undefined ? `:${d.line}` : ''}: ${d.message}`);
  const more = errors.length > 5 ? ` (and ${errors.length - 5} more)` : '';
  return `This ${what} has errors, so it is left out until they are fixed (npm run check lists them)${listed.length > 0 ? `: ${listed.join('; ')}${more}` : ''}.`;
}

const describe = (error: z.core.$ZodError) => plainProblem(error, '(top level)');

const damaged = (url: string, problem: string) => new ScenarioLoadError(`The scenario at ${isolate(url)} is damaged or from another version (${problem}).`, url);

/**
 * Fetches a bundle and checks what its content note needs (see `completeBundle` for the rest):
 * enough to show the note before the rest is checked and the story built.
 */
export async function openScenarioBundle(url: string, signal?: AbortSignal): Promise<OpenedBundle> {
  const parsed = OpenedBundleSchema.safeParse(await fetchJson(url, 'scenario', signal));
  if (!parsed.success) throw damaged(url, describe(parsed.error));
  return parsed.data;
}

/** Checks the rest of an opened bundle (its rubric, its panel and the story's fingerprint); throws as `fetchScenarioBundle` would. */
export function completeBundle(opened: OpenedBundle, url: string): ScenarioBundle {
  const rest = RestOfBundleSchema.safeParse({ rubric: opened.rubric, panel: opened.panel });
  if (!rest.success) throw damaged(url, describe(rest.error));
  if (contentHash(opened.story.json) !== opened.story.hash) throw damaged(url, `story.hash: ${FINGERPRINT_MISMATCH}`);
  const { rubric, panel } = rest.data;
  return { format: opened.format, id: opened.id, scenario: opened.scenario, story: opened.story, rubric, ...(panel !== undefined ? { panel } : {}) };
}

/** Fetches and checks a whole bundle. */
export async function fetchScenarioBundle(url: string): Promise<ScenarioBundle> {
  return completeBundle(await openScenarioBundle(url), url);
}

export async function fetchCatalogue(url: string): Promise<Catalogue> {
  const parsed = CatalogueSchema.safeParse(await fetchJson(url, 'the scenario list'));
  if (!parsed.success) throw new ScenarioLoadError(`The scenario list at ${isolate(url)} is damaged (${describe(parsed.error)}).`, url);
  return parsed.data;
}
