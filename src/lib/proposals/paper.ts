/** The paper size a proposal prints on, from the site's locale. */

const papers = new Map<string, 'A4' | 'letter'>();

/** US and Canadian customs (and a few others) print on Letter; everyone else on A4. */
export function defaultPaper(locale: string): 'A4' | 'letter' {
	let paper = papers.get(locale);
	if (!paper) {
		paper = paperForRegion(locale);
		papers.set(locale, paper);
	}
	return paper;
}

function paperForRegion(locale: string): 'A4' | 'letter' {
	let region: string | undefined;
	try {
		region = new Intl.Locale(locale).maximize().region;
	} catch {
		region = undefined;
	}
	return region && ['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'PR'].includes(region) ? 'letter' : 'A4';
}
