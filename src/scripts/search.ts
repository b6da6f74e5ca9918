/**
 * The search page's client. Pagefind's library and index load only when a person starts to search:
 * the box gets focus or input, a filter is touched, or the page opens with `?q=` or a filter in its URL.
 * Everything is fetched from this site; nothing leaves it.
 */

/** What Pagefind's `pagefind.js` exports (the parts used here). */
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<FilterCounts>;
	search(term: string | null, options?: { filters?: Record<string, string> }): Promise<SearchResponse>;
}
type FilterCounts = Record<string, Record<string, number>>;
interface SearchResponse {
	results: { id: string; data(): Promise<ResultData> }[];
	filters: FilterCounts;
}
interface ResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
}

// A module, not a global script: its names stay its own (`status` would clash with window.status).
export {};

const pageSize = 10;
const typingDelay = 150;

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#site-search');
const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');
const more = document.querySelector<HTMLButtonElement>('#more-results');
const filterSet = document.querySelector<HTMLFieldSetElement>('#search-filters');
const clear = document.querySelector<HTMLButtonElement>('#clear-filters');
const selects = [...document.querySelectorAll<HTMLSelectElement>('#search-filters select')];

let pagefind: Promise<Pagefind> | undefined;
let allCounts: FilterCounts = {};
let latest = 0;
let typingTimer: ReturnType<typeof setTimeout> | undefined;
let shown: SearchResponse['results'] = [];
let rendered = 0;

if (form && input && status && list && more && filterSet && clear) {
	const params = new URLSearchParams(location.search);
	input.value = params.get('q') ?? '';
	for (const select of selects) select.dataset['initial'] = params.get(select.name) ?? '';
	const start = () => void runSearch();

	input.addEventListener('focus', () => void load(), { once: true });
	input.addEventListener('input', () => {
		clearTimeout(typingTimer);
		typingTimer = setTimeout(start, typingDelay);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(typingTimer);
		start();
	});
	for (const select of selects) select.addEventListener('change', start);
	clear.addEventListener('click', () => {
		for (const select of selects) select.value = '';
		start();
		input.focus();
	});
	more.addEventListener('click', () => void renderMore(true));

	if (input.value.trim() || selects.some((select) => select.dataset['initial'])) {
		input.focus();
		start();
	}
}

/** Loads Pagefind once and fills the filter controls from the whole index. */
function load(): Promise<Pagefind> {
	pagefind ??= (async () => {
		// The site's root is found from the search page's own address (the form submits to it), so search
		// works wherever the site is served, a client's handbook in a subfolder included. A runtime URL
		// keeps the bundler away: the file only exists once the site is built and indexed.
		const root = new URL('../', form?.action ?? location.href);
		const loaded = (await import(/* @vite-ignore */ new URL('pagefind/pagefind.js', root).href)) as Pagefind;
		await loaded.options({ excerptLength: 24, baseUrl: root.pathname });
		await loaded.init();
		allCounts = await loaded.filters();
		buildFilterControls();
		return loaded;
	})();
	pagefind.catch(() => {
		setStatus(
			'Search is not available on this copy of the site: its index is missing. Build the site with npm run build, then open it through npm run preview or your web host.',
		);
	});
	return pagefind;
}

/** Options for each filter, in the order the page suggests, with counts; filters the index lacks stay hidden. */
function buildFilterControls(): void {
	let any = false;
	for (const select of selects) {
		const values = Object.keys(allCounts[select.name] ?? {});
		const order: string[] = JSON.parse(select.dataset['order'] ?? '[]');
		values.sort((a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b));
		const wanted = select.dataset['initial'] ?? '';
		for (const value of values) select.append(new Option(value, value, false, value === wanted));
		const wrapper = select.closest<HTMLElement>('.search-filter');
		if (wrapper) wrapper.hidden = values.length === 0;
		any ||= values.length > 0;
	}
	if (filterSet) filterSet.hidden = !any;
	updateCounts({});
}

function rank(order: string[], value: string): number {
	const index = order.indexOf(value);
	return index === -1 ? order.length : index;
}

/** The filters a person has chosen, by filter name. */
function chosenFilters(): Record<string, string> {
	const chosen: Record<string, string> = {};
	for (const select of selects) if (select.value) chosen[select.name] = select.value;
	return chosen;
}

