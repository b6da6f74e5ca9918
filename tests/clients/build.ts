/** Builds the clients fixture's client handbooks with the real `npm run clients` script, into a temporary folder. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runNode } from '../helpers/build.ts';
import { clientsFixture } from './support.ts';

/** Runs `scripts/clients.ts` on `contentDir`; returns the output folder (`<out>/<id>/site`, `<out>/<id>/handbook.pdf`). */
export function buildClients(options: { pdf: boolean; contentDir?: string }): { out: string; output: string } {
	const out = join(mkdtempSync(join(tmpdir(), 'opsbook-clients-out-')), 'clients');
	const result = runNode(['scripts/clients.ts', '--out', out, options.pdf ? '--pdf' : '--no-pdf', '--today', '2026-12-01'], {
		OPSBOOK_CONTENT: resolve(options.contentDir ?? clientsFixture),
		OPSBOOK_QUIET: '1',
		OPSBOOK_CACHE_DIR: join(out, '..', '.cache'),
		OPSBOOK_TODAY: '2026-12-01',
	});
	if (result.status !== 0) throw new Error(`npm run clients failed:\n${result.output}`);
	return { out, output: result.output };
}
