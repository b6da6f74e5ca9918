/** Capacity: the hours a month a choice's procedures need, against the hours its fees pay for. */
import { minutesPerMonth } from '../handbook/cadence.ts';
import type { PackageEntry, SopEntry } from '../catalog/types.ts';
import { formatNumber } from '../core/money.ts';
import type { Totals } from '../pricing/rules.ts';
import type { Capacity, CatalogIndex, ResolvedLine } from './types.ts';

/** Capacity for every choice of add-ons: the procedures of every recurring service selected, each procedure counted once. */
export function capacityByChoice(
	pkg: PackageEntry,
	lines: readonly ResolvedLine[],
	choices: readonly Totals[],
	index: CatalogIndex,
): Capacity[] {
	const recurringIds = (mask: number) => [
		...pkg.services,
		...lines.filter((line) => line.recurring && (line.addon === null || mask & (1 << line.addon))).map((line) => line.service.id),
	];
	return choices.map((choice, mask) => {
		const seen = new Map<string, SopEntry>();
		for (const id of recurringIds(mask)) for (const sop of index.procedures.get(id) ?? []) seen.set(sop.id, sop);
		const estimatedHours = procedureHours([...seen.values()]);
		const includedHours = choice.hoursIncluded;
		return {
			estimatedHours,
			includedHours,
			percent: includedHours > 0 ? Math.round((estimatedHours / includedHours) * 100) : 0,
			over: estimatedHours > includedHours,
		};
	});
}

/** Formats a capacity as "12.4 h of 15 h (83%)". */
export function formatCapacity(capacity: Capacity, locale: string): string {
	return `${formatNumber(capacity.estimatedHours, locale)} h of ${formatNumber(capacity.includedHours, locale)} h (${capacity.percent}%)`;
}

/** One procedure's average hours a month, to a tenth: the figure its row in the document shows. */
export function procedureHoursPerMonth(sop: SopEntry): number {
	return Math.round(minutesPerMonth(sop) / 6) / 10;
}

/** The sum of each procedure's rounded hours, so the rows of the document add up to the workload it states. */
function procedureHours(sops: readonly SopEntry[]): number {
	return sops.reduce((tenths, sop) => tenths + Math.round(minutesPerMonth(sop) / 6), 0) / 10;
}
