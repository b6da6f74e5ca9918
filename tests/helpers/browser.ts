/**
 * Headless Chromium for browser tests, through playwright-core and the system's Chromium. In a full
 * run every file connects to the one browser the global setup started; a lone file launches its own.
 * Without Chromium the tests are skipped loudly, unless E2E=required (as in CI), where they fail.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumArgs, findChromium } from '../../src/lib/io/chromium.ts';
import './shared-sites.ts';

export const chromiumPath = findChromium();
export const e2eRequired = process.env.E2E === 'required';

if (!chromiumPath) {
	const message = 'Chromium was not found (set CHROMIUM_PATH or install the Debian package "chromium"): browser tests are SKIPPED.';
	if (e2eRequired) throw new Error(`E2E=required but ${message}`);
	console.warn(`\n!!! ${message}\n`);
}

/** True when browser tests can run here. */
export const hasChromium = chromiumPath !== undefined && existsSync(chromiumPath);

/** A browser for one test file; `close()` on it closes only what this file opened. */
export function launchBrowser(): Promise<Browser> {
	const endpoint = inject('chromiumEndpoint');
	if (endpoint) return chromium.connect(endpoint);
	if (!chromiumPath) throw new Error('Chromium not found');
	return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}
