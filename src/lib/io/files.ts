/** Reading content files: YAML documents and Markdown/MDX frontmatter, with syntax errors located by line. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { Problem } from '../core/problems.ts';
import { idNameProblem, symlinkProblem } from './file-names.ts';

export interface SourceFile {
	/** Absolute path. */
	path: string;
	/** Path shown to users, relative to the working directory. */
	file: string;
	/** Id: path inside the collection folder, without extension, with `/` separators. */
	id: string;
	/** Parsed YAML data (frontmatter for Markdown). */
	data: unknown;
	/** Markdown body, empty for YAML files. */
	body: string;
}

/** Path of `absolute` as users see it in messages. */
export function displayPath(absolute: string): string {
	const rel = relative(process.cwd(), absolute);
	return (rel.startsWith('..') ? absolute : rel).split(sep).join('/');
}

/** Parses YAML text; a syntax error becomes a problem with its line and column. */
export function parseYaml(text: string, file: string, lineOffset = 0): { data: unknown; problems: Problem[] } {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter });
	const problems = doc.errors.map((error) => {
		const pos = lineCounter.linePos(error.pos[0]);
		const where = `line ${pos.line + lineOffset}, column ${pos.col}`;
		const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'invalid YAML';
		return { file, field: where, message: `YAML syntax error: ${reason}` };
	});
	if (problems.length) return { data: undefined, problems };
	try {
		return { data: doc.toJS({ maxAliasCount }), problems };
	} catch (error) {
		// `yaml` throws (rather than reporting) when aliases expand past the limit: a "billion laughs" file.
		const reason = error instanceof Error ? error.message : String(error);
		return {
			data: undefined,
			problems: [{ file, field: '(file)', message: `YAML rejected: ${reason}; write the values out instead of nesting aliases` }],
		};
	}
}

/** Aliases a YAML file may expand; content files need a handful, an alias bomb needs thousands. */
const maxAliasCount = 100;

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Splits a Markdown file into parsed frontmatter and body. */
export function parseMarkdown(text: string, file: string): { data: unknown; body: string; problems: Problem[] } {
	const match = frontmatterPattern.exec(text);
	if (!match) {
		return {
			data: undefined,
			body: text,
			problems: [{ file, field: 'frontmatter', message: 'expected YAML frontmatter between --- lines at the top of the file' }],
		};
	}
	const { data, problems } = parseYaml(match[1] ?? '', file, 1);
	return { data: data ?? (problems.length ? undefined : {}), body: text.slice(match[0].length), problems };
}

/** Lists files under `dir` (recursively, never through symbolic links) whose names end in one of `extensions`, sorted for stable output. */
export function listFiles(dir: string, extensions: readonly string[]): string[] {
	return walk(dir)
		.files.filter((path) => {
			const name = basename(path);
			return !name.startsWith('.') && !name.startsWith('_') && extensions.some((ext) => name.endsWith(ext));
		})
		.sort();
}

// Node's recursive readdir descends into linked folders, which could pull in files from anywhere.
function walk(dir: string, found: { files: string[]; links: string[] } = { files: [], links: [] }): { files: string[]; links: string[] } {
	let entries;
	try {
		entries = readdirSync(dir, { withFileTypes: true });
	} catch {
		return found;
	}
	for (const entry of entries) {
		const path = join(dir, entry.name);
		if (entry.isSymbolicLink()) found.links.push(path);
		else if (entry.isDirectory()) walk(path, found);
		else if (entry.isFile()) found.files.push(path);
	}
	return found;
}

/** Every file under `dir` as path (relative, `/`-separated) → bytes, in a stable order. */
export function readTree(dir: string): Record<string, Buffer> {
	const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
	const paths = entries.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/')).sort();
	return Object.fromEntries(paths.map((path) => [path, readFileSync(join(dir, path))]));
}

/** Reads every Markdown/MDX or YAML file of a collection folder; badly named files and symbolic links are problems. */
export function readCollection(dir: string, extensions: readonly string[]): { files: SourceFile[]; problems: Problem[] } {
	const files: SourceFile[] = [];
	const problems: Problem[] = [];
	for (const link of listSymlinks(dir)) problems.push(symlinkProblem(displayPath(link)));
	const paths = listFiles(dir, extensions);
	const idOf = (path: string) =>
		relative(dir, path)
			.split(sep)
			.join('/')
			.replace(/\.[^./]+$/, '');
	const ids = new Set(paths.map(idOf));
	for (const path of paths) {
		const file = displayPath(path);
		const id = idOf(path);
		const named = idNameProblem(file, id, extname(path), ids);
		if (named) problems.push(named);
		const text = withoutBom(readFileSync(path, 'utf8'));
		const parsed = path.endsWith('.yaml') || path.endsWith('.yml') ? { ...parseYaml(text, file), body: '' } : parseMarkdown(text, file);
		problems.push(...parsed.problems);
		files.push({ path, file, id, data: parsed.data, body: parsed.body });
	}
	return { files, problems };
}

/** Symbolic links anywhere under `dir` (not followed), sorted. */
function listSymlinks(dir: string): string[] {
	return walk(dir).links.sort();
}

// Editors on Windows may save UTF-8 with a byte order mark; it is not part of the text.
function withoutBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads one YAML file; a missing file is a problem, not an exception. */
export function readYamlFile(path: string): { file: string; data: unknown; problems: Problem[] } {
	const file = displayPath(path);
	let text: string;
	try {
		text = withoutBom(readFileSync(path, 'utf8'));
	} catch {
		return { file, data: undefined, problems: [{ file, field: '(file)', message: 'file is missing' }] };
	}
	return { file, ...parseYaml(text, file) };
}

/** Total size in bytes of the files under `dir` (benchmarks and build logs report it). */
export function folderBytes(dir: string): number {
	return listFiles(dir, ['']).reduce((sum, file) => sum + statSync(file).size, 0);
}
