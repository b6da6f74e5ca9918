/** What in the live catalog differs from an accepted proposal's frozen record: warnings, never changes. */
import type { AcceptedRecord } from '../../schemas/accepted.ts';
import { formatMoney, type Minor } from '../core/money.ts';
import type { Problem } from '../core/problems.ts';
import { comparedOption } from './redline.ts';
import type { OptionLine, ResolvedProposal } from './types.ts';

/** One warning per difference between the record and the same choice resolved on today's catalog. */
export function catalogDrift(record: AcceptedRecord, live: ResolvedProposal, file: string): Problem[] {
	const money = (value: Minor) => formatMoney(value, record.practice.locale, record.currency);
	const differences: string[] = [];
	const compare = (what: string, before: unknown, after: unknown, show: (value: never) => string = String) => {
		if (JSON.stringify(before) !== JSON.stringify(after)) differences.push(`${what}: ${show(before as never)} → ${show(after as never)}`);
	};
	const quote = (text: string) => `"${text}"`;
	const option = comparedOption(live);
	if (record.package) {
		const pkg = option.package;
		const name = `package ${record.package.id}`;
		compare(`${name} monthly fee`, record.package.monthlyFee, pkg.monthlyFee, money);
		compare(`${name} hours a month`, record.package.hoursPerMonth, pkg.hoursPerMonth);
		compare(`${name} title`, record.package.title, pkg.title, quote);
		compare(`${name} summary`, record.package.summary, pkg.summary, quote);
		compare(
			`${name} services`,
			record.package.services.map((s) => s.id),
			pkg.services.map((s) => s.id),
			(ids: string[]) => ids.join(', '),
		);
		const liveServices = new Map(pkg.services.map((s) => [s.id, s]));
		for (const service of record.package.services) {
			const now = liveServices.get(service.id);
			if (now) serviceText(service, now, compare, quote);
		}
	}
	const liveLines = new Map(live.lines.map((line, i) => [line.service.id, { line, priced: option.lines[i] as OptionLine }]));
	for (const line of record.lines) {
		const now = liveLines.get(line.id);
		if (!now) continue;
		compare(`${line.id} price`, line.amount, now.priced.amount, money);
		compare(`${line.id} ${line.model === 'hourly' ? 'rate' : 'fee'}`, line.unitAmount, now.line.unitAmount, money);
		compare(`${line.id} hours`, line.hours, now.line.hours);
		serviceText(line, now.line.service, compare, quote);
	}
	compare('monthly total', record.totals.monthlyTotal, option.totals.monthlyTotal, money);
	compare('one-time total', record.totals.oneTimeTotal, option.totals.oneTimeTotal, money);
	// A price change shows up as both a line and a total; each is worth its own line, but never twice.
	return [...new Set(differences)].map((difference) => ({
		file,
		field: 'accepted',
		message: `the live catalog now differs from what was accepted on ${record.accepted.date} (the contract keeps the accepted figures and text): ${difference}`,
	}));
}

type Compare = (what: string, before: unknown, after: unknown, show?: (value: never) => string) => void;

function serviceText(
	before: { id: string; title: string; summary: string; deliverables: readonly string[] },
	after: { title: string; summary: string; deliverables: readonly string[] },
	compare: Compare,
	quote: (text: string) => string,
): void {
	compare(`${before.id} title`, before.title, after.title, quote);
	compare(`${before.id} summary`, before.summary, after.summary, quote);
	compare(`${before.id} deliverables`, before.deliverables, after.deliverables, (list: string[]) => list.map(quote).join('; '));
}
