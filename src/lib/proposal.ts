/**
 * The proposal model: a validated proposal file resolved against the catalog into everything a
 * document shows — options, priced lines, totals for every choice of add-ons, who performs each
 * service, the capacity estimate, scope, procedures, what is not included and the terms.
 * Templates only format what this module computes; `pricing.ts` holds the pricing rules.
 */
import type { Proposal } from '../schemas/proposals.ts';
import type { Role } from '../schemas/roles.ts';
import type { DeliveryMode } from '../schemas/services.ts';
import type { Frequency } from '../schemas/sops.ts';
import { hoursPerMonth, minutesPerMonth } from './cadence.ts';
import type { AreaEntry, Catalog, PackageEntry, ServiceEntry, SopEntry } from './catalog.ts';
import { addMonthsToDay, daysBetween, fromIsoDay, isoDay } from './dates.ts';
import { formatMoney, formatNumber, minorUnitDigits, type Minor } from './money.ts';
import { priceLine, totalsForEveryChoice, type Charge, type Discount, type PricingModel, type TaxRule, type Totals } from './pricing.ts';
import type { Problem } from './problems.ts';
import { absoluteUrl, paths } from './urls.ts';

// ---------------------------------------------------------------------------------------------
// Catalog index: built once per run, shared by every proposal.

/** Who carries out a service, from its delivery mode and the roles its procedures name. */
export interface Performer {
	mode: DeliveryMode;
	/** A few words for tables: "Your OBM", "Your team", "Bookkeeper". */
	short: string;
	/** One sentence-like line for the scope, such as "Bookkeeper (subcontractor), managed by Maya Okafor". */
	label: string;
}

export interface CatalogIndex {
	catalog: Catalog;
	services: ReadonlyMap<string, ServiceEntry>;
	packages: ReadonlyMap<string, PackageEntry>;
	areas: ReadonlyMap<string, AreaEntry>;
	roles: ReadonlyMap<string, Role>;
	/** Procedures of each service that still run (retired ones left out). */
	procedures: ReadonlyMap<string, readonly SopEntry[]>;
	/** Who performs each service. */
	performers: ReadonlyMap<string, Performer>;
	/** Position of each service in catalog order (area order, then title). */
	serviceOrder: ReadonlyMap<string, number>;
	/** Public services in catalog order, for the "not included" list. */
	publicServices: readonly ServiceEntry[];
}

/** Indexes `catalog` once so that resolving each proposal does no catalog-wide work. */
export function indexCatalog(catalog: Catalog): CatalogIndex {
	const areas = new Map(catalog.areas.map((area) => [area.id, area]));
	const sops = new Map(catalog.sops.map((sop) => [sop.id, sop]));
	const roles = new Map(catalog.roles.map((role) => [role.id, role]));
	const areaRank = new Map(catalog.areas.map((area, index) => [area.id, index]));
	const ordered = [...catalog.services].sort(
		(a, b) => (areaRank.get(a.area) ?? 999) - (areaRank.get(b.area) ?? 999) || a.title.localeCompare(b.title, 'en'),
	);
	const procedures = new Map<string, SopEntry[]>();
	const performers = new Map<string, Performer>();
	for (const service of catalog.services) {
		const list = service.sops.map((id) => sops.get(id)).filter((sop): sop is SopEntry => sop !== undefined && sop.status !== 'retired');
		procedures.set(service.id, list);
		performers.set(service.id, performerOf(service.delivery, list, roles, catalog.site.owner));
	}
	return {
		catalog,
		services: new Map(catalog.services.map((service) => [service.id, service])),
		packages: new Map(catalog.packages.map((pkg) => [pkg.id, pkg])),
		areas,
		roles,
		procedures,
		performers,
		serviceOrder: new Map(ordered.map((service, index) => [service.id, index])),
		publicServices: ordered.filter((service) => service.audience === 'public'),
	};
}

/**
 * Who performs a service. `perform`: the OBM does it. `manage`: the owner's team does it, coordinated
 * by the OBM. `subcontract`: a specialist hired and managed by the OBM, named by the subcontractor
 * roles responsible in the service's procedures when there are any.
 */
