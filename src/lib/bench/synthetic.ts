/**
 * Synthetic content for the benchmark: N SOPs spread over the duty areas, with realistic frontmatter,
 * bodies, related links and services, generated deterministically from a seed so runs compare.
 * Returns file paths (relative to a content folder) and their text; the caller writes them.
 */
import { frequencies } from '../../schemas/sops.ts';

export interface SyntheticOptions {
	sops: number;
	/** SOPs per service (each service lists a few SOPs). */
	sopsPerService?: number;
	/** Client workspaces to generate, each on a package with two extra services, named people, a tool substitution and a procedure of its own. */
	clients?: number;
	seed?: number;
	/** Spread the SOPs over only the first N duty areas (all eight by default), for larger areas. */
	areaCount?: number;
}

const areas = [
	['office', 'Office management'],
	['production', 'Production and team management'],
	['secretarial', 'Correspondence'],
	['technology', 'Technology'],
	['hr', 'Human resources'],
	['revenue', 'Revenue operations'],
	['launches', 'Product launches'],
	['calendars', 'Calendars'],
] as const;

const roles = [
	'owner',
	'obm',
	'va',
	'bookkeeper',
	'tech-va',
	'social-media',
	'copywriter',
	'payroll-provider',
	'support-specialist',
	'team-member',
];
const tools = [
	'Google Workspace',
	'QuickBooks Online',
	'Asana',
	'Slack',
	'Zoom',
	'WordPress',
	'Shopify',
	'Kit',
	'HubSpot CRM',
	'Gusto',
	'Calendly',
	'Help Scout',
	'Zapier',
	'Canva',
	'Stripe',
];
const verbs = [
	'Review',
	'Reconcile',
	'Prepare',
	'Update',
	'Audit',
	'Process',
	'Schedule',
	'Publish',
	'Archive',
	'Confirm',
	'Summarize',
	'Plan',
];
const objects = [
	'supplier invoices',
	'client onboarding files',
	'payroll changes',
	'website plugins',
	'social mentions',
	'launch checklist',
	'team timesheets',
	'newsletter draft',
	'customer feedback',
	'insurance documents',
	'meeting agenda',
	'order backlog',
	'affiliate payouts',
	'support tickets',
	'expense receipts',
];
const words =
	'account backup budget calendar checklist client contract customer deadline document email escalation export folder handover invoice ledger meeting metric note owner payment policy priority receipt record report request review schedule status subscription summary supplier task template ticket timeline update vendor workflow'.split(
		' ',
	);

