/**
 * `npm run new:practice`: the answers an OBM gives about their practice, turned into a fresh content
 * folder. `site.yaml` keeps the starter's layout and comments with the answers written in, and is
 * validated by the same schema as every build before anything is written.
 */
import { parseDocument } from 'yaml';
import { siteSchema } from '../../schemas/site.ts';
import { problemsFromZod, type Problem } from '../core/problems.ts';

/** What `new:practice` asks. Money and percentages stay text until the schema reads them. */
export interface PracticeAnswers {
	name: string;
	owner: string;
	email: string;
	url: string;
	locale: string;
	currency: string;
	timezone: string;
	/** Hourly rate in major units, such as "65" or "62.50". */
	rate: string;
	/** Tax rate in percent; "0" when the practice charges none. */
	taxRate: string;
	taxLabel: string;
	taxInclusive: boolean;
	tagline?: string;
}

/** Each answer, the flag that gives it, the `site.yaml` field it fills and the question asked for it. */
export const questions = [
	{ key: 'name', flag: 'name', field: 'name', ask: 'Name of your practice' },
	{ key: 'owner', flag: 'owner', field: 'owner', ask: 'Your name (the OBM who runs it)' },
	{ key: 'email', flag: 'email', field: 'email', ask: 'Email address clients write to' },
	{ key: 'url', flag: 'url', field: 'url', ask: 'Address the site will live at (https://…)' },
	{ key: 'locale', flag: 'locale', field: 'locale', ask: 'Locale for prices and dates (BCP 47, such as en-GB)' },
	{ key: 'currency', flag: 'currency', field: 'currency', ask: 'Currency (ISO 4217, such as GBP)' },
	{ key: 'timezone', flag: 'timezone', field: 'timezone', ask: 'Time zone (IANA, such as Europe/London)' },
	{ key: 'rate', flag: 'rate', field: 'hourlyRate', ask: 'Hourly rate' },
	{ key: 'taxRate', flag: 'tax-rate', field: 'tax.rate', ask: 'Tax rate in percent (0 for none)' },
	{ key: 'taxLabel', flag: 'tax-label', field: 'tax.label', ask: 'Name of the tax (such as VAT)' },
	{ key: 'taxInclusive', flag: 'tax-inclusive', field: 'tax.inclusive', ask: 'Do your prices include the tax? (y/n)' },
] as const satisfies readonly { key: keyof PracticeAnswers; flag: string; field: string; ask: string }[];

/** Answers that have a sensible default; the others (name, owner, email, URL) must be given. */
export const defaultAnswers: Partial<PracticeAnswers> = {
	locale: 'en-US',
	currency: 'USD',
	timezone: 'America/New_York',
	rate: '65',
	taxRate: '0',
	taxLabel: 'Tax',
	taxInclusive: false,
};

/** Folders of the starter library; "empty" practices get none of them, only the duty areas and roles. */
export const libraryFolders = ['services', 'packages', 'sops', 'templates'] as const;
/** Never copied: proposals and clients are the starter practice's client material. */
export const privateFolders = ['proposals', 'clients'] as const;

/** A number when `text` is one, so YAML writes `65` rather than `"65"`; else the text, for the schema to reject. */
function numeric(text: string): number | string {
	return /^\d+(?:\.\d+)?$/.test(text.trim()) ? Number(text.trim()) : text.trim();
}

/**
 * The new `site.yaml`: `starterText` (the starter's file, comments kept) with the answers written in and
 * the starter's own phone and location removed. Returns problems, one per field, when the schema rejects it.
 */
export function practiceSiteYaml(starterText: string, answers: PracticeAnswers, file: string): { text: string; problems: Problem[] } {
	const doc = parseDocument(starterText);
	doc.delete('phone');
	doc.delete('location');
	const values: [string[], unknown][] = [
		[['name'], answers.name.trim()],
		[['owner'], answers.owner.trim()],
		[['email'], answers.email.trim()],
		[['url'], answers.url.trim()],
		[['locale'], answers.locale.trim()],
		[['currency'], answers.currency.trim().toUpperCase()],
		[['timezone'], answers.timezone.trim()],
		[['hourlyRate'], numeric(answers.rate)],
		[['tax', 'rate'], numeric(answers.taxRate)],
		[['tax', 'label'], answers.taxLabel.trim()],
		[['tax', 'inclusive'], answers.taxInclusive],
	];
	for (const [path, value] of values) doc.setIn(path, value);
	if (answers.tagline !== undefined) doc.set('tagline', answers.tagline.trim());
	// The starter's overage rate belongs to its hourly rate; the new practice's defaults to its own.
	doc.deleteIn(['terms', 'overageRate']);
	const data = doc.toJS() as unknown;
	const result = siteSchema.safeParse(data);
	return { text: doc.toString({ lineWidth: 0 }), problems: result.success ? [] : problemsFromZod(file, result.error, data) };
}

/** Whether a file of the starter (path relative to its folder, `/`-separated) belongs in the new folder. */
function copiesStarterFile(path: string, withLibrary: boolean): boolean {
	const top = path.split('/')[0] ?? '';
	if (path === 'site.yaml' || (privateFolders as readonly string[]).includes(top)) return false;
	return withLibrary || !(libraryFolders as readonly string[]).includes(top);
}

/**
 * Every file of the new folder: the new `site.yaml`, the starter files that belong, and, without the
 * library, empty collection folders (kept by git) so the place for the first service or SOP is plain.
 */
export function practiceFiles(
	starter: Readonly<Record<string, Uint8Array>>,
	siteText: string,
	withLibrary: boolean,
): Record<string, string | Uint8Array> {
	const files: Record<string, string | Uint8Array> = { 'site.yaml': siteText };
	for (const [path, data] of Object.entries(starter)) if (copiesStarterFile(path, withLibrary)) files[path] = data;
	if (!withLibrary) for (const folder of ['services', 'packages', 'sops']) files[`${folder}/.gitkeep`] = '';
	return files;
}
