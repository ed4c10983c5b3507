import { afterEach, describe, expect, it } from 'vitest';
import { QaitalaDb } from '$lib/storage/db';
import { CustomBankRepository } from '$lib/storage/custom-banks';
import { DraftReview } from '$lib/state/draft-review.svelte';
import type { DocumentFileResult } from '$lib/state/document-file';
import { editFields, itemFromFields } from '$lib/domain/draft/edit-fields';
import { STEPPE_FORUM } from '../../fixtures/steppe-forum';

const TEXT = [STEPPE_FORUM.en[0], STEPPE_FORUM.en[1], STEPPE_FORUM.en[4]].join('\n');
const NOW = Date.UTC(2026, 2, 1);

const dbs: QaitalaDb[] = [];
afterEach(async () => {
	for (const db of dbs.splice(0)) await db.delete();
});

function fresh(read: DocumentFileResult = { ok: true, text: TEXT, kind: 'text' }) {
	const db = new QaitalaDb(`draft-review-${dbs.length}-${Date.now()}`);
	dbs.push(db);
	const banks = new CustomBankRepository(db);
	const review = new DraftReview({ store: () => banks, readFile: async () => read, now: () => NOW });
	return { review, banks };
}

const file = (name: string) => new File(['x'], name);

describe('DraftReview', () => {
	it('reads a document, follows its language and titles the bank after the file', async () => {
		const { review } = fresh();
		await review.openFile(file('steppe-forum.txt'));
		expect(review.text).toBe(TEXT);
		expect(review.language).toBe('en');
		expect(review.title).toBe('steppe-forum');
		expect(review.fileNote).toEqual({ kind: 'read', name: 'steppe-forum.txt' });
	});

	it('keeps everything as it was when a file cannot be read', async () => {
		const { review } = fresh({ ok: false, error: 'damaged' });
		review.setText('Kept as it is, in 1997.');
		await review.openFile(file('broken.pdf'));
		expect(review.text).toBe('Kept as it is, in 1997.');
		expect(review.title).toBe('');
		expect(review.fileNote).toEqual({ kind: 'error', name: 'broken.pdf', error: 'damaged' });
	});

	it('reviews drafts and saves only the accepted ones as a validated bank', async () => {
		const { review, banks } = fresh();
		review.setText(TEXT);
		review.draft();
		expect(review.draftProblems).toEqual([]);
		const numeric = review.entries.filter((e) => e.item.type === 'numeric');
		expect(numeric.length).toBeGreaterThanOrEqual(4);
		review.setStatus(numeric[0]!.draft.id, 'rejected');
		review.acceptAll('numeric');
		expect(review.counts.get('numeric')).toMatchObject({ accepted: numeric.length - 1, pending: 0 });

		expect(await review.save()).toBe(false);
		expect(review.saveProblems).toEqual([{ key: 'customBank.error.noTitle' }]);
		review.title = '  Steppe   Forum ';
		expect(await review.save()).toBe(true);
		expect(review.saved).toEqual({ title: 'Steppe Forum', count: numeric.length - 1 });
		const [bank] = await banks.list();
		expect(bank).toMatchObject({ title: 'Steppe Forum', language: 'en', format: 'draft', importedAt: NOW });
		expect(bank!.items.map((i) => i.type)).toEqual(Array(numeric.length - 1).fill('numeric'));
		expect(bank!.items[0]!.id).toBe('custom-' + NOW.toString(36) + '-1');
		// The saved drafts leave the list; the rejected one stays.
		expect(review.entries.some((e) => e.status === 'accepted')).toBe(false);
		expect(review.entries.find((e) => e.draft.id === numeric[0]!.draft.id)?.status).toBe('rejected');
	});

	it('changes a draft’s type, and keeps an edit only when it passes the import rules', () => {
		const { review } = fresh();
		review.setText(TEXT);
		review.draft();
		const entry = review.entries.find((e) => e.item.type === 'numeric' && e.item.answer === 2004)!;
		review.changeType(entry.draft.id, 'cloze');
		const changed = review.entries.find((e) => e.draft.id === entry.draft.id)!;
		expect(changed.item).toMatchObject({
			type: 'cloze',
			text: 'In ___ the forum opened an office in Brussels.',
			answers: ['2004']
		});
		expect(changed.isEdited).toBe(true);

		const noGap = { ...editFields(changed.item), question: 'In 2004 the forum opened an office.' };
		const read = itemFromFields('cloze', noGap);
		expect(read.ok && review.edit(entry.draft.id, read.item)).toEqual([
			{ line: 2, key: 'customBank.error.gapCount', params: { count: 0 } }
		]);
		expect(review.entries.find((e) => e.draft.id === entry.draft.id)!.item).toEqual(changed.item);

		const fixed = itemFromFields('cloze', { ...editFields(changed.item), list: '2004\nтwo thousand four' });
		expect(fixed.ok && review.edit(entry.draft.id, fixed.item)).toEqual([]);
		expect(review.entries.find((e) => e.draft.id === entry.draft.id)!.item).toMatchObject({
			answers: ['2004', 'тwo thousand four']
		});
	});

	it('says so when there is no text, or nothing to draft in it', () => {
		const { review } = fresh();
		review.draft();
		expect(review.draftProblems).toEqual([{ key: 'drafter.error.noText' }]);
		review.setText('no facts here at all, only words and more words');
		review.draft();
		expect(review.draftProblems).toEqual([{ key: 'drafter.error.noDrafts' }]);
	});
});

describe('edit fields', () => {
	it('read a typed number the way an instructor writes it, and refuse one that is not', () => {
		const fields = {
			...editFields({ type: 'numeric', prompt: 'How many?', answer: 1, tolerance: 0, explanation: '' }),
			answer: '107,4'
		};
		expect(itemFromFields('numeric', fields)).toEqual({
			ok: true,
			item: { type: 'numeric', prompt: 'How many?', answer: 107.4, tolerance: 0, explanation: '' }
		});
		expect(itemFromFields('numeric', { ...fields, answer: 'many' })).toEqual({
			ok: false,
			problem: { key: 'drafter.edit.notANumber', params: { value: 'many' } }
		});
	});

	it('round-trip options, pairs and elements through their lines', () => {
		const choice = {
			type: 'choice' as const,
			prompt: 'Q',
			options: [
				{ text: 'A', correct: true },
				{ text: 'B', correct: false }
			],
			explanation: ''
		};
		expect(itemFromFields('choice', editFields(choice))).toEqual({ ok: true, item: choice });
		const matching = {
			type: 'matching' as const,
			prompt: 'Q',
			pairs: [
				{ left: 'a', right: 'b' },
				{ left: 'c', right: 'd' }
			],
			explanation: 'e'
		};
		expect(itemFromFields('matching', editFields(matching))).toEqual({ ok: true, item: matching });
	});
});
