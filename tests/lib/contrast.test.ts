import { describe, expect, it } from 'vitest';
import { brandContrastWarnings, contrastRatio } from '../../src/lib/site/contrast.ts';

describe('brand contrast', () => {
	it('computes WCAG contrast ratios', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
		expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
	});

	it('accepts the starter brand colours', () => {
		expect(brandContrastWarnings({ primary: '#1d4f73', accent: '#a3461f' })).toEqual([]);
	});

	it('warns about a brand colour too light to read on white', () => {
		const [warning] = brandContrastWarnings({ primary: '#ffcc00', accent: '#a3461f' });
		expect(warning).toMatch(/brand\.primary: #ffcc00 has a contrast of 1\.\d:1 on white; .* at least 4\.5:1/);
	});
});
