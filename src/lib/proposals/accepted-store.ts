/** Reading frozen records: `<proposals>/accepted/<id>.json`, validated and hash-checked. For client workspaces and the proposals run alike. */
import { existsSync, readFileSync } from 'node:fs';
import type { AcceptedRecord } from '../../schemas/accepted.ts';
import type { Problem } from '../core/problems.ts';
import { displayPath } from '../io/files.ts';
import { recordPath } from './accept.ts';
import { parseRecord } from './record.ts';

/** The frozen record of proposal `id`, verified against its SHA-256; a missing, malformed or edited record is a problem. */
export function loadAcceptedRecord(proposalsDir: string, id: string): { record: AcceptedRecord | undefined; problems: Problem[] } {
	const path = recordPath(proposalsDir, id);
	if (!existsSync(path))
		return {
			record: undefined,
			problems: [{ file: displayPath(path), field: '(file)', message: 'no frozen record: the proposal has not been accepted' }],
		};
	return parseRecord(readFileSync(path, 'utf8'), displayPath(path));
}
