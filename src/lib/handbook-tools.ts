/** The distinct tools SOPs use, sorted for readers. */
export function handbookTools(sops: readonly { tools: readonly string[] }[]): string[] {
	return [...new Set(sops.flatMap((sop) => sop.tools))].sort((a, b) => a.localeCompare(b));
}