async function runSearch(): Promise<void> {
	const run = ++latest;
	const engine = await load().catch(() => undefined);
	if (!engine || run !== latest || !input) return;
	const term = input.value.trim();
	const filters = chosenFilters();
	syncUrl(term, filters);
	if (clear) clear.hidden = Object.keys(filters).length === 0;
	if (!term && Object.keys(filters).length === 0) {
		shown = [];
		list?.replaceChildren();
		if (more) more.hidden = true;
		setStatus('');
		updateCounts({});
		return;
	}
	const response = await engine.search(term || null, { filters });
	// A facet with a choice counts its values as if that choice were not made, so others stay reachable.
	const facetCounts: FilterCounts = { ...response.filters };
	await Promise.all(
		Object.keys(filters).map(async (name) => {
			const others = { ...filters };
			delete others[name];
			const without = await engine.search(term || null, { filters: others });
			facetCounts[name] = without.filters[name] ?? {};
		}),
	);
	if (run !== latest) return;
	shown = response.results;
	rendered = 0;
	list?.replaceChildren();
	updateCounts(facetCounts);
	await renderMore(false);
	if (run !== latest) return;
	setStatus(summary(response.results.length, term, filters));
}

/** Adds the next page of results; after "Show more", focus moves to the first new one. */
async function renderMore(moveFocus: boolean): Promise<void> {
	if (!list || !more) return;
	const run = latest;
	const batch = shown.slice(rendered, rendered + pageSize);
	const data = await Promise.all(batch.map((result) => result.data()));
	if (run !== latest) return;
	const items = data.map(resultItem);
	list.append(...items);
	rendered += batch.length;
	more.hidden = rendered >= shown.length;
	if (moveFocus) items[0]?.querySelector('a')?.focus();
}

function resultItem(data: ResultData): HTMLLIElement {
	const item = element('li', 'search-result');
	const heading = element('h2', 'search-result-title');
	const link = element('a');
	link.href = data.url;
	link.textContent = data.meta['title'] || data.url;
	heading.append(link);

	const facts = element('p', 'search-result-meta');
	const type = data.meta['type'];
	if (type) {
		const badge = element('span', `badge type-${type.toLowerCase().replace(/[^a-z]+/g, '-')}`);
		badge.textContent = type;
		facts.append(badge);
	}
	for (const text of [data.meta['area'], data.meta['frequency'] ?? data.meta['price']]) {
		if (!text || (type === 'Duty area' && text === data.meta['title'])) continue;
		const fact = element('span');
		fact.textContent = text;
		facts.append(fact);
	}

	const excerpt = element('p', 'search-result-excerpt');
	excerpt.append(...excerptNodes(data.excerpt));
	item.append(heading, facts, excerpt);
	return item;
}

/** Pagefind's excerpt as text with only its <mark> highlights kept as elements; nothing else is trusted. */
function excerptNodes(html: string): Node[] {
	const template = document.createElement('template');
	template.innerHTML = html;
	return [...template.content.childNodes].map((node) => {
		const text = document.createTextNode(node.textContent ?? '');
		if (node.nodeName !== 'MARK') return text;
		const mark = document.createElement('mark');
		mark.append(text);
		return mark;
	});
}

/** Shows each filter value's count for the current search; values with none are disabled unless chosen. */
function updateCounts(counts: FilterCounts): void {
	const searching = Object.keys(counts).length > 0;
	for (const select of selects) {
		for (const option of select.options) {
			if (!option.value) continue;
			const count = (searching ? counts[select.name] : allCounts[select.name])?.[option.value] ?? 0;
			option.textContent = `${option.value} (${count})`;
			option.disabled = count === 0 && !option.selected;
		}
	}
}

function summary(count: number, term: string, filters: Record<string, string>): string {
	const labels = new Map(selects.map((select) => [select.name, select.labels?.[0]?.textContent ?? select.name]));
	const chosen = Object.entries(filters).map(([name, value]) => `${labels.get(name)}: ${value}`);
	const scope = `${term ? ` for “${term}”` : ''}${chosen.length ? ` (${chosen.join('; ')})` : ''}`;
	if (count === 0) {
		return `No results${scope}. Check the spelling, try fewer or other words${chosen.length ? ', or clear the filters' : ''}.`;
	}
	return `${count} ${count === 1 ? 'result' : 'results'}${scope}.`;
}

function setStatus(text: string): void {
	if (status) status.textContent = text;
}

/** Keeps the address bar in step, so a search can be bookmarked, shared or reloaded. */
function syncUrl(term: string, filters: Record<string, string>): void {
	const params = new URLSearchParams();
	if (term) params.set('q', term);
	for (const [name, value] of Object.entries(filters)) params.set(name, value);
	const query = params.toString();
	history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}`);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
	const created = document.createElement(tag);
	if (className) created.className = className;
	return created;
}
