/**
 * Which files may become entries: an id is the file's path as lowercase slugs, and only real files
 * inside the collection folder count. Astro's glob loader follows symbolic links and accepts any name,
 * so these rules run before it and the build stops instead of publishing what they reject.
 */
import { idPattern } from '../../schemas/common.ts';
import type { Problem } from '../core/problems.ts';

/** A slug spelling of `id` (lowercase ASCII, dashes), to suggest a file name. */
export function slugifyId(id: string): string {
	return id
		.split('/')
		.map((part) =>
			part
				.normalize('NFKD')
				.replace(/[\u0300-\u036f]/g, '')
				.toLowerCase()
				.replace(/[^a-z0-9]+/g, '-')
				.replace(/^-+|-+$/g, ''),
		)
		.join('/');
}

/** A problem when `id` (from the file's path) is not made of lowercase slugs; `taken` are the other ids of the folder. */
export function idNameProblem(file: string, id: string, extension: string, taken: ReadonlySet<string>): Problem | undefined {
	if (idPattern.test(id)) return undefined;
	const suggestion = slugifyId(id);
	const clash = taken.has(suggestion) ? `; "${suggestion}${extension}" already exists, so merge the two files` : '';
	const rename = suggestion && !clash ? `; rename the file to "${suggestion}${extension}"` : '';
	return {
		file,
		field: '(file name)',
		message: `ids are lowercase slugs (a-z, 0-9 and dashes), found "${id}"${clash}${rename}`,
	};
}

/** A problem for a symbolic link inside a collection folder: its target may lie outside the content folder. */
export function symlinkProblem(file: string): Problem {
	return {
		file,
		field: '(file)',
		message: 'is a symbolic link; content is read only from real files and folders inside the content folder, so copy it in instead',
	};
}
