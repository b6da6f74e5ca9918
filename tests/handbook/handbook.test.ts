import { describe, expect, it } from 'vitest';
import { firstRun, formatMinutes, ordinal, quarterMonths, scheduleLabel } from '../../src/lib/handbook/schedule.ts';
import { handbookIndex } from '../../src/lib/handbook/handbook.ts';
import { operationsCalendar } from '../../src/lib/handbook/operations-calendar.ts';
import { raciLetters, raciPartsOf, raciWords, rolesOfSop } from '../../src/lib/handbook/raci.ts';
import { reviewSchedule } from '../../src/lib/handbook/review.ts';
import { handbookPathProblems } from '../../src/lib/catalog/reserved-paths.ts';
import { todayFromEnv } from '../../src/lib/core/dates.ts';
import { areas, makeArea, makeSop, roles } from './factory.ts';

const reconcile = makeSop('office/reconcile', {
	title: 'Reconcile the books',
	owner: 'bookkeeper',
	raci: { responsible: 'bookkeeper', accountable: 'obm', consulted: ['owner'], informed: ['owner'] },
	frequency: 'monthly',
	estimatedMinutes: 120,
	tools: ['QuickBooks Online', 'Google Drive'],
});
const mail = makeSop('office/mail', {
	title: 'Process the mail',
	raci: { responsible: ['va', 'obm'], accountable: 'obm' },
	frequency: 'daily',
	estimatedMinutes: 15,
	tools: ['Google drive'],
});
const review = makeSop('calendars/review', {
	title: 'Weekly review',
	raci: { responsible: 'va', accountable: 'owner' },
	frequency: 'weekly',
	estimatedMinutes: 60,
	tools: ['Google Drive', 'Google Calendar'],
});
const onboard = makeSop('office/onboard', {
	title: 'Onboard someone',
	frequency: 'as-needed',
	estimatedMinutes: 90,
	raci: { responsible: 'obm', accountable: 'obm' },
});
const sops = [review, reconcile, onboard, mail];
const index = handbookIndex({ areas, roles, sops });

describe('RACI helpers', () => {
	it('lists the parts a role plays in RACI order', () => {
		expect(raciPartsOf(mail, 'obm')).toEqual(['responsible', 'accountable']);
		expect(raciPartsOf(reconcile, 'owner')).toEqual(['consulted', 'informed']);
		expect(raciPartsOf(reconcile, 'va')).toEqual([]);
	});

	it('names every role of an SOP once, owner first', () => {
		expect(rolesOfSop(reconcile)).toEqual(['bookkeeper', 'obm', 'owner']);
	});

	it('writes parts as matrix letters and as words', () => {
		expect(raciLetters(['responsible', 'accountable'])).toBe('R/A');
		expect(raciWords(['responsible', 'accountable'])).toBe('Responsible and accountable');
		expect(raciWords(['informed'])).toBe('Informed');
	});
});

describe('handbookIndex', () => {
	it('groups SOPs by area in area order, each sorted by title, empty areas included', () => {
		expect(index.areas.map(({ area, sops: list }) => [area.id, list.map((sop) => sop.id)])).toEqual([
			['office', ['office/onboard', 'office/mail', 'office/reconcile']],
			['calendars', ['calendars/review']],
			['empty', []],
		]);
	});

	it('gives each area the monthly hours of its recurring SOPs', () => {
		// mail: 15 min × 260/12 runs = 325 min; reconcile: 120 min; onboard is as-needed.
		expect(index.area('office')?.hoursPerMonth).toBe(7.4);
	});

	it('lists only roles named by an SOP, in roles.yaml order', () => {
		expect(index.roles.map(({ role }) => role.id)).toEqual(['owner', 'obm', 'va', 'bookkeeper']);
		expect(index.role('idle')).toBeUndefined();
	});

	it("records each role's parts and whether it maintains the SOP", () => {
		const bookkeeper = index.role('bookkeeper');
		expect(bookkeeper?.assignments).toEqual([{ sop: reconcile, parts: ['responsible'], owns: true }]);
		const obm = index.role('obm')?.assignments.find(({ sop }) => sop.id === 'calendars/review');
		expect(obm).toEqual({ sop: review, parts: [], owns: true });
	});

	it('groups by frequency in schema order, leaving out frequencies no SOP uses', () => {
		expect(index.frequencies.map(({ frequency, label, sops: list }) => [frequency, label, list.length])).toEqual([
			['daily', 'Daily', 1],
			['weekly', 'Weekly', 1],
			['monthly', 'Monthly', 1],
			['as-needed', 'As needed', 1],
		]);
	});

	it('merges tool spellings that share a slug under the most used spelling', () => {
		const drive = index.tool('google-drive');
		expect(drive?.name).toBe('Google Drive');
		expect(drive?.sops.map((sop) => sop.id)).toEqual(['office/mail', 'office/reconcile', 'calendars/review']);
		expect(index.tools.map((tool) => tool.name)).toEqual(['Google Calendar', 'Google Drive', 'QuickBooks Online']);
	});

	it('lists an SOP once under a tool it names in two spellings', () => {
		const both = makeSop('office/both', { tools: ['Slack', 'slack'] });
		expect(handbookIndex({ areas, roles, sops: [both] }).tool('slack')?.sops).toHaveLength(1);
	});

	it('builds RACI matrix columns from roles with a RACI part and aligns cells to them', () => {
		expect(index.raci.roles.map((role) => role.id)).toEqual(['owner', 'obm', 'va', 'bookkeeper']);
		const row = index.raci.sections[0]?.rows.find(({ sop }) => sop.id === 'office/reconcile');
		expect(row?.cells).toEqual([['consulted', 'informed'], ['accountable'], [], ['responsible']]);
		expect(index.raci.sections.map(({ area }) => area.id)).toEqual(['office', 'calendars']);
	});

	it('puts on a role feed only the recurring SOPs the role does or answers for', () => {
		expect(index.calendarSops('owner').map((sop) => sop.id)).toEqual(['calendars/review']);
		expect(index.calendarSops('obm').map((sop) => sop.id)).toEqual(['office/mail', 'office/reconcile']);
		expect(index.calendarSops().map((sop) => sop.id)).not.toContain('office/onboard');
		expect(index.feedRoles.map((role) => role.id)).toEqual(['owner', 'obm', 'va', 'bookkeeper']);
	});
});

