import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import {
	BankDataError,
	BankFetchError,
	isQuotaExceeded,
	MismatchedReviewError,
	MissingRecordError,
	StorageUnavailableError
} from '$lib/domain/errors';

describe('named errors', () => {
	it('each says its own name, and is an Error', () => {
		const errors = [
			new BankFetchError('/banks/index.json', 404),
			new BankDataError('not a bank'),
			new StorageUnavailableError('no IndexedDB'),
			new MissingRecordError('gone'),
			new MismatchedReviewError('a', 'b')
		];
		expect(errors.map((e) => e.name)).toEqual([
			'BankFetchError',
			'BankDataError',
			'StorageUnavailableError',
			'MissingRecordError',
			'MismatchedReviewError'
		]);
		for (const e of errors) expect(e).toBeInstanceOf(Error);
		expect(errors[1]).not.toBeInstanceOf(BankFetchError);
		// Dexie turns an error named like one of its own, thrown in a transaction, into its own.
		const dexieNames = Object.values(Dexie.errnames) as string[];
		expect(dexieNames).toContain('NotFoundError');
		for (const e of errors) expect(dexieNames).not.toContain(e.name);
	});

	it('a bank that could not be had keeps its address, its status and what caused it', () => {
		const cause = new TypeError('Failed to fetch');
		const error = new BankFetchError('/banks/en/a.json', 0, { cause });
		expect([error.url, error.status, error.cause]).toEqual(['/banks/en/a.json', 0, cause]);
		expect(error.message).toBe('Could not load /banks/en/a.json (0)');
	});
});

describe('isQuotaExceeded', () => {
	const quota = () => new DOMException('full', 'QuotaExceededError');

	it('knows the platform quota error, bare or wrapped by Dexie', () => {
		expect(isQuotaExceeded(quota())).toBe(true);
		expect(isQuotaExceeded({ name: 'AbortError', inner: quota() })).toBe(true);
		expect(isQuotaExceeded({ name: 'AbortError', inner: { name: 'AbortError', inner: quota() } })).toBe(true);
	});

	it('is false for anything else', () => {
		expect(isQuotaExceeded(new DOMException('no', 'NotAllowedError'))).toBe(false);
		expect(isQuotaExceeded(new TypeError('Failed to fetch'))).toBe(false);
		expect(isQuotaExceeded(undefined)).toBe(false);
		expect(isQuotaExceeded(null)).toBe(false);
		expect(isQuotaExceeded('QuotaExceededError')).toBe(false);
	});

	it('stops on a chain that loops', () => {
		const loop: { name: string; inner?: unknown } = { name: 'AbortError' };
		loop.inner = loop;
		expect(isQuotaExceeded(loop)).toBe(false);
	});
});
