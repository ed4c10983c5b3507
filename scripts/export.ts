/**
 * `npm run export -- --format gift|moodle|csv|tsv|apkg [--topic ID ...] [--lang kk|ru|en] [--other-languages] [--out FILE]`
 * exports the chosen topics (all by default) in one language (Kazakh by default): for Moodle's
 * question bank (GIFT, Moodle XML), for Anki and Quizlet (CSV, TSV), or as an Anki package (apkg,
 * whose cards may show the other two languages on the back too). Text goes to standard output unless
 * `--out` names a file; a package always goes to a file (qaitala-<topic or topics>-<lang>.apkg by default).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import initSqlJs from 'sql.js';
import { getCompiledBanks } from '../src/lib/server/load-banks';
import { isLanguage, LANGUAGES, type Language } from '../src/lib/domain/language';
import { EXPORT_FORMATS, exportTopics, type ExportFormat } from '../src/lib/domain/export/export-topics';
import { exportApkg } from '../src/lib/domain/export/apkg';
import en from '../src/lib/i18n/locales/session/en';
import kk from '../src/lib/i18n/locales/session/kk';
import ru from '../src/lib/i18n/locales/session/ru';
import moodleAnki from '../src/lib/i18n/locales/teach/moodle-anki';

const FORMATS = [...EXPORT_FORMATS, 'apkg'] as const;
const cardWords = { kk: kk.card, ru: ru.card, en: en.card };
const labelsIn = (lang: Language) => ({ true: cardWords[lang].true, false: cardWords[lang].false });

function fail(message: string): never {
	console.error(`export: ${message}`);
	console.error(
		'usage: npm run export -- --format gift|moodle|csv|tsv|apkg [--topic ID ...] [--lang kk|ru|en] [--other-languages] [--out FILE]'
	);
	process.exit(2);
}

let values;
try {
	({ values } = parseArgs({
		options: {
			format: { type: 'string' },
			topic: { type: 'string', multiple: true },
			lang: { type: 'string', default: 'kk' },
			'other-languages': { type: 'boolean', default: false },
			out: { type: 'string' }
		}
	}));
} catch (error) {
	fail((error as Error).message);
}
const format = values.format as (typeof FORMATS)[number];
if (!FORMATS.includes(format)) fail(`--format must be one of ${FORMATS.join(', ')}`);
const lang = values.lang;
if (!isLanguage(lang)) fail(`--lang must be one of ${LANGUAGES.join(', ')}`);
if (values['other-languages'] && format !== 'apkg') fail('--other-languages is for --format apkg only');

const banks = getCompiledBanks();
const known = banks.index.topics.map((t) => t.id);
const wanted = values.topic ?? known;
const unknown = wanted.filter((id) => !known.includes(id));
if (unknown.length) fail(`unknown topic ${unknown.join(', ')}; topics are: ${known.join(', ')}`);

if (format === 'apkg') {
	const languages = values['other-languages'] ? [lang, ...LANGUAGES.filter((l) => l !== lang)] : [lang];
	const bytes = exportApkg(await initSqlJs(), {
		language: lang,
		backLanguages: languages.slice(1),
		topics: wanted.map((id) => ({
			topicId: id,
			title: banks.index.topics.find((t) => t.id === id)!.title[lang],
			items: Object.fromEntries(languages.map((l) => [l, banks.topicBanks[l][id]!.items]))
		})),
		labels: Object.fromEntries(languages.map((l) => [l, labelsIn(l)])),
		courseName: moodleAnki[lang].moodleAnki.export.course,
		now: Date.now()
	});
	const out = values.out ?? `qaitala-${wanted.length === 1 ? wanted[0] : 'topics'}-${lang}.apkg`;
	writeFileSync(out, bytes);
	console.log(`export: wrote ${out}`);
} else {
	const topics = wanted.map((id) => ({ topicId: id, items: banks.topicBanks[lang][id]!.items }));
	const text = exportTopics(format as ExportFormat, topics, labelsIn(lang));
	if (values.out) {
		writeFileSync(values.out, text);
		console.log(`export: wrote ${values.out}`);
	} else process.stdout.write(text);
}