export function performerOf(mode: DeliveryMode, procedures: readonly SopEntry[], roles: ReadonlyMap<string, Role>, obm: string): Performer {
	switch (mode) {
		case 'perform':
			return { mode, short: 'Your OBM', label: `${obm}, your online business manager` };
		case 'manage':
			return { mode, short: 'Your team', label: `Your team, coordinated by ${obm}` };
		case 'subcontract': {
			const titles = [
				...new Set(
					procedures
						.flatMap((sop) => sop.raci.responsible)
						.flatMap((id) => {
							const role = roles.get(id);
							return role?.kind === 'subcontractor' ? [role.title] : [];
						}),
				),
			];
			const who = titles.length ? joinWords(titles) : 'A specialist';
			return { mode, short: titles.length === 1 ? who : 'Subcontractor', label: `${who} (subcontractor), managed by ${obm}` };
		}
	}
}

function joinWords(words: readonly string[]): string {
	if (words.length <= 1) return words.join('');
	return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

// ---------------------------------------------------------------------------------------------
// The resolved proposal.

/** A service as documents show it. */
export interface ServiceRef {
	id: string;
	title: string;
	area: string;
	areaTitle: string;
	summary: string;
	deliverables: readonly string[];
	/** Page in the published catalog; `null` for internal services. */
	url: string | null;
}

/** A service line beyond the package: an extra service or an optional add-on. */
export interface ResolvedLine {
	/** Position in the proposal's `services` list. */
	index: number;
	/** Field path in the proposal file, for messages. */
	field: string;
	service: ServiceRef;
	/** Bit of this add-on in a choice mask; `null` for lines that are not optional. */
	addon: number | null;
	optional: boolean;
	model: PricingModel;
	recurring: boolean;
	/** Hours per month (recurring) or in total (one-time). */
	hours: number;
	/** Rate per hour (hourly) or fee (monthly, fixed). */
	unitAmount: Minor;
	/** Price of the line when the package does not already include the service. */
	amount: Minor;
	/** Which parts the proposal overrides. */
	overrides: { hours: boolean; amount: boolean };
	performer: Performer;
}

/** A line as priced within one option: free when the option's package already includes it. */
export interface OptionLine {
	included: boolean;
	amount: Minor;
}

/** Estimated work against hours included, for one choice of add-ons. */
export interface Capacity {
	/** Hours per month the selected services' procedures need (frequency × estimated minutes). */
	estimatedHours: number;
	/** Hours per month the fees pay for. */
	includedHours: number;
	/** Estimated as a whole percent of included. */
	percent: number;
	over: boolean;
}

export interface ResolvedOption {
	index: number;
	package: {
		id: string;
		title: string;
		summary: string;
		hoursPerMonth: number;
		monthlyFee: Minor;
		url: string | null;
		services: readonly ServiceRef[];
	};
	recommended: boolean;
	/** Months the contract runs at least. */
	termMonths: number;
	/** Last day of the minimum term. */
	termEnds: string;
	/** Each proposal line as priced in this option, parallel to `ResolvedProposal.lines`. */
	lines: readonly OptionLine[];
	/** Totals without add-ons. */
	totals: Totals;
	/** Totals for every choice of add-ons, indexed by bit mask. */
	choices: readonly Totals[];
	/** Capacity without add-ons. */
	capacity: Capacity;
	/** Capacity for every choice of add-ons, indexed by bit mask. */
	capacityByChoice: readonly Capacity[];
}

/** A service in the scope, with how each option includes it. */
export interface ScopeItem {
	service: ServiceRef;
	performer: Performer;
	/** Per option: `package`, `extra`, `addon` or `none`. */
	status: readonly ('package' | 'extra' | 'addon' | 'none')[];
	/** Short text for the scope, such as "Included in every option" or "Optional add-on". */
	badge: string;
	optional: boolean;
	/** One-time project rather than recurring work. */
	oneTime: boolean;
}

export interface Procedure {
	id: string;
	title: string;
	summary: string;
	frequency: Frequency;
	estimatedMinutes: number;
	/** Average hours per month. */
	hoursPerMonth: number;
	/** Role titles of whoever does the work. */
	responsible: string;
	/** Handbook page; `null` when the SOP is internal. */
	url: string | null;
	draft: boolean;
}

export interface AreaGroup<T> {
	id: string;
	title: string;
	items: readonly T[];
}

/** Services of one area a proposal leaves out: the first `notIncludedPerArea`, a count of the rest, and the area's catalog page. */
export interface ExcludedGroup extends AreaGroup<ServiceRef> {
	more: number;
	url: string;
}

/** Beyond this many left-out services in one area, a proposal says "and N more" and links the catalog, so documents stay readable however large the catalog grows. */
export const notIncludedPerArea = 12;

export interface ResolvedTerms {
	noticeDays: number;
	/** Months unused hours carry forward; 0 means they lapse at month end. */
	rollover: number;
	/** Price of an hour beyond the included hours. */
	overageRate: Minor;
	billing: 'advance' | 'arrears';
	paymentDueDays: number;
	/** Minimum term set by the proposal for every option, or `null` when each package's applies. */
	minimumTermMonths: number | null;
}

export interface ResolvedProposal {
	id: string;
	file: string;
	site: {
		name: string;
		tagline: string;
		owner: string;
		email: string;
		phone: string | null;
		location: string | null;
		url: string;
		handbookUrl: string;
		locale: string;
		currency: string;
		brand: { primary: string; accent: string };
	};
	client: { name: string; contact: string | null; email: string; business: string; addressee: string };
	date: string;
	validUntil: string;
	startDate: string;
	paper: 'A4' | 'letter';
	/** More than one package offered side by side. */
	multiple: boolean;
	options: readonly ResolvedOption[];
	/** Index of the recommended option (0 for a single package). */
	recommended: number;
	/** Extra services and add-ons, in the order of the proposal file. */
	lines: readonly ResolvedLine[];
	/** The optional add-ons, in bit order. */
	addons: readonly ResolvedLine[];
	tax: TaxRule & { label: string; applies: boolean };
	discount:
		({ reason: string } & ({ kind: 'percent'; percent: number; amount: null } | { kind: 'amount'; amount: Minor; percent: null })) | null;
	scope: readonly AreaGroup<ScopeItem>[];
	procedures: readonly AreaGroup<Procedure>[];
	/** Catalog services left out, by area; long areas list the first few and link to the rest. */
	notIncluded: readonly ExcludedGroup[];
	terms: ResolvedTerms;
	/** The client's situation, Markdown. */
	situation: string;
	/** Closing notes, Markdown. */
	notes: string;
}

export interface ResolveResult {
	proposal: ResolvedProposal | undefined;
	problems: Problem[];
	warnings: Problem[];
}

/** A validated proposal file. */
export interface ProposalSource {
	id: string;
	file: string;
	data: Proposal;
}

export interface ResolveOptions {
	/** The day warnings are judged against (an expired offer). */
	today: string;
}

const papers = new Map<string, 'A4' | 'letter'>();

/** US and Canadian customs (and a few others) print on Letter; everyone else on A4. */
export function defaultPaper(locale: string): 'A4' | 'letter' {
	let paper = papers.get(locale);
	if (!paper) {
		paper = paperForRegion(locale);
		papers.set(locale, paper);
	}
	return paper;
}

function paperForRegion(locale: string): 'A4' | 'letter' {
	let region: string | undefined;
	try {
		region = new Intl.Locale(locale).maximize().region;
	} catch {
		region = undefined;
	}
	return region && ['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'PR'].includes(region) ? 'letter' : 'A4';
}

/** Resolves a validated proposal against the catalog; references are assumed checked by the loader. */
export function resolveProposal(source: ProposalSource, index: CatalogIndex, options: ResolveOptions): ResolveResult {
	const { data, file } = source;
	const { site } = index.catalog;
	const problems: Problem[] = [];
	const warnings: Problem[] = [];
	const serviceRef = (service: ServiceEntry): ServiceRef => ({
		id: service.id,
		title: service.title,
		area: service.area,
		areaTitle: index.areas.get(service.area)?.title ?? service.area,
		summary: service.summary,
		deliverables: service.deliverables,
		url: service.audience === 'public' ? absoluteUrl(site.url, paths.service(service.id)) : null,
	});

	const packageIds = data.packages ?? (data.package ? [data.package] : []);
	const packages = packageIds.map((id) => index.packages.get(id)).filter((pkg): pkg is PackageEntry => pkg !== undefined);
	if (packages.length !== packageIds.length || packages.length === 0) {
		return { proposal: undefined, problems: [{ file, field: 'package', message: 'names a package that is not in the catalog' }], warnings };
	}

	// Lines beyond the package.
	const lines: ResolvedLine[] = [];
	let addonBit = 0;
	data.services.forEach((entry, position) => {
		const service = index.services.get(entry.id);
		if (!service) {
			problems.push({ file, field: `services[${position}].id`, message: `unknown service "${entry.id}"` });
			return;
		}
		const priced = priceLine(
			{ model: service.pricing.model, amount: entry.amount ?? service.pricing.amount, hours: entry.hours ?? service.pricing.hours },
			site.hourlyRate,
		);
		lines.push({
			index: position,
			field: `services[${position}]`,
			service: serviceRef(service),
			addon: entry.optional ? addonBit++ : null,
			optional: entry.optional,
			...priced,
			overrides: { hours: entry.hours !== undefined, amount: entry.amount !== undefined },
			performer: index.performers.get(service.id) ?? performerOf(service.delivery, [], index.roles, site.owner),
		});
	});
	const addons = lines.filter((line) => line.addon !== null);

	const tax = {
		rate: data.tax?.rate ?? site.tax.rate,
		label: data.tax?.label ?? site.tax.label,
		inclusive: data.tax?.inclusive ?? site.tax.inclusive,
	};
	const taxRule: TaxRule = { rate: tax.rate, inclusive: tax.inclusive };
	const discount: Discount | undefined = data.discount
		? data.discount.kind === 'percent'
			? { kind: 'percent', percent: data.discount.percent }
			: { kind: 'amount', amount: data.discount.amount }
		: undefined;

	const recommendedId = data.recommended ?? packages[0]?.id;
	const resolvedOptions = packages.map((pkg, optionIndex): ResolvedOption => {
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
			{ packageFee: pkg.monthlyFee, packageHours: pkg.hoursPerMonth, charges: base, discount, tax: taxRule, termMonths },
			addonCharges,
		);
		const totals = choices[0] as Totals;

		// Capacity: the procedures of every recurring service selected, each procedure counted once.
		const recurringIds = (mask: number) => [
			...pkg.services,
			...lines.filter((line) => line.recurring && (line.addon === null || mask & (1 << line.addon))).map((line) => line.service.id),
		];
		const capacityByChoice = choices.map((choice, mask) => {
			const seen = new Map<string, SopEntry>();
			for (const id of recurringIds(mask)) for (const sop of index.procedures.get(id) ?? []) seen.set(sop.id, sop);
			const estimatedHours = hoursPerMonth([...seen.values()]);
			const includedHours = choice.hoursIncluded;
			return {
				estimatedHours,
				includedHours,
				percent: includedHours > 0 ? Math.round((estimatedHours / includedHours) * 100) : 0,
				over: estimatedHours > includedHours,
			};
		});
		const capacity = capacityByChoice[0] as Capacity;
		if (capacity.over) {
			warnings.push({
				file,
				field: packageIds.length > 1 ? `packages[${optionIndex}]` : 'package',
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
				services: sortServices(pkg.services, index).map((id) => serviceRef(index.services.get(id) as ServiceEntry)),
			},
			recommended: packageIds.length > 1 && pkg.id === recommendedId,
			termMonths,
			termEnds: dayBefore(addMonthsToDay(data.startDate, termMonths)),
			lines: optionLines,
			totals,
			choices,
			capacity,
			capacityByChoice,
		};
	});

	for (const line of lines) {
		const everywhere = resolvedOptions.every((option) => option.lines[lines.indexOf(line)]?.included);
		if (everywhere) {
			warnings.push({
				file,
				field: `${line.field}.id`,
				message: `"${line.service.id}" is already included in ${packages.length > 1 ? 'every package offered' : `the ${packages[0]?.title} package`}, so it adds nothing`,
			});
		}
	}

	const daysLeft = daysBetween(options.today, data.validUntil);
	if (daysLeft < 0) {
		warnings.push({
			file,
			field: 'validUntil',
			message: `the offer expired on ${data.validUntil} (${-daysLeft} day${daysLeft === -1 ? '' : 's'} ago); set a new validUntil before sending it`,
		});
	}

	// Scope: every service any option covers, grouped by duty area in catalog order.
	const inScope = new Set<string>([...packages.flatMap((pkg) => pkg.services), ...lines.map((line) => line.service.id)]);
	const scopeItems = sortServices([...inScope], index).map((id): ScopeItem => {
		const service = index.services.get(id) as ServiceEntry;
		const line = lines.find((candidate) => candidate.service.id === id);
		const status = packages.map(
			(pkg) => (pkg.services.includes(id) ? 'package' : line ? (line.optional ? 'addon' : 'extra') : 'none') as ScopeItem['status'][number],
		);
		return {
			service: serviceRef(service),
			performer: index.performers.get(id) as Performer,
			status,
			badge: scopeBadge(status, packages, line),
			optional: status.every((s) => s === 'addon' || s === 'none') && status.includes('addon'),
			oneTime: service.pricing.model === 'fixed',
		};
	});

	const procedures = new Map<string, SopEntry>();
	for (const id of inScope) for (const sop of index.procedures.get(id) ?? []) if (sop.audience === 'public') procedures.set(sop.id, sop);
	const procedureList = [...procedures.values()].map((sop): Procedure & { area: string } => ({
		id: sop.id,
		area: sop.area,
		title: sop.title,
		summary: sop.summary,
		frequency: sop.frequency,
		estimatedMinutes: sop.estimatedMinutes,
		hoursPerMonth: Math.round((minutesPerMonth(sop) / 60) * 10) / 10,
		responsible: joinWords(sop.raci.responsible.map((role) => index.roles.get(role)?.title ?? role)),
		url: absoluteUrl(site.url, paths.sop(sop.id)),
		draft: sop.status === 'draft',
	}));
	procedureList.sort((a, b) => a.title.localeCompare(b.title, 'en'));

	const notIncluded = index.publicServices.filter((service) => !inScope.has(service.id)).map(serviceRef);

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
		options: resolvedOptions,
		recommended: Math.max(0, packageIds.indexOf(recommendedId ?? '')),
		lines,
		addons,
		tax: { rate: taxRule.rate, inclusive: taxRule.inclusive, label: tax.label, applies: taxRule.rate > 0 },
		discount: data.discount
			? data.discount.kind === 'percent'
				? { kind: 'percent', percent: data.discount.percent, amount: null, reason: data.discount.reason }
				: { kind: 'amount', amount: data.discount.amount, percent: null, reason: data.discount.reason }
			: null,
		scope: groupByArea(scopeItems, (item) => item.service.area, index),
		procedures: groupByArea(procedureList, (procedure) => procedure.area, index),
		notIncluded: groupByArea(notIncluded, (service) => service.area, index).map((group) => ({
			...group,
			items: group.items.slice(0, notIncludedPerArea),
			more: Math.max(0, group.items.length - notIncludedPerArea),
			url: absoluteUrl(site.url, paths.area(group.id)),
		})),
		terms: {
			noticeDays: data.terms.noticeDays ?? site.terms.noticeDays,
			rollover: data.terms.rollover ?? site.terms.rollover,
			overageRate: data.terms.overageRate ?? site.terms.overageRate,
			billing: data.terms.billing ?? site.terms.billing,
			paymentDueDays: data.terms.paymentDueDays ?? site.terms.paymentDueDays,
			minimumTermMonths: data.terms.minimumTermMonths ?? null,
		},
		situation: data.situation.trim(),
		notes: data.notes.trim(),
	};
	return { proposal: problems.length ? undefined : result, problems, warnings };
}

function dayBefore(day: string): string {
	return isoDay(new Date(fromIsoDay(day).getTime() - 86_400_000));
}

function sortServices(ids: readonly string[], index: CatalogIndex): string[] {
	return [...ids].sort((a, b) => (index.serviceOrder.get(a) ?? 0) - (index.serviceOrder.get(b) ?? 0));
}

function scopeBadge(status: readonly string[], packages: readonly PackageEntry[], line: ResolvedLine | undefined): string {
	const oneTime = line && !line.recurring ? 'one-time project' : undefined;
	if (status.every((s) => s === 'package')) return packages.length > 1 ? 'Included in every option' : 'Included in your retainer';
	if (status.every((s) => s === 'addon' || s === 'package') && status.includes('addon'))
		return oneTime ? 'Optional add-on, one-time project' : 'Optional add-on';
	if (status.every((s) => s === 'extra' || s === 'package') && status.includes('extra')) {
		if (packages.length > 1 && status.includes('package')) {
			const titles = packages.filter((_, i) => status[i] === 'package').map((pkg) => pkg.title);
			return `Included in ${joinWords(titles)}; added to the other options`;
		}
		return oneTime ? 'Additional one-time project' : 'Additional service';
	}
	const titles = packages.filter((_, i) => status[i] === 'package').map((pkg) => pkg.title);
	return `Included in ${joinWords(titles)}`;
}

function groupByArea<T>(items: readonly T[], areaOf: (item: T) => string, index: CatalogIndex): AreaGroup<T>[] {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const area = areaOf(item);
		const group = groups.get(area);
		if (group) group.push(item);
		else groups.set(area, [item]);
	}
	const rank = (id: string) => index.catalog.areas.findIndex((area) => area.id === id);
	return [...groups.entries()]
		.sort(([a], [b]) => rank(a) - rank(b))
		.map(([id, list]) => ({ id, title: index.areas.get(id)?.title ?? id, items: list }));
}

