import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	CARRYING_ASSIGNMENT_VERSION,
	carriedItems,
	decodeAssignment,
	encodeAssignment,
	type Assignment,
	type CarryingAssignment
} from '$lib/domain/share/assignment';
import {
	CARRIED_LIMITS,
	MAX_LINK_CHARS,
	carryItem,
	checkCarriedItem,
	localizeCarried,
	type CarriedItem
} from '$lib/domain/share/carried';
import { encodeJson } from '$lib/domain/share/codec';
import { assignmentFileContent, readAssignmentFile } from '$lib/domain/share/files';
import { assignmentLink, isLinkOffered } from '$lib/domain/share/compose';
import { customItemId } from '$lib/domain/import/validate-custom';
import { NO_SOURCE } from '$lib/domain/import/custom-topic';
import type { CustomBank } from '$lib/domain/import/custom-bank';
import { seededRandom } from '$lib/domain/bank/present';

const AT = Date.UTC(2025, 8, 1);
const own = (n: number) => customItemId(AT, n);

const bank: CustomBank = {
	id: 1,
	title: 'Capitals',
	language: 'en',
	format: 'csv',
	importedAt: AT,
	items: [
		{
			id: own(1),
			type: 'choice',
			prompt: 'Capital of Kazakhstan?',
			options: [
				{ text: 'Astana', correct: true },
				{ text: 'Almaty', correct: false }
			],
			explanation: ''
		},
		{
			id: own(2),
			type: 'numeric',
			prompt: 'Year of independence?',
			answer: 1991,
			tolerance: 0,
			explanation: 'December 1991.'
		}
	],
	translations: {
		kk: [
			{
				id: own(1),
				type: 'choice',
				prompt: 'Қазақстанның астанасы?',
				options: [
					{ text: 'Астана', correct: true },
					{ text: 'Алматы', correct: false }
				],
				explanation: ''
			},
			{
				id: own(2),
				type: 'numeric',
				prompt: 'Тәуелсіздік жылы?',
				answer: 1991,
				tolerance: 0,
				explanation: '1991 жылғы желтоқсан.'
			}
		]
	}
};

const carried = bank.items.map((i) => carryItem(i.id, [bank])!);

const assignment: CarryingAssignment = {
	v: CARRYING_ASSIGNMENT_VERSION,
	title: 'Week 6',
	mode: 'test',
	languages: ['kk', 'en'],
	topicIds: ['kz-china'],
	itemIds: ['kz-china-1', own(1), own(2)],
	carried
};
const known = new Set(['kz-china-1', 'kz-china-2']);

describe('questions an assignment carries', () => {
	it('are taken from the bank in every language it has', () => {
		expect(carried[0]).toEqual({
			id: own(1),
			en: {
				type: 'choice',
				prompt: 'Capital of Kazakhstan?',
				options: [
					{ text: 'Astana', correct: true },
					{ text: 'Almaty', correct: false }
				],
				explanation: ''
			},
			kk: {
				type: 'choice',
				prompt: 'Қазақстанның астанасы?',
				options: [
					{ text: 'Астана', correct: true },
					{ text: 'Алматы', correct: false }
				],
				explanation: ''
			}
		});
		expect(carryItem('kz-china-1', [bank])).toBeUndefined();
	});

	it('are shown in the student’s language, or in their own when they lack it', () => {
		expect(localizeCarried(carried[1]!, 'kk')).toMatchObject({
			id: own(2),
			prompt: 'Тәуелсіздік жылы?',
			source: NO_SOURCE
		});
		expect(localizeCarried(carried[1]!, 'ru')).toMatchObject({ id: own(2), prompt: 'Year of independence?' });
	});

	it('travel in the code and come back the same, beside built-in references', () => {
		const code = encodeAssignment(assignment);
		expect(decodeAssignment(code, known)).toEqual({ ok: true, assignment });
		expect(carriedItems(assignment)).toHaveLength(2);
		// Short enough for a link and its QR code.
		expect(assignmentLink('https://qaitala.github.io', 'kk', code).length).toBeLessThan(MAX_LINK_CHARS);
	});

	it('may be all of an assignment, with no built-in topic', () => {
		const onlyOwn: Assignment = { ...assignment, topicIds: [], itemIds: [own(1), own(2)] };
		expect(decodeAssignment(encodeAssignment(onlyOwn), known)).toEqual({ ok: true, assignment: onlyOwn });
	});

	it('are always in the assignment file, even past what a link holds', () => {
		// Words drawn at random compress about as badly as real questions do.
		const random = seededRandom('carried');
		const words = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 1e6).toString(36)).join(' ');
		const many = Array.from({ length: 60 }, (_, i): CarriedItem => ({
			id: own(i + 1),
			en: { type: 'flashcard', prompt: `${words(12)}?`, answer: words(3), explanation: '' }
		}));
		const big: Assignment = { ...assignment, topicIds: [], itemIds: many.map((c) => c.id), carried: many };
		const code = encodeAssignment(big);
		const link = assignmentLink('https://qaitala.github.io', 'en', code);
		expect(link.length).toBeGreaterThan(MAX_LINK_CHARS);
		expect(isLinkOffered(big, link)).toBe(false);
		expect(
			isLinkOffered(assignment, assignmentLink('https://qaitala.github.io', 'en', encodeAssignment(assignment)))
		).toBe(true);
		// References only are always offered a link, whatever its length.
		const { carried: _carried, ...references } = assignment;
		expect(isLinkOffered({ ...references, v: 1 }, 'x'.repeat(MAX_LINK_CHARS + 1))).toBe(true);
		const file = assignmentFileContent(code, link.slice(0, link.indexOf('#')), big);
		expect(readAssignmentFile(file, known)).toEqual({ ok: true, assignment: big, code });
	});
});

