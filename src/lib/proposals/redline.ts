/**
 * The redline of a revision: what changed between a proposal and the one it revises, computed from
 * the two resolved proposals (never from their files), so its totals are the totals of both documents.
 */
import type { Minor } from '../core/money.ts';
import type { OptionLine, Redline, RedlineChange, RedlineFigure, ResolvedOption, ResolvedProposal } from './types.ts';

/** One priced item of an option, as the redline compares it. */
interface Item {
	id: string;
	title: string;
	amount: Minor;
	hours: number;
	oneTime: boolean;
}

/** The option a redline compares: the accepted one, else the recommended one. */
export function comparedOption(proposal: ResolvedProposal): ResolvedOption {
	return proposal.options[proposal.acceptance || proposal.options.length === 1 ? 0 : proposal.recommended] as ResolvedOption;
}

/** The package and every chargeable line of an option, add-ons left out (they are not in the totals). */
function items(proposal: ResolvedProposal, option: ResolvedOption): Item[] {
	const list: Item[] = [];
	if (!proposal.alaCarte) {
		const { id, title, monthlyFee, hoursPerMonth } = option.package;
		list.push({ id, title: `${title} retainer`, amount: monthlyFee, hours: hoursPerMonth, oneTime: false });
	}
	proposal.lines.forEach((line, i) => {
		const priced = option.lines[i] as OptionLine;
		if (line.optional || priced.included) return;
		list.push({ id: line.service.id, title: line.service.title, amount: priced.amount, hours: line.hours, oneTime: !line.recurring });
	});
	return list;
}

function figure(before: Minor, after: Minor): RedlineFigure {
	return { before, after, change: after - before };
}

/** What changed from `previous` to `current`: lines added, removed, re-priced or re-scoped, and the change in each total. */
export function redline(previous: ResolvedProposal, current: ResolvedProposal): Redline {
	const before = comparedOption(previous);
	const after = comparedOption(current);
	const old = new Map(items(previous, before).map((item) => [item.id, item]));
	const now = items(current, after);
	const changes: RedlineChange[] = [];
	for (const item of now) {
		const was = old.get(item.id);
		old.delete(item.id);
		if (!was) {
			changes.push(change('added', item, null, item));
		} else if (was.hours !== item.hours || was.oneTime !== item.oneTime) {
			changes.push(change('rescoped', item, was, item));
		} else if (was.amount !== item.amount) {
			changes.push(change('repriced', item, was, item));
		}
	}
	for (const was of old.values()) changes.push(change('removed', was, was, null));
	return {
		previous: previous.id,
		previousOption: before.package.title,
		currentOption: after.package.title,
		changes,
		monthlyTotal: figure(before.totals.monthlyTotal, after.totals.monthlyTotal),
		oneTimeTotal: figure(before.totals.oneTimeTotal, after.totals.oneTimeTotal),
		minimumContractValue: figure(before.totals.minimumContractValue, after.totals.minimumContractValue),
		termMonths: { before: before.termMonths, after: after.termMonths },
	};
}

function change(kind: RedlineChange['kind'], item: Item, was: Item | null, now: Item | null): RedlineChange {
	return {
		kind,
		id: item.id,
		title: item.title,
		before: was?.amount ?? null,
		after: now?.amount ?? null,
		hoursBefore: was?.hours ?? null,
		hoursAfter: now?.hours ?? null,
		oneTime: item.oneTime,
	};
}