/** A small deterministic pseudo-random generator (mulberry32), so benchmark runs compare. */
export function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Every file of a synthetic content set, keyed by path inside the content folder. */
export function syntheticContent({
	sops: count,
	sopsPerService = 4,
	seed = 42,
	clients = 0,
	areaCount,
}: SyntheticOptions): Map<string, string> {
	const next = random(seed);
	const usedAreas = areas.slice(0, areaCount ?? areas.length);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
	const sentence = (n: number) => {
		const picked = Array.from({ length: n }, () => pick(words));
		return `${picked.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
	};
	const files = new Map<string, string>();

	files.set(
		'site.yaml',
		[
			'name: Benchmark Operations',
			'tagline: Synthetic practice used to measure build performance.',
			'owner: Bench Owner',
			'email: bench@example.com',
			'url: https://bench.example',
			'locale: en-US',
			'currency: USD',
			'hourlyRate: 70',
			'timezone: America/Chicago',
			'terms: { minimumTermMonths: 3, noticeDays: 30, overageRate: 80, billing: advance }',
			'',
		].join('\n'),
	);
	files.set('roles.yaml', roles.map((id) => `- id: ${id}\n  title: ${id.replace(/-/g, ' ')}\n  summary: The ${id} role.\n`).join(''));
	usedAreas.forEach(([id, title], order) =>
		files.set(
			`areas/${id}.md`,
			`---\ntitle: ${title}\nsummary: Synthetic ${title.toLowerCase()} area.\norder: ${order + 1}\n---\n${sentence(30)}\n`,
		),
	);

	const sopIds: string[] = [];
	for (let i = 0; i < count; i++) {
		const [area] = usedAreas[i % usedAreas.length] ?? areas[0];
		sopIds.push(`${area}/procedure-${String(i + 1).padStart(5, '0')}`);
	}
	sopIds.forEach((id, i) => {
		const area = id.split('/')[0];
		const frequency = frequencies[i % frequencies.length] ?? 'monthly';
		const related = [sopIds[(i + 8) % count], sopIds[(i + 16) % count]].filter((r) => r && r !== id);
		const responsible = pick(roles.slice(1));
		const steps = Array.from(
			{ length: 6 },
			(_, s) => `${s + 1}. **${pick(verbs)} the ${pick(objects)}.** ${sentence(18)} ${sentence(14)}`,
		).join('\n');
		files.set(
			`sops/${id}.md`,
			`---
title: ${pick(verbs)} ${pick(objects)} ${i + 1}
area: ${area}
summary: ${sentence(16)}
owner: obm
raci:
  responsible: ${responsible}
  accountable: obm
  consulted: [owner]
  informed: [${pick(roles)}]
frequency: ${frequency}
estimatedMinutes: ${15 + Math.floor(next() * 120)}
tools: [${pick(tools)}, ${pick(tools)}]
related: [${related.join(', ')}]
status: ${i % 25 === 0 ? 'draft' : 'active'}
version: "1.${i % 7}"
reviewed: 2026-${String(1 + (i % 11)).padStart(2, '0')}-15
reviewEveryMonths: 12
audience: ${i % 50 === 49 ? 'internal' : 'public'}
purpose: ${sentence(20)}
trigger: ${sentence(10)}
doneWhen: ${sentence(12)}
checklist:
${Array.from({ length: 5 }, () => `  - ${sentence(6)}`).join('\n')}
---
## Steps

${steps}

## Notes

${sentence(40)} ${sentence(30)}
`,
		);
	});

	const publicSops = sopIds.filter((_, i) => i % 50 !== 49);
	const serviceIds: string[] = [];
	for (let s = 0; s * sopsPerService < publicSops.length; s++) {
		const delivered = publicSops.slice(s * sopsPerService, (s + 1) * sopsPerService);
		const area = delivered[0]?.split('/')[0] ?? 'office';
		const id = `${area}/service-${String(s + 1).padStart(4, '0')}`;
		serviceIds.push(id);
		const model = ['hourly', 'monthly', 'fixed'][s % 3];
		files.set(
			`services/${id}.md`,
			`---
title: ${pick(verbs)} ${pick(objects)} service ${s + 1}
area: ${area}
summary: ${sentence(14)}
delivery: ${['perform', 'manage', 'subcontract'][s % 3]}
pricing: { model: ${model}, ${model === 'hourly' ? '' : `amount: ${150 + (s % 20) * 25}, `}hours: ${2 + (s % 6)} }
deliverables:
  - ${sentence(8)}
  - ${sentence(8)}
sops: [${delivered.join(', ')}]
---
${sentence(40)}
`,
		);
	}

	[
		['essentials', 15, 1100, 4],
		['growth', 30, 2100, 8],
		['partner', 50, 3250, 13],
	].forEach(([id, hours, fee, services], order) => {
		const included = serviceIds
			.filter((_, i) => i % Math.max(1, Math.floor(serviceIds.length / Number(services))) === 0)
			.slice(0, Number(services));
		files.set(
			`packages/${id}.md`,
			`---\ntitle: ${String(id)}\nsummary: ${sentence(10)}\nhoursPerMonth: ${hours}\nmonthlyFee: ${fee}\nminimumTermMonths: 3\norder: ${order + 1}\nservices: [${included.join(', ')}]\n---\n${sentence(30)}\n`,
		);
	});
	// One proposal per 100 SOPs (at least three), so the proposals step grows with the practice too.
	for (let p = 0; p < Math.max(3, Math.floor(count / 100)); p++) {
		const extras = [serviceIds[(p * 7) % serviceIds.length], serviceIds[(p * 7 + 3) % serviceIds.length]];
		const addOn = serviceIds[(p * 7 + 5) % serviceIds.length];
		const offer =
			p % 3 === 0 ? 'packages: [essentials, growth, partner]\nrecommended: growth' : `package: ${p % 3 === 1 ? 'essentials' : 'growth'}`;
		files.set(
			`proposals/client-${String(p + 1).padStart(3, '0')}.yaml`,
			`client: { name: Client ${p + 1}, email: client${p + 1}@example.com, business: Business ${p + 1} }
date: 2026-11-01
validUntil: 2027-12-31
startDate: 2027-01-04
${offer}
services:
${extras.map((id) => `  - id: ${id}`).join('\n')}
  - id: ${addOn}
    optional: true
discount: { percent: 5, reason: ${sentence(4)} }
situation: ${sentence(30)}
`,
		);
	}
	const packageIds = ['essentials', 'growth', 'partner'];
	for (let c = 0; c < clients; c++) {
		const id = `client-${String(c + 1).padStart(3, '0')}`;
		const extras = [serviceIds[(c * 11) % serviceIds.length], serviceIds[(c * 11 + 5) % serviceIds.length]];
		files.set(
			`clients/${id}/client.yaml`,
			`business: Client Business ${c + 1}
owner: Owner ${c + 1}
email: owner${c + 1}@example.com
timezone: ${['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Tokyo'][c % 4]}
startDate: 2027-0${1 + (c % 9)}-04
package: ${packageIds[c % packageIds.length]}
services: [${extras.join(', ')}]
people:
  - { role: va, name: Assistant ${c + 1}, email: va${c + 1}@example.com }
  - { role: bookkeeper, name: Bookkeeper ${c + 1} }
tools:
  QuickBooks Online: Ledger ${c + 1}
`,
		);
		files.set(`clients/${id}/welcome.md`, `${sentence(30)}\n`);
		files.set(
			`clients/${id}/sops/office/own-procedure-${c + 1}.md`,
			`---
title: Own procedure of client ${c + 1}
area: office
summary: ${sentence(12)}
owner: obm
raci: { responsible: va, accountable: obm }
frequency: weekly
estimatedMinutes: 30
tools: [QuickBooks Online]
version: "1.0"
reviewed: 2026-10-01
purpose: ${sentence(12)}
trigger: ${sentence(6)}
doneWhen: ${sentence(8)}
checklist:
  - ${sentence(6)}
---
## Steps

1. ${sentence(20)} Record it in QuickBooks Online.
`,
		);
	}
	return files;
}
