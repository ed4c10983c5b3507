// A grade's card and review row are written in one place: StudyRepository.recordReview. Every
// other path (an assignment's flashcards too) must call it rather than write the tables itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = 'src';
/** A new review row: only a grade makes one (a backup restore writes every table as rows). */
const REVIEW_WRITE = /\breviews\s*\.\s*(add|bulkAdd|put|bulkPut)\s*\(/g;

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sources(path);
		return /\.(ts|svelte)$/.test(entry.name) ? [path] : [];
	});
}

describe('one writer for a grade', () => {
	it('only the study repository adds review rows', () => {
		const writers = sources(SRC).flatMap((path) =>
			[...readFileSync(path, 'utf8').matchAll(REVIEW_WRITE)].map(() => path.replaceAll('\\', '/'))
		);
		expect(writers).toEqual(['src/lib/storage/study-repository.ts']);
	});

	it('the pattern finds a review write where there is one', () => {
		expect('await this.db.reviews.add({ ...review })'.match(REVIEW_WRITE)).toHaveLength(1);
		expect('db.reviews .bulkPut(rows)'.match(REVIEW_WRITE)).toHaveLength(1);
		expect('db.reviews.count()'.match(REVIEW_WRITE)).toBeNull();
	});
});
