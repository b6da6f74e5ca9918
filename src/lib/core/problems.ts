/** One way to report content problems, so every message reads the same: file, field, what is wrong. */
import type { z } from 'zod';
import { closest } from 'fastest-levenshtein';

export interface Problem {
	/** File path as the user sees it, such as `content/sops/office/mail.md`. */
	file: string;
	/** Field path such as `raci.accountable`, or a location for syntax errors. */
	field: string;
	message: string;
}

/** Formats a problem as the one line users read: `file: field: message`. */
export function formatProblem({ file, field, message }: Problem): string {
	return `${file}: ${field}: ${message}`;
}

/** Turns a Zod path such as `['services', 2, 'id']` into `services[2].id`. */
export function fieldPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out ? `.${String(key)}` : String(key);
	}
	return out || '(file)';
}

/** Converts Zod issues into problems for `file`, with messages that name what was expected and found. */
export function problemsFromZod(file: string, error: z.ZodError, input: unknown): Problem[] {
	return error.issues.map((issue) => ({ file, field: fieldPath(issue.path), message: describeIssue(issue, input) }));
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
	let value = input;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

function show(value: unknown): string {
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	const text = JSON.stringify(value);
	return text && text.length > 60 ? `${text.slice(0, 57)}...` : String(text);
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
	const found = valueAt(input, issue.path);
	switch (issue.code) {
		case 'invalid_type':
			return found === undefined
				? `required field is missing (expected ${issue.expected})`
				: `expected ${issue.expected}, found ${show(found)}`;
		case 'invalid_value':
			return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, found ${show(found)}`;
		case 'unrecognized_keys':
			return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
		case 'invalid_union':
			return found === undefined
				? 'required field is missing'
				: `${issue.message.replace(/^Invalid input$/, 'unexpected value')}, found ${show(found)}`;
		case 'too_small':
		case 'too_big':
		case 'invalid_format':
			return found === undefined ? issue.message : `${issue.message.replace(/^Invalid input: /, '')}, found ${show(found)}`;
		default:
			return issue.message;
	}
}

/** The existing id closest to `wanted`, for "did you mean" hints. */
export function nearestId(wanted: string, candidates: readonly string[]): string | undefined {
	return candidates.length ? closest(wanted, [...candidates]) : undefined;
}

/** A problem for a reference that points nowhere, naming the nearest valid id. */
export function danglingReference(file: string, field: string, kind: string, wanted: string, candidates: readonly string[]): Problem {
	const nearest = nearestId(wanted, candidates);
	const hint = nearest ? `; did you mean "${nearest}"?` : `; there are no ${kind}s yet`;
	return { file, field, message: `unknown ${kind} "${wanted}"${hint}` };
}

/** Thrown when content is invalid; carries every problem of the run. */
export class ContentError extends Error {
	readonly problems: Problem[];
	constructor(problems: Problem[]) {
		super(`${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`);
		this.name = 'ContentError';
		this.problems = problems;
	}
}
