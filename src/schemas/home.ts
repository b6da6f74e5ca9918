/**
 * `content/home.yaml` (optional): the practice's own words on the home page and its calls to action.
 * Every sentence a practice would change lives here, so `src/` holds none of them. A missing file or
 * field leaves its section out, or uses a plain label.
 */
import { z } from 'zod';
import { line } from './common.ts';

/** A short titled paragraph: an outcome card or a step of engagement. */
const point = z.strictObject({
	/** A few words in bold, such as "Discovery call". */
	title: line,
	/** One or two sentences. */
	text: line,
});

/** A titled list of points with an optional sentence under the heading. */
const section = z.strictObject({
	/** Section heading, such as "How we start". */
	heading: line,
	/** Optional sentence under the heading. */
	intro: line.optional(),
	/** The points, in order. */
	items: z.array(point).default([]),
});

export const homeSchema = z.strictObject({
	/** Small line above the headline, naming what the practice does. */
	eyebrow: line.optional(),
	/** The home page's main heading; the practice's name when left out. */
	headline: line.optional(),
	/** A paragraph or two under the tagline, in Markdown. */
	intro: z.string().default(''),
	/** What a client gets: cards under a heading ("What comes off your plate"). */
	outcomes: section.optional(),
	/** How an engagement starts: numbered steps ("Discovery call", "Proposal", …). */
	steps: section.optional(),
	/** Labels of the buttons that lead a visitor to get in touch. */
	actions: z
		.strictObject({
			/** The main call to action; opens `booking` from site.yaml, else an email to `email`. */
			contact: line.default('Get in touch'),
			/** Subject of that email when there is no booking link. */
			contactSubject: line.default('Enquiry'),
			/** The packages page's button, an email asking for a proposal. */
			proposal: line.default('Ask for a proposal'),
		})
		.default({ contact: 'Get in touch', contactSubject: 'Enquiry', proposal: 'Ask for a proposal' }),
	/** Lead paragraphs of the catalog pages. */
	leads: z
		.strictObject({
			/** Under the "Services" heading. */
			services: line.optional(),
			/** Under the "Packages" heading. */
			packages: line.optional(),
		})
		.default({}),
});

export type HomeInput = z.input<typeof homeSchema>;
export type Home = z.output<typeof homeSchema>;

/** The home page settings of a content folder without `home.yaml`. */
export const emptyHome: Home = homeSchema.parse({});
