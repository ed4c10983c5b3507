// The guard tells failures apart by class: each named error the code throws gets its own message.
import { afterEach, describe, expect, it } from 'vitest';
import { ActionGuard, FAILURE_MESSAGES, failureOf, type Failure } from '$lib/state/guard.svelte';
import {
	BankDataError,
	BankFetchError,
	MismatchedReviewError,
	MissingRecordError,
	StorageUnavailableError
} from '$lib/domain/errors';
import { evaluateResponse } from '$lib/domain/quiz/evaluate';
import type { LocalizedItem } from '$lib/domain/bank/localize';
import { fetchBankIndex, fetchTopicBank } from '$lib/banks/fetch-banks';
import { QaitalaDb } from '$lib/storage/db';
import { TestAttemptRepository } from '$lib/storage/test-attempts';
import en from '$lib/i18n/locales/en';
import kk from '$lib/i18n/locales/kk';
import ru from '$lib/i18n/locales/ru';
import sessionEn from '$lib/i18n/locales/session/en';
import sessionKk from '$lib/i18n/locales/session/kk';
import sessionRu from '$lib/i18n/locales/session/ru';
import moreEn from '$lib/i18n/locales/more/en';
import moreKk from '$lib/i18n/locales/more/kk';
import moreRu from '$lib/i18n/locales/more/ru';
import type { Resource } from '$lib/i18n/locales/resource';

const opened: QaitalaDb[] = [];
afterEach(async () => {
	for (const db of opened.splice(0)) {
		db.close();
		await db.delete();
	}
});

/** What the throw inside `action` becomes. */
async function failureFrom(action: () => unknown): Promise<Failure> {
	try {
		await action();
	} catch (error) {
		return failureOf(error);
	}
	throw new Error('nothing was thrown');
}

const cloze: LocalizedItem = {
	id: 'z',
	type: 'cloze',
	text: 'The capital is ___.',
	answers: ['Astana'],
	source: { doc: 'tiny.txt', lines: [1, 1] },
	explanation: 'Why.'
};

const answering =
	(status: number, body: unknown): typeof fetch =>
	async () =>
		new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });

describe('failureOf, from what the code throws', () => {
	it('an answer of the wrong type for its question is bank data, not a failed load', async () => {
		expect(await failureFrom(() => evaluateResponse(cloze, { type: 'numeric', text: '1' }))).toBe('bankData');
	});

	it('a bank fetched offline (fetch rejects with a TypeError) is a bank that could not be had', async () => {
		const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
		await expect(fetchTopicBank(offline, 'en', 'a')).rejects.toBeInstanceOf(BankFetchError);
		expect(await failureFrom(() => fetchTopicBank(offline, 'en', 'a'))).toBe('banks');
	});

	it('a server error is a bank that could not be had', async () => {
		expect(await failureFrom(() => fetchBankIndex(answering(404, 'missing')))).toBe('banks');
	});

	it('a file that is not a bank, or not JSON at all, is bank data', async () => {
		expect(await failureFrom(() => fetchBankIndex(answering(200, { nothing: 1 })))).toBe('bankData');
		expect(await failureFrom(() => fetchTopicBank(answering(200, '<html>'), 'en', 'a'))).toBe('bankData');
	});

	it('an answer to a test finished in another tab is a record that is gone', async () => {
		const db = new QaitalaDb(`guard-${Date.now()}`);
		opened.push(db);
		const tests = new TestAttemptRepository(db);
		const id = await tests.start({ seed: 's', topicIds: ['t'], itemIds: ['z'], timeLimitMs: 0, startedAt: 1 });
		await tests.finish(id, 2);
		const answer = { itemId: 'z', response: { type: 'cloze', text: 'Astana' }, isCorrect: true } as const;
		await expect(tests.saveAnswer(id, answer)).rejects.toBeInstanceOf(MissingRecordError);
		expect(await failureFrom(() => tests.saveAnswer(id, answer))).toBe('missingRecord');
	});

	it('a full disk, bare or wrapped by Dexie, is storage full', () => {
		const quota = new DOMException('full', 'QuotaExceededError');
		expect(failureOf(quota)).toBe('storageFull');
		expect(failureOf(Object.assign(new Error('tx aborted'), { name: 'AbortError', inner: quota }))).toBe('storageFull');
	});

	it('storage refused, and whatever is not named, is storage', () => {
		expect(failureOf(new StorageUnavailableError('no IndexedDB'))).toBe('storage');
		expect(failureOf(new MismatchedReviewError('a', 'b'))).toBe('storage');
		// A bug is no longer taken for a failed load because it happens to be a TypeError.
		expect(failureOf(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe('storage');
	});
});

describe('ActionGuard', () => {
	it('keeps the failure and its message, and clears both when the next action succeeds', async () => {
		const guard = new ActionGuard();
		await guard.run(() => Promise.reject(new BankDataError('not a bank')));
		expect(guard.failed).toBe('bankData');
		expect(guard.failureMessage).toBe('failures.bankData');
		expect(guard.isBusy).toBe(false);
		await guard.run(async () => {
			expect(guard.isBusy).toBe(true);
		});
		expect(guard.failed).toBe(false);
		expect(guard.failureMessage).toBeUndefined();
	});
});

describe('FAILURE_MESSAGES', () => {
	const lookup = (resource: Resource, key: string): unknown =>
		key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], resource);

	it('every failure has a message that is different from the others, in all three languages', () => {
		const keys = Object.values(FAILURE_MESSAGES);
		expect(new Set(keys).size).toBe(keys.length);
		// The pages that use the guard load all of a language's string chunks.
		for (const chunks of [
			[en, sessionEn, moreEn],
			[kk, sessionKk, moreKk],
			[ru, sessionRu, moreRu]
		])
			for (const key of keys)
				expect(
					chunks.some((chunk) => typeof lookup(chunk, key) === 'string'),
					key
				).toBe(true);
	});
});
