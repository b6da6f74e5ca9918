/**
 * The walls between clients, and between clients and the public site. Two fixture clients each carry
 * canary words of their own (in people's names, a tool substitution, a client SOP and the welcome
 * note); every file of each client's output (pages, feeds, Pagefind's gzipped index, the PDF's text)
 * is searched for the other client's words, and the public build for both.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../helpers/browser.ts';
import { sharedSite } from '../helpers/shared-sites.ts';
import { readAllOutput } from '../helpers/output.ts';
import { listFiles } from '../../src/lib/io/files.ts';

const canaries = {
	alpha: { name: 'alphaperson', tool: 'alphatool', sop: 'alphasop', welcome: 'alphawelcome', owner: 'alphaowner' },
	bravo: { name: 'bravoperson', tool: 'bravotool', sop: 'bravosop', welcome: 'bravowelcome', owner: 'bravoowner' },
} as const;
type ClientId = keyof typeof canaries;
const clients = Object.keys(canaries) as ClientId[];
/** The fixture's internal practice SOP and service carry this word; no client may see them. */
const internalMarker = 'zebraquartz';

/** Every file of a client's output as lower-case text: gzip undone, the PDF as its extracted text. */
function outputTexts(dir: string): { file: string; text: string }[] {
	return readAllOutput(dir).map(({ file, text }) => {
		if (!file.endsWith('.pdf')) return { file, text: text.toLowerCase() };
		const extracted = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
		if (extracted.status !== 0) throw new Error('pdftotext (poppler-utils) is needed to read the handbook PDF');
		return { file, text: extracted.stdout.toLowerCase() };
	});
}

let out: string;
let dist: string;

beforeAll(async () => {
	out = (await sharedSite('clients')).dir;
	dist = (await sharedSite('clients-public')).dir;
});

describe.each(clients)('the output of client %s', (id) => {
	const other = clients.find((candidate) => candidate !== id) as ClientId;

	it("holds the client's own canary words, search index and PDF included (the test can see them)", () => {
		const texts = outputTexts(join(out, id));
		for (const word of Object.values(canaries[id]))
			expect(
				texts.some(({ text }) => text.includes(word)),
				word,
			).toBe(true);
		const index = texts.filter(({ file }) => file.includes('/pagefind/'));
		expect(index.some(({ text }) => text.includes(canaries[id].sop))).toBe(true);
		if (hasChromium) expect(texts.find(({ file }) => file.endsWith('handbook.pdf'))?.text).toContain(canaries[id].name);
	});

	it(`holds nothing of the other client: no name, tool, SOP or note, in any file`, () => {
		for (const { file, text } of outputTexts(join(out, id))) {
			for (const word of Object.values(canaries[other])) expect(text.includes(word), `${word} in ${relative(out, file)}`).toBe(false);
		}
	});

	it("holds none of the practice's internal procedures", () => {
		for (const { file, text } of outputTexts(join(out, id))) expect(text.includes(internalMarker), relative(out, file)).toBe(false);
	});

	it('asks every crawler to stay away: robots.txt disallows all, every page says noindex', () => {
		const site = join(out, id, 'site');
		expect(readFileSync(join(site, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n');
		for (const page of listFiles(site, ['.html']))
			expect(readFileSync(page, 'utf8'), page).toContain('<meta name="robots" content="noindex">');
	});

	it('links only relatively, so the folder works wherever it is served', () => {
		for (const page of listFiles(join(out, id, 'site'), ['.html'])) {
			expect(readFileSync(page, 'utf8'), page).not.toMatch(/\s(href|src|action)="\/(?!\/)/);
		}
	});

	it('has no catalog pages: no services, packages or prices', () => {
		const pages = listFiles(join(out, id, 'site'), ['.html']).map((file) => relative(join(out, id, 'site'), file));
		expect(pages.filter((page) => /^(services|packages|areas|about)\//.test(page))).toEqual([]);
	});
});

describe('the public site of the same content', () => {
	it('holds no word of any client, and no client folder', () => {
		const words = clients.flatMap((id) => Object.values(canaries[id]));
		for (const { file, text } of readAllOutput(dist)) {
			const lower = text.toLowerCase();
			for (const word of words) expect(lower.includes(word), `${word} in ${relative(dist, file)}`).toBe(false);
		}
		expect(listFiles(dist, ['']).some((file) => relative(dist, file).startsWith('clients/'))).toBe(false);
	});
});
