/**
 * Memory of a process and its descendants, read from /proc (Linux): for the benchmark's peak figures.
 *
 * `rss` adds up each process's resident memory, so a page shared by several processes (Node's own
 * code in a parent and its Astro child, Chromium's libraries in each of its processes) counts once per
 * process. `pss` gives each process its share of such a page instead: the sum is what the tree
 * really holds in memory, the figure the memory goal is about.
 */
import { readFileSync } from 'node:fs';

export interface TreeMemory {
	/** Resident set sizes added up, in bytes. */
	rss: number;
	/** Proportional set sizes added up, in bytes: shared pages split between the processes that map them. */
	pss: number;
}

/** The kibibyte figure of `field` in a /proc file's text (`VmRSS:   1234 kB`), in bytes; 0 when absent. */
export function procKibField(text: string, field: string): number {
	const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
	return match ? Number(match[1]) * 1024 : 0;
}

const read = (path: string) => {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return '';
	}
};

/** The pids of `pid`'s children (threads' children included), from /proc. */
function childrenOf(pid: number): number[] {
	return read(`/proc/${pid}/task/${pid}/children`).trim().split(/\s+/).filter(Boolean).map(Number);
}

/** Memory of `pid` and all its descendants now; zeros when /proc has no such process (or no /proc). */
export function treeMemory(pid: number): TreeMemory {
	const own = read(`/proc/${pid}/smaps_rollup`);
	// Without smaps_rollup (an old kernel, or a process that just ended), PSS falls back to RSS.
	const rss = procKibField(read(`/proc/${pid}/status`), 'VmRSS');
	const total = { rss, pss: own ? procKibField(own, 'Pss') : rss };
	for (const child of childrenOf(pid)) {
		const memory = treeMemory(child);
		total.rss += memory.rss;
		total.pss += memory.pss;
	}
	return total;
}
