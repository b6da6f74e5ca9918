/**
 * The handbook's groupings for this build, computed once from the published catalog (see
 * `src/lib/handbook/`), plus the day review banners are computed for. Names that clash with a
 * handbook page are reported by the content check (`loadCatalog`).
 */
import { catalog, edition, getRole } from './catalog.ts';
import { showsReviewState } from '../lib/catalog/visibility.ts';
import { handbookIndex } from '../lib/handbook/handbook.ts';
import { todayFromEnv } from '../lib/core/dates.ts';

export const handbook = handbookIndex(catalog);

/** Whether pages show review due dates, overdue flags and the review schedule (internal edition only). */
export const showReviews = showsReviewState(edition);

/** Today for review banners; `OPSBOOK_TODAY=YYYY-MM-DD` fixes it. */
export const today = todayFromEnv();

/** Role titles for a list of role ids. */
export function roleTitles(ids: readonly string[]): string[] {
	return ids.map((id) => getRole(id).title);
}
