/** Every public URL path of the site, in one place, so pages, feeds and proposals link alike. */

/**
 * Joins a site path onto the site's base URL, for links in documents that leave the site (proposals,
 * feeds). The path is taken as relative to the base, so a site served from a subfolder keeps it.
 */
export function absoluteUrl(siteUrl: string, path: string): string {
	return new URL(path.replace(/^\/+/, ''), siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}

export const paths = {
	home: () => '/',
	services: () => '/services/',
	service: (id: string) => `/services/${id}/`,
	area: (id: string) => `/areas/${id}/`,
	packages: () => '/packages/',
	about: () => '/about/',
	search: () => '/search/',
	handbook: () => '/handbook/',
	handbookArea: (area: string) => `/handbook/${area}/`,
	sop: (id: string) => `/handbook/${id}/`,
	byRole: (role: string) => `/handbook/by-role/${role}/`,
	byFrequency: (frequency: string) => `/handbook/by-frequency/${frequency}/`,
	byTool: (tool: string) => `/handbook/by-tool/${toolSlug(tool)}/`,
	raci: () => '/handbook/raci/',
	areaRaci: (area: string) => `/handbook/${area}/raci/`,
	operationsCalendar: () => '/handbook/calendar/',
	reviews: () => '/handbook/reviews/',
	printHandbook: () => '/handbook/print/',
	printArea: (area: string) => `/handbook/${area}/print/`,
	calendarFeed: () => '/handbook/calendar.ics',
	roleCalendarFeed: (role: string) => `/handbook/calendar/${role}.ics`,
	sopsJson: () => '/sops.json',
	/** A client's handbook only: the plan of the engagement's first month. */
	firstMonth: () => '/first-month/',
} as const;

/** An email link to `email` with `subject` filled in. */
export function mailtoHref(email: string, subject: string): string {
	return `mailto:${email}?subject=${encodeURIComponent(subject)}`;
}

/** Where the main call to action leads: the practice's booking page when it has one, else an email. */
export function contactHref(site: { email: string; booking?: string | undefined }, subject: string): string {
	return site.booking ?? mailtoHref(site.email, subject);
}

/** A URL-safe slug for a free-text tool name ("Google Workspace" → "google-workspace"). */
export function toolSlug(tool: string): string {
	return tool
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}
