/**
 * Package manifests: `imsmanifest.xml` for SCORM 1.2 and SCORM 2004 4th edition, `cmi5.xml` for
 * cmi5. Pure functions of the scenario and the list of files, so the packager and the tests build
 * exactly the same XML. The SCORM manifests validate against the official XSDs (shipped inside the
 * packages) and `cmi5.xml` against the cmi5 `CourseStructure.xsd` (test/node/lms-package.test.ts).
 *
 * No manifest declares a pass mark (no `adlcp:masteryscore`, no `satisfiedByMeasure`/
 * `minNormalizedMeasure`, no cmi5 `masteryScore`): an LMS that has one re-derives pass/fail from
 * the score, and Attune's verdict is not the score alone (a harm flag fails an attempt whatever its
 * score). Without one, every standard leaves pass/fail to the content. docs/lms.md explains it.
 */
import type { ScenarioBundle } from '../scenario-bundle.js';
import { objectiveIds } from './report.js';
import { ATTUNE_XAPI } from './xapi.js';

export interface PackageObjective {
  /** The objective id the SCO writes (see `objectiveIds`); the end of the cmi5 objective IRI. */
  id: string;
  title: string;
  description: string;
}

export interface PackageInfo {
  id: string;
  title: string;
  description: string;
  /** One per rubric criterion, quality criteria and risks (SCORM 2004 and cmi5 declare them). */
  objectives: PackageObjective[];
  /** Launch page, relative to the package root. */
  launch: string;
  /** Every file in the package (relative paths with forward slashes), manifests excluded. */
  files: string[];
  /** IRI base for cmi5 course and AU ids. */
  iriBase?: string;
}

export const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

/** An XML ID (NCName): letters, digits, hyphen, underscore, dot; starting with a letter. */
const xmlId = (text: string) => `A-${text.replace(/[^A-Za-z0-9._-]/g, '-')}`;

const fileList = (files: string[], indent: string) => files.map((f) => `${indent}<file href="${escapeXml(f)}"/>`).join('\n');

export const SCORM12_SCHEMAS = ['imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd'];
export const SCORM2004_SCHEMAS = [
  'imscp_v1p1.xsd',
  'adlcp_v1p3.xsd',
  'adlseq_v1p3.xsd',
  'adlnav_v1p3.xsd',
  'imsss_v1p0.xsd',
  'imsss_v1p0auxresource.xsd',
  'imsss_v1p0control.xsd',
  'imsss_v1p0delivery.xsd',
  'imsss_v1p0limit.xsd',
  'imsss_v1p0objective.xsd',
  'imsss_v1p0random.xsd',
  'imsss_v1p0rollup.xsd',
  'imsss_v1p0seqrule.xsd',
  'imsss_v1p0util.xsd',
  'xml.xsd',
  'datatypes.dtd',
  'XMLSchema.dtd',
];

export function scorm12Manifest(p: PackageInfo): string {
  const title = escapeXml(p.title);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlId(`attune-${p.id}-scorm12`)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="ORG-1">
    <organization identifier="ORG-1">
      <title>${title}</title>
      <item identifier="ITEM-1" identifierref="RES-1" isvisible="true">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="RES-1" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(p.launch)}">
${fileList(p.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

export function scorm2004Manifest(p: PackageInfo): string {
  const title = escapeXml(p.title);
  const objectives = p.objectives.map((o) => `              <imsss:objective objectiveID="${escapeXml(o.id)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlId(`attune-${p.id}-scorm2004`)}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="ORG-1">
    <organization identifier="ORG-1">
      <title>${title}</title>
      <item identifier="ITEM-1" identifierref="RES-1" isvisible="true">
        <title>${title}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="overall" satisfiedByMeasure="false"/>
${objectives}
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="RES-1" type="webcontent" adlcp:scormType="sco" href="${escapeXml(p.launch)}">
${fileList(p.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

export const cmi5Ids = (p: Pick<PackageInfo, 'id' | 'iriBase'>) => {
  const base = (p.iriBase ?? `${ATTUNE_XAPI}/scenarios/`).replace(/\/?$/, '/');
  const course = `${base}${encodeURIComponent(p.id)}`;
  return { course, au: `${course}/au`, objective: (id: string) => `${course}/objectives/${encodeURIComponent(id)}` };
};

export function cmi5Manifest(p: PackageInfo): string {
  const ids = cmi5Ids(p);
  const lang = (text: string) => `<langstring lang="en-US">${escapeXml(text)}</langstring>`;
  const objectives = p.objectives
    .map((o) => `    <objective id="${escapeXml(ids.objective(o.id))}">
      <title>${lang(o.title)}</title>
      <description>${lang(o.description)}</description>
    </objective>`)
    .join('\n');
  const refs = p.objectives.map((o) => `      <objective idref="${escapeXml(ids.objective(o.id))}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${escapeXml(ids.course)}">
    <title>${lang(p.title)}</title>
    <description>${lang(p.description)}</description>
  </course>
  <objectives>
${objectives}
  </objectives>
  <au id="${escapeXml(ids.au)}" moveOn="CompletedAndPassed" launchMethod="AnyWindow">
    <title>${lang(p.title)}</title>
    <description>${lang(p.description)}</description>
    <objectives>
${refs}
    </objectives>
    <url>${escapeXml(p.launch)}</url>
  </au>
</courseStructure>
`;
}

/** What the manifests say about a scenario (the packager adds the files; tests use it as is). */
export function packageInfo(bundle: ScenarioBundle, files: string[], iriBase?: string): PackageInfo {
  const ids = objectiveIds(bundle.rubric);
  return {
    id: bundle.id,
    title: bundle.scenario.title,
    description: bundle.scenario.summary,
    objectives: bundle.rubric.criteria.map((c) => ({ id: ids.get(c.id)!, title: c.kind === 'risk' ? `Risk: ${c.label}` : c.label, description: c.definition })),
    launch: 'lms.html',
    files,
    ...(iriBase ? { iriBase } : {}),
  };
}
