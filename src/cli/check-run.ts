/**
 * The checker's command line without the file system: argument parsing, loading the paths given
 * through a `FileSource`, and the exit status. `check.ts` runs it on the disk; tests run it on
 * files held in memory.
 */
import { checkStories } from '../analysis/check.js';
import { join, loadRubricDirs, loadScenarioDir, loadStoryTree, type FileSource, type LoadedRubric, type LoadedStories } from '../analysis/files.js';
import { formatReport, jsonReport } from '../analysis/report.js';

export interface CliOptions {
  paths: string[];
  json: boolean;
  rubrics: string[];
  seed?: number;
  maxStates?: number;
}

const USAGE = `usage: npm run check -- [paths…] [--json] [--rubrics <dir>] [--seed <n>] [--max-states <n>]
  paths          stories folders (holding rubrics/ and scenario folders) or scenario folders; default: stories
  --json         print one JSON document instead of the report
  --rubrics dir  also load the rubrics in this folder (repeatable)
  --seed n       ink's random seed for the exploration (default 1)
  --max-states n stop exploring a scenario after n distinct states (default 100000); the report
                 is the same on every run, limited or not`;

export function parseArgs(argv: readonly string[]): CliOptions | string {
  const options: CliOptions = { paths: [], json: false, rubrics: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    const number = () => {
      const v = Number(value());
      if (!Number.isFinite(v) || v < 0) throw new Error(`${arg} needs a non-negative number`);
      return v;
    };
    try {
      if (arg === '--json') options.json = true;
      else if (arg === '--rubrics') options.rubrics.push(value());
      else if (arg === '--seed') options.seed = number();
      else if (arg === '--max-states') options.maxStates = number();
      else if (arg === '--help' || arg === '-h') return USAGE;
      else if (arg.startsWith('-')) return `unknown option ${arg}\n${USAGE}`;
      else options.paths.push(arg.replace(/\/+$/, '') || '.');
    } catch (error) {
      return `${(error as Error).message}\n${USAGE}`;
    }
  }
  if (options.paths.length === 0) options.paths.push('stories');
  return options;
}

/** Loads every path given: a stories folder, or a scenario folder (its rubrics are in ../rubrics). */
export function loadPaths(fs: FileSource, paths: readonly string[], extraRubrics: readonly string[]): LoadedStories | string {
  const rubrics = new Map<string, LoadedRubric>();
  const merged: LoadedStories = { rubrics, scenarios: [], diagnostics: [] };
  const keep = (from: Map<string, LoadedRubric>) => {
    for (const r of from.values()) rubrics.set(r.file, r);
  };
  // Scenario folders of one stories folder share its rubrics (one load, one object per file).
  const rubricsOf = new Map<string, Map<string, LoadedRubric>>();
  for (const path of paths) {
    if (fs.list(path) === undefined) return `${path} is not a folder`;
    if (fs.read(join(path, 'scenario.yaml')) !== undefined || (fs.list(path) ?? []).some((n) => n.endsWith('.ink'))) {
      const parent = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.';
      const dirs = [join(parent, 'rubrics'), ...extraRubrics];
      const available = rubricsOf.get(dirs.join('|')) ?? loadRubricDirs(fs, dirs);
      rubricsOf.set(dirs.join('|'), available);
      keep(available);
      const folder = loadScenarioDir(fs, path, available);
      if (folder.text !== undefined) merged.scenarios.push(folder);
      else merged.diagnostics.push(...folder.diagnostics);
    } else {
      const tree = loadStoryTree(fs, path, extraRubrics);
      keep(tree.rubrics);
      merged.scenarios.push(...tree.scenarios);
      merged.diagnostics.push(...tree.diagnostics);
    }
  }
  return merged;
}

/** Runs the checker; returns the exit status (0 no errors, 1 errors, 2 usage). */
export function main(argv: readonly string[], fs: FileSource, print: (text: string) => void): number {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    print(options);
    return options === USAGE ? 0 : 2;
  }
  const stories = loadPaths(fs, options.paths, options.rubrics);
  if (typeof stories === 'string') {
    print(`${stories}\n${USAGE}`);
    return 2;
  }
  const report = checkStories(stories, {
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.maxStates !== undefined ? { maxStates: options.maxStates } : {}),
  });
  print(options.json ? JSON.stringify(jsonReport(report), null, 2) : formatReport(report, { coverage: stories.scenarios.length > 1 }));
  return report.errors > 0 ? 1 : 0;
}

