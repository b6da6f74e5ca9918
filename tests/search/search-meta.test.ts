import { describe, expect, it } from 'vitest';
import { searchBodyAttributes, searchTagAttributes, searchTags } from '../../src/lib/site/search-meta.ts';
import { pagefindLanguage } from '../../src/integrations/pagefind.ts';

describe('search tags', () => {
	it('marks only the main content for indexing', () => {
		expect(searchBodyAttributes()).toEqual({ 'data-pagefind-body': '' });
	});

	it('gives an SOP its type, area and frequency as filters and metadata, and each role as a filter', () => {
		const tags = searchTags({ type: 'SOP', area: 'Human resources', frequency: 'Monthly', roles: ['Bookkeeper', 'Business owner'] });
		expect(tags.filter((tag) => tag.kind === 'filter')).toEqual([
			{ kind: 'filter', name: 'type', value: 'SOP' },
			{ kind: 'filter', name: 'area', value: 'Human resources' },
			{ kind: 'filter', name: 'frequency', value: 'Monthly' },
			{ kind: 'filter', name: 'role', value: 'Bookkeeper' },
			{ kind: 'filter', name: 'role', value: 'Business owner' },
		]);
		expect(tags.filter((tag) => tag.kind === 'meta').map((tag) => tag.name)).toEqual(['type', 'area', 'frequency']);
	});

	it('shows a service price as metadata but never offers it as a filter', () => {
		const tags = searchTags({ type: 'Service', area: 'Office management', price: '$1,250 per month' });
		expect(tags).toContainEqual({ kind: 'meta', name: 'price', value: '$1,250 per month' });
		expect(tags.some((tag) => tag.kind === 'filter' && tag.name === 'price')).toBe(false);
	});

	it('lists a role once even when it holds several RACI parts', () => {
		const roles = searchTags({ type: 'SOP', roles: ['Bookkeeper', 'Bookkeeper'] }).filter((tag) => tag.name === 'role');
		expect(roles).toHaveLength(1);
	});

	it('leaves out empty values instead of creating a blank filter', () => {
		expect(searchTags({ type: 'Page', area: '', frequency: ' ' })).toEqual([
			{ kind: 'filter', name: 'type', value: 'Page' },
			{ kind: 'meta', name: 'type', value: 'Page' },
		]);
	});

	it('carries the value in a content attribute, so commas and colons survive Pagefind parsing', () => {
		expect(searchTagAttributes({ kind: 'meta', name: 'price', value: '$1,250: per month' })).toEqual({
			property: 'opsbook:meta:price',
			'data-pagefind-meta': 'price[content]',
			content: '$1,250: per month',
		});
		expect(searchTagAttributes({ kind: 'filter', name: 'area', value: 'Office management' })).toEqual({
			property: 'opsbook:filter:area',
			'data-pagefind-filter': 'area[content]',
			content: 'Office management',
		});
	});
});

describe('Pagefind language', () => {
	it('indexes with the language of the site locale', () => {
		expect(pagefindLanguage('en-US')).toBe('en');
		expect(pagefindLanguage('pt-BR')).toBe('pt');
		expect(pagefindLanguage('de')).toBe('de');
	});
});
