/**
 * Proposal templates: Handlebars files read from `templates/<name>/`, compiled once in strict mode.
 *
 * A template folder holds `proposal.html.hbs` and `proposal.md.hbs`; every other `<partial>.html.hbs`
 * or `<partial>.md.hbs` file is a partial of that format, used as `{{> partial}}`. Each format has its
 * own Handlebars instance: HTML values are HTML-escaped; Markdown values are Markdown-escaped (so a
 * client named "Smith & Jones" reads as such in the `.md` file). Neither uses `noEscape`.
 *
 * Strictness: an unknown variable, an unknown helper or partial, and a block (`#if`, `#each`, `#with`,
 * `#unless`) given an undefined value all fail with the template file and line.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { displayPath } from '../io/files.ts';
import { neutraliseLinks, renderMarkdown } from '../core/markdown.ts';
import { formatMoney, formatNumber } from '../core/money.ts';
import type { Problem } from '../core/problems.ts';
import { choiceCells } from './output.ts';
import { acceptConfig, acceptHref } from './accept-link.ts';
import { noticeDeadline } from './terms.ts';
import { type Procedure, type ResolvedProposal } from './types.ts';
import { pluralRules } from '../core/intl.ts';
import { formatDay } from '../core/dates.ts';
import { frequencyLabel } from '../core/labels.ts';

export type OutputFormat = 'html' | 'md';

const extensions: Record<OutputFormat, string> = { html: '.html.hbs', md: '.md.hbs' };

/** The kit's own templates, used when the content folder has no template of that name. */
export const builtinTemplatesDir = fileURLToPath(new URL('../../../content/templates/', import.meta.url));

/** A template failed to compile or render; names the file and line. */
export class TemplateError extends Error {
	readonly file: string;
	readonly line: number | undefined;
	readonly column: number | undefined;
	readonly reason: string;
	constructor(file: string, reason: string, line?: number, column?: number) {
		super(`${file}${line === undefined ? '' : `:${line}${column === undefined ? '' : `:${column}`}`}: ${reason}`);
		this.name = 'TemplateError';
		this.file = file;
		this.line = line;
		this.column = column;
		this.reason = reason;
	}

	/** The error as a content problem: `file: line N, column M: reason`. */
	toProblem(): Problem {
		const where = this.line === undefined ? 'template' : `line ${this.line}${this.column === undefined ? '' : `, column ${this.column}`}`;
		return { file: this.file, field: where, message: this.reason };
	}
}

/** Folders searched for a template, in order: the content folder's, then the kit's own. */
export function templateSearchPath(contentTemplatesDir: string): string[] {
	const own = resolve(builtinTemplatesDir);
	const first = resolve(contentTemplatesDir);
	return first === own ? [own] : [first, own];
}

/** Names of every template found on `searchPath`. */
export function availableTemplates(searchPath: readonly string[]): string[] {
	const names = new Set<string>();
	for (const dir of searchPath) {
		if (!existsSync(dir)) continue;
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.isDirectory() && existsSync(join(dir, entry.name, `proposal${extensions.html}`))) names.add(entry.name);
		}
	}
	return [...names].sort();
}

/** The folder of template `name`, or `undefined`. */
export function findTemplate(name: string, searchPath: readonly string[]): string | undefined {
	return searchPath.map((dir) => join(dir, name)).find((dir) => existsSync(join(dir, `proposal${extensions.html}`)));
}

export interface CompiledTemplate {
	name: string;
	dir: string;
	/** Renders one format; throws `TemplateError` naming the file and line. */
	render(format: OutputFormat, proposal: ResolvedProposal): string;
	/** Renders every format from one view of the proposal. */
	renderAll(proposal: ResolvedProposal): Record<OutputFormat, string>;
}

const cache = new Map<string, CompiledTemplate>();

/** Loads and compiles the template in `dir` once; later calls return the same compiled template. */
export function loadTemplate(dir: string): CompiledTemplate {
	const key = resolve(dir);
	const cached = cache.get(key);
	if (cached) return cached;
	const compiled = compileTemplate(key);
	cache.set(key, compiled);
	return compiled;
}

/** Forgets compiled templates (tests edit template files between runs). */
export function clearTemplateCache(): void {
	cache.clear();
}

type Render = (context: unknown, options?: Handlebars.RuntimeOptions) => string;

