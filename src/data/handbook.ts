/**
 * The handbook's groupings for this build, computed once per published catalog (see
 * `src/lib/handbook/`), plus the day review banners are computed for. Names that clash with a
 * handbook page are reported by the content check (`loadCatalog`).
 */
import { catalog, edition, getRole, onSelect } from './catalog.ts';
import { showsReviewState } from '../lib/catalog/visibility.ts';
import { handbookIndex, type HandbookIndex } from '../lib/handbook/handbook.ts';
import { todayFromEnv } from '../lib/core/dates.ts';
import type { Catalog } from '../lib/catalog/types.ts';

const indexes = new WeakMap<Catalog, HandbookIndex>();

function indexOf(view: Catalog): HandbookIndex {
	let found = indexes.get(view);
	if (!found) indexes.set(view, (found = handbookIndex(view)));
	return found;
}

/** The handbook of the catalog this page publishes (follows the selected client). */
export let handbook = indexOf(catalog);
onSelect(() => {
	handbook = indexOf(catalog);
});

/** Whether pages show review due dates, overdue flags and the review schedule (internal edition only). */
export const showReviews = showsReviewState(edition);

/** Today for review banners; `OPSBOOK_TODAY=YYYY-MM-DD` fixes it. */
export const today = todayFromEnv();

/** Role titles for a list of role ids. */
export function roleTitles(ids: readonly string[]): string[] {
	return ids.map((id) => getRole(id).title);
}
