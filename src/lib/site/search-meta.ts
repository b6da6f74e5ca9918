/**
 * How a page describes itself to Pagefind: filters (type, area, role, frequency) and the metadata a
 * result shows (type, area, price or frequency). Both travel as `<meta>` tags in the page head, read
 * with Pagefind's attribute syntax (`name[content]`), so values may hold any character, commas included.
 */

/** Content types, in the order the search page offers them. */
export const searchTypes = ['SOP', 'Service', 'Package', 'Duty area', 'Page'] as const;
export type SearchType = (typeof searchTypes)[number];

export interface SearchEntry {
	/** Content type shown as a badge and offered as a filter. */
	type: SearchType;
	/** Duty area title. */
	area?: string;
	/** Role titles involved. */
	roles?: readonly string[];
	/** Frequency label, for SOPs. */
	frequency?: string;
	/** Price label, for services and packages. */
	price?: string;
}

/** One head tag: a Pagefind filter value or a piece of result metadata. */
export interface SearchTag {
	kind: 'filter' | 'meta';
	name: string;
	value: string;
}

/** Attributes for the element holding the page's main content: only it is indexed. */
export function searchBodyAttributes(): Record<string, string> {
	return { 'data-pagefind-body': '' };
}

/** Every filter value and metadata field of a page, one tag each; empty values are left out. */
export function searchTags(entry: SearchEntry): SearchTag[] {
	const tags: SearchTag[] = [
		{ kind: 'filter', name: 'type', value: entry.type },
		{ kind: 'meta', name: 'type', value: entry.type },
	];
	if (entry.area) tags.push({ kind: 'filter', name: 'area', value: entry.area }, { kind: 'meta', name: 'area', value: entry.area });
	if (entry.frequency)
		tags.push({ kind: 'filter', name: 'frequency', value: entry.frequency }, { kind: 'meta', name: 'frequency', value: entry.frequency });
	for (const role of new Set(entry.roles ?? [])) tags.push({ kind: 'filter', name: 'role', value: role });
	if (entry.price) tags.push({ kind: 'meta', name: 'price', value: entry.price });
	return tags.filter((tag) => tag.value.trim() !== '');
}

/**
 * The attributes of a tag's `<meta>`: `data-pagefind-filter="area[content]"` and the like, plus a
 * `property` (`opsbook:filter:area`), because HTML requires a `<meta>` with `content` to have a name or property.
 */
export function searchTagAttributes(tag: SearchTag): Record<string, string> {
	return { property: `opsbook:${tag.kind}:${tag.name}`, [`data-pagefind-${tag.kind}`]: `${tag.name}[content]`, content: tag.value };
}
