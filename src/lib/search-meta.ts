/** How a page describes itself to Pagefind: filters (type, area, role, frequency) and result metadata. */

export interface SearchEntry {
	/** Content type shown as a badge and offered as a filter. */
	type: 'Service' | 'SOP' | 'Package' | 'Duty area' | 'Page';
	/** Duty area title. */
	area?: string;
	/** Role titles involved. */
	roles?: readonly string[];
	/** Frequency label, for SOPs. */
	frequency?: string;
	/** Price label, for services and packages. */
	price?: string;
}

/** Attributes for the element holding the page's main content. */
export function searchAttributes(entry: SearchEntry): Record<string, string> {
	const attributes: Record<string, string> = { 'data-pagefind-body': '' };
	const meta = [`type:${entry.type}`];
	if (entry.area) meta.push(`area:${entry.area}`);
	if (entry.frequency) meta.push(`frequency:${entry.frequency}`);
	if (entry.price) meta.push(`price:${entry.price}`);
	attributes['data-pagefind-meta'] = meta.map(escapeMetaValue).join(', ');
	return attributes;
}

/** Filter values as Pagefind reads them from hidden elements: one `name:value` pair per element. */
export function searchFilters(entry: SearchEntry): { name: string; value: string }[] {
	const filters: { name: string; value: string }[] = [{ name: 'type', value: entry.type }];
	if (entry.area) filters.push({ name: 'area', value: entry.area });
	if (entry.frequency) filters.push({ name: 'frequency', value: entry.frequency });
	for (const role of entry.roles ?? []) filters.push({ name: 'role', value: role });
	return filters;
}

// Pagefind separates meta pairs with commas; a comma inside a value must be escaped.
function escapeMetaValue(pair: string): string {
	return pair.replace(/,/g, '\\,');
}