describe('operationsCalendar', () => {
	const calendar = operationsCalendar(sops, roles);

	it('totals each cadence from frequency × minutes', () => {
		expect(calendar.cadences.map(({ frequency, hoursPerMonth, hoursPerWeek }) => [frequency, hoursPerMonth, hoursPerWeek])).toEqual([
			['daily', 5.4, 1.3], // 15 min × 21.67 runs = 325 min a month
			['weekly', 4.3, 1], // 60 min × 4.33 runs = 260 min a month
			['monthly', 2, 0.5], // 120 min a month
		]);
	});

	it('sums all recurring SOPs and keeps as-needed ones apart', () => {
		expect(calendar.hoursPerMonth).toBe(11.8); // 705 min
		expect(calendar.hoursPerWeek).toBe(2.7); // 705 × 12 / 52 min
		expect(calendar.asNeeded.map((sop) => sop.id)).toEqual(['office/onboard']);
	});

	it('splits an SOP with two responsible roles evenly and lists the busiest role first', () => {
		expect(calendar.byRole.map(({ role, sops: count, hoursPerMonth }) => [role.id, count, hoursPerMonth])).toEqual([
			['va', 2, 7], // 260 + 325 / 2 = 422.5 min
			['obm', 1, 2.7], // 325 / 2 = 162.5 min
			['bookkeeper', 1, 2], // 120 min
		]);
	});

	it('is empty, not broken, without SOPs', () => {
		expect(operationsCalendar([], roles)).toEqual({ cadences: [], asNeeded: [], hoursPerMonth: 0, hoursPerWeek: 0, byRole: [] });
	});
});

describe('reviewSchedule', () => {
	it('orders SOPs by due date, then title, and leaves retired ones out', () => {
		const late = makeSop('office/late', { title: 'B late', reviewed: '2025-01-01', reviewEveryMonths: 6 });
		const sameDay = makeSop('office/same', { title: 'A same day', reviewed: '2025-01-01', reviewEveryMonths: 6 });
		const fresh = makeSop('office/fresh', { reviewed: '2026-05-01' });
		const retired = makeSop('office/retired', { status: 'retired', reviewed: '2020-01-01' });
		const entries = reviewSchedule([fresh, late, retired, sameDay], new Date('2026-06-15T12:00:00Z'));
		expect(entries.map(({ sop, review: status }) => [sop.id, status.state])).toEqual([
			['office/same', 'overdue'],
			['office/late', 'overdue'],
			['office/fresh', 'current'],
		]);
	});
});

