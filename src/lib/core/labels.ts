/** Words readers see for enum values. */
import type { Frequency } from '../../schemas/sops.ts';

const frequencyLabels: Record<Frequency, string> = {
	daily: 'Daily',
	weekly: 'Weekly',
	biweekly: 'Every two weeks',
	monthly: 'Monthly',
	quarterly: 'Quarterly',
	annually: 'Annually',
	'as-needed': 'As needed',
};

/** "Every two weeks" for `biweekly`, and so on. */
export function frequencyLabel(frequency: Frequency): string {
	return frequencyLabels[frequency];
}
