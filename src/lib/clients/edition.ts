/** Which build this is: the client edition renders every client's handbook, nothing of the practice's site. */

/** True in the build that renders client handbooks (`OPSBOOK_EDITION=clients`). */
export function isClientsEdition(env: NodeJS.ProcessEnv = process.env): boolean {
	return env.OPSBOOK_EDITION === 'clients';
}
