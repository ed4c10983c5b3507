/**
 * Questions in CSV, read with papaparse; comma, semicolon or tab separated, UTF-8.
 *
 * With a header row (column names in English, any order, any case; only `question` and `answer` are
 * required):
 * ```
 * type,question,answer,wrong,explanation,tolerance,unit
 * flashcard,Capital of Kazakhstan?,Astana,,Since 1997
 * choice,Which are EU members?,France|Poland,Norway|Turkey
 * true-false,The EU has 27 members.,true
 * cloze,The strategy was adopted in ___.,2019
 * numeric,How many member states?,27,,,1,states
 * ordering,Oldest first,1991|1997|2019
 * matching,Capitals,Kazakhstan -> Astana|Kyrgyzstan -> Bishkek
 * ```
 * - `type`: flashcard (the default), choice, true-false, cloze, numeric, ordering, matching.
 * - Lists are separated by `|` (`\|` for a `|` in a text): the right options (`answer`) and the wrong
 *   ones (`wrong`) of a choice, the accepted answers of a cloze, an ordering's elements in order,
 *   a matching's pairs written `left -> right`.
 * - true-false: true/false, and the words for them in Russian and Kazakh (Excel's ИСТИНА/ЛОЖЬ too).
 * - cloze: the question holds one gap `___`. numeric: a number (`3,5` too) and an optional tolerance.
 *
 * Without a header, a file of two columns (front, back: what Anki and Quizlet export) is flashcards;
 * Anki's `#separator:`, `#html:` and `#… column:` header lines are understood.
 *
 * Questions in several languages: `question_kk`, `question_ru`, `question_en` (and `answer_…`,
 * `wrong_…`, `explanation_…`, `unit_…`) give each language its own text; a column without a
 * language (`question`) is in the language chosen for the import and fills in for any language
 * that lacks that column (`type`, `tolerance` or a shared `answer`).
 */
import Papa from 'papaparse';
import { restoreFormula, toSafeCsv } from '../export/spreadsheet-safe';
import { LANGUAGES, type Language } from '../language';
import type { CustomItem, ImportProblem } from './custom-bank';
import { escapeLeft, escapeListText, parseNumberText, parseTruth, splitList } from './csv-cells';
import { htmlToText } from './plain-text';
import type { DraftItem, ParsedQuestions } from './validate-custom';

/** The columns a header row may name, in the order toCustomCsv writes them. */
export const CSV_COLUMNS = ['type', 'question', 'answer', 'wrong', 'explanation', 'tolerance', 'unit'] as const;
type Column = (typeof CSV_COLUMNS)[number];

/** The columns a language may have its own of: `question_kk`, `answer_ru`… */
const LOCALIZED_COLUMNS = ['question', 'answer', 'wrong', 'explanation', 'unit'] as const satisfies readonly Column[];
const LOCALIZED_NAME = new RegExp(`^(${LOCALIZED_COLUMNS.join('|')})_(${LANGUAGES.join('|')})$`);
type ColumnKey = Column | `${Column}_${Language}`;

const TYPE_ALIASES: Record<string, CustomItem['type']> = {
	flashcard: 'flashcard',
	card: 'flashcard',
	choice: 'choice',
	mc: 'choice',
	'multiple-choice': 'choice',
	'true-false': 'true-false',
	truefalse: 'true-false',
	tf: 'true-false',
	cloze: 'cloze',
	gap: 'cloze',
	short: 'cloze',
	numeric: 'numeric',
	numerical: 'numeric',
	number: 'numeric',
	ordering: 'ordering',
	order: 'ordering',
	matching: 'matching',
	match: 'matching'
};

/** The `line`s of a text: `lineAt(offset)` is the 1-based line of a character. */
function lineIndex(text: string, firstLine: number): (offset: number) => number {
	const starts = [0];
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return (offset) => {
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (starts[mid]! <= offset) low = mid;
			else high = mid - 1;
		}
		return firstLine + low;
	};
}

interface Row {
	line: number;
	cells: string[];
	/** A broken quote: the row's cells cannot be trusted. */
	quoteProblem?: ImportProblem;
}

