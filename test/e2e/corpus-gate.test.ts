/**
 * Every mistake in the checker's corpus taken on into the player (issue 15): check, build and
 * player agree. Each case is served as a stories folder of its own, as the dev server serves it
 * (web-test-runner.config.mjs, `/corpus-scenarios/`), next to `npm run check --json` on it.
 *
 * - A scenario the checker finds an error in is not playable: the real player says it has errors
 *   and names the checker's first error with its file and line.
 * - A scenario the checker passes is played, through the player's own buttons, along the route
 *   the checker reports for each of its endings: it reaches that ending, with an overall score
 *   inside the checker's range for it, a verdict the checker allows, criteria only from its rubric,
 *   and stories the checker says end in an error show the trainee a calm message, not a crash.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/attune-player/attune-player.js';
import type { AttunePlayer } from '../../components/attune-player/attune-player.js';
import type { AttuneCompleteDetail, AttuneErrorDetail } from '../../src/player-contract.js';
import { optionId } from '../../src/scoring.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import type { EndingReport } from '../../src/analysis/check.js';
import type { CorpusIndex } from '../checker/corpus-cases.js';
import { deepQuery, deepQueryAll, deepText, settle, waitFor } from '../helpers/dom.js';

interface CheckJson {
  scenarios: { id: string; rubric?: string; seed: number; complete: boolean; endings: EndingReport[]; diagnostics: Diagnostic[] }[];
  rubrics: { id: string; file: string; diagnostics: Diagnostic[] }[];
}

const index = (await (await fetch('/test/checker/corpus/index.json')).json()) as CorpusIndex;
const errorsOf = (ds: readonly Diagnostic[]) => ds.filter((d) => d.severity === 'error');
const place = (d: Diagnostic) => `${d.file}${d.line !== undefined ? `:${d.line}` : ''}`;

async function openPlayer(src: string, seed: number) {
  const events = { complete: [] as AttuneCompleteDetail[], errors: [] as AttuneErrorDetail[] };
  const el = await fixture<AttunePlayer>(html`<attune-player storage="none" mode="assessment" feedback="end" seed=${seed} src=${src}></attune-player>`);
  el.addEventListener('attune-complete', (e) => events.complete.push(e.detail));
  el.addEventListener('attune-error', (e) => events.errors.push(e.detail));
  return { el, events };
}

/** Clicks the option a route step names (`decision.option`, or an unrated option's text in quotes). */
async function take(el: AttunePlayer, step: string) {
  const beat = await waitFor(() => el.session?.currentChoices, `the choices for "${step}"`);
  const option = beat.options.find((o) => `${beat.decision}.${optionId(o)}` === step || JSON.stringify(o.text) === step);
  if (!option) throw new Error(`no option "${step}" among ${beat.options.map((o) => optionId(o)).join(', ')}`);
  const button = await waitFor(() => deepQueryAll<HTMLButtonElement>(el, 'button.option').find((b) => b.dataset.index === String(option.index)), `the button of "${step}"`);
  button.click();
  await settle(2);
}

describe('every corpus mistake: check, build and player agree', () => {
  for (const name of Object.keys(index.cases)) {
    it(name, async () => {
      const check = (await (await fetch(`/corpus-scenarios/${name}/check.json`)).json()) as CheckJson;
      for (const s of check.scenarios) {
        const src = `/corpus-scenarios/${name}/${s.id}.json`;
        const errors = [...errorsOf(s.diagnostics), ...check.rubrics.filter((r) => r.id === s.rubric).flatMap((r) => errorsOf(r.diagnostics))];

        if (errors.length > 0) {
          // Rejected by the checker: the player refuses it and says why, with the first error's place.
          const { el, events } = await openPlayer(src, s.seed);
          await waitFor(() => el.screen === 'error', `${s.id}: the player's error screen (screen: ${el.screen})`);
          const text = deepText(el);
          expect(text).to.contain('has errors');
          const named = errors.filter((d) => text.includes(place(d)));
          expect(named.length, `${s.id}: errors named with their place`).to.equal(Math.min(5, new Set(errors.map(place)).size > 5 ? 5 : errors.length));
          expect(events.errors.map((e) => e.kind)).to.include('load');
          expect(deepQuery(el, 'button.option'), 'nothing to play').to.equal(undefined);
          continue;
        }

        // Passed by the checker: every ending it reports is reached in the player by its route.
        const bundle = (await (await fetch(src)).json()) as { rubric: { criteria: { id: string }[] } };
        const criteria = new Set(bundle.rubric.criteria.map((c) => c.id));
        for (const ending of s.endings.filter((e) => e.route.length > 0 || e.kind === 'ending')) {
          const { el, events } = await openPlayer(src, s.seed);
          await waitFor(() => el.ready, `${s.id}: the content note (screen: ${el.screen})`);
          const begin = await waitFor(() => deepQuery<HTMLButtonElement>(el, 'button[part="begin"]'), 'Begin');
          begin.click();
          for (const step of ending.route) await take(el, step);
          const what = `${name}/${s.id} along the route to ${ending.id} (${ending.route.join(' → ') || 'no choices'})`;
          if (ending.kind === 'error') {
            const error = await waitFor(() => events.errors.find((e) => e.kind === 'story'), `${what}: a calm story error`);
            expect(error.message, what).not.to.match(/^\w*Error:/);
            expect(el.screen, what).not.to.equal('error');
            continue;
          }
          const done = await waitFor(() => events.complete[0], `${what}: the end`);
          expect(done.ending, what).to.equal(ending.kind === 'ending' ? ending.id : undefined);
          if (ending.overall && done.overall !== null) {
            expect(done.overall, `${what}: overall within the checker's range`).to.be.within(ending.overall.min - 1e-9, ending.overall.max + 1e-9);
          }
          if (ending.passPossible === false) expect(done.passed, `${what}: the checker says no pass is possible here`).to.equal(false);
          if (ending.harmPossible === false) expect(done.score.harmFlags, what).to.deep.equal([]);
          if (ending.harmFree === false) expect(done.score.harmFlags.length, `${what}: every route here carries a harm flag`).to.be.greaterThan(0);
          for (const c of done.score.criteria) expect(criteria.has(c.id), `${what}: criterion ${c.id} is in the rubric`).to.equal(true);
          expect(events.errors, what).to.deep.equal([]);
        }
      }
    });
  }
});
