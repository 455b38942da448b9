/**
 * `npm run agreement -- <scenario> [ratings files…] [--out <dir>] [--json]`
 *
 * The expert panel's agreement on one scenario (an id in stories/, or a scenario folder): per
 * criterion and per risk Krippendorff's alpha (ordinal) and ICC(2,k), per option the panel beside
 * the authors, and the contested items. With no files named it reads the scenario's own
 * `panel/*.json`. Prints the Markdown report (or with --json the JSON) and writes
 * `<id>-agreement.md`, `.html` and `.json` into --out (default `panel-report/`). Exits 1 when a
 * file had to be left out for an error, 2 on a usage mistake.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic } from '../diagnostics.js';
import { diskFiles, loadScenarioFolder, toBundle } from '../node/story-files.js';
import { agreementHtml, agreementMarkdown } from '../panel/report.js';
import { scenarioAgreement } from '../panel/scenario-agreement.js';

const USAGE = `usage: npm run agreement -- <scenario id or folder> [ratings files…] [--out <dir>] [--json]
  ratings files  the raters' files from the review page (default: the scenario's panel/*.json)
  --out dir      where to write <id>-agreement.md, .html and .json (default: panel-report)
  --json         print the JSON instead of the Markdown report`;

export function runAgreement(argv: readonly string[], print: (text: string) => void): number {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { out: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    print(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [target, ...named] = parsed.positionals;
  if (parsed.values.help || !target) {
    print(USAGE);
    return parsed.values.help ? 0 : 2;
  }
  const isFolder = existsSync(target) && statSync(target).isDirectory();
  const root = isFolder ? join(target, '..') : 'stories';
  const id = isFolder ? basename(target.replace(/\/+$/, '')) : target;
  const folder = loadScenarioFolder(root, id);
  if (!folder) {
    const found = (diskFiles.list(root) ?? []).filter((n) => n.endsWith('/') && n !== 'rubrics/').map((n) => n.slice(0, -1));
    print(`no scenario "${id}" in ${root}/ (found: ${found.join(', ') || 'none'})\n${USAGE}`);
    return 2;
  }
  const bundle = toBundle({ ...folder, panelFiles: [] });
  if (!bundle) {
    print(`${folder.id} has errors; fix them first (npm run check):\n${folder.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic).join('\n')}`);
    return 1;
  }
  const missing = named.filter((f) => !existsSync(f) || !statSync(f).isFile());
  if (missing.length > 0) {
    print(`cannot read ${missing.join(', ')}\n${USAGE}`);
    return 2;
  }
  const files = named.length > 0 ? named.map((file) => ({ file, text: readFileSync(file, 'utf8') })) : folder.panelFiles;
  if (files.length === 0) {
    print(`no ratings files named, and ${folder.dir}/panel/ has none: rate the scenario on review.html?scenario=${id} first\n${USAGE}`);
    return 2;
  }
  const agreement = scenarioAgreement(bundle, files);
  const out = parsed.values.out ?? 'panel-report';
  mkdirSync(out, { recursive: true });
  const written = {
    md: join(out, `${id}-agreement.md`),
    html: join(out, `${id}-agreement.html`),
    json: join(out, `${id}-agreement.json`),
  };
  writeFileSync(written.md, agreementMarkdown(agreement));
  writeFileSync(written.html, agreementHtml(agreement));
  writeFileSync(written.json, JSON.stringify(agreement, null, 2) + '\n');
  print(parsed.values.json ? JSON.stringify(agreement, null, 2) : `${agreementMarkdown(agreement)}\nWritten: ${written.md}, ${written.html}, ${written.json}`);
  return agreement.problems.some((p) => p.severity === 'error') ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('src/cli/agreement.ts')) {
  process.exitCode = runAgreement(process.argv.slice(2), (text) => console.log(text));
}
