// web-test-runner plugin: builds the real packages (on first request) and serves each zip's
// contents, unpacked, under a deep path: /__pkg/<kind>/unpacked/deep/<file> for the `example`
// scenario, /__pkg/<kind>/<scenario>/unpacked/deep/<file> for any other. The packaged-player tests
// open lms.html from there, as an LMS would after unzipping; the LMS tests read the manifests there.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Buffer } from 'node:buffer';
import { unzipSync } from 'fflate';
import { tsImport } from 'tsx/esm/api';

const TYPES = { html: 'text/html', js: 'text/javascript', css: 'text/css', json: 'application/json', xml: 'application/xml', xsd: 'application/xml', dtd: 'application/xml-dtd' };

export function packagePlugin(defaultScenario = 'example') {
  let player; // { dir, packageEntries, reproducibleZip, bundles }
  const packages = new Map(); // `${kind}/${scenario}` → unzipped files
  const build = () =>
    (player ??= (async () => {
      const { buildPlayer, packageEntries, reproducibleZip } = await tsImport('../../src/cli/package.ts', import.meta.url);
      const { buildScenarios } = await tsImport('../../src/vite/attune-plugin.ts', import.meta.url);
      const dir = mkdtempSync(join(tmpdir(), 'attune-wtr-package-'));
      process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
      await buildPlayer(dir);
      return { dir, packageEntries, reproducibleZip, bundles: buildScenarios('stories').bundles };
    })());
  const packageOf = async (kind, scenario) => {
    const key = `${kind}/${scenario}`;
    if (!packages.has(key)) {
      const { dir, packageEntries, reproducibleZip, bundles } = await build();
      const bundle = bundles.find((b) => b.id === scenario);
      packages.set(key, bundle ? unzipSync(reproducibleZip(packageEntries(kind, bundle, dir))) : undefined);
    }
    return packages.get(key);
  };
  return {
    name: 'attune-packages',
    async serve(context) {
      const m = /^\/__pkg\/(scorm12|scorm2004|cmi5)(?:\/([a-z0-9-]+))?\/unpacked\/deep\/(.+)$/.exec(context.path);
      if (!m) return undefined;
      const files = await packageOf(m[1], m[2] ?? defaultScenario);
      const file = files?.[decodeURIComponent(m[3])];
      if (!file) return { body: 'not in the package', status: 404 };
      const ext = m[3].split('.').pop();
      return { body: Buffer.from(file), type: TYPES[ext] ?? 'application/octet-stream' };
    },
    async serverStop() {
      if (player) rmSync((await player).dir, { recursive: true, force: true });
    },
  };
}
