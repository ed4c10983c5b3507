import { test, expect, cardsLeft, waitForPacks, waitForServiceWorkerControl } from './fixtures';

test('after one visit the app works offline: reload, navigate and keep studying', async ({ page, context }) => {
	await page.goto('/kk/');
	await waitForServiceWorkerControl(page);

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Тақырыптарыңыз' })).toBeVisible();

	// A page not opened before, loaded whole (not a tapped link): the shell renders it from its kept data.
	await page.goto('/kk/study/kz-china/');
	await expect(page.getByRole('button', { name: 'Жауапты көрсету' })).toBeVisible();

	// A page not opened before, in a language chosen once online, straight from the cache.
	await context.setOffline(false);
	await page.goto('/ru/');
	await waitForPacks(page, ['pages-ru', 'banks-ru']);
	await context.setOffline(true);
	await page.goto('/ru/study/trade-investment-energy/');
	await expect(page.getByRole('button', { name: 'Показать ответ' })).toBeVisible();
	const left = await cardsLeft(page);
	await page.getByRole('button', { name: 'Показать ответ' }).click();
	await page.getByRole('button', { name: /^Хорошо,/ }).click();
	await expect(page.getByRole('button', { name: 'Показать ответ' })).toBeVisible();
	expect(await cardsLeft(page)).toBe(left); // "Good" on a new card: learning, due in 10 min
	await page.getByRole('button', { name: 'Показать ответ' }).click();
	await page.getByRole('button', { name: /^Легко,/ }).click();
	await expect.poll(() => cardsLeft(page)).toBe(left - 1);

	await page.reload();
	await expect(page.getByRole('button', { name: 'Показать ответ' })).toBeVisible();
	expect(await cardsLeft(page)).toBe(left - 1);

	// An address that does not exist gets the app's translated 404 page, offline too.
	await page.goto('/ru/no-such-page/');
	await expect(page.getByRole('heading', { name: 'Страница не найдена' })).toBeVisible();
	await context.setOffline(false);
});
