// Renders static/icons/favicon.svg to the PNG icons the web app manifest names, in Debian's Chromium.
// Run by hand after changing the SVG: `node scripts/render-icons.js`.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';

const svg = readFileSync('static/icons/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();

async function render(file, size, { maskable = false } = {}) {
	// A maskable icon keeps its drawing inside the central 80% "safe zone" on a full-bleed background.
	const inner = maskable ? Math.round(size * 0.72) : size;
	await page.setViewportSize({ width: size, height: size });
	await page.setContent(
		`<body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:${maskable ? '#0b5c6b' : 'transparent'}">` +
			`<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`
	);
	await page.screenshot({ path: `static/icons/${file}`, omitBackground: !maskable });
	console.log(`static/icons/${file}`);
}

await render('icon-192.png', 192);
await render('icon-512.png', 512);
await render('icon-maskable-512.png', 512, { maskable: true });
await browser.close();
