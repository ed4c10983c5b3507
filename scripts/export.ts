/**
 * `npm run export -- --format gift|moodle|csv|tsv [--topic ID ...] [--lang kk|ru|en]`
 * prints the chosen topics (all by default) in one language (Kazakh by default) to standard output,
 * for Moodle's question bank (GIFT, Moodle XML) or for Anki and Quizlet (CSV, TSV).
 */
import { parseArgs } from 'node:util';
import { getCompiledBanks } from '../src/lib/server/load-banks';
import { isLanguage, LANGUAGES } from '../src/lib/domain/language';
import { EXPORT_FORMATS, exportTopics, type ExportFormat } from '../src/lib/domain/export/export-topics';
import en from '../src/lib/i18n/locales/en';
import kk from '../src/lib/i18n/locales/kk';
import ru from '../src/lib/i18n/locales/ru';

const cardWords = { kk: kk.card, ru: ru.card, en: en.card };

function fail(message: string): never {
	console.error(`export: ${message}`);
	console.error('usage: npm run export -- --format gift|moodle|csv|tsv [--topic ID ...] [--lang kk|ru|en]');
	process.exit(2);
}

let values;
try {
	({ values } = parseArgs({
		options: { format: { type: 'string' }, topic: { type: 'string', multiple: true }, lang: { type: 'string', default: 'kk' } }
	}));
} catch (error) {
	fail((error as Error).message);
}
const format = values.format as ExportFormat;
if (!EXPORT_FORMATS.includes(format)) fail(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
const lang = values.lang;
if (!isLanguage(lang)) fail(`--lang must be one of ${LANGUAGES.join(', ')}`);

const banks = getCompiledBanks();
const known = banks.index.topics.map((t) => t.id);
const wanted = values.topic ?? known;
const unknown = wanted.filter((id) => !known.includes(id));
if (unknown.length) fail(`unknown topic ${unknown.join(', ')}; topics are: ${known.join(', ')}`);

const topics = wanted.map((id) => ({ topicId: id, items: banks.topicBanks[lang][id]!.items }));
const labels = { true: cardWords[lang].true, false: cardWords[lang].false };
process.stdout.write(exportTopics(format, topics, labels));
