/**
 * The frozen record of an accepted proposal: built from the proposal resolved on the client's
 * choice, hashed over its canonical JSON, and verified when read back. Shape: `src/schemas/accepted.ts`.
 */
import { createHash } from 'node:crypto';
import { acceptedRecordSchema, type AcceptedLine, type AcceptedRecord } from '../../schemas/accepted.ts';
import type { Acceptance } from '../../schemas/proposals.ts';
import { minorUnitDigits } from '../core/money.ts';
import { problemsFromZod, type Problem } from '../core/problems.ts';
import { comparedOption } from './redline.ts';
import { noticeDeadline } from './terms.ts';
import type { OptionLine, ResolvedProposal } from './types.ts';

/** JSON with object keys sorted at every level and no whitespace: the same bytes for the same data. */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.keys(value)
				.sort()
				.filter((key) => (value as Record<string, unknown>)[key] !== undefined)
				.map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
		);
	}
	return value;
}

/** SHA-256 of `text` as 64 lowercase hex digits. */
export function sha256(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The hash a record carries: over its canonical JSON without the `sha256` field. */
export function recordHash(record: Omit<AcceptedRecord, 'sha256'> | AcceptedRecord): string {
	const { sha256: _ignored, ...rest } = record as AcceptedRecord;
	return sha256(canonicalJson(rest));
}

/** The frozen record of `proposal`, already resolved on the accepted choice (one option, chosen add-ons as lines). */
export function buildRecord(proposal: ResolvedProposal, acceptance: Acceptance, proposalSha256: string): AcceptedRecord {
	const option = comparedOption(proposal);
	const chosen = new Set(acceptance.addOns);
	const lines = proposal.lines.map((line, i): AcceptedLine => {
		const priced = option.lines[i] as OptionLine;
		return {
			kind: chosen.has(line.service.id) ? 'addon' : 'service',
			id: line.service.id,
			title: line.service.title,
			area: line.service.area,
			summary: line.service.summary,
			deliverables: [...line.service.deliverables],
			model: line.model,
			recurring: line.recurring,
			hours: line.hours,
			unitAmount: line.unitAmount,
			amount: priced.amount,
			includedInPackage: priced.included,
			performedBy: line.performer.mode,
		};
	});
	const pkg = option.package;
	const record: Omit<AcceptedRecord, 'sha256'> = {
		format: 'opsbook-accepted-proposal',
		version: 1,
		id: proposal.id,
		accepted: { date: acceptance.date, by: acceptance.by, package: acceptance.package ?? null, addOns: [...acceptance.addOns] },
		proposalSha256,
		revises: proposal.revises,
		client: {
			name: proposal.client.name,
			contact: proposal.client.contact,
			email: proposal.client.email,
			business: proposal.client.business,
		},
		practice: {
			name: proposal.site.name,
			owner: proposal.site.owner,
			email: proposal.site.email,
			url: proposal.site.url,
			locale: proposal.site.locale,
		},
		currency: proposal.site.currency,
		minorUnitDigits: minorUnitDigits(proposal.site.currency),
		package: proposal.alaCarte
			? null
			: {
					id: pkg.id,
					title: pkg.title,
					summary: pkg.summary,
					hoursPerMonth: pkg.hoursPerMonth,
					monthlyFee: pkg.monthlyFee,
					services: pkg.services.map(({ id, title, area, summary, deliverables }) => ({
						id,
						title,
						area,
						summary,
						deliverables: [...deliverables],
					})),
				},
		lines,
		tax: { rate: proposal.tax.rate, label: proposal.tax.label, inclusive: proposal.tax.inclusive },
		discount: proposal.discount,
		totals: option.totals,
		paymentSchedule: [...option.paymentSchedule],
		terms: {
			startDate: proposal.startDate,
			termMonths: option.termMonths,
			termEnds: option.termEnds,
			noticeDays: proposal.terms.noticeDays,
			noticeDeadline: noticeDeadline(option.termEnds, proposal.terms.noticeDays),
			rollover: proposal.terms.rollover,
			overageRate: proposal.terms.overageRate,
			billing: proposal.terms.billing,
			paymentDueDays: proposal.terms.paymentDueDays,
		},
		procedures: proposal.procedures.flatMap((group) =>
			group.items.map(({ id, title, frequency, estimatedMinutes, hoursPerMonth }) => ({
				id,
				title,
				frequency,
				estimatedMinutes,
				hoursPerMonth,
			})),
		),
		// A JSON round trip, so the model documents render from is the one read back later, byte for byte.
		document: JSON.parse(JSON.stringify(proposal)) as AcceptedRecord['document'],
	};
	return { ...record, sha256: recordHash(record) };
}

/** The record as written to disk: indented JSON, ending with a newline. */
export function recordText(record: AcceptedRecord): string {
	return `${JSON.stringify(record, null, '\t')}\n`;
}

/** Parses and verifies a record's text; any edit since it was written fails the hash. */
export function parseRecord(text: string, file: string): { record: AcceptedRecord | undefined; problems: Problem[] } {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		return { record: undefined, problems: [{ file, field: '(file)', message: `not valid JSON: ${(error as Error).message}` }] };
	}
	const parsed = acceptedRecordSchema.safeParse(data);
	if (!parsed.success) return { record: undefined, problems: problemsFromZod(file, parsed.error, data) };
	const expected = recordHash(data as AcceptedRecord);
	if (expected !== parsed.data.sha256) {
		return {
			record: undefined,
			problems: [
				{
					file,
					field: 'sha256',
					message: `the record was changed after it was written (its content hashes to ${expected.slice(0, 12)}…); restore it from git, or record the acceptance again`,
				},
			],
		};
	}
	return { record: parsed.data, problems: [] };
}

/** The model an accepted proposal's documents render from, stamped with the acceptance. */
export function frozenModel(record: AcceptedRecord): ResolvedProposal {
	const model = structuredClone(record.document) as unknown as ResolvedProposal;
	const option = model.options[0];
	return {
		...model,
		acceptance: {
			date: record.accepted.date,
			by: record.accepted.by,
			package: record.accepted.package,
			packageTitle: record.package?.title ?? null,
			addOns: record.lines.filter((line) => line.kind === 'addon').map((line) => ({ id: line.id, title: line.title })),
			sha256: record.sha256,
		},
		recommended: option ? 0 : model.recommended,
	};
}