/** Every row with the line it starts on; a quoted field may span lines. */
function readRows(body: string, delimiter: string, firstLine: number): Row[] {
	const lineAt = lineIndex(body, firstLine);
	const rows: Row[] = [];
	let start = 0;
	Papa.parse<string[]>(body, {
		delimiter,
		newline: '\n',
		step: (result) => {
			const line = lineAt(start);
			const quote = result.errors.find((e) => e.type === 'Quotes');
			// A leading apostrophe before = + - @ is the one our own exports add (spreadsheet-safe.ts).
			const row: Row = { line, cells: result.data.map(restoreFormula) };
			if (quote) {
				const at = 'index' in quote && typeof quote.index === 'number' ? lineAt(quote.index) : line;
				const key = quote.code === 'MissingQuotes' ? 'customBank.error.unclosedQuote' : 'customBank.error.badQuote';
				row.quoteProblem = { line: Math.min(at, lineAt(body.length)), key };
			}
			rows.push(row);
			start = result.meta.cursor;
		}
	});
	return rows.filter((r) => r.quoteProblem || r.cells.some((c) => c.trim() !== ''));
}

interface AnkiHeader {
	delimiter?: string;
	isHtml: boolean;
	/** 0-based columns that hold tags, deck names… rather than text. */
	ignored: Set<number>;
	lineCount: number;
}

const ANKI_HEADERS = new Set(['separator', 'html', 'tags', 'columns', 'notetype', 'deck', 'guid']);
const ANKI_SEPARATORS: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', pipe: '|', space: ' ' };

/** Anki's file header lines (`#separator:tab`, `#html:true`, `#tags column:3`) at the very start. */
function readAnkiHeader(lines: readonly string[]): AnkiHeader {
	const header: AnkiHeader = { isHtml: false, ignored: new Set(), lineCount: 0 };
	for (const line of lines) {
		const match = /^#([a-z][a-z ]*):(.*)$/i.exec(line);
		const name = match?.[1]!.trim().toLowerCase() ?? '';
		if (!match || !(ANKI_HEADERS.has(name) || name.endsWith(' column'))) break;
		header.lineCount++;
		const value = match[2]!.trim();
		if (name === 'separator')
			header.delimiter = ANKI_SEPARATORS[value.toLowerCase()] ?? (value.length === 1 ? value : undefined);
		else if (name === 'html') header.isHtml = value.toLowerCase() === 'true';
		else if (name.endsWith(' column') && /^\d+$/.test(value)) header.ignored.add(Number(value) - 1);
	}
	return header;
}

const HEADER_DELIMITERS = [',', ';', '\t'];

/** Whether a header cell names a question column (`question`, or `question_kk` and the like). */
export const isQuestionColumn = (cell: string): boolean =>
	/^question(_(kk|ru|en))?$/.test(
		cell
			.trim()
			.replace(/^"(.*)"$/, '$1')
			.trim()
			.toLowerCase()
	);

/** The delimiter of a header row that names a question column, if the line is one. */
function headerDelimiter(line: string, only?: string): string | undefined {
	return (only ? [only] : HEADER_DELIMITERS).find((d) => line.split(d).some(isQuestionColumn));
}

function guessDelimiter(body: string): string {
	const guess = Papa.parse<string[]>(body, {
		preview: 10,
		skipEmptyLines: 'greedy',
		delimitersToGuess: ['\t', ';', ',']
	});
	return guess.errors.some((e) => e.code === 'UndetectableDelimiter') ? ',' : guess.meta.delimiter;
}

