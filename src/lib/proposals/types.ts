/** The shapes of a resolved proposal: everything a document shows, computed before any template runs. */
import type { Proposal } from '../../schemas/proposals.ts';
import type { Role } from '../../schemas/roles.ts';
import type { DeliveryMode } from '../../schemas/services.ts';
import type { Frequency } from '../../schemas/sops.ts';
import type { AreaEntry, Catalog, PackageEntry, ServiceEntry, SopEntry } from '../catalog/types.ts';
import type { Minor } from '../core/money.ts';
import type { Problem } from '../core/problems.ts';
import type { DepositRule, Instalment, PricingModel, TaxRule, Totals } from '../pricing/rules.ts';

/** Who carries out a service, from its delivery mode and the roles its procedures name. */
export interface Performer {
	mode: DeliveryMode;
	/** A few words for tables: "Your OBM", "Your team", "Bookkeeper". */
	short: string;
	/** One sentence-like line for the scope, such as "Bookkeeper (subcontractor), managed by Dana Reyes". */
	label: string;
}

/** The catalog indexed once per run, shared by every proposal. */
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
	/** Deposit and balance of the one-time fees without add-ons; empty without a deposit. */
	paymentSchedule: readonly Instalment[];
	/** The payment schedule for every choice of add-ons, indexed by bit mask. */
	paymentSchedules: readonly (readonly Instalment[])[];
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
	/** Services in scope that use this procedure. */
	services: readonly string[];
	/** Whether its hours count in the workload of the compared option, or why not. */
	mark: 'counted' | 'one-time' | 'optional' | 'other-option' | 'as-needed';
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
		/** The web form where a client accepts, or `null` for an email to the practice. */
		acceptanceUrl: string | null;
		/** IANA time zone of the practice: the contract calendar's. */
		timezone: string;
	};
	client: { name: string; contact: string | null; email: string; business: string; addressee: string };
	date: string;
	validUntil: string;
	startDate: string;
	paper: 'A4' | 'letter';
	/** More than one package offered side by side. */
	multiple: boolean;
	/** No package: the services alone are the offer. */
	alaCarte: boolean;
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
	/** Deposit on the one-time fees, or `null` when they are invoiced whole. */
	deposit: DepositRule | null;
	/** The client's situation, Markdown. */
	situation: string;
	/** Closing notes, Markdown. */
	notes: string;
	/** Id of the proposal this one revises, or `null`. */
	revises: string | null;
	/** What changed since the proposal this one revises; `null` for a first proposal. */
	redline: Redline | null;
	/** Id of the revision that replaces this proposal, or `null`. */
	supersededBy: string | null;
	/** The recorded acceptance, or `null` while the offer is open. */
	acceptance: AcceptanceView | null;
}

/** An accepted proposal as its documents state it. */
export interface AcceptanceView {
	/** Day the client accepted. */
	date: string;
	by: string;
	/** The package chosen; `null` à la carte. */
	package: string | null;
	packageTitle: string | null;
	/** Titles of the add-ons chosen. */
	addOns: readonly { id: string; title: string }[];
	/** SHA-256 of the frozen record, hex. */
	sha256: string;
}

/** One line of a redline: a service or package added, removed, re-priced or re-scoped. */
export interface RedlineChange {
	kind: 'added' | 'removed' | 'repriced' | 'rescoped';
	id: string;
	title: string;
	/** Price of the line before and after (minor units; `null` where it does not exist). */
	before: Minor | null;
	after: Minor | null;
	/** Hours before and after, for re-scoped lines. */
	hoursBefore: number | null;
	hoursAfter: number | null;
	/** One-time rather than monthly. */
	oneTime: boolean;
}

/** A total before and after, and the difference. */
export interface RedlineFigure {
	before: Minor;
	after: Minor;
	change: Minor;
}

/** What changed between a proposal and the one it revises, compared on each one's chosen (or recommended) option without add-ons. */
export interface Redline {
	previous: string;
	/** The option compared on each side. */
	previousOption: string;
	currentOption: string;
	changes: readonly RedlineChange[];
	monthlyTotal: RedlineFigure;
	oneTimeTotal: RedlineFigure;
	minimumContractValue: RedlineFigure;
	termMonths: { before: number; after: number };
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

/** The figures of one choice as formatted strings, for the document's add-on toggles. */
export interface ChoiceCells {
	recurringSubtotal: string;
	discount: string;
	recurringTax: string;
	monthlyTotal: string;
	oneTimeTax: string;
	oneTimeTotal: string;
	deposit: string;
	balance: string;
	firstInvoice: string;
	minimumContractValue: string;
	effectiveHourlyRate: string;
	capacity: string;
	addonCount: string;
}

export interface ProposalSummary {
	client: string;
	monthly: string;
	contract: string;
	capacity: string;
}
