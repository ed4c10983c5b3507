/**
 * Builds an Anki package in the browser. Loaded with `import()` when the instructor downloads one,
 * and it loads sql.js and its WebAssembly (about 650 kB) only then; the service worker precaches
 * the wasm file like every other asset, so this works offline.
 */
import type { SqlJsStatic } from 'sql.js';
import { fetchTopicBank } from '$lib/banks/fetch-banks';
import type { TopicSummary } from '$lib/domain/bank/compile';
import { exportApkg } from '$lib/domain/export/apkg';
import { LANGUAGES, type Language } from '$lib/domain/language';
import { loadLanguage, translate } from '$lib/i18n';

/** sql.js or its WebAssembly could not be loaded (offline before they were ever cached). */
export class AnkiEngineError extends Error {
	constructor(cause: unknown) {
		super('sql.js could not be loaded', { cause });
		this.name = 'AnkiEngineError';
	}
}

let engine: Promise<SqlJsStatic> | undefined;

function loadEngine(): Promise<SqlJsStatic> {
	engine ??= Promise.all([import('sql.js'), import('sql.js/dist/sql-wasm-browser.wasm?url')])
		.then(([{ default: initSqlJs }, { default: wasmUrl }]) => initSqlJs({ locateFile: () => wasmUrl }))
		.catch((error: unknown) => {
			engine = undefined; // the next click tries again
			throw new AnkiEngineError(error);
		});
	return engine;
}

/**
 * The chosen topics (in the order given) as an Anki package in `language`, with the other two
 * languages on the back when asked. Rejects with AnkiEngineError, BankFetchError or BankDataError.
 */
export async function makeApkgFile(
	fetchFn: typeof fetch,
	topics: readonly TopicSummary[],
	language: Language,
	hasOtherLanguages: boolean
): Promise<Blob> {
	const languages = hasOtherLanguages ? [language, ...LANGUAGES.filter((l) => l !== language)] : [language];
	const [SQL, banks] = await Promise.all([
		loadEngine(),
		Promise.all(topics.map((topic) => Promise.all(languages.map((l) => fetchTopicBank(fetchFn, l, topic.id))))),
		Promise.all(languages.map((language) => loadLanguage(language)))
	]);
	const bytes = exportApkg(SQL, {
		language,
		backLanguages: languages.slice(1),
		topics: topics.map((topic, t) => ({
			topicId: topic.id,
			title: topic.title[language],
			items: Object.fromEntries(languages.map((l, i) => [l, banks[t]![i]!.items]))
		})),
		// "True"/"False" as the other exports take them (make-file.ts).
		labels: Object.fromEntries(
			languages.map((l) => [l, { true: translate(l, 'card.true'), false: translate(l, 'card.false') }])
		),
		courseName: translate(language, 'moodleAnki.export.course'),
		now: Date.now()
	});
	return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' });
}
