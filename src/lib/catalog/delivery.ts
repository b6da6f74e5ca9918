/** What each delivery mode means for the client, in plain words. */
import type { DeliveryMode } from '../../schemas/services.ts';

export interface DeliveryDescription {
	/** Short label for badges. */
	label: string;
	/** Who performs the work. */
	performer: string;
	/** One or two sentences a client understands. */
	explanation: string;
}

export const delivery: Record<DeliveryMode, DeliveryDescription> = {
	perform: {
		label: 'Done by your OBM',
		performer: 'The OBM',
		explanation: 'Your online business manager does this work personally, so there is no one else to brief or chase.',
	},
	manage: {
		label: 'Your team, coordinated',
		performer: 'Your team, coordinated by the OBM',
		explanation:
			'Your own staff keep doing the work; your OBM plans it, checks it and reports on it, so you no longer have to supervise it.',
	},
	subcontract: {
		label: 'Specialist, managed',
		performer: 'A specialist subcontractor, managed by the OBM',
		explanation:
			'Your OBM hires a vetted specialist for this work, briefs and supervises them, and stays answerable to you for the result.',
	},
};
