/** Builds the clients fixture's client handbooks with the real `npm run clients` script, into a temporary folder. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clientsCommand, runNode } from '../helpers/build.ts';
import { clientsFixture } from './support.ts';

/** Runs `scripts/clients.ts` on `contentDir`; returns the output folder (`<out>/<id>/site`, `<out>/<id>/handbook.pdf`). */
export function buildClients(options: { pdf: boolean; contentDir?: string }): { out: string; output: string } {
	const out = join(mkdtempSync(join(tmpdir(), 'opsbook-clients-out-')), 'clients');
	const { args, env } = clientsCommand(options.contentDir ?? clientsFixture, { out, pdf: options.pdf });
	const result = runNode(args, env);
	if (result.status !== 0) throw new Error(`npm run clients failed:\n${result.output}`);
	return { out, output: result.output };
}
