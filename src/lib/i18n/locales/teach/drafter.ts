import type { Resource } from '../resource';

/**
 * The `drafter.*` strings: the page that drafts questions from a document (/teach/draft/), its link on
 * /teach, and how a drafted bank is named in the list of banks. Question types are `customBank.type.*`.
 */
export default {
	kk: {
		drafter: {
			link: 'Құжаттан сұрақтар құрастыру',
			title: 'Жаңа құжаттан сұрақтар құрастыру',
			intro:
				'Мәтінді қойыңыз немесе файл ашыңыз (.txt, .md, .docx, .pdf): қазақ, орыс немесе ағылшын тілінде. Қолданба оның сандары, негізгі терминдері мен күні көрсетілген оқиғалары бойынша сұрақтар ұсынады, әрқайсысы алынған абзац пен жолдарды көрсетеді. Оларды қарап шығып, жақсыларын осы құрылғыдағы банкке сақтаңыз. Ештеңе құрылғыдан шықпайды.',
			back: 'Оқытушы бетіне оралу',
			bankFormat: 'Құжаттан',
			document: {
				heading: 'Құжат',
				file: 'Құжатты ашу',
				fileHelp: '.txt, .md, .docx немесе .pdf, ең көбі {{maxMb}} МБ. Оның мәтіні төменде шығады.',
				reading: 'Оқылуда…',
				read: '«{{name}}» оқылды.',
				text: 'Құжаттың мәтіні',
				textHelp: 'Дереккөз сілтемелеріндегі жол нөмірлері осы мәтіннің жолдары бойынша саналады.',
				title: 'Банктің атауы',
				language: 'Сұрақтардың тілі',
				kyrgyz: 'Мәтін қырғыз тілінде сияқты: сұрақтар оған ең жақын қазақ тілінің үлгілерімен құрастырылады.',
				submit: 'Сұрақтар құрастыру',
				redraft: 'Қайта құрастыру (қарау нәтижесі өшіріледі)'
			},
			fileError: {
				type: '«{{name}}» файлын оқу мүмкін емес: .txt, .md, .docx немесе .pdf файлын ашыңыз. Ештеңе өзгерген жоқ.',
				tooLarge: '«{{name}}» тым үлкен (ең көбі {{maxMb}} МБ). Ештеңе өзгерген жоқ.',
				damaged: '«{{name}}» бүлінген немесе қорғалған, оны оқу мүмкін болмады. Ештеңе өзгерген жоқ.',
				empty: '«{{name}}» ішінде оқылатын мәтін жоқ (сканерленген PDF-те тек суреттер болады). Ештеңе өзгерген жоқ.'
			},
			review: {
				heading: 'Ұсынылған сұрақтар',
				summary_one: '{{paragraphs}} абзацтан {{count}} сұрақ ұсынылды.',
				summary_other: '{{paragraphs}} абзацтан {{count}} сұрақ ұсынылды.',
				skipped_one: 'Басқа тілдегі {{count}} абзац ескерілмеді.',
				skipped_other: 'Басқа тілдегі {{count}} абзац ескерілмеді.',
				filterType: 'Түрі',
				allTypes: 'Барлық түрі',
				filterStatus: 'Күйі',
				status: { all: 'Барлығы', pending: 'Қаралмаған', accepted: 'Қабылданған', rejected: 'Қабылданбаған' },
				acceptAll: 'Барлығын қабылдау: {{type}} ({{count}})',
				accept: 'Қабылдау',
				reject: 'Қабылдамау',
				edit: 'Өңдеу',
				sourceLine: '{{paragraph}}-абзац, {{from}}-жол',
				sourceLines: '{{paragraph}}-абзац, {{from}}–{{to}}-жолдар',
				answer: 'Жауабы',
				edited: 'өңделген',
				shown: '{{count}} сұрақтың {{shown}} көрсетілген',
				more: 'Тағы көрсету',
				none: 'Бұл сүзгіге сай сұрақ жоқ.'
			},
			edit: {
				type: 'Сұрақ түрі',
				question: 'Сұрақ',
				statement: 'Тұжырым',
				text: 'Бос орны (___) бар мәтін',
				answers: 'Қабылданатын жауаптар, әр жолда біреуден',
				answer: 'Жауап',
				unit: 'Өлшем бірлігі',
				tolerance: 'Ауытқу',
				options: 'Нұсқалар, әр жолда біреуден; дұрыстарының алдына * қойыңыз',
				pairs: 'Жұптар, әр жолда біреуден: сол -> оң',
				sequence: 'Элементтер дұрыс ретімен, әр жолда біреуден',
				explanation: 'Түсіндірме',
				save: 'Өзгерісті сақтау',
				cancel: 'Болдырмау',
				notANumber: '«{{value}}» сан емес.'
			},
			save: {
				heading: 'Қабылданған сұрақтарды сақтау',
				count_one: '{{count}} қабылданған сұрақ сақталады.',
				count_other: '{{count}} қабылданған сұрақ сақталады.',
				submit: 'Банк ретінде сақтау',
				saving: 'Сақталуда…',
				saved_one: '«{{title}}» сақталды: {{count}} сұрақ. Оны оқытушы бетінде жаттығуға және экспорттауға болады.',
				saved_other: '«{{title}}» сақталды: {{count}} сұрақ. Оны оқытушы бетінде жаттығуға және экспорттауға болады.',
				open: 'Оқытушы бетіндегі банктерге өту',
				problems: 'Ештеңе сақталмады:'
			},
			error: {
				noText: 'Алдымен мәтінді қойыңыз немесе құжат ашыңыз.',
				noDrafts:
					'Бұл мәтіннен сұрақ құрастыру мүмкін болмады: онда танылатын сандар, күндер немесе терминдер жоқ, не ол таңдалған тілде жазылмаған.',
				noneAccepted: 'Алдымен кемінде бір сұрақты қабылдаңыз.',
				storage: 'Банкті сақтау мүмкін болмады: бұл құрылғыдағы жад бұғатталған немесе толып қалған. Ештеңе сақталмады.'
			}
		}
	},
	ru: {
		drafter: {
			link: 'Составить вопросы по документу',
			title: 'Вопросы по новому документу',
			intro:
				'Вставьте текст или откройте файл (.txt, .md, .docx, .pdf) на казахском, русском или английском языке. Приложение предложит вопросы по его числам, ключевым терминам и датированным событиям, каждый со ссылкой на абзац и строки, откуда он взят. Просмотрите их, оставьте удачные и сохраните банк на этом устройстве. Ничего не покидает устройство.',
			back: 'На страницу преподавателя',
			bankFormat: 'Из документа',
			document: {
				heading: 'Документ',
				file: 'Открыть документ',
				fileHelp: '.txt, .md, .docx или .pdf, не больше {{maxMb}} МБ. Его текст появится ниже.',
				reading: 'Чтение…',
				read: 'Файл «{{name}}» прочитан.',
				text: 'Текст документа',
				textHelp: 'Номера строк в ссылках считаются по строкам этого текста.',
				title: 'Название банка',
				language: 'Язык вопросов',
				kyrgyz: 'Текст, похоже, на киргизском: вопросы составляются по казахским шаблонам, самым близким из имеющихся.',
				submit: 'Составить вопросы',
				redraft: 'Составить заново (ваш просмотр будет сброшен)'
			},
			fileError: {
				type: 'Файл «{{name}}» не читается здесь: откройте файл .txt, .md, .docx или .pdf. Ничего не изменено.',
				tooLarge: 'Файл «{{name}}» слишком большой (не больше {{maxMb}} МБ). Ничего не изменено.',
				damaged: 'Файл «{{name}}» повреждён или защищён, прочитать его не удалось. Ничего не изменено.',
				empty: 'В файле «{{name}}» нет текста (в отсканированном PDF только изображения). Ничего не изменено.'
			},
			review: {
				heading: 'Предложенные вопросы',
				summary_one: '{{count}} вопрос по {{paragraphs}} абзацам.',
				summary_few: '{{count}} вопроса по {{paragraphs}} абзацам.',
				summary_many: '{{count}} вопросов по {{paragraphs}} абзацам.',
				summary_other: '{{count}} вопроса по {{paragraphs}} абзацам.',
				skipped_one: '{{count}} абзац на другом языке пропущен.',
				skipped_few: '{{count}} абзаца на другом языке пропущены.',
				skipped_many: '{{count}} абзацев на другом языке пропущены.',
				skipped_other: '{{count}} абзаца на другом языке пропущены.',
				filterType: 'Тип',
				allTypes: 'Все типы',
				filterStatus: 'Состояние',
				status: { all: 'Все', pending: 'Не просмотрены', accepted: 'Приняты', rejected: 'Отклонены' },
				acceptAll: 'Принять все: {{type}} ({{count}})',
				accept: 'Принять',
				reject: 'Отклонить',
				edit: 'Изменить',
				sourceLine: 'абзац {{paragraph}}, строка {{from}}',
				sourceLines: 'абзац {{paragraph}}, строки {{from}}–{{to}}',
				answer: 'Ответ',
				edited: 'изменён',
				shown: 'Показано {{shown}} из {{count}}',
				more: 'Показать ещё',
				none: 'Под этот фильтр вопросов нет.'
			},
			edit: {
				type: 'Тип вопроса',
				question: 'Вопрос',
				statement: 'Утверждение',
				text: 'Текст с пропуском (___)',
				answers: 'Принимаемые ответы, по одному в строке',
				answer: 'Ответ',
				unit: 'Единица',
				tolerance: 'Допуск',
				options: 'Варианты, по одному в строке; перед верными поставьте *',
				pairs: 'Пары, по одной в строке: левое -> правое',
				sequence: 'Элементы в верном порядке, по одному в строке',
				explanation: 'Пояснение',
				save: 'Сохранить изменения',
				cancel: 'Отмена',
				notANumber: '«{{value}}» — не число.'
			},
			save: {
				heading: 'Сохранить принятые вопросы',
				count_one: 'Будет сохранён {{count}} принятый вопрос.',
				count_few: 'Будут сохранены {{count}} принятых вопроса.',
				count_many: 'Будут сохранены {{count}} принятых вопросов.',
				count_other: 'Будут сохранены {{count}} принятого вопроса.',
				submit: 'Сохранить как банк',
				saving: 'Сохранение…',
				saved_one:
					'Банк «{{title}}» сохранён: {{count}} вопрос. Его можно проработать и экспортировать на странице преподавателя.',
				saved_few:
					'Банк «{{title}}» сохранён: {{count}} вопроса. Его можно проработать и экспортировать на странице преподавателя.',
				saved_many:
					'Банк «{{title}}» сохранён: {{count}} вопросов. Его можно проработать и экспортировать на странице преподавателя.',
				saved_other:
					'Банк «{{title}}» сохранён: {{count}} вопроса. Его можно проработать и экспортировать на странице преподавателя.',
				open: 'К банкам на странице преподавателя',
				problems: 'Ничего не сохранено:'
			},
			error: {
				noText: 'Сначала вставьте текст или откройте документ.',
				noDrafts:
					'По этому тексту не удалось составить вопросы: в нём нет распознаваемых чисел, дат или терминов, или он написан не на выбранном языке.',
				noneAccepted: 'Сначала примите хотя бы один вопрос.',
				storage:
					'Не удалось сохранить банк: хранилище на этом устройстве заблокировано или переполнено. Ничего не сохранено.'
			}
		}
	},
	en: {
		drafter: {
			link: 'Draft questions from a document',
			title: 'Draft questions from a new document',
			intro:
				'Paste a text or open a file (.txt, .md, .docx, .pdf) in Kazakh, Russian or English. The app proposes questions on its numbers, key terms and dated events, each citing the paragraph and lines it came from. Review them, keep the good ones and save them as a bank on this device. Nothing leaves the device.',
			back: 'Back to the instructor’s page',
			bankFormat: 'Drafted',
			document: {
				heading: 'Document',
				file: 'Open a document',
				fileHelp: '.txt, .md, .docx or .pdf, at most {{maxMb}} MB. Its text appears below.',
				reading: 'Reading…',
				read: 'Read “{{name}}”.',
				text: 'Text of the document',
				textHelp: 'Line numbers in the citations count the lines of this text.',
				title: 'Bank title',
				language: 'Language of the questions',
				kyrgyz: 'The text looks Kyrgyz: questions are drafted with the Kazakh wording, the closest the app has.',
				submit: 'Draft questions',
				redraft: 'Draft again (your review is cleared)'
			},
			fileError: {
				type: '“{{name}}” cannot be read here: open a .txt, .md, .docx or .pdf file. Nothing was changed.',
				tooLarge: '“{{name}}” is too large (at most {{maxMb}} MB). Nothing was changed.',
				damaged: '“{{name}}” is damaged or protected and could not be read. Nothing was changed.',
				empty: '“{{name}}” has no text to read (a scanned PDF holds only pictures). Nothing was changed.'
			},
			review: {
				heading: 'Drafts',
				summary_one: '{{count}} draft from {{paragraphs}} paragraphs.',
				summary_other: '{{count}} drafts from {{paragraphs}} paragraphs.',
				skipped_one: '{{count}} paragraph in another language was left out.',
				skipped_other: '{{count}} paragraphs in another language were left out.',
				filterType: 'Type',
				allTypes: 'All types',
				filterStatus: 'Status',
				status: { all: 'All', pending: 'To review', accepted: 'Accepted', rejected: 'Rejected' },
				acceptAll: 'Accept all: {{type}} ({{count}})',
				accept: 'Accept',
				reject: 'Reject',
				edit: 'Edit',
				sourceLine: 'paragraph {{paragraph}}, line {{from}}',
				sourceLines: 'paragraph {{paragraph}}, lines {{from}}–{{to}}',
				answer: 'Answer',
				edited: 'edited',
				shown: 'Showing {{shown}} of {{count}}',
				more: 'Show more',
				none: 'No drafts match this filter.'
			},
			edit: {
				type: 'Question type',
				question: 'Question',
				statement: 'Statement',
				text: 'Text with a gap (___)',
				answers: 'Accepted answers, one per line',
				answer: 'Answer',
				unit: 'Unit',
				tolerance: 'Tolerance',
				options: 'Options, one per line; put * before the right ones',
				pairs: 'Pairs, one per line: left -> right',
				sequence: 'Elements in the right order, one per line',
				explanation: 'Explanation',
				save: 'Keep the edit',
				cancel: 'Cancel',
				notANumber: '“{{value}}” is not a number.'
			},
			save: {
				heading: 'Save the accepted questions',
				count_one: '{{count}} accepted question will be saved.',
				count_other: '{{count}} accepted questions will be saved.',
				submit: 'Save as a bank',
				saving: 'Saving…',
				saved_one: '“{{title}}” is saved: {{count}} question. Practise it and export it on the instructor’s page.',
				saved_other: '“{{title}}” is saved: {{count}} questions. Practise it and export it on the instructor’s page.',
				open: 'Go to the banks on the instructor’s page',
				problems: 'Nothing was saved:'
			},
			error: {
				noText: 'Paste a text or open a document first.',
				noDrafts:
					'No questions could be drafted from this text: it has no numbers, dates or key terms the drafter recognises, or it is not in the chosen language.',
				noneAccepted: 'Accept at least one draft first.',
				storage: 'The bank could not be saved: storage on this device is blocked or full. Nothing was saved.'
			}
		}
	}
} satisfies Record<'kk' | 'ru' | 'en', Resource>;
