/**
 * Fixture sites that several test files read, each built once per test run, in the main Vitest process
 * (tests/helpers/global-setup.ts); test files ask for a site and wait until it is there.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { buildClients } from '../clients/build.ts';
import { findChromium } from '../../src/lib/io/chromium.ts';
import { buildSite, type BuildOptions, type BuiltSite } from './build.ts';

export interface SharedSiteSpec extends BuildOptions {
	content: string;
	/** `clients`: the client handbooks (`npm run clients`, PDFs when Chromium is there) instead of the site. */
	script?: 'clients';
}

// The day review banners are computed for: the handbook fixture then has overdue, due-soon and current SOPs.
const handbookDay = { OPSBOOK_TODAY: '2026-06-15' };

/** Every shared site, in the order they are built when nobody has asked for one yet. */
export const sharedSites = {
	handbook: { content: 'tests/fixtures/handbook', env: { ...handbookDay, TZ: 'UTC' } },
	basic: { content: 'tests/fixtures/basic' },
	search: { content: 'tests/fixtures/search' },
	'handbook-internal': { content: 'tests/fixtures/handbook', internal: true, env: handbookDay },
	starter: { content: 'content' },
	// Two more independent builds of the handbook, in a zone behind UTC and one ahead of it: the
	// determinism and time-zone tests compare all three byte for byte.
	'handbook-chicago': { content: 'tests/fixtures/handbook', env: { ...handbookDay, TZ: 'America/Chicago' } },
	'handbook-auckland': { content: 'tests/fixtures/handbook', env: { ...handbookDay, TZ: 'Pacific/Auckland' } },
	// The clients fixture: its client handbooks (`<dir>/<id>/site/`, `<dir>/<id>/handbook.pdf`), and its public site.
	clients: { content: 'tests/fixtures/clients', script: 'clients' },
	'clients-public': { content: 'tests/fixtures/clients' },
} satisfies Record<string, SharedSiteSpec>;

export type SharedSiteName = keyof typeof sharedSites;

declare module 'vitest' {
	export interface ProvidedContext {
		/** Folder where the global setup builds shared sites and test files leave their requests. */
		sharedSitesRoot: string;
		/** WebSocket endpoint of the one Chromium every browser test connects to; empty without Chromium. */
		chromiumEndpoint: string;
	}
}

/** Where the global setup writes a site's outcome, and where a test file asks for it first. */
export const sharedSitePaths = (root: string, name: string) => ({
	dir: join(root, name, 'dist'),
	status: join(root, `${name}.json`),
	request: join(root, 'requests', name),
});

/** The shared site `name`, waiting for its build; built here and now when no global setup runs (a lone file). */
export async function sharedSite(name: SharedSiteName): Promise<BuiltSite> {
	const root = inject('sharedSitesRoot');
	if (!root) {
		const { content, script, ...options } = sharedSites[name] as SharedSiteSpec;
		if (script === 'clients') return { dir: buildClients({ pdf: findChromium() !== undefined, contentDir: content }).out, output: '' };
		return buildSite(content, options);
	}
	const paths = sharedSitePaths(root, name);
	mkdirSync(join(root, 'requests'), { recursive: true });
	writeFileSync(paths.request, '');
	while (!existsSync(paths.status)) await new Promise((done) => setTimeout(done, 100));
	const { status, output } = JSON.parse(readFileSync(paths.status, 'utf8')) as { status: number; output: string };
	if (status !== 0) throw new Error(`build of the shared site ${name} failed:\n${output}`);
	return { dir: paths.dir, output };
}
