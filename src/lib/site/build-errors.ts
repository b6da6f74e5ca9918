/**
 * Astro build failures as one line per problem. The bundler reports an MDX syntax error as a
 * multi-line message with its own stack; the file, line and column it carries are what a writer needs.
 */
import { displayPath } from '../io/files.ts';

interface Located {
	message?: unknown;
	loc?: { file?: unknown; line?: unknown; column?: unknown };
	errors?: unknown;
}

/** The first line of `message`, without the bundler's "line:column:" prefix and "(line:column)" echoes. */
function firstLine(message: string): string {
	const line = message.split('\n').find((text) => text.trim() !== '') ?? message;
	return line
		.replace(/^\d+:\d+(-\d+:\d+)?:\s*/, '')
		.replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/g, '')
		.trim();
}

/** One line for one located error: `file: line L, column C: message`. */
function locatedLine(error: Located): string | undefined {
	const file = error.loc?.file;
	if (typeof file !== 'string' || typeof error.message !== 'string') return undefined;
	const { line, column } = error.loc ?? {};
	const where = typeof line === 'number' ? `line ${line}${typeof column === 'number' ? `, column ${column}` : ''}: ` : '';
	const kind = file.endsWith('.mdx') ? 'MDX syntax error: ' : '';
	return `${displayPath(file)}: ${where}${kind}${firstLine(error.message)}`;
}

/** The lines to print for an error thrown by `astro build`: one per located error, else its whole message (a bug, not bad content). */
export function buildErrorLines(error: unknown): string[] {
	if (!(error instanceof Error)) return [String(error)];
	const nested = Array.isArray((error as Located).errors) ? ((error as Located).errors as Located[]) : [];
	const lines = [error as Located, ...nested].map(locatedLine).filter((line): line is string => line !== undefined);
	return lines.length ? lines : [error.message];
}
