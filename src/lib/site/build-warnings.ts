/** What a site build warns about without failing: faint brand colours, overdue reviews and, on the public site, links it leaves out. */
import { unpublishedReferenceWarnings } from '../catalog/publication.ts';
import type { Catalog } from '../catalog/types.ts';
import type { Edition } from '../catalog/visibility.ts';
import { formatProblem } from '../core/problems.ts';
import { overdueWarnings } from '../handbook/review.ts';
import { brandContrastWarnings } from './contrast.ts';

/** One line per warning, in the order a build prints them. */
export function buildWarnings(catalog: Catalog, edition: Edition, today: Date): string[] {
	const dropped = edition === 'public' ? unpublishedReferenceWarnings(catalog).map(formatProblem) : [];
	return [...brandContrastWarnings(catalog.site.brand), ...overdueWarnings(catalog.sops, today), ...dropped];
}