describe('schedules', () => {
	it('formats minutes as hours and minutes', () => {
		expect([45, 60, 150, 600].map(formatMinutes)).toEqual(['45 min', '1 h', '2 h 30 min', '10 h']);
	});

	it('writes English ordinals', () => {
		expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 28].map(ordinal)).toEqual([
			'1st',
			'2nd',
			'3rd',
			'4th',
			'11th',
			'12th',
			'13th',
			'21st',
			'22nd',
			'23rd',
			'28th',
		]);
	});

	it('finds the quarter months from any month of the quarter', () => {
		expect(quarterMonths(1)).toEqual([1, 4, 7, 10]);
		expect(quarterMonths(5)).toEqual([2, 5, 8, 11]);
		expect(quarterMonths(12)).toEqual([3, 6, 9, 12]);
	});

	it('describes when an SOP runs, with times in the site locale', () => {
		expect(scheduleLabel({ frequency: 'daily', schedule: { weekday: 'mo', dayOfMonth: 1, month: 1, time: '08:15' } }, 'en-US')).toBe(
			'Every working day at 8:15 AM',
		);
		expect(scheduleLabel({ frequency: 'weekly', schedule: { weekday: 'fr', dayOfMonth: 1, month: 1, time: '14:00' } }, 'en-GB')).toBe(
			'Every Friday at 14:00',
		);
		expect(scheduleLabel({ frequency: 'weekly', schedule: { weekday: 'tu', dayOfMonth: 1, month: 1, time: '08:05' } }, 'en-GB')).toBe(
			'Every Tuesday at 08:05',
		);
		expect(scheduleLabel({ frequency: 'biweekly' }, 'en-US')).toBe('Every other Monday at 9:00 AM');
		expect(scheduleLabel({ frequency: 'monthly', schedule: { weekday: 'mo', dayOfMonth: 22, month: 1, time: '09:00' } }, 'en-US')).toBe(
			'On the 22nd of each month at 9:00 AM',
		);
		expect(scheduleLabel({ frequency: 'quarterly', schedule: { weekday: 'mo', dayOfMonth: 15, month: 3, time: '13:00' } }, 'en-GB')).toBe(
			'On the 15th of March, June, September, and December at 13:00',
		);
		expect(scheduleLabel({ frequency: 'annually', schedule: { weekday: 'mo', dayOfMonth: 3, month: 10, time: '09:00' } }, 'en-US')).toBe(
			'Every year on the 3rd of October at 9:00 AM',
		);
		expect(scheduleLabel({ frequency: 'as-needed' }, 'en-US')).toBe('When its trigger happens');
	});

	it('anchors each recurring SOP on its first run on or after a day', () => {
		const at = (
			frequency: Parameters<typeof firstRun>[0]['frequency'],
			schedule: Partial<{ weekday: 'mo' | 'fr'; dayOfMonth: number; month: number }>,
			from: string,
		) => firstRun({ frequency, schedule: { weekday: 'mo', dayOfMonth: 1, month: 1, time: '09:00', ...schedule } }, from);
		expect(at('daily', {}, '2026-06-13')).toBe('2026-06-15'); // Saturday → Monday
		expect(at('daily', {}, '2026-06-16')).toBe('2026-06-16');
		expect(at('weekly', { weekday: 'fr' }, '2026-06-15')).toBe('2026-06-19');
		expect(at('biweekly', { weekday: 'mo' }, '2026-06-15')).toBe('2026-06-15');
		expect(at('monthly', { dayOfMonth: 5 }, '2026-06-06')).toBe('2026-07-05');
		expect(at('quarterly', { dayOfMonth: 15, month: 3 }, '2026-06-16')).toBe('2026-09-15');
		expect(at('annually', { dayOfMonth: 28, month: 2 }, '2026-03-01')).toBe('2027-02-28');
	});
});

describe('handbookPathProblems', () => {
	it('rejects area ids that are handbook page addresses', () => {
		const problems = handbookPathProblems({ areas: [makeArea('raci', 1)], sops: [] });
		expect(problems).toEqual([
			{ file: 'content/areas/raci.md', field: 'id', message: '"raci" is the address of a handbook page; rename the file' },
		]);
	});

	it("rejects an SOP named like its area's print view or RACI matrix, and one outside its area folder", () => {
		const print = makeSop('office/print');
		const raci = makeSop('office/raci');
		const stray = { ...makeSop('office/stray'), id: 'stray' };
		const problems = handbookPathProblems({ areas, sops: [print, raci, stray] });
		expect(problems.map((problem) => problem.file)).toEqual([
			'content/sops/office/print.md',
			'content/sops/office/raci.md',
			'content/sops/office/stray.md',
		]);
		expect(problems[1]?.message).toBe(`"raci" is the address of the area's RACI matrix; rename the file`);
	});

	it('rejects an SOP in a folder named like the print view, whose parts live there (office/print/2/)', () => {
		const nested = makeSop('office/print/2');
		const problems = handbookPathProblems({ areas, sops: [nested] });
		expect(problems.map((problem) => problem.message)).toEqual([
			`a folder "print" is the address of the area's print view; rename the folder`,
		]);
	});

	it('rejects an SOP named "page", where a large area continues', () => {
		const problems = handbookPathProblems({ areas, sops: [makeSop('office/page')] });
		expect(problems.map((problem) => problem.message)).toEqual([`"page" is the address of the area's further pages; rename the file`]);
	});

	it('accepts ordinary ids', () => {
		expect(handbookPathProblems({ areas, sops })).toEqual([]);
	});
});

describe('todayFromEnv', () => {
	it('uses OPSBOOK_TODAY when set', () => {
		expect(todayFromEnv({ OPSBOOK_TODAY: '2026-02-03' }).toISOString()).toBe('2026-02-03T00:00:00.000Z');
	});

	it('rejects a malformed OPSBOOK_TODAY by name', () => {
		expect(() => todayFromEnv({ OPSBOOK_TODAY: '3/2/2026' })).toThrow(
			'OPSBOOK_TODAY: expected a date written as YYYY-MM-DD, found "3/2/2026"',
		);
	});

	it('is the current time otherwise', () => {
		expect(Math.abs(todayFromEnv({}).getTime() - Date.now())).toBeLessThan(5_000);
	});
});
