/** Client files: every problem at once, one line each, with the nearest valid id; warnings that do not fail. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/core/problems.ts';
import { copyFixture, edit, write } from '../helpers/fixture.ts';
import { workspacesOf } from './support.ts';

describe('a valid clients folder', () => {
	it('loads both fixture clients without problems or warnings', () => {
		const { workspaces, problems, warnings } = workspacesOf();
		expect(problems).toEqual([]);
		expect(warnings).toEqual([]);
		expect(workspaces.map((workspace) => workspace.client.id)).toEqual(['alpha', 'bravo']);
	});
});

describe('a client file with mistakes', () => {
	const dir = copyFixture('clients');
	edit(dir, 'clients/alpha/client.yaml', 'role: va', 'role: vaa');
	edit(
		dir,
		'clients/alpha/client.yaml',
		'package: basic',
		'package: basik\nservices: [office/bookkeepin]\nexclude: [calendars/weekly-reviw]',
	);
	edit(dir, 'clients/alpha/client.yaml', 'QuickBooks Online: Alphatool Ledger', 'Quickbooks Online: Alphatool Ledger');
	edit(dir, 'clients/bravo/client.yaml', 'timezone: Asia/Tokyo', 'timezone: Mars/Olympus');
	edit(dir, 'clients/bravo/sops/office/reconcile-books.md', 'responsible: bookkeeper', 'responsible: bookeeper');
	const { problems } = workspacesOf(dir);
	const lines = problems.map(formatProblem);

	it('names every unknown role, package, service, SOP and tool with the nearest id', () => {
		const file = `${dir}/clients/alpha/client.yaml`;
		expect(lines).toContain(`${file}: people[0].role: unknown role "vaa"; did you mean "va"?`);
		expect(lines).toContain(`${file}: package: unknown package "basik"; did you mean "basic"?`);
		expect(lines).toContain(`${file}: services[0]: unknown service "office/bookkeepin"; did you mean "office/bookkeeping"?`);
		expect(lines).toContain(`${file}: exclude[0]: unknown SOP "calendars/weekly-reviw"; did you mean "calendars/weekly-review"?`);
		expect(lines).toContain(`${file}: tools.Quickbooks Online: unknown tool "Quickbooks Online"; did you mean "QuickBooks Online"?`);
	});

	it("reports the other client's problems in the same run, its own SOPs included", () => {
		expect(lines.some((line) => line.includes('bravo/client.yaml: timezone: expected an IANA time zone'))).toBe(true);
		expect(lines).toContain(
			`${dir}/clients/bravo/sops/office/reconcile-books.md: raci.responsible[0]: unknown role "bookeeper"; did you mean "bookkeeper"?`,
		);
	});
});

describe('the engagement', () => {
	it('must be a proposal or a package and services, not both', () => {
		const dir = copyFixture('clients');
		edit(dir, 'clients/alpha/client.yaml', 'package: basic', 'package: basic\nproposal: alpha-offer');
		const lines = workspacesOf(dir).problems.map(formatProblem);
		expect(lines).toContain(
			`${dir}/clients/alpha/client.yaml: proposal: name either an accepted proposal or a package and services, not both`,
		);
	});

	it('names the nearest proposal when the one named does not exist', () => {
		const dir = copyFixture('clients');
		edit(dir, 'clients/alpha/client.yaml', 'package: basic', 'proposal: alpha-ofer');
		mkdirSync(join(dir, 'proposals'));
		write(
			dir,
			'proposals/alpha-offer.yaml',
			'client: { name: A, email: a@example.com, business: A }\ndate: 2026-11-01\nvalidUntil: 2027-01-01\nstartDate: 2027-03-01\npackage: basic\n',
		);
		const lines = workspacesOf(dir).problems.map(formatProblem);
		expect(lines).toEqual([`${dir}/clients/alpha/client.yaml: proposal: unknown proposal "alpha-ofer"; did you mean "alpha-offer"?`]);
	});
});

describe('warnings', () => {
	it('warns, without failing, about a tool substitution that matches nothing of the client', () => {
		const dir = copyFixture('clients');
		// 1Password is a library tool, but only in an internal SOP the client never sees.
		edit(dir, 'clients/bravo/client.yaml', 'Google Calendar: Bravocalendar', 'Google Calendar: Bravocalendar\n  1Password: Bravovault');
		const { problems, warnings } = workspacesOf(dir);
		expect(problems).toEqual([]);
		expect(warnings.map(formatProblem)).toEqual([
			`${dir}/clients/bravo/client.yaml: tools.1Password: none of this client's procedures mentions "1Password"; the substitution changes nothing`,
		]);
	});

	it('warns that a proposal not accepted yet stands in with its recommended option', () => {
		const dir = copyFixture('clients');
		edit(dir, 'clients/alpha/client.yaml', 'package: basic', 'proposal: alpha-offer');
		mkdirSync(join(dir, 'proposals'));
		write(
			dir,
			'proposals/alpha-offer.yaml',
			'client: { name: A, email: a@example.com, business: A }\ndate: 2026-11-01\nvalidUntil: 2027-01-01\nstartDate: 2027-03-01\npackage: basic\n',
		);
		const { problems, warnings, workspaces } = workspacesOf(dir);
		expect(problems).toEqual([]);
		expect(warnings.map(formatProblem).join('\n')).toContain('proposal: proposal "alpha-offer" is not accepted yet');
		expect(workspaces[0]?.engagement).toMatchObject({ source: 'proposal', packageId: 'basic', terms: { startDate: '2027-03-01' } });
	});
});