/** Builds one question from the cells of a row with a header; problems when it cannot. */
function draftFromRow(row: Row, cell: (column: Column) => string): { draft?: DraftItem; problems: ImportProblem[] } {
	const { line } = row;
	const problems: ImportProblem[] = [];
	const typeCell = cell('type').trim();
	const type = typeCell === '' ? 'flashcard' : TYPE_ALIASES[typeCell.toLowerCase().replace(/[\s_/]+/g, '-')];
	if (!type) return { problems: [{ line, key: 'customBank.error.unknownType', params: { value: typeCell } }] };

	const unused: Column[] = [];
	if (type !== 'choice') unused.push('wrong');
	if (type !== 'numeric') unused.push('tolerance', 'unit');
	for (const column of unused) {
		if (cell(column).trim()) problems.push({ line, key: 'customBank.error.unusedCell', params: { column, type } });
	}
	const question = cell('question');
	const answer = cell('answer');
	const explanation = cell('explanation');
	const texts = (c: string) => splitList(c).map((p) => p.text);
	let item: Record<string, unknown> | undefined;
	switch (type) {
		case 'flashcard':
			item = { type, prompt: question, answer, explanation };
			break;
		case 'choice':
			item = {
				type,
				prompt: question,
				options: [
					...texts(answer).map((text) => ({ text, correct: true })),
					...texts(cell('wrong')).map((text) => ({ text, correct: false }))
				],
				explanation
			};
			break;
		case 'true-false': {
			const truth = parseTruth(answer);
			if (truth === undefined)
				problems.push({ line, key: 'customBank.error.notTrueFalse', params: { value: answer.trim() } });
			item = { type, statement: question, answer: truth, explanation };
			break;
		}
		case 'cloze':
			item = { type, text: question, answers: texts(answer), explanation };
			break;
		case 'numeric': {
			const value = parseNumberText(answer);
			if (!Number.isFinite(value))
				problems.push({ line, key: 'customBank.error.notANumber', params: { field: 'answer', value: answer.trim() } });
			const toleranceCell = cell('tolerance').trim();
			const tolerance = toleranceCell ? parseNumberText(toleranceCell) : 0;
			if (!Number.isFinite(tolerance))
				problems.push({
					line,
					key: 'customBank.error.notANumber',
					params: { field: 'tolerance', value: toleranceCell }
				});
			const unit = cell('unit').trim();
			item = { type, prompt: question, answer: value, tolerance, ...(unit ? { unit } : {}), explanation };
			break;
		}
		case 'ordering':
			item = { type, prompt: question, sequence: texts(answer), explanation };
			break;
		case 'matching': {
			const pairs = splitList(answer).map((piece) => {
				if (piece.arrowAt < 0) {
					problems.push({ line, key: 'customBank.error.badPair', params: { value: piece.text } });
					return undefined;
				}
				return {
					left: piece.text.slice(0, piece.arrowAt).trim(),
					right: piece.text.slice(piece.arrowAt + piece.arrowLength).trim()
				};
			});
			item = { type, prompt: question, pairs, explanation };
			break;
		}
	}
	return problems.length ? { problems } : { draft: { line, item }, problems };
}

/**
 * Reads questions from CSV text (line breaks already `\n`); lines in problems are the file's own.
 * Stops after `maxQuestions + 1` questions: the caller refuses that many anyway. `language` is
 * the language of columns named without one.
 */
