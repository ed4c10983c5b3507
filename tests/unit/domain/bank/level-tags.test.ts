import { describe, expect, it } from 'vitest';
import {
	matchesLevelAndTags,
	tagsInUse,
	tagsOf,
	type LevelAndTags,
	type LevelTagChoice
} from '$lib/domain/bank/level-tags';
import type { TagSummary } from '$lib/domain/bank/compile';

const tag = (id: string): TagSummary => ({ id, label: { kk: `${id}-kk`, ru: `${id}-ru`, en: `${id}-en` } });

describe('matchesLevelAndTags', () => {
	const analysedEu: LevelAndTags = { level: 'analyse', tags: ['eu', 'trade'] };
	const imported: LevelAndTags = {};
	it.each<[string, LevelAndTags, LevelTagChoice, boolean]>([
		['no choice keeps everything', analysedEu, {}, true],
		['no choice keeps an item without level or tags', imported, {}, true],
		['an empty tag list is no narrowing', imported, { tagIds: [] }, true],
		['a listed level', analysedEu, { levels: ['understand', 'analyse'] }, true],
		['another level', analysedEu, { levels: ['recall'] }, false],
		['no level at all once levels narrow', imported, { levels: ['recall', 'understand', 'analyse'] }, false],
		['an empty level list keeps nothing', analysedEu, { levels: [] }, false],
		['any one of the tags', analysedEu, { tagIds: ['china', 'trade'] }, true],
		['none of the tags', analysedEu, { tagIds: ['china'] }, false],
		['no tags at all once tags narrow', imported, { tagIds: ['eu'] }, false],
		['level and tag both needed', analysedEu, { levels: ['recall'], tagIds: ['eu'] }, false],
		['level and tag both met', analysedEu, { levels: ['analyse'], tagIds: ['eu'] }, true]
	])('%s', (_, item, choice, expected) => {
		expect(matchesLevelAndTags(item, choice)).toBe(expected);
	});
});

describe('tagsInUse', () => {
	const vocabulary = ['eu', 'china', 'energy', 'trade'].map(tag);
	it("lists the items' tags in the vocabulary's order, with the kept ones, and nothing unknown", () => {
		expect(tagsInUse(vocabulary, [{ tags: ['trade', 'nope'] }, {}, { tags: ['eu'] }]).map((t) => t.id)).toEqual([
			'eu',
			'trade'
		]);
		expect(tagsInUse(vocabulary, [{ tags: ['trade'] }], ['china']).map((t) => t.id)).toEqual(['china', 'trade']);
		expect(tagsInUse(vocabulary, [])).toEqual([]);
	});
});

describe('tagsOf', () => {
	it("gives an item's tags in its own order and skips ids missing from the vocabulary", () => {
		const byId = new Map(['eu', 'trade'].map((id) => [id, tag(id)] as const));
		expect(tagsOf({ tags: ['trade', 'gone', 'eu'] }, byId).map((t) => t.label.ru)).toEqual(['trade-ru', 'eu-ru']);
		expect(tagsOf({}, byId)).toEqual([]);
	});
});
