// web-test-runner plugin: builds the real packages for the `example` scenario (on first request)
// and serves each zip's contents, unpacked, under a deep path: /__pkg/<kind>/unpacked/deep/<file>.
// The packaged-player tests open lms.html from there, as an LMS would after unzipping.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Buffer } from 'node:buffer';
import { unzipSync } from 'fflate';
import { tsImport } from 'tsx/esm/api';

const TYPES = { html: 'text/html', js: 'text/javascript', css: 'text/css', json: 'application/json', xml: 'application/xml', xsd: 'application/xml', dtd: 'application/xml-dtd' };

export function packagePlugin(scenario = 'example') {
  let built;
  const build = () =>
    (built ??= (async () => {
      const { buildPlayer, packageEntries, reproducibleZip, PACKAGE_KINDS } = await tsImport('../../src/cli/package.ts', import.meta.url);
      const { buildScenarios } = await tsImport('../../src/vite/attune-plugin.ts', import.meta.url);
      const dir = mkdtempSync(join(tmpdir(), 'attune-wtr-package-'));
      try {
        await buildPlayer(dir);
        const bundle = buildScenarios('stories').bundles.find((b) => b.id === scenario);
        const out = {};
        for (const kind of PACKAGE_KINDS) out[kind] = unzipSync(reproducibleZip(packageEntries(kind, bundle, dir)));
        return out;
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    })());
  return {
    name: 'attune-packages',
    async serve(context) {
      const m = /^\/__pkg\/(scorm12|scorm2004|cmi5)\/unpacked\/deep\/(.+)$/.exec(context.path);
      if (!m) return undefined;
      const files = (await build())[m[1]];
      const file = files?.[decodeURIComponent(m[2])];
      if (!file) return { body: 'not in the package', status: 404 };
      const ext = m[2].split('.').pop();
      return { body: Buffer.from(file), type: TYPES[ext] ?? 'application/octet-stream' };
    },
  };
}
