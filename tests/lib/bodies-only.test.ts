import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { bodiesOnly, withoutFrontmatter } from '../../src/loaders/bodies-only.ts';

type DataEntry = Parameters<LoaderContext['store']['set']>[0];

const frontmatter = { title: 'Weekly calendar review', purpose: 'No surprises next week.' };
const entry: DataEntry = {
	id: 'calendars/weekly-review',
	data: frontmatter,
	filePath: 'content/sops/calendars/weekly-review.md',
	digest: 'ab6a75c31b115149',
	rendered: {
		html: '<h2 id="steps">Steps</h2>',
		metadata: { headings: [{ depth: 2, slug: 'steps', text: 'Steps' }], frontmatter },
	},
};

describe('bodiesOnly', () => {
	it('drops the frontmatter and keeps the rendered body, headings, path and digest', () => {
		const kept = withoutFrontmatter(entry);
		expect(kept).toEqual({
			...entry,
			data: {},
			rendered: { html: entry.rendered?.html, metadata: { headings: entry.rendered?.metadata?.headings, frontmatter: {} } },
		});
		expect(JSON.stringify(kept)).not.toContain('No surprises');
		expect(entry.data).toBe(frontmatter);
	});

	it('keeps an entry rendered later (MDX) as it is, data aside', () => {
		const mdx: DataEntry = { id: 'office/mail', data: frontmatter, deferredRender: true };
		expect(withoutFrontmatter(mdx)).toEqual({ id: 'office/mail', data: {}, deferredRender: true });
	});

	it('hands the wrapped loader a store that saves bodies only and reads as before', async () => {
		const saved = new Map<string, DataEntry>();
		const store = {
			get: (id: string) => saved.get(id),
			set: (value: DataEntry) => (saved.set(value.id, value), true),
			has: (id: string) => saved.has(id),
		} as unknown as LoaderContext['store'];
		const loader = bodiesOnly({
			name: 'glob-loader',
			load: async ({ store }) => {
				store.set(entry);
				expect(store.has(entry.id)).toBe(true);
			},
		});
		await loader.load({ store } as LoaderContext);
		expect(loader.name).toBe('glob-loader (bodies only)');
		expect(saved.get(entry.id)?.data).toEqual({});
		expect(saved.get(entry.id)?.rendered?.html).toBe(entry.rendered?.html);
	});
});