function compileTemplate(dir: string): CompiledTemplate {
	const name = dir.split(/[\\/]/).at(-1) ?? dir;
	const files = readdirSync(dir).filter((file) => statSync(join(dir, file)).isFile());
	const mains = {} as Record<OutputFormat, Render>;
	for (const format of ['html', 'md'] as const) {
		const env = createEnvironment(format);
		const ext = extensions[format];
		const sources = files.filter((file) => file.endsWith(ext)).map((file) => ({ name: file.slice(0, -ext.length), path: join(dir, file) }));
		const main = sources.find((source) => source.name === 'proposal');
		if (!main) throw new TemplateError(displayPath(join(dir, `proposal${ext}`)), 'file is missing');
		const partials = new Set(sources.map((source) => source.name).filter((partial) => partial !== 'proposal'));
		for (const source of sources) {
			const render = compileFile(env, source.path, partials);
			if (source.name === 'proposal') mains[format] = render;
			else env.registerPartial(source.name, render as Handlebars.Template);
		}
	}
	return {
		name,
		dir,
		render(format, proposal) {
			return finish(format, mains[format](documentView(proposal)));
		},
		renderAll(proposal) {
			const view = documentView(proposal);
			return { html: finish('html', mains.html(view)), md: finish('md', mains.md(view)) };
		},
	};
}

/** Sections that render nothing leave blank lines behind; Markdown needs one between blocks, never more. */
function finish(format: OutputFormat, output: string): string {
	return format === 'md'
		? `${output
				.replace(/[ \t]+$/gm, '')
				.replace(/\n{3,}/g, '\n\n')
				.trim()}\n`
		: output;
}

/** Parses and compiles one file, checking partials and helpers it names; errors name the file and line. */
function compileFile(env: typeof Handlebars, path: string, partials: ReadonlySet<string>): Render {
	const file = displayPath(path);
	// Editors end files with a newline; a partial used inside a line (a table cell) must not add one.
	const text = readFileSync(path, 'utf8');
	const source = partials.has(basename(path).replace(/\.(html|md)\.hbs$/, '')) ? text.replace(/\r?\n$/, '') : text;
	let ast: hbs.AST.Program;
	try {
		ast = env.parse(source);
	} catch (error) {
		throw templateError(error, file);
	}
	checkNames(ast, file, partials, env);
	// Every helper is known at compile time (checked above), which lets Handlebars call them directly.
	const knownHelpers = Object.fromEntries(Object.keys(env.helpers).map((name) => [name, true]));
	const template = env.compile(source, { strict: true, knownHelpers, knownHelpersOnly: true });
	return (context, options) => {
		try {
			return template(context, options);
		} catch (error) {
			throw templateError(error, file);
		}
	};
}

/** Converts a Handlebars error into a `TemplateError` for `file`; an inner partial's error is kept. */
function templateError(error: unknown, file: string): TemplateError {
	if (error instanceof TemplateError) return error;
	const raw = error instanceof Error ? error : new Error(String(error));
	const parse = /^Parse error on line (\d+):\n(.*)\n-*\^\n(.*)$/s.exec(raw.message);
	if (parse) {
		const [, line, near = '', expected = ''] = parse;
		return new TemplateError(file, `syntax error near "${near.trim()}": ${expected.replace(/^Expecting /, 'expected ')}`, Number(line));
	}
	const withLoc = raw as Error & { lineNumber?: number; column?: number };
	const reason = raw.message
		.replace(/ - \d+:\d+$/, '')
		.replace(/^"([^"]+)" not defined in .*$/s, 'unknown variable "$1" (misspelled, or missing from the proposal model)');
	return new TemplateError(file, reason, withLoc.lineNumber, withLoc.column === undefined ? undefined : withLoc.column + 1);
}

/** Static checks Handlebars leaves to run time: every partial and helper named must exist. */
function checkNames(ast: hbs.AST.Program, file: string, partials: ReadonlySet<string>, env: typeof Handlebars): void {
	const visit = (node: unknown): void => {
		if (!node || typeof node !== 'object') return;
		const n = node as { type?: string; loc?: hbs.AST.SourceLocation; [key: string]: unknown };
		if (n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') {
			const partialName = (n.name as { original?: unknown } | undefined)?.original;
			if (typeof partialName === 'string' && !partials.has(partialName)) {
				throw new TemplateError(
					file,
					`unknown partial "${partialName}"; partials are the other .hbs files of the template folder`,
					n.loc?.start.line,
					(n.loc?.start.column ?? 0) + 1,
				);
			}
		}
		if (n.type === 'MustacheStatement' || n.type === 'SubExpression' || n.type === 'BlockStatement') {
			const path = n.path as { type?: string; original?: string } | undefined;
			const params = (n.params as unknown[] | undefined) ?? [];
			const hash = n.hash as { pairs?: unknown[] } | undefined;
			const isCall = params.length > 0 || (hash?.pairs?.length ?? 0) > 0 || n.type === 'SubExpression';
			if (isCall && path?.type === 'PathExpression' && path.original && !(path.original in env.helpers)) {
				throw new TemplateError(file, `unknown helper "${path.original}"`, n.loc?.start.line, (n.loc?.start.column ?? 0) + 1);
			}
		}
		for (const value of Object.values(n)) {
			if (Array.isArray(value)) value.forEach(visit);
			else if (value && typeof value === 'object' && 'type' in value) visit(value);
		}
	};
	visit(ast);
}

