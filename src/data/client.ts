/**
 * What the client edition's pages need beyond the handbook: the selected client's feeds, milestones
 * and first-month plan. On the practice's site these are empty.
 */
import { catalog, workspace } from './catalog.ts';
import { contractMilestones } from '../lib/clients/milestones.ts';
import { firstMonthPlan, type FirstMonthPlan } from '../lib/clients/plan.ts';
import type { FeedOptions } from '../lib/handbook/ical.ts';

/** Feed options of a client's calendars: named for the business, starting with the engagement, with the contract's milestones. */
export function feedExtras(): Partial<FeedOptions> {
	if (!workspace) return {};
	const { client, engagement } = workspace;
	return {
		siteName: client.business,
		uidScope: client.id,
		from: engagement.terms.startDate,
		milestones: contractMilestones(engagement, client.business, client.locale),
	};
}

/** The selected client's first-month plan. */
export function clientPlan(): FirstMonthPlan | undefined {
	return workspace ? firstMonthPlan(catalog, workspace.engagement) : undefined;
}
