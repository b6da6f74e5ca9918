/**
 * Resolving a validated proposal file against the catalog into everything a document shows:
 * options, priced lines, totals for every choice of add-ons, capacity, scope and terms. Templates
 * only format what this computes; `pricing/rules.ts` holds the pricing rules.
 */
import type { Proposal } from '../../schemas/proposals.ts';
import type { PackageEntry } from '../catalog/types.ts';
import { daysBetween } from '../core/dates.ts';
import type { Problem } from '../core/problems.ts';
import { absoluteUrl, paths } from '../core/urls.ts';
import {
	paymentSchedule,
	priceLine,
	totalsForEveryChoice,
	type Charge,
	type DepositRule,
	type Discount,
	type TaxRule,
	type Totals,
} from '../pricing/rules.ts';
import { capacityByChoice } from './capacity.ts';
import { performerOf } from './catalog-index.ts';
import { defaultPaper } from './paper.ts';
import { alaCarteId, groupByArea, notIncluded, procedureMark, scopeItems, scopeProcedures, serviceRef, sortServices } from './scope.ts';
import { resolveTerms, termEnds } from './terms.ts';
import type {
	Procedure,
	Capacity,
	CatalogIndex,
	OptionLine,
	ProposalSource,
	ResolvedLine,
	ResolvedOption,
	ResolvedProposal,
	ResolveOptions,
	ResolveResult,
} from './types.ts';

/** What resolving one option needs from the proposal as a whole. */
interface OptionContext {
	source: ProposalSource;
	index: CatalogIndex;
	lines: readonly ResolvedLine[];
	discount: Discount | undefined;
	tax: TaxRule;
	/** More than one package offered. */
	multiple: boolean;
	recommendedId: string | undefined;
	deposit: DepositRule | undefined;
	problems: Problem[];
	warnings: Problem[];
}

/** Resolves a validated proposal against the catalog; references are assumed checked by the loader. */
export function resolveProposal(source: ProposalSource, index: CatalogIndex, options: ResolveOptions): ResolveResult {
	const { data, file } = source;
	const { site } = index.catalog;
	const problems: Problem[] = [];
	const warnings: Problem[] = [];

	const packageIds = data.packages ?? (data.package ? [data.package] : []);
	const alaCarte = packageIds.length === 0;
	const packages = alaCarte
		? [alaCartePackage(site.terms.minimumTermMonths)]
		: packageIds.map((id) => index.packages.get(id)).filter((pkg): pkg is PackageEntry => pkg !== undefined);
	if (packages.length !== Math.max(1, packageIds.length)) {
		return { proposal: undefined, problems: [{ file, field: 'package', message: 'names a package that is not in the catalog' }], warnings };
	}

	const lines = resolveLines(source, index, problems);
	const tax = {
		rate: data.tax?.rate ?? site.tax.rate,
		label: data.tax?.label ?? site.tax.label,
		inclusive: data.tax?.inclusive ?? site.tax.inclusive,
	};
	const taxRule: TaxRule = { rate: tax.rate, inclusive: tax.inclusive };
	const recommendedId = data.recommended ?? packages[0]?.id;
	const context: OptionContext = {
		source,
		index,
		lines,
		discount: discountRule(data.discount),
		tax: taxRule,
		multiple: packageIds.length > 1,
		recommendedId,
		deposit: data.deposit ? { percent: data.deposit.percent, balanceDue: data.deposit.balanceDue ?? null } : undefined,
		problems,
		warnings,
	};
	const resolvedOptions = packages.map((pkg, optionIndex) => resolveOption(pkg, optionIndex, context));
	warnings.push(...alreadyIncluded(lines, resolvedOptions, packages, file));
	warnings.push(...expiry(data.validUntil, options.today, file));

	if (context.deposit && resolvedOptions.every((option) => option.choices.every((choice) => choice.oneTimeTotal === 0))) {
		warnings.push({ file, field: 'deposit', message: 'there are no one-time fees to take a deposit on' });
	}
	const inScope = new Set<string>([...packages.flatMap((pkg) => pkg.services), ...lines.map((line) => line.service.id)]);
	const result: ResolvedProposal = {
		id: source.id,
		file,
		site: {
			name: site.name,
			tagline: site.tagline,
			owner: site.owner,
			email: site.email,
			phone: site.phone ?? null,
			location: site.location ?? null,
			url: site.url,
			handbookUrl: absoluteUrl(site.url, paths.handbook()),
			locale: site.locale,
			currency: site.currency,
			brand: site.brand,
			acceptanceUrl: site.acceptanceUrl ?? null,
			timezone: site.timezone,
		},
		client: {
			name: data.client.name,
			contact: data.client.contact ?? null,
			email: data.client.email,
			business: data.client.business,
			addressee: data.client.contact ?? data.client.name,
		},
		date: data.date,
		validUntil: data.validUntil,
		startDate: data.startDate,
		paper: data.paper ?? defaultPaper(site.locale),
		multiple: packages.length > 1,
		alaCarte,
		options: resolvedOptions,
		recommended: Math.max(0, packageIds.indexOf(recommendedId ?? '')),
		lines,
		addons: lines.filter((line) => line.addon !== null),
		tax: { rate: taxRule.rate, inclusive: taxRule.inclusive, label: tax.label, applies: taxRule.rate > 0 },
		discount: data.discount
			? data.discount.kind === 'percent'
				? { kind: 'percent', percent: data.discount.percent, amount: null, reason: data.discount.reason }
				: { kind: 'amount', amount: data.discount.amount, percent: null, reason: data.discount.reason }
			: null,
		scope: groupByArea(scopeItems(inScope, packages, lines, index), (item) => item.service.area, index),
		procedures: groupByArea(
			markProcedures(scopeProcedures(inScope, index), resolvedOptions, lines, packageIds, recommendedId),
			(procedure) => procedure.area,
			index,
		),
		notIncluded: notIncluded(inScope, index),
		terms: resolveTerms(data.terms, site),
		deposit: context.deposit ?? null,
		situation: data.situation.trim(),
		notes: data.notes.trim(),
		revises: data.revises ?? null,
		// Filled in by the run, which sees every proposal: the previous revision, the next one, the acceptance.
		redline: null,
		supersededBy: null,
		acceptance: null,
	};
	return { proposal: problems.length ? undefined : result, problems, warnings };
}

