/** Reads a PDF made by `page.pdf()`: its page count and its text, page by page (pdf.js, pure JS). */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
	pages: number;
	/** The text of each page, whitespace collapsed to single spaces. */
	text: string[];
	/** All pages' text in one string. */
	all: string;
}

export async function readPdf(pdf: Buffer): Promise<PdfText> {
	const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
	try {
		const text: string[] = [];
		for (let n = 1; n <= doc.numPages; n++) {
			const content = await (await doc.getPage(n)).getTextContent();
			const words = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ' ')).join('');
			text.push(words.replace(/\s+/g, ' ').trim());
		}
		return { pages: doc.numPages, text, all: text.join(' ') };
	} finally {
		await doc.destroy();
	}
}
