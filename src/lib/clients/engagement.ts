/**
 * The engagement a client signed, in the one shape the workspace needs, from whichever source the
 * client file names: an accepted proposal's frozen record, a proposal not yet accepted (resolved
 * live: recommended option, no add-ons), or a package and services written directly.
 */
import type { Client } from '../../schemas/clients.ts';
import type { Catalog } from '../catalog/types.ts';
import { fromIsoDay, isoDay } from '../core/dates.ts';
import type { Minor } from '../core/money.ts';
import { priceLine } from '../pricing/rules.ts';
import { termEnds } from '../proposals/terms.ts';
import type { ResolvedProposal } from '../proposals/types.ts';

export interface EngagementTerms {
	/** First day of the engagement. */
	startDate: string;
	minimumTermMonths: number;
	/** Last day of the minimum term. */
	termEnds: string;
	/** Days of written notice either side gives. */
	noticeDays: number;
	/** Last day notice can be given for the contract to end with the minimum term. */
	noticeDeadline: string;
}

export interface Engagement {
	/** Where the figures come from: a frozen record, a live proposal not accepted yet, or the client file. */
	source: 'accepted' | 'proposal' | 'direct';
	proposalId: string | null;
	packageId: string | null;
	/** Every service in scope: the package's, then extras, then chosen add-ons, each once. */
	serviceIds: string[];
	/** The optional add-ons the client chose. */
	addOnIds: string[];
	/** Hours of work a month the fees pay for. */
	hoursPerMonth: number;
	/** What each monthly invoice comes to, in minor units; `null` when not known. */
	monthlyTotal: Minor | null;
	terms: EngagementTerms;
}

/**
 * What a workspace reads from an accepted proposal's frozen record (`content/proposals/accepted/<id>.json`,
 * written by `npm run proposals:accept`). The adapter from that record's schema fills this in.
 */
export interface AcceptedProposalFacts {
	id: string;
	packageId: string | null;
	serviceIds: readonly string[];
	addOnIds: readonly string[];
	hoursPerMonth: number;
	monthlyTotal: Minor;
	startDate: string;
	minimumTermMonths: number;
	noticeDays: number;
}

/** Start, minimum term end and notice deadline of a contract. */
export function contractTerms(startDate: string, minimumTermMonths: number, noticeDays: number): EngagementTerms {
	const ends = termEnds(startDate, minimumTermMonths);
	const noticeDeadline = isoDay(new Date(fromIsoDay(ends).getTime() - noticeDays * 86_400_000));
	return { startDate, minimumTermMonths, termEnds: ends, noticeDays, noticeDeadline };
}

/** The engagement of an accepted proposal, from the facts of its frozen record. */
export function engagementFromAccepted(record: AcceptedProposalFacts): Engagement {
	return {
		source: 'accepted',
		proposalId: record.id,
		packageId: record.packageId,
		serviceIds: unique([...record.serviceIds, ...record.addOnIds]),
		addOnIds: [...record.addOnIds],
		hoursPerMonth: record.hoursPerMonth,
		monthlyTotal: record.monthlyTotal,
		terms: contractTerms(record.startDate, record.minimumTermMonths, record.noticeDays),
	};
}

/** The engagement of a proposal not accepted yet: its recommended option, without add-ons. */
export function engagementFromProposal(proposal: ResolvedProposal): Engagement {
	const option = proposal.options[proposal.recommended] ?? proposal.options[0];
	if (!option) throw new Error(`Opsbook: proposal "${proposal.id}" has no option`);
	const extras = proposal.lines.filter((line) => !line.optional).map((line) => line.service.id);
	return {
		source: 'proposal',
		proposalId: proposal.id,
		packageId: option.package.id,
		serviceIds: unique([...option.package.services.map((service) => service.id), ...extras]),
		addOnIds: [],
		hoursPerMonth: option.totals.hoursIncluded,
		monthlyTotal: option.totals.monthlyTotal,
		terms: contractTerms(proposal.startDate, option.termMonths, proposal.terms.noticeDays),
	};
}

/** The engagement a client file writes directly: package fee plus recurring extras, before tax and discounts. */
export function engagementFromDirect(client: Client, catalog: Catalog): Engagement {
	const pkg = client.package === undefined ? undefined : catalog.packages.find((entry) => entry.id === client.package);
	let hoursPerMonth = pkg?.hoursPerMonth ?? 0;
	let monthlyTotal = pkg?.monthlyFee ?? 0;
	for (const id of client.services) {
		const service = catalog.services.find((entry) => entry.id === id);
		if (!service) continue;
		const line = priceLine(service.pricing, catalog.site.hourlyRate);
		if (!line.recurring) continue;
		hoursPerMonth += line.hours;
		monthlyTotal += line.amount;
	}
	const minimumTermMonths = client.terms.minimumTermMonths ?? pkg?.minimumTermMonths ?? catalog.site.terms.minimumTermMonths;
	const noticeDays = client.terms.noticeDays ?? catalog.site.terms.noticeDays;
	return {
		source: 'direct',
		proposalId: null,
		packageId: pkg?.id ?? null,
		serviceIds: unique([...(pkg?.services ?? []), ...client.services]),
		addOnIds: [],
		hoursPerMonth,
		monthlyTotal,
		// The schema requires a start date for a direct engagement.
		terms: contractTerms(client.startDate ?? '1970-01-01', minimumTermMonths, noticeDays),
	};
}

/** The engagement moved to another start day (the client file's `startDate` wins over the proposal's). */
export function withStartDate(engagement: Engagement, startDate: string | undefined): Engagement {
	if (startDate === undefined || startDate === engagement.terms.startDate) return engagement;
	const { minimumTermMonths, noticeDays } = engagement.terms;
	return { ...engagement, terms: contractTerms(startDate, minimumTermMonths, noticeDays) };
}

function unique(ids: readonly string[]): string[] {
	return [...new Set(ids)];
}