/** The service lines beyond the package, priced from the catalog unless the proposal overrides hours or amount. */
function resolveLines(source: ProposalSource, index: CatalogIndex, problems: Problem[]): ResolvedLine[] {
	const { site } = index.catalog;
	const lines: ResolvedLine[] = [];
	let addonBit = 0;
	source.data.services.forEach((entry, position) => {
		const service = index.services.get(entry.id);
		if (!service) {
			problems.push({ file: source.file, field: `services[${position}].id`, message: `unknown service "${entry.id}"` });
			return;
		}
		if (entry.once && service.pricing.model !== 'hourly') {
			problems.push({
				file: source.file,
				field: `services[${position}].once`,
				message: `only hourly work can be billed once; "${entry.id}" is priced ${service.pricing.model === 'fixed' ? 'as a one-time fee already' : 'monthly'}`,
			});
		}
		const priced = priceLine(
			{
				model: service.pricing.model,
				amount: entry.amount ?? service.pricing.amount,
				hours: entry.hours ?? service.pricing.hours,
				once: entry.once,
			},
			site.hourlyRate,
		);
		lines.push({
			index: position,
			field: `services[${position}]`,
			service: serviceRef(service, index),
			addon: entry.optional ? addonBit++ : null,
			optional: entry.optional,
			...priced,
			overrides: { hours: entry.hours !== undefined, amount: entry.amount !== undefined },
			performer: index.performers.get(service.id) ?? performerOf(service.delivery, [], index.roles, site.owner),
		});
	});
	return lines;
}

/** The pricing rule for the proposal's discount, if it has one. */
function discountRule(discount: Proposal['discount']): Discount | undefined {
	if (!discount) return undefined;
	return discount.kind === 'percent' ? { kind: 'percent', percent: discount.percent } : { kind: 'amount', amount: discount.amount };
}

