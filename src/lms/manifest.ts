/**
 * Package manifests: `imsmanifest.xml` for SCORM 1.2 and SCORM 2004 4th edition, `cmi5.xml` for
 * cmi5. Pure functions of the scenario and the list of files, so the packager and the tests build
 * exactly the same XML. The SCORM manifests validate against the official XSDs (shipped inside the
 * packages and checked in `test/node/lms-package.test.ts`).
 */
import { ATTUNE_XAPI } from './xapi.js';

export interface PackageInfo {
  id: string;
  title: string;
  description: string;
  /** Mastery score 0–1 (scenario's, else the rubric's). */
  mastery: number;
  /** Quality and risk criterion ids (SCORM 2004 declares one objective for each). */
  objectives: string[];
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
        <adlcp:masteryscore>${Math.round(p.mastery * 100)}</adlcp:masteryscore>
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
  const objectives = p.objectives.map((id) => `              <imsss:objective objectiveID="${escapeXml(id)}"/>`).join('\n');
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
            <imsss:primaryObjective objectiveID="overall" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${p.mastery}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
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
  return { course: `${base}${encodeURIComponent(p.id)}`, au: `${base}${encodeURIComponent(p.id)}/au` };
};

export function cmi5Manifest(p: PackageInfo): string {
  const ids = cmi5Ids(p);
  const lang = (text: string) => `<langstring lang="en-US">${escapeXml(text)}</langstring>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${escapeXml(ids.course)}">
    <title>${lang(p.title)}</title>
    <description>${lang(p.description)}</description>
  </course>
  <au id="${escapeXml(ids.au)}" moveOn="CompletedAndPassed" masteryScore="${p.mastery}" launchMethod="AnyWindow">
    <title>${lang(p.title)}</title>
    <description>${lang(p.description)}</description>
    <url>${escapeXml(p.launch)}</url>
  </au>
</courseStructure>
`;
}