export function parseCsvQuestions(text: string, maxQuestions = Infinity, language: Language = 'en'): ParsedQuestions {
	const lines = text.split('\n');
	const anki = readAnkiHeader(lines);
	const body = lines.slice(anki.lineCount).join('\n');
	const firstLine = anki.lineCount + 1;
	const firstText = lines.slice(anki.lineCount).find((l) => l.trim() !== '') ?? '';
	const headerDelim = headerDelimiter(firstText, anki.delimiter);
	const rows = readRows(body, headerDelim ?? anki.delimiter ?? guessDelimiter(body), firstLine);
	const clean = (cell: string) => (anki.isHtml ? htmlToText(cell) : cell);

	const drafts: DraftItem[] = [];
	const problems: ImportProblem[] = [];
	const warnings: ImportProblem[] = [];
	const take = (draft: DraftItem | undefined, found: ImportProblem[]) => {
		problems.push(...found);
		if (draft) drafts.push(draft);
		return drafts.length > maxQuestions;
	};

	if (!headerDelim) {
		// Front and back, as Anki and Quizlet export them.
		for (const row of rows) {
			if (row.quoteProblem) {
				problems.push(row.quoteProblem);
				continue;
			}
			const cells = row.cells.filter((_, i) => !anki.ignored.has(i));
			while (cells.length > 2 && cells[cells.length - 1]!.trim() === '') cells.pop();
			const found: ImportProblem[] =
				cells.length === 2
					? []
					: [{ line: row.line, key: 'customBank.error.twoColumns', params: { count: cells.length } }];
			const draft = found.length
				? undefined
				: {
						line: row.line,
						item: { type: 'flashcard', prompt: clean(cells[0]!), answer: clean(cells[1]!), explanation: '' }
					};
			if (take(draft, found)) break;
		}
		return { drafts, problems, warnings };
	}

	const [header, ...dataRows] = rows;
	if (!header) return { drafts, problems, warnings };
	if (header.quoteProblem) return { drafts, problems: [header.quoteProblem], warnings };
	const columns = new Map<ColumnKey, number>();
	header.cells.forEach((name, index) => {
		const column = name.trim().toLowerCase();
		if (column === '') return;
		if (!(CSV_COLUMNS as readonly string[]).includes(column) && !LOCALIZED_NAME.test(column)) {
			problems.push({ line: header.line, key: 'customBank.error.unknownColumn', params: { column: name.trim() } });
		} else if (columns.has(column as ColumnKey)) {
			problems.push({ line: header.line, key: 'customBank.error.repeatedColumn', params: { column } });
		} else columns.set(column as ColumnKey, index);
	});
	const hasAny = (column: Column) => columns.has(column) || LANGUAGES.some((l) => columns.has(`${column}_${l}`));
	for (const required of ['question', 'answer'] as const) {
		if (!hasAny(required))
			problems.push({ line: header.line, key: 'customBank.error.missingColumn', params: { column: required } });
	}
	if (problems.length) return { drafts, problems, warnings };
	// The languages with a question column; the import's own language first when it has one.
	const languages = LANGUAGES.filter(
		(l) => columns.has(`question_${l}`) || (l === language && columns.has('question'))
	);
	const own = languages.includes(language) ? language : languages[0]!;
	const others = languages.filter((l) => l !== own);

	const named = new Set(columns.values());
	for (const row of dataRows) {
		if (row.quoteProblem) {
			problems.push(row.quoteProblem);
			continue;
		}
		const stray = row.cells.findIndex((c, i) => !named.has(i) && c.trim() !== '');
		if (stray >= 0) {
			problems.push({ line: row.line, key: 'customBank.error.cellWithoutColumn', params: { column: stray + 1 } });
			continue;
		}
		const cellIn = (l: Language) => (column: Column) => {
			const index = columns.get(`${column}_${l}`) ?? columns.get(column);
			return index === undefined ? '' : clean(row.cells[index] ?? '');
		};
		const { draft, problems: found } = draftFromRow(row, cellIn(own));
		const translations: NonNullable<DraftItem['translations']> = {};
		for (const other of others) {
			const translated = draftFromRow(row, cellIn(other));
			found.push(...translated.problems.map((p) => ({ ...p, language: other })));
			if (translated.draft) translations[other] = translated.draft.item;
		}
		const complete = draft && !found.length ? { ...draft, ...(others.length ? { translations } : {}) } : undefined;
		if (take(complete, found)) break;
	}
	return { drafts, problems, warnings, ...(own !== language ? { language: own } : {}) };
}

/** The CSV of items in the format parseCsvQuestions reads, with a header row: it reads back the same. */
export function toCustomCsv(items: readonly CustomItem[]): string {
	const list = (texts: readonly string[]) => texts.map(escapeListText).join('|');
	const rows = items.map((item): Record<Column, string> => {
		const row = {
			type: item.type,
			question: '',
			answer: '',
			wrong: '',
			explanation: item.explanation,
			tolerance: '',
			unit: ''
		};
		switch (item.type) {
			case 'flashcard':
				return { ...row, question: item.prompt, answer: item.answer };
			case 'choice':
				return {
					...row,
					question: item.prompt,
					answer: list(item.options.filter((o) => o.correct).map((o) => o.text)),
					wrong: list(item.options.filter((o) => !o.correct).map((o) => o.text))
				};
			case 'true-false':
				return { ...row, question: item.statement, answer: String(item.answer) };
			case 'cloze':
				return { ...row, question: item.text, answer: list(item.answers) };
			case 'numeric':
				return {
					...row,
					question: item.prompt,
					answer: String(item.answer),
					tolerance: item.tolerance ? String(item.tolerance) : '',
					unit: item.unit ?? ''
				};
			case 'ordering':
				return { ...row, question: item.prompt, answer: list(item.sequence) };
			case 'matching':
				return {
					...row,
					question: item.prompt,
					answer: item.pairs.map((p) => `${escapeLeft(p.left)} -> ${escapeListText(p.right)}`).join('|')
				};
		}
	});
	return toSafeCsv([[...CSV_COLUMNS], ...rows.map((r) => CSV_COLUMNS.map((c) => r[c]))]);
}
