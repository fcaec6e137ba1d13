/**
 * The manifests npm run build:scorm writes validate against the SCORM schemas shipped in each
 * package (scripts/lms/schemas) and cmi5's course structure schema (tests/fixtures/schemas/cmi5),
 * with xmllint (compiled to WebAssembly, xmllint-wasm).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmi5Manifest, scorm12Manifest, scorm2004Manifest } from '../../scripts/lib/lms-manifest.js';

interface XmlFile {
	fileName: string;
	contents: string;
}
const { validateXML } = createRequire(import.meta.url)('xmllint-wasm') as {
	validateXML(options: { xml: XmlFile; schema: XmlFile; preload: XmlFile[] }): Promise<{ valid: boolean; errors: unknown[] }>;
};

/** A schema importing every namespace the manifest uses, so each is checked strictly. */
const WRAPPERS = {
	scorm12: {
		'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd',
		// imsmd_rootv1p2p1.xsd (metadata, which the manifest does not use) is left out: libxml2
		// rejects its content models as non-deterministic, a known flaw of that ADL file.
		'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd'
	},
	scorm2004: {
		'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
		'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp_v1p3.xsd',
		'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq_v1p3.xsd',
		'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav_v1p3.xsd',
		'http://www.imsglobal.org/xsd/imsss': 'imsss_v1p0.xsd'
	}
} as const;

async function validate(standard: keyof typeof WRAPPERS, xml: string) {
	const dir = join('scripts/lms/schemas', standard);
	const imports = Object.entries(WRAPPERS[standard])
		.map(([namespace, file]) => `<xs:import namespace="${namespace}" schemaLocation="${file}"/>`)
		.join('');
	const wrapper = `<?xml version="1.0"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">${imports}</xs:schema>`;
	return validateXML({
		xml: { fileName: 'imsmanifest.xml', contents: xml },
		schema: { fileName: 'all.xsd', contents: wrapper },
		preload: readdirSync(dir)
			.filter((f) => f.endsWith('.xsd') || f.endsWith('.dtd'))
			.map((fileName) => ({ fileName, contents: readFileSync(join(dir, fileName), 'utf8') }))
	});
}

const info = {
	identifier: 'confide-dana-2.0.0',
	title: 'Confide: Dana & "the plan" <1>',
	href: 'case/dana/index.html',
	parameters: '?profile=tx',
	files: ['case/dana/index.html', '_app/immutable/entry/app.B1-x_y.js', 'files with space/a b.css']
};

/** A catalogue package: launched on the home page, its vignettes named in the launch. */
const catalogueInfo = {
	identifier: 'confide-catalogue-dana-2.0.0-jordan-2.0.0',
	title: 'Confide: case vignettes',
	href: 'index.html',
	parameters: '?lms=scorm2004&course=dana,jordan&profile=tx',
	files: ['index.html', 'case/dana/index.html', 'case/jordan/index.html', '_app/immutable/entry/app.B1-x_y.js']
};

describe('LMS manifests', () => {
	it.each([
		['one vignette', info],
		['the catalogue', catalogueInfo]
	])('SCORM 1.2 validates against its schemas (%s)', async (_, shape) => {
		const result = await validate('scorm12', scorm12Manifest(shape));
		expect(result.errors).toEqual([]);
		expect(result.valid).toBe(true);
	});
	it.each([
		['one vignette', info],
		['the catalogue', catalogueInfo]
	])('SCORM 2004 4th Edition validates against its schemas (%s)', async (_, shape) => {
		const result = await validate('scorm2004', scorm2004Manifest(shape));
		expect(result.errors).toEqual([]);
		expect(result.valid).toBe(true);
	});
	it('the validation catches a broken manifest', async () => {
		expect((await validate('scorm2004', scorm2004Manifest(info).replace('adlcp:scormType="sco"', 'adlcp:scormType="lesson"'))).valid).toBe(false);
		expect((await validate('scorm12', scorm12Manifest(info).replace('<title>', '<name>').replace('</title>', '</name>'))).valid).toBe(false);
	});
	it('refuses an identifier that is not an xsd:ID', () => {
		expect(() => scorm12Manifest({ ...info, identifier: '2-dana' })).toThrow(/xsd:ID/);
	});

	it('cmi5.xml validates against the cmi5 course structure schema, and the validation catches a broken one', async () => {
		const schema = readFileSync('tests/fixtures/schemas/cmi5/CourseStructure.xsd', 'utf8');
		const check = (xml: string) => validateXML({ xml: { fileName: 'cmi5.xml', contents: xml }, schema: { fileName: 'CourseStructure.xsd', contents: schema }, preload: [] });
		const manifest = cmi5Manifest({
			courseId: 'urn:confide:course:dana',
			auId: 'urn:confide:vignette:dana',
			title: 'Confide: Dana & "the plan" <1>',
			description: 'A clinician training vignette.',
			url: 'case/dana/index.html?profile=tx',
			masteryScore: 0.75
		});
		const result = await check(manifest);
		expect(result.errors).toEqual([]);
		expect(result.valid).toBe(true);
		expect((await check(manifest.replace('moveOn="CompletedAndPassed"', 'moveOn="Whenever"'))).valid).toBe(false);
		expect((await check(manifest.replace('masteryScore="0.75"', 'masteryScore="75"'))).valid).toBe(false);
	});
});
