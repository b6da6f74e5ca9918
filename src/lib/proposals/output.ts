/** What leaves the model: the add-on toggles' figures, the JSON for an invoicing tool and the CLI's summary line. */
import { formatMoney, minorUnitDigits, type Minor } from '../core/money.ts';
import { formatCapacity } from './capacity.ts';
import type { Capacity, ChoiceCells, OptionLine, ProposalSummary, ResolvedOption, ResolvedProposal } from './types.ts';

/** Every choice's figures as formatted strings, one `|`-separated list per figure, indexed by bit mask. */
export function choiceCells(option: ResolvedOption, proposal: ResolvedProposal): Record<keyof ChoiceCells, string> {
	const { locale, currency } = proposal.site;
	const money = (value: Minor) => formatMoney(value, locale, currency);
	const cells: Record<keyof ChoiceCells, string[]> = {
		recurringSubtotal: [],
		discount: [],
		recurringTax: [],
		monthlyTotal: [],
		oneTimeTax: [],
		oneTimeTotal: [],
		deposit: [],
		balance: [],
		firstInvoice: [],
		minimumContractValue: [],
		effectiveHourlyRate: [],
		capacity: [],
		addonCount: [],
	};
	option.choices.forEach((totals, mask) => {
		cells.recurringSubtotal.push(money(totals.recurringSubtotal));
		cells.discount.push(money(-totals.discount));
		cells.recurringTax.push(money(totals.recurringTax));
		cells.monthlyTotal.push(money(totals.monthlyTotal));
		cells.oneTimeTax.push(money(totals.oneTimeTax));
		cells.oneTimeTotal.push(money(totals.oneTimeTotal));
		const schedule = option.paymentSchedules[mask] ?? [];
		cells.deposit.push(money(schedule[0]?.amount ?? 0));
		cells.balance.push(money(schedule[1]?.amount ?? 0));
		cells.firstInvoice.push(money(totals.firstInvoice));
		cells.minimumContractValue.push(money(totals.minimumContractValue));
		cells.effectiveHourlyRate.push(totals.effectiveHourlyRate === null ? '—' : money(totals.effectiveHourlyRate));
		cells.capacity.push(formatCapacity(option.capacityByChoice[mask] as Capacity, locale));
		const count = bitCount(mask);
		cells.addonCount.push(count === 0 ? 'none' : `${count} of ${proposal.addons.length}`);
	});
	// Joined with "|", which no formatted amount contains: the attribute needs no escaping and stays short.
	return Object.fromEntries(Object.entries(cells).map(([key, values]) => [key, values.join('|')])) as Record<keyof ChoiceCells, string>;
}

function bitCount(mask: number): number {
	let count = 0;
	for (let rest = mask; rest; rest &= rest - 1) count++;
	return count;
}

/** The JSON file for an invoicing tool: computed lines and totals in integer minor units. */
export function proposalJson(proposal: ResolvedProposal) {
	return {
		format: 'opsbook-proposal',
		version: 1,
		id: proposal.id,
		client: proposal.client,
		practice: { name: proposal.site.name, owner: proposal.site.owner, email: proposal.site.email },
		date: proposal.date,
		validUntil: proposal.validUntil,
		startDate: proposal.startDate,
		currency: proposal.site.currency,
		/** Every amount below is an integer count of these minor units (cents for USD, yen for JPY). */
		minorUnitDigits: minorUnitDigits(proposal.site.currency),
		tax: { rate: proposal.tax.rate, label: proposal.tax.label, inclusive: proposal.tax.inclusive },
		discount: proposal.discount,
		terms: proposal.terms,
		recommended: proposal.options[proposal.recommended]?.package.id ?? null,
		options: proposal.options.map((option) => ({
			package: proposal.alaCarte ? null : option.package.id,
			title: option.package.title,
			recommended: option.recommended,
			termMonths: option.termMonths,
			termStarts: proposal.startDate,
			termEnds: option.termEnds,
			lines: [
				...(proposal.alaCarte
					? []
					: [
							{
								kind: 'package',
								id: option.package.id,
								description: `${option.package.title} retainer`,
								model: 'monthly',
								recurring: true,
								optional: false,
								includedInPackage: false,
								hours: option.package.hoursPerMonth,
								unitAmount: option.package.monthlyFee,
								amount: option.package.monthlyFee,
								performedBy: null,
							},
						]),
				...proposal.lines.map((line, i) => {
					const priced = option.lines[i] as OptionLine;
					return {
						kind: line.optional ? 'addon' : 'service',
						id: line.service.id,
						description: line.service.title,
						model: line.model,
						recurring: line.recurring,
						optional: line.optional,
						includedInPackage: priced.included,
						hours: line.hours,
						unitAmount: line.unitAmount,
						amount: priced.amount,
						performedBy: line.performer.mode,
					};
				}),
			],
			/** Totals without optional add-ons. */
			totals: option.totals,
			/** Deposit and balance of the one-time total (without add-ons); empty when invoiced whole. */
			paymentSchedule: option.paymentSchedule,
			capacity: option.capacity,
		})),
		status: proposal.acceptance ? 'accepted' : proposal.supersededBy ? 'superseded' : 'open',
		/** The client's choice, for the invoicing tool; `null` while the offer is open. */
		accepted: proposal.acceptance && {
			date: proposal.acceptance.date,
			by: proposal.acceptance.by,
			package: proposal.acceptance.package,
			addOns: proposal.acceptance.addOns.map((addOn) => addOn.id),
			sha256: proposal.acceptance.sha256,
		},
		deposit: proposal.deposit,
		revises: proposal.revises,
		supersededBy: proposal.supersededBy,
		redline: proposal.redline,
	};
}

/** The one-line summary the CLI prints for a proposal (the recommended option's figures). */
export function summaryLine(proposal: ResolvedProposal): ProposalSummary {
	const option = proposal.options[proposal.recommended] as ResolvedOption;
	const { locale, currency } = proposal.site;
	const suffix = proposal.multiple ? ` (${option.package.title}, recommended of ${proposal.options.length})` : '';
	return {
		client: `${proposal.client.business} (${proposal.client.name})`,
		monthly: `${formatMoney(option.totals.monthlyTotal, locale, currency)}/month${suffix}`,
		contract: `${formatMoney(option.totals.minimumContractValue, locale, currency)} over ${option.termMonths} months`,
		capacity: `${formatCapacity(option.capacity, locale)}${option.capacity.over ? ' OVER CAPACITY' : ''}`,
	};
}
