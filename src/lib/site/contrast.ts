/**
 * WCAG contrast for the brand colours in `site.yaml`: links and buttons use the primary colour on
 * white (and white on it), headings' labels use the accent. Below AA (4.5:1) text becomes hard to read.
 */

/** Relative luminance of a `#rrggbb` colour, as WCAG 2 defines it. */
export function luminance(hex: string): number {
	const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
	const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}

/** The WCAG AA minimum for normal-size text. */
export const minimumContrast = 4.5;

/** One warning per brand colour that is too light to read as text on the site's white background. */
export function brandContrastWarnings(brand: { primary: string; accent: string }, file = 'content/site.yaml'): string[] {
	return (['primary', 'accent'] as const)
		.map((name) => ({ name, ratio: contrastRatio(brand[name], '#ffffff') }))
		.filter(({ ratio }) => ratio < minimumContrast)
		.map(
			({ name, ratio }) =>
				`${file}: brand.${name}: ${brand[name]} has a contrast of ${ratio.toFixed(1)}:1 on white; links and labels need at least ${minimumContrast}:1 (WCAG AA), so choose a darker shade`,
		);
}
