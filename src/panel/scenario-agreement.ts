/**
 * A scenario's panel agreement from its bundle and the raters' files: the decisions come from
 * exploring the story (`review-task.ts`), unless the caller has them already (the checker).
 */
import type { CompiledStory } from '../ink/compile.js';
import type { Rubric } from '../schemas/rubric.js';
import type { Scenario } from '../schemas/scenario.js';
import { analysePanel, parseRatingsFile, type PanelAgreement } from './agreement.js';
import { exploreForPanel, panelDecisions, type PanelDecision } from './review-task.js';

export interface RatingsText {
  file: string;
  text: string;
}

export function scenarioAgreement(
  bundle: { scenario: Scenario; rubric: Rubric; story: CompiledStory },
  files: readonly RatingsText[],
  decisions: readonly PanelDecision[] = panelDecisions(exploreForPanel(bundle.story), bundle.rubric).decisions,
): PanelAgreement {
  return analysePanel(
    { scenario: { id: bundle.scenario.id, title: bundle.scenario.title }, storyHash: bundle.story.hash, rubric: bundle.rubric, decisions },
    files.map((f) => parseRatingsFile(f.file, f.text)),
  );
}