describe('a damaged or oversized assignment carrying questions', () => {
	const encode = (patch: Record<string, unknown>) => encodeJson({ ...assignment, ...patch });
	const withCarried = (first: Record<string, unknown>) => encode({ carried: [first, carried[1]] });

	it.each([
		[
			'a translation asking another question',
			withCarried({
				...carried[0],
				kk: {
					...carried[0]!.kk,
					options: [
						{ text: 'Астана', correct: false },
						{ text: 'Алматы', correct: true }
					]
				}
			})
		],
		['a question with no language', withCarried({ id: own(1) })],
		['a language we do not have', withCarried({ id: own(1), de: carried[0]!.en })],
		[
			'an invalid question',
			withCarried({
				id: own(1),
				en: {
					type: 'choice',
					prompt: 'Q?',
					options: [
						{ text: 'A', correct: false },
						{ text: 'B', correct: false }
					],
					explanation: ''
				}
			})
		],
		['a question id that is not an own one', withCarried({ ...carried[0], id: 'kz-china-1' })],
		['a carried question it does not ask', encode({ itemIds: ['kz-china-1', own(1)] })],
		['the same question carried twice', encode({ carried: [carried[0], carried[0]], itemIds: ['kz-china-1', own(1)] })],
		['no topic while asking a built-in question', encode({ topicIds: [] })],
		['nothing carried', encode({ carried: [] })],
		[
			'too many questions carried',
			encode({
				carried: Array.from({ length: CARRIED_LIMITS.items + 1 }, (_, i) => ({ ...carried[0], id: own(i + 1) }))
			})
		]
	])('is refused: %s', (_, code) => {
		expect(decodeAssignment(code, known)).toEqual({ ok: false, error: 'share.error.invalid' });
	});

	it('refuses a question neither built in nor carried', () => {
		const code = encodeAssignment({ ...assignment, itemIds: ['kz-china-9', own(1), own(2)] });
		expect(decodeAssignment(code, known)).toEqual({ ok: false, error: 'share.error.invalid' });
	});

	it('refuses a code past the bounds before inflating or parsing it', () => {
		expect(decodeAssignment('A'.repeat(CARRIED_LIMITS.codeChars + 1))).toEqual({
			ok: false,
			error: 'share.error.tooLarge'
		});
		// Small once deflated, huge once inflated.
		const bomb = encode({ instructions: 'x'.repeat(CARRIED_LIMITS.inflatedBytes) });
		expect(bomb.length).toBeLessThan(CARRIED_LIMITS.codeChars);
		expect(decodeAssignment(bomb)).toEqual({ ok: false, error: 'share.error.tooLarge' });
		expect(readAssignmentFile('x'.repeat(CARRIED_LIMITS.fileChars + 1))).toEqual({
			ok: false,
			error: 'share.error.tooLarge'
		});
	});

	it('reads a damaged code as damaged, and a newer version as a newer version', () => {
		const code = encodeAssignment(assignment);
		expect(decodeAssignment(`${code.slice(0, 40)}!${code.slice(41)}`)).toEqual({
			ok: false,
			error: 'share.error.malformed'
		});
		expect(decodeAssignment(code.slice(0, Math.floor(code.length / 2)))).toEqual({
			ok: false,
			error: 'share.error.malformed'
		});
		expect(decodeAssignment(encode({ v: 3 }))).toEqual({ ok: false, error: 'share.error.version' });
	});

	it('never throws on hostile carried questions', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				expect(checkCarriedItem(value) === undefined || typeof checkCarriedItem(value) === 'object').toBe(true);
				const result = decodeAssignment(encode({ carried: [value] }), known);
				expect(typeof result.ok).toBe('boolean');
			}),
			{ numRuns: 300 }
		);
	});
});
