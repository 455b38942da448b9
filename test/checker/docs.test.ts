/**
 * docs/authoring.md stays true: its complete example scenario checks clean and produces the report
 * it quotes, and every rule the checker has is documented with a mistake and its fix.
 */
import { expect } from '@open-wc/testing';
import { checkStories } from '../../src/analysis/check.js';
import { loadStoryTree, memoryFiles } from '../../src/analysis/files.js';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { formatReport } from '../../src/analysis/report.js';
import { RULES } from '../../src/analysis/rules.js';

const guide = await (await fetch('/docs/authoring.md')).text();

/** Fenced blocks with a title: ```ink title="stories/…/story.ink". */
function titledFiles(markdown: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const m of markdown.matchAll(/^```\w+ title="([^"]+)"\n([\s\S]*?)^```$/gm)) files[m[1]!] = m[2]!;
  return files;
}

/** The text under a heading, up to the next heading of the same or a higher level. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`${heading}\n`);
  if (start < 0) return '';
  const level = /^#+/.exec(heading)![0].length;
  const rest = markdown.slice(start + heading.length + 1);
  const next = rest.search(new RegExp(`^#{1,${level}} `, 'm'));
  return next < 0 ? rest : rest.slice(0, next);
}

describe('the authoring guide', () => {
  it('its complete example scenario checks with no errors and no warnings', () => {
    const files = titledFiles(guide);
    expect(Object.keys(files).sort()).to.deep.equal(['stories/first-session/scenario.yaml', 'stories/first-session/story.ink', 'stories/rubrics/listening.yaml']);
    const report = checkStories(loadStoryTree(memoryFiles(files), 'stories'));
    const all = [...report.scenarios.flatMap((s) => s.diagnostics), ...report.rubrics.flatMap((r) => r.diagnostics), ...report.other];
    expect(all.map(formatDiagnostic)).to.deep.equal([]);
  });

  it('quotes the report the checker really prints for it', () => {
    // As the CLI prints it for one scenario (no set-wide concept coverage).
    const report = formatReport(checkStories(loadStoryTree(memoryFiles(titledFiles(guide)), 'stories')), { coverage: false });
    const quoted = /```\n(━━ first-session[\s\S]*?)```/.exec(section(guide, '### 3.11 Check it'))![1]!.trimEnd();
    const timing = (text: string) => text.replace(/in [\d,]+ ms/, 'in … ms');
    const printed = report.slice(report.indexOf('━━ first-session')).trimEnd();
    expect(timing(printed)).to.equal(timing(quoted));
  });

  for (const rule of RULES) {
    it(`documents ${rule.id} with the mistake and the fix`, () => {
      const text = section(guide, `#### \`${rule.id}\``);
      expect(text, `a "#### \`${rule.id}\`" section`).to.not.equal('');
      expect(text).to.contain('**Mistake**');
      expect(text).to.contain('**Fix**');
      expect(text).to.match(/```(ink|yaml)\n/);
    });
  }

  it('documents no rule the checker does not have', () => {
    const documented = [...guide.matchAll(/^#### `([a-z-]+)`$/gm)].map((m) => m[1]!);
    const known = new Set(RULES.map((r) => r.id));
    expect(documented.filter((id) => !known.has(id))).to.deep.equal([]);
  });
});