// ---------------------------------------------------------------------------------------------
// Environments and helpers.

/** Escapes a value for Markdown text: characters that would start formatting, tables or HTML. */
export function escapeMarkdown(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'object' && 'toHTML' in value && typeof value.toHTML === 'function') return String(value.toHTML());
	const text = String(value);
	if (!/[\\`*_[\]<>|&]/.test(text)) return text;
	return text.replace(/[\\`*_[\]<>|]/g, '\\$&').replace(/&(?=#?[a-zA-Z0-9]+;)/g, '&amp;');
}

/** Markdown from a proposal as it goes into the `.md` output: raw HTML tags neutralised, autolinks kept. */
export function neutraliseHtml(markdown: string): string {
	return markdown.replace(/<(?!https?:\/\/[^\s>]+>|[^\s>@]+@[^\s>]+>)(?=[A-Za-z/!?])/g, '&lt;');
}

interface HelperOptions {
	data: { root: { site: { locale: string; currency: string } } };
	loc?: hbs.AST.SourceLocation;
	name: string;
	fn?: unknown;
}

function root(options: HelperOptions) {
	return options.data.root.site;
}

function createEnvironment(format: OutputFormat): typeof Handlebars {
	const env = Handlebars.create();
	if (format === 'md') {
		// Handlebars has no option for a custom escaper; every template function receives the runtime
		// container, so the Markdown instance swaps its escape function in before each render.
		const template = env.template.bind(env);
		env.template = ((spec: { main: (container: { escapeExpression: unknown }, ...rest: unknown[]) => string }) => {
			const main = spec.main;
			spec.main = function (this: unknown, container, ...rest) {
				container.escapeExpression = escapeMarkdown;
				return main.call(this, container, ...rest);
			};
			return template(spec as unknown as TemplateSpecification);
		}) as typeof env.template;
	}

	const fail = (options: HelperOptions, message: string): never => {
		throw new env.Exception(message, options.loc ? ({ loc: options.loc } as hbs.AST.Node) : undefined);
	};
	// Blocks given `undefined` are misspellings: the proposal model uses `null` for absent values.
	for (const block of ['if', 'unless', 'each', 'with'] as const) {
		const original = env.helpers[block] as (...args: unknown[]) => unknown;
		env.registerHelper(block, function (this: unknown, ...args: unknown[]) {
			const options = args.at(-1) as HelperOptions;
			if (args.length < 2 || args[0] === undefined) fail(options, `{{#${block}}} was given an undefined value (misspelled variable?)`);
			return original.apply(this, args);
		});
	}
	const expectNumber = (value: unknown, options: HelperOptions): number => {
		if (typeof value !== 'number' || !Number.isFinite(value))
			fail(options, `{{${options.name}}} expects a number, found ${JSON.stringify(value) ?? 'undefined'}`);
		return value as number;
	};

	env.registerHelper('money', function (value: unknown, options: HelperOptions) {
		if (value === null) return '—';
		const site = root(options);
		return formatMoney(expectNumber(value, options), site.locale, site.currency);
	});
	env.registerHelper('number', function (value: unknown, ...rest: unknown[]) {
		const options = rest.at(-1) as HelperOptions;
		const digits = typeof rest[0] === 'number' ? rest[0] : 1;
		return formatNumber(expectNumber(value, options), root(options).locale, digits);
	});
	env.registerHelper('date', function (value: unknown, options: HelperOptions) {
		if (typeof value !== 'string') fail(options, `{{date}} expects a YYYY-MM-DD day, found ${JSON.stringify(value) ?? 'undefined'}`);
		return formatDay(value as string, root(options).locale);
	});
	env.registerHelper('plural', function (count: unknown, singular: unknown, ...rest: unknown[]) {
		const options = rest.at(-1) as HelperOptions;
		const n = expectNumber(count, options);
		if (typeof singular !== 'string') fail(options, '{{plural}} expects a count and a word, such as {{plural termMonths "month"}}');
		const plural = typeof rest[0] === 'string' ? rest[0] : `${singular as string}s`;
		const word = pluralRules(root(options).locale).select(n) === 'one' ? singular : plural;
		return `${formatNumber(n, root(options).locale, 2)} ${word as string}`;
	});
	env.registerHelper('percent', function (value: unknown, options: HelperOptions) {
		return `${formatNumber(expectNumber(value, options), root(options).locale, 4)}%`;
	});
	env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
	env.registerHelper('add', function (a: unknown, b: unknown, options: HelperOptions) {
		return expectNumber(a, options) + expectNumber(b, options);
	});
	env.registerHelper('neg', function (value: unknown, options: HelperOptions) {
		return -expectNumber(value, options);
	});
	// Text inside a CSS string (`content: "…"`): every character but letters, digits and spaces as a
	// CSS escape, so nothing can end the string or the style element, and HTML escaping changes nothing.
	env.registerHelper('cssString', (value: unknown) =>
		String(value ?? '').replace(/[^A-Za-z0-9 ]/gu, (char) => `\\${(char.codePointAt(0) ?? 0).toString(16)} `),
	);
	env.registerHelper('json', (value: unknown) => JSON.stringify(value));
	env.registerHelper('markdown', function (value: unknown, options: HelperOptions) {
		if (typeof value !== 'string') fail(options, `{{markdown}} expects text, found ${JSON.stringify(value) ?? 'undefined'}`);
		// The only unescaped output: markdown-it with `html: false` escapes any HTML the text contains and
		// refuses unsafe links; the Markdown output gets the same treatment of tags and links.
		return new env.SafeString(format === 'html' ? renderMarkdown(value as string) : neutraliseLinks(neutraliseHtml(value as string)));
	});
	return env;
}

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

// ---------------------------------------------------------------------------------------------
// The data templates see.

/** The resolved proposal plus the few presentation shapes templates need (rows, toggle values). */
export function documentView(proposal: ResolvedProposal) {
	const options = proposal.options.map((option) => ({
		...option,
		cells: choiceCells(option, proposal),
		letter: String.fromCharCode(65 + option.index),
		noticeBy: noticeDeadline(option.termEnds, proposal.terms.noticeDays),
		depositAmount: option.paymentSchedule[0]?.amount ?? 0,
		balanceAmount: option.paymentSchedule[1]?.amount ?? 0,
	}));
	const rows = proposal.lines.map((line, i) => ({
		...line,
		perOption: proposal.options.map((option) => option.lines[i]),
	}));
	const accept = proposal.acceptance ? null : acceptConfig(proposal);
	const recommendedOption = options[proposal.recommended];
	const workload = workloadRows(proposal);
	return {
		...proposal,
		options,
		recommendedOption,
		isOpen: proposal.acceptance === null,
		hasScript: proposal.addons.length > 0 || (accept !== null && options.length > 1),
		acceptConfig: accept,
		acceptHref: accept ? acceptHref(accept, proposal.recommended, 0) : null,
		acceptByEmail: accept?.kind === 'mailto',
		hasSchedule: proposal.deposit !== null && options.some((option) => option.paymentSchedules.some((schedule) => schedule.length > 0)),
		workload,
		extras: rows.filter((row) => !row.optional && row.recurring),
		oneTime: rows.filter((row) => !row.optional && !row.recurring),
		addonRows: rows.filter((row) => row.optional),
		hasAddons: proposal.addons.length > 0,
		hasDiscount: proposal.discount !== null,
		hasOneTime: proposal.options.some((option) => option.totals.oneTimeTotal > 0) || proposal.addons.some((line) => !line.recurring),
		columns: options.length,
		procedures: proposal.procedures.map((group) => ({
			...group,
			items: group.items.map((procedure) => ({
				...procedure,
				frequencyLabel: frequencyLabel(procedure.frequency),
				markLabel: markLabels[procedure.mark],
			})),
		})),
		paperCss: proposal.paper === 'A4' ? 'A4' : 'letter',
		billingAdvance: proposal.terms.billing === 'advance',
	};
}

const markLabels: Record<Procedure['mark'], string> = {
	counted: '',
	'one-time': 'one-time project',
	optional: 'optional add-on',
	'other-option': 'other options only',
	'as-needed': 'as needed',
};

/** The footer of the procedures table: counted rows, procedures not published, and their sum, which is the stated workload. */
function workloadRows(proposal: ResolvedProposal) {
	const option = proposal.options[proposal.recommended];
	const tenths = (hours: number) => Math.round(hours * 10);
	const counted = proposal.procedures.flatMap((group) => group.items).filter((procedure) => procedure.mark === 'counted');
	const shown = counted.reduce((sum, procedure) => sum + tenths(procedure.hoursPerMonth), 0);
	const total = tenths(option?.capacity.estimatedHours ?? 0);
	return { shown: shown / 10, unpublished: (total - shown) / 10, total: total / 10, hasUnpublished: total !== shown };
}