// ---------------------------------------------------------------------------------------------
// Outputs derived from the model.

/** The figures of one choice as formatted strings, for the document's add-on toggles. */
export interface ChoiceCells {
	recurringSubtotal: string;
	discount: string;
	recurringTax: string;
	monthlyTotal: string;
	oneTimeTotal: string;
	firstInvoice: string;
	minimumContractValue: string;
	effectiveHourlyRate: string;
	capacity: string;
	addonCount: string;
}

/** Formats a capacity as "12.4 h of 15 h (83%)". */
export function formatCapacity(capacity: Capacity, locale: string): string {
	return `${formatNumber(capacity.estimatedHours, locale)} h of ${formatNumber(capacity.includedHours, locale)} h (${capacity.percent}%)`;
}

/** Every choice's figures as formatted strings, one `|`-separated list per figure, indexed by bit mask. */
export function choiceCells(option: ResolvedOption, proposal: ResolvedProposal): Record<keyof ChoiceCells, string> {
	const { locale, currency } = proposal.site;
	const money = (value: Minor) => formatMoney(value, locale, currency);
	const cells: Record<keyof ChoiceCells, string[]> = {
		recurringSubtotal: [],
		discount: [],
		recurringTax: [],
		monthlyTotal: [],
		oneTimeTotal: [],
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
		cells.oneTimeTotal.push(money(totals.oneTimeTotal));
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
			package: option.package.id,
			title: option.package.title,
			recommended: option.recommended,
			termMonths: option.termMonths,
			termStarts: proposal.startDate,
			termEnds: option.termEnds,
			lines: [
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
			capacity: option.capacity,
		})),
	};
}

export interface ProposalSummary {
	client: string;
	monthly: string;
	contract: string;
	capacity: string;
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
