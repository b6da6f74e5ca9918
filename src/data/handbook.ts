/**
 * The handbook's groupings for this build, computed once from the published catalog (see
 * `src/lib/handbook/`), plus the day review banners are computed for. Names that clash with a
 * handbook page are reported by the content check (`loadCatalog`).
 */
import { catalog, getRole } from './catalog.ts';
import { handbookIndex } from '../lib/handbook/handbook.ts';
import { todayFromEnv } from '../lib/core/dates.ts';

export const handbook = handbookIndex(catalog);

/** Today for review banners; `OPSBOOK_TODAY=YYYY-MM-DD` fixes it. */
export const today = todayFromEnv();

/** Role titles for a list of role ids. */
export function roleTitles(ids: readonly string[]): string[] {
	return ids.map((id) => getRole(id).title);
}
