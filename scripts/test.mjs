#!/usr/bin/env node
// The one test command (README, CI): typecheck, lint, every browser test in Chromium, and the
// scenario checker over the shipped stories. Ends with its own line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';

// Browser tests need Chromium; on a fresh machine (as root) this installs Debian's package.
const browser = spawnSync('bash', ['scripts/install-chromium.sh'], { stdio: 'inherit' });
if (browser.status !== 0) {
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

const steps = [
  { name: 'typecheck', cmd: 'npx', args: ['tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', cmd: 'npx', args: ['eslint', '.'] },
];
if (existsSync('src/cli/check.ts')) steps.push({ name: 'check stories', cmd: 'npx', args: ['tsx', 'src/cli/check.ts'] });

let passed = 0;
let failed = 0;
let skipped = 0;
for (const step of steps) {
  console.log(`\n── ${step.name} ──`);
  const result = spawnSync(step.cmd, step.args, { stdio: 'inherit' });
  if (result.status === 0) passed++;
  else {
    failed++;
    console.log(`✗ ${step.name} failed (exit ${result.status})`);
  }
}

// Tests of the Node-side tools (the Vite plugin in real Vite, the command-line tools).
console.log('\n── node tests ──');
// Node 20's test runner takes files, not folders or globs.
const nodeTests = readdirSync('test/node').filter((f) => f.endsWith('.test.ts')).map((f) => `test/node/${f}`);
const node = spawnSync('node', ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', '--test-reporter-destination=.node-tests.tap', ...nodeTests], { stdio: 'inherit' });
const tap = existsSync('.node-tests.tap') ? readFileSync('.node-tests.tap', 'utf8') : '';
const tapCount = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
passed += tapCount('pass');
failed += tapCount('fail') + tapCount('cancelled');
if ((node.status !== 0 && tapCount('fail') + tapCount('cancelled') === 0) || tapCount('pass') === 0) failed++;
rmSync('.node-tests.tap', { force: true });

console.log('\n── browser tests (Chromium) ──');
const summaryFile = '.test-summary.json';
rmSync(summaryFile, { force: true });
const wtr = spawnSync('npx', ['web-test-runner', ...process.argv.slice(2)], { stdio: 'inherit' });
if (existsSync(summaryFile)) {
  const totals = JSON.parse(readFileSync(summaryFile, 'utf8'));
  passed += totals.passed;
  failed += totals.failed;
  skipped += totals.skipped;
  if (wtr.status !== 0 && totals.failed === 0) failed++;
} else {
  console.log(`✗ the browser test run did not finish (exit ${wtr.status})`);
  failed++;
}

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
