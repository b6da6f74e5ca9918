/** The lines a proposals run prints, shared by `npm run proposals` and `npm run build`. */
import { displayPath } from '../io/files.ts';
import type { BuiltProposal } from './build.ts';

/** One line per rendered proposal: client, monthly total, contract value, capacity, folder and files. */
export function builtLines(built: readonly BuiltProposal[]): string[] {
	return built.map(({ id, dir, files, summary: line }) => {
		const kinds = files.map((file) => file.replace(/^.*\./, '')).join(', ');
		return `${id}: ${line.client} | ${line.monthly} | ${line.contract} | capacity ${line.capacity} | ${displayPath(dir)}/ (${kinds})`;
	});
}
