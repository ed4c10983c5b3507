import type { Resource } from '../resource';

/** The `teachExport.*` strings of the instructors' pages (export panel and QR code), in kk, ru and en. */
export default {
	kk: {
		teachExport: {
			title: 'Сұрақтарды экспорттау',
			intro: 'Сұрақтарды Moodle-дің сұрақтар банкіне немесе Anki мен Quizlet карточкаларына жүктеп алыңыз.',
			allTopics: 'Барлық тақырып',
			noTopics: 'Таңдауды тазарту',
			language: 'Сұрақтар тілі',
			format: 'Формат',
			formats: {
				moodle: { name: 'Moodle XML', use: 'Moodle сұрақтар банкі' },
				gift: { name: 'GIFT', use: 'Moodle сұрақтар банкі, қарапайым мәтін' },
				csv: { name: 'CSV', use: 'Anki, Quizlet (үтірмен бөлінген)' },
				tsv: { name: 'TSV', use: 'Anki, Quizlet (табуляциямен бөлінген)' }
			},
			count_one: '{{count}} сұрақ экспортталады.',
			count_other: '{{count}} сұрақ экспортталады.',
			notesLabel: 'Бұл форматта не өзгереді',
			note: {
				categories: 'Әр тақырып Qaitala/<тақырып> деген сұрақтар санатына айналады.',
				ordering:
					'Ретке келтіру сұрақтары сәйкестендіру сұрақтарына айналады: әр оқиға өз орнымен сәйкестендіріледі (1 — біріншісі).',
				flashcardsXml:
					'Карточкалар эссе сұрақтарына айналады; жауап бағалаушыға арналған ақпаратта және жалпы кері байланыста сақталады.',
				flashcardsGift: 'Карточкалар эссе сұрақтарына айналады; жауап жалпы кері байланыста сақталады.',
				explanations: 'Әр сұрақтың түсіндірмесі оның жалпы кері байланысы болады.',
				cards:
					'Әр сұрақ екі жақты карточкаға айналады: алдыңғы жағында сұрақ (нұсқаларымен), артқы жағында дұрыс жауап пен түсіндірме.',
				excel:
					'Файл UTF-8 кодталуында, байт реті белгісімен (BOM) сақталады: Excel қазақ және орыс әріптерін дұрыс көрсетеді, ал Anki оны сол күйінде импорттайды.',
				quizletCsv: 'Quizlet үшін TSV файлы сенімдірек: сұрақтардың көбінде үтір бар.',
				quizlet:
					'Quizlet үшін файлды ашып, бәрін көшіріп, Quizlet-тің импорт терезесіне қойыңыз (термин мен анықтаманың арасында — табуляция). Мәтін ішіндегі жол ауыстырулар бос орынға айналады.',
				citations: 'Дереккөзге сілтемелер (құжат пен жолдар) ешбір форматқа шықпайды: олар тек Qaitala-да қалады.'
			},
			fileName: 'Файл: {{name}}',
			download: 'Жүктеп алу',
			preparing: 'Файл дайындалуда…',
			saved: '{{name}} файлы сақталды.',
			error: {
				load: 'Сұрақтарды жүктеу мүмкін болмады. Qaitala-ны интернетке қосылып тұрып бір рет ашыңыз (содан кейін сұрақтар офлайн да қолжетімді болады) және қайта көріңіз.',
				failed: 'Файлды жасау мүмкін болмады. Қайта көріңіз.'
			},
			qr: {
				making: 'QR-код жасалуда…',
				showLarge: 'Үлкейтіп көрсету',
				close: 'Жабу',
				download: 'QR-ды жүктеп алу (PNG)',
				tooLong: 'Бұл сілтеме QR-код үшін тым ұзын — сілтемемен немесе файлмен бөлісіңіз.',
				failed: 'QR-кодты жасау мүмкін болмады — сілтемемен немесе файлмен бөлісіңіз.'
			}
		}
	},
	ru: {
		teachExport: {
			title: 'Экспорт вопросов',
			intro: 'Вопросы для банка вопросов Moodle или карточки для Anki и Quizlet.',
			allTopics: 'Все темы',
			noTopics: 'Снять выбор',
			language: 'Язык вопросов',
			format: 'Формат',
			formats: {
				moodle: { name: 'Moodle XML', use: 'банк вопросов Moodle' },
				gift: { name: 'GIFT', use: 'банк вопросов Moodle, простой текст' },
				csv: { name: 'CSV', use: 'Anki, Quizlet (через запятую)' },
				tsv: { name: 'TSV', use: 'Anki, Quizlet (через табуляцию)' }
			},
			count_one: 'Будет экспортирован {{count}} вопрос.',
			count_few: 'Будут экспортированы {{count}} вопроса.',
			count_many: 'Будет экспортировано {{count}} вопросов.',
			count_other: 'Будет экспортировано {{count}} вопроса.',
			notesLabel: 'Что меняется в этом формате',
			note: {
				categories: 'Каждая тема становится категорией вопросов Qaitala/<тема>.',
				ordering:
					'Вопросы на порядок становятся вопросами на соответствие: каждое событие сопоставляется со своим местом (1 — первое).',
				flashcardsXml:
					'Карточки становятся вопросами-эссе; ответ сохраняется в информации для оценивающего и в общем отзыве.',
				flashcardsGift: 'Карточки становятся вопросами-эссе; ответ сохраняется в общем отзыве.',
				explanations: 'Пояснение к вопросу становится его общим отзывом.',
				cards:
					'Каждый вопрос становится двусторонней карточкой: на лицевой стороне вопрос (с вариантами), на обороте правильный ответ и пояснение.',
				excel:
					'Файл в UTF-8 с меткой порядка байтов (BOM): Excel правильно покажет казахские и русские буквы, а Anki импортирует его как есть.',
				quizletCsv: 'Для Quizlet надёжнее файл TSV: во многих вопросах есть запятые.',
				quizlet:
					'Для Quizlet откройте файл, скопируйте всё и вставьте в окно импорта Quizlet (между термином и определением — табуляция). Переносы строк внутри текста заменяются пробелами.',
				citations:
					'Ссылки на источники (документ и строки) не попадают ни в один формат: они остаются только в Qaitala.'
			},
			fileName: 'Файл: {{name}}',
			download: 'Скачать',
			preparing: 'Готовим файл…',
			saved: 'Файл {{name}} сохранён.',
			error: {
				load: 'Не удалось загрузить вопросы. Откройте Qaitala один раз при подключении к интернету (после этого вопросы доступны и офлайн) и попробуйте снова.',
				failed: 'Не удалось создать файл. Попробуйте снова.'
			},
			qr: {
				making: 'Создаём QR-код…',
				showLarge: 'Показать крупно',
				close: 'Закрыть',
				download: 'Скачать QR (PNG)',
				tooLong: 'Ссылка слишком длинная для QR-кода — поделитесь ссылкой или файлом.',
				failed: 'Не удалось создать QR-код — поделитесь ссылкой или файлом.'
			}
		}
	},
	en: {
		teachExport: {
			title: 'Export questions',
			intro: 'Take the questions to Moodle’s question bank, or to Anki and Quizlet as flashcards.',
			allTopics: 'All topics',
			noTopics: 'Clear',
			language: 'Language of the questions',
			format: 'Format',
			formats: {
				moodle: { name: 'Moodle XML', use: 'Moodle question bank' },
				gift: { name: 'GIFT', use: 'Moodle question bank, plain text' },
				csv: { name: 'CSV', use: 'Anki, Quizlet (comma-separated)' },
				tsv: { name: 'TSV', use: 'Anki, Quizlet (tab-separated)' }
			},
			count_one: '{{count}} question will be exported.',
			count_other: '{{count}} questions will be exported.',
			notesLabel: 'What changes in this format',
			note: {
				categories: 'Each topic becomes a question category, Qaitala/<topic>.',
				ordering: 'Ordering questions become matching questions: each event is matched to its place (1 is the first).',
				flashcardsXml:
					'Flashcards become essay questions; the answer is kept in the information for graders and in the general feedback.',
				flashcardsGift: 'Flashcards become essay questions; the answer is kept in the general feedback.',
				explanations: 'Each question’s explanation becomes its general feedback.',
				cards:
					'Each question becomes a two-sided card: the question (with its options) on the front, the right answer and the explanation on the back.',
				excel:
					'Saved as UTF-8 with a byte order mark (BOM): Excel shows Kazakh and Russian letters correctly, and Anki imports it as it is.',
				quizletCsv: 'For Quizlet the TSV file is the safer choice: many questions contain commas.',
				quizlet:
					'For Quizlet, open the file, copy everything and paste it into Quizlet’s import box (a tab between term and definition). Line breaks inside a text become spaces.',
				citations: 'Source citations (document and lines) are not in any of these formats: they stay in Qaitala.'
			},
			fileName: 'File: {{name}}',
			download: 'Download',
			preparing: 'Preparing the file…',
			saved: '{{name}} is saved.',
			error: {
				load: 'The questions could not be loaded. Open Qaitala once while online (it then keeps them for offline use) and try again.',
				failed: 'The file could not be made. Try again.'
			},
			qr: {
				making: 'Making the QR code…',
				showLarge: 'Show large',
				close: 'Close',
				download: 'Download QR (PNG)',
				tooLong: 'This link is too long for a QR code — share the link or the file instead.',
				failed: 'The QR code could not be made — share the link or the file instead.'
			}
		}
	}
} satisfies Record<'kk' | 'ru' | 'en', Resource>;
