import { defineConfig, devices } from '@playwright/test';

/** A port of our own, so a preview server left running elsewhere is never tested by mistake. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4329);

// Debian's Chromium (apt-get install chromium): browsers cannot be downloaded here.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	timeout: 30_000,
	use: {
		baseURL: `http://127.0.0.1:${E2E_PORT}`,
		...devices['Pixel 7'],
		browserName: 'chromium',
		launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
		serviceWorkers: 'allow',
		trace: 'retain-on-failure'
	},
	// Tests run against the production build (`npm run build`), served as a static host would.
	webServer: {
		command: `node_modules/.bin/sirv build --port ${E2E_PORT} --host 127.0.0.1 --single 404.html`,
		url: `http://127.0.0.1:${E2E_PORT}/kk/`,
		reuseExistingServer: false,
		timeout: 20_000
	}
});
