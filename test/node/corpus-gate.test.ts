/**
 * Every mistake in the checker's corpus taken through `npm run check` and the build (issue 15):
 * the two always agree. A scenario the checker finds an error in is left out of the build with
 * exactly the checker's errors (file and line), said in plain lines, and the dev server answers
 * its bundle with them; a scenario the checker passes (warnings or none) is built. The browser half,
 * `test/e2e/corpus-gate.test.ts`, takes the same cases on into the player.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDiagnostic, type Diagnostic } from '../../src/diagnostics.js';
import { main } from '../../src/cli/check-run.js';
import { diskFiles } from '../../src/node/story-files.js';
import { buildScenarios, describeLeftOut, devScenarioAnswer } from '../../src/vite/attune-plugin.js';
import { corpusIndex, corpusStoriesDir } from '../checker/corpus-dirs.js';

interface CliReport {
  errors: number;
  scenarios: { id: string; file: string; rubric?: string; diagnostics: Diagnostic[] }[];
  rubrics: { id: string; file: string; diagnostics: Diagnostic[] }[];
  other: Diagnostic[];
}

/** `npm run check -- <dir> --json`, run in this process: its exit status and report. */
function check(dir: string): { status: number; report: CliReport } {
  let out = '';
  const status = main([dir, '--json'], diskFiles, (text) => (out += text));
  return { status, report: JSON.parse(out) as CliReport };
}

const errorsOf = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
const sorted = (lines: Iterable<string>) => [...new Set(lines)].sort();

const cases = Object.keys(corpusIndex().cases);

describe('every corpus mistake: the checker and the build agree', () => {
  it('covers the whole corpus', () => {
    assert.ok(cases.length >= 70, `only ${cases.length} cases`);
  });

  for (const name of cases) {
    it(name, () => {
      const dir = corpusStoriesDir(name);
      const { status, report } = check(dir);
      const built = buildScenarios(dir);
      const checkErrors = sorted([...errorsOf(report.other), ...report.rubrics.flatMap((r) => errorsOf(r.diagnostics)), ...report.scenarios.flatMap((s) => errorsOf(s.diagnostics))]);

      // The same errors, file and line, in both; the checker fails exactly when the build leaves something out.
      assert.deepEqual(sorted(built.errors.map(formatDiagnostic)), checkErrors);
      assert.equal(status, checkErrors.length > 0 ? 1 : 0, 'check exit status');

      for (const s of report.scenarios) {
        const rubricErrors = report.rubrics.filter((r) => r.id === s.rubric).flatMap((r) => errorsOf(r.diagnostics));
        const own = sorted([...errorsOf(s.diagnostics), ...rubricErrors]);
        const bundle = built.bundles.find((b) => b.id === s.id);
        const leftOut = built.leftOut.find((l) => l.id === s.id);
        if (own.length === 0) {
          assert.ok(bundle, `${s.id}: the checker passes it, so the build must bundle it`);
          assert.equal(leftOut, undefined);
          assert.equal(devScenarioAnswer(built, s.id).status, 200);
          continue;
        }
        assert.equal(bundle, undefined, `${s.id}: the checker rejects it, so the build must leave it out`);
        assert.ok(leftOut, `${s.id}: left out, with its errors`);
        assert.deepEqual(sorted(leftOut.diagnostics.map(formatDiagnostic)), own);
        // What the build prints names every error with its file and line, and no stack trace.
        const printed = describeLeftOut(built).join('\n');
        for (const d of leftOut.diagnostics) assert.ok(printed.includes(formatDiagnostic(d)), `printed: ${formatDiagnostic(d)}`);
        assert.doesNotMatch(printed, /\n\s+at /);
        // The dev server answers its bundle with the same errors, not "not found".
        const answer = devScenarioAnswer(built, s.id);
        assert.equal(answer.status, 422);
        assert.deepEqual((answer.body as { diagnostics: Diagnostic[] }).diagnostics, leftOut.diagnostics);
      }
      // Nothing is bundled that the checker did not see as a scenario.
      for (const b of built.bundles) assert.ok(report.scenarios.some((s) => s.id === b.id), `${b.id} bundled but not checked`);
    });
  }
});
