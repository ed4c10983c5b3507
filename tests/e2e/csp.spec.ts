import { createHash } from 'node:crypto';
import { test as base } from '@playwright/test';
import { test, expect } from './fixtures';

const PAGES = [
	'/kk/',
	'/ru/study/eu-aid-programmes/',
	'/en/quiz/eu-aid-programmes/',
	'/en/settings/',
	'/kk/teach/',
	'/ru/teach/results/',
	'/en/teach/draft/',
	'/404.html'
];

function policyOf(html: string): Map<string, string[]> {
	const content = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
	expect(content, 'a CSP meta tag').toBeDefined();
	return new Map(
		content!.split(';').map((part): [string, string[]] => {
			const [name = '', ...sources] = part.trim().split(/\s+/);
			return [name, sources];
		})
	);
}

test('every built page carries a strict CSP whose script hashes are exactly its inline scripts', async ({
	request
}) => {
	for (const path of PAGES) {
		const html = await (await request.get(path)).text();
		const policy = policyOf(html);
		const scriptSources = policy.get('script-src') ?? [];
		expect(scriptSources, path).not.toContain("'unsafe-inline'");
		expect(scriptSources, path).not.toContain("'unsafe-eval'");
		expect(policy.get('object-src'), path).toEqual(["'none'"]);
		expect(policy.get('default-src'), path).toEqual(["'self'"]);
		// Inline scripts that run (JSON data islands do not, and need no hash).
		const inline = [
			...html.matchAll(/<script(?![^>]*\b(?:src=|type="application\/json"))[^>]*>([\s\S]*?)<\/script>/g)
		].map((m) => m[1] ?? '');
		const hashes = inline.map((code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`);
		expect(scriptSources.filter((s) => s.startsWith("'sha256-")).sort(), path).toEqual([...new Set(hashes)].sort());
	}
});

// Plain Playwright test: the blocked script is expected to log a CSP error.
base('an injected inline script does not run', async ({ page }) => {
	await page.goto('/en/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const violations = page.evaluate(
		() =>
			new Promise<string>((resolve) =>
				document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true })
			)
	);
	await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.__injected = true';
		document.body.append(script);
	});
	expect(await violations).toMatch(/^script-src/);
	expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});