/** One package option: its term, its lines as priced with that package, totals and capacity for every choice of add-ons. */
function resolveOption(pkg: PackageEntry, optionIndex: number, context: OptionContext): ResolvedOption {
	const { source, index, lines, problems, warnings } = context;
	const { data, file } = source;
	const { site } = index.catalog;
	const included = new Set(pkg.services);
	const optionLines = lines.map((line): OptionLine => ({
		included: included.has(line.service.id),
		amount: included.has(line.service.id) ? 0 : line.amount,
	}));
	const minimumTerm = data.terms.minimumTermMonths ?? Math.max(site.terms.minimumTermMonths, pkg.minimumTermMonths);
	const termMonths = data.termMonths ?? minimumTerm;
	if (termMonths < minimumTerm) {
		problems.push({
			file,
			field: 'termMonths',
			message: `${termMonths} month${termMonths === 1 ? '' : 's'} is shorter than the ${pkg.title} package's minimum term of ${minimumTerm} months; lower terms.minimumTermMonths to offer a shorter contract`,
		});
	}
	const charge = (line: ResolvedLine, optionLine: OptionLine): Charge => ({
		amount: optionLine.amount,
		recurring: line.recurring,
		hours: optionLine.included || !line.recurring ? 0 : line.hours,
	});
	const base = lines.flatMap((line, i) => (line.optional ? [] : [charge(line, optionLines[i] as OptionLine)]));
	const addonCharges = lines.flatMap((line, i) => (line.optional ? [charge(line, optionLines[i] as OptionLine)] : []));
	const choices = totalsForEveryChoice(
		{
			packageFee: pkg.monthlyFee,
			packageHours: pkg.hoursPerMonth,
			charges: base,
			discount: context.discount,
			tax: context.tax,
			termMonths,
		},
		addonCharges,
	);
	const totals = choices[0] as Totals;
	const schedules = choices.map((choice) => paymentSchedule(choice.oneTimeTotal, context.deposit));
	const capacities = capacityByChoice(pkg, lines, choices, index);
	const capacity = capacities[0] as Capacity;
	if (capacity.over) {
		warnings.push({
			file,
			field: context.multiple ? `packages[${optionIndex}]` : 'package',
			message: `over capacity: the selected services' procedures need about ${capacity.estimatedHours} h a month, the ${pkg.title} option includes ${capacity.includedHours} h`,
		});
	}
	if (totals.discountCapped) {
		warnings.push({
			file,
			field: 'discount.amount',
			message: `is more than the ${pkg.title} option's monthly subtotal and was reduced to it`,
		});
	}
	return {
		index: optionIndex,
		package: {
			id: pkg.id,
			title: pkg.title,
			summary: pkg.summary,
			hoursPerMonth: pkg.hoursPerMonth,
			monthlyFee: pkg.monthlyFee,
			url: pkg.audience === 'public' ? absoluteUrl(site.url, paths.packages()) : null,
			services: sortServices(pkg.services, index).map((id) => serviceRef(index.services.get(id)!, index)),
		},
		recommended: context.multiple && pkg.id === context.recommendedId,
		termMonths,
		termEnds: termEnds(data.startDate, termMonths),
		lines: optionLines,
		totals,
		choices,
		paymentSchedule: schedules[0] ?? [],
		paymentSchedules: schedules,
		capacity,
		capacityByChoice: capacities,
	};
}

/** Marks each procedure by how it counts in the workload of the recommended option (or why it does not). */
function markProcedures<T extends Procedure>(
	procedures: T[],
	options: readonly ResolvedOption[],
	lines: readonly ResolvedLine[],
	packageIds: readonly string[],
	recommendedId: string | undefined,
): T[] {
	const option = options[Math.max(0, packageIds.indexOf(recommendedId ?? ''))] as ResolvedOption;
	const counted = new Set([
		...option.package.services.map((service) => service.id),
		...lines.filter((line) => !line.optional && line.recurring).map((line) => line.service.id),
	]);
	const oneTime = new Set(lines.filter((line) => !line.recurring).map((line) => line.service.id));
	const optional = new Set(lines.filter((line) => line.optional).map((line) => line.service.id));
	return procedures.map((procedure) => ({ ...procedure, mark: procedureMark(procedure, counted, oneTime, optional) }));
}

/** The stand-in package of an à la carte proposal: no fee, no hours, no services, the site's minimum term. */
function alaCartePackage(minimumTermMonths: number): PackageEntry {
	return {
		id: alaCarteId,
		file: '',
		body: '',
		title: 'À la carte',
		summary: 'The services listed, each priced on its own.',
		hoursPerMonth: 0,
		monthlyFee: 0,
		services: [],
		minimumTermMonths,
		order: 0,
		featured: false,
		audience: 'internal',
	};
}

/** A warning for each extra line that every option's package already includes. */
function alreadyIncluded(
	lines: readonly ResolvedLine[],
	options: readonly ResolvedOption[],
	packages: readonly PackageEntry[],
	file: string,
): Problem[] {
	return lines
		.filter((_line, i) => options.every((option) => option.lines[i]?.included))
		.map((line) => ({
			file,
			field: `${line.field}.id`,
			message: `"${line.service.id}" is already included in ${packages.length > 1 ? 'every package offered' : `the ${packages[0]?.title} package`}, so it adds nothing`,
		}));
}

/** A warning once the offer's last valid day has passed. */
function expiry(validUntil: string, today: string, file: string): Problem[] {
	const daysLeft = daysBetween(today, validUntil);
	if (daysLeft >= 0) return [];
	return [
		{
			file,
			field: 'validUntil',
			message: `the offer expired on ${validUntil} (${-daysLeft} day${daysLeft === -1 ? '' : 's'} ago); set a new validUntil before sending it`,
		},
	];
}
