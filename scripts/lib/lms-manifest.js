// The manifests of Confide's LMS packages: imsmanifest.xml for SCORM 1.2 and SCORM 2004 4th
// Edition, one SCO each, every file listed with its path relative to the package root.

/** @param {string} text */
const xml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * @typedef {object} PackageInfo
 * @property {string} identifier an xsd:ID (letters, digits, `-`, `.`, starting with a letter)
 * @property {string} title
 * @property {string} href the launch page, relative to the package root
 * @property {string} parameters the launch query (`?profile=tx`), or ''
 * @property {string[]} files every file of the package except the manifest and schemas
 */

/** @param {string} identifier */
function checkId(identifier) {
	if (!/^[A-Za-z_][\w.-]*$/.test(identifier)) throw new Error(`manifest identifier '${identifier}' is not an xsd:ID`);
}

/** @param {string[]} files */
const fileList = (files) => files.map((f) => `      <file href="${xml(encodeURI(f))}"/>`).join('\n');

/** @param {PackageInfo} p */
export function scorm12Manifest(p) {
	checkId(p.identifier);
	const parameters = p.parameters ? ` parameters="${xml(p.parameters)}"` : '';
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${p.identifier}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="confide">
    <organization identifier="confide">
      <title>${xml(p.title)}</title>
      <item identifier="vignette" identifierref="sco" isvisible="true"${parameters}>
        <title>${xml(p.title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="${xml(encodeURI(p.href))}">
${fileList(p.files)}
    </resource>
  </resources>
</manifest>
`;
}

/** @param {PackageInfo} p */
export function scorm2004Manifest(p) {
	checkId(p.identifier);
	const parameters = p.parameters ? ` parameters="${xml(p.parameters)}"` : '';
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${p.identifier}" version="1"
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
  <organizations default="confide">
    <organization identifier="confide">
      <title>${xml(p.title)}</title>
      <item identifier="vignette" identifierref="sco"${parameters}>
        <title>${xml(p.title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormType="sco" href="${xml(encodeURI(p.href))}">
${fileList(p.files)}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * @typedef {object} Cmi5Info
 * @property {string} courseId an IRI (a URN is fine)
 * @property {string} auId the AU's publisher id, an IRI
 * @property {string} title
 * @property {string} description
 * @property {string} url the launch page, relative to the package root, with its query if any
 * @property {number} masteryScore 0 to 1: the pass rule's share of the points
 */

/**
 * cmi5.xml: one course with one AU (cmi5 section 13). The AU moves on when completed and passed;
 * the LMS launches it in any window (it runs in a frame or a tab alike).
 * @param {Cmi5Info} p
 */
export function cmi5Manifest(p) {
	const text = (/** @type {string} */ value) => `<langstring lang="en-US">${xml(value)}</langstring>`;
	return `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xml(p.courseId)}">
    <title>${text(p.title)}</title>
    <description>${text(p.description)}</description>
  </course>
  <au id="${xml(p.auId)}" moveOn="CompletedAndPassed" masteryScore="${p.masteryScore}" launchMethod="AnyWindow">
    <title>${text(p.title)}</title>
    <description>${text(p.description)}</description>
    <url>${xml(p.url)}</url>
  </au>
</courseStructure>
`;
}
