import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const lib = resolve('src/lib');
/** Each folder and the folders it may import, as `src/lib/README.md` states. */
const allowed: Record<string, string[]> = {
	core: [],
	io: ['core'],
	catalog: ['core', 'io'],
	pricing: ['core'],
	handbook: ['core', 'io', 'catalog'],
	proposals: ['core', 'io', 'catalog', 'pricing', 'handbook'],
	clients: ['core', 'io', 'catalog', 'pricing', 'handbook', 'proposals'],
	site: ['core', 'io', 'catalog', 'pricing', 'handbook'],
	bench: ['core', 'io', 'catalog', 'pricing', 'handbook', 'proposals', 'clients', 'site'],
};

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
	);
}

const files = sourceFiles(lib);
const imports = new Map(
	files.map((file) => {
		const text = readFileSync(file, 'utf8');
		const specs = [...text.matchAll(/from '(\.[^']+)'/g)].map((match) => resolve(dirname(file), match[1] as string));
		return [file, { text, targets: specs.filter((target) => target.startsWith(lib)) }];
	}),
);
const folderOf = (file: string) => relative(lib, file).split('/')[0] as string;

describe('src/lib layout', () => {
	it('keeps every module in a domain folder', () => {
		expect(readdirSync(lib).filter((name) => name.endsWith('.ts'))).toEqual([]);
		for (const file of files) expect(Object.keys(allowed)).toContain(folderOf(file));
	});

	it('imports between folders only point one way', () => {
		const wrong: string[] = [];
		for (const [file, { targets }] of imports) {
			for (const target of targets) {
				const from = folderOf(file);
				const to = folderOf(target);
				if (from !== to && !allowed[from]?.includes(to)) wrong.push(`${relative(lib, file)} imports ${relative(lib, target)}`);
			}
		}
		expect(wrong).toEqual([]);
	});

	it('has no import cycle between modules', () => {
		const state = new Map<string, 'visiting' | 'done'>();
		const cycles: string[] = [];
		const visit = (file: string, trail: string[]) => {
			if (state.get(file) === 'done') return;
			if (state.get(file) === 'visiting') {
				cycles.push([...trail.slice(trail.indexOf(file)), file].map((f) => relative(lib, f)).join(' → '));
				return;
			}
			state.set(file, 'visiting');
			for (const target of imports.get(file)?.targets ?? []) visit(target, [...trail, file]);
			state.set(file, 'done');
		};
		for (const file of files) visit(file, []);
		expect(cycles).toEqual([]);
	});

	it('keeps core free of Node built-ins, so browser bundles can use it', () => {
		const withNode = files.filter((file) => folderOf(file) === 'core' && /from 'node:/.test(imports.get(file)?.text ?? ''));
		expect(withNode.map((file) => relative(lib, file))).toEqual([]);
	});
});
