import type { Resource } from '../resource';

/** The `teach.*` strings of the instructors' page (composer, sharing, the list of sets), in kk, ru and en. */
export default {
	kk: {
		teach: {
			title: 'Оқытушыларға',
			intro:
				'Сұрақтар жинағын құрып, студенттерге сілтеме, QR-код немесе файл арқылы жіберіңіз. Нәтижелер сізге код не файл болып оралады — сервер қажет емес.',
			contents: 'Бет мазмұны',
			composeTitle: 'Жаңа тапсырма',
			resultsLink: 'Топтың нәтижелері →',
			exportLink: 'Сұрақтарды экспорттау',
			importLink: 'Өз сұрақтарыңызды импорттау',
			optional: '(міндетті емес)',
			create: 'Тапсырманы жасау',
			preview: 'Студенттер көретіні',
			available_one: 'Таңдалған тақырыптар мен түрлерде {{count}} сұрақ бар.',
			available_other: 'Таңдалған тақырыптар мен түрлерде {{count}} сұрақ бар.',
			newDraw: 'Жаңа іріктеу',
			seedHelp:
				'Бұл код қай сұрақтар алынатынын және араластырылған ретін анықтайды: бір код әрдайым бірдей жинақ береді.',
			field: {
				title: 'Атауы',
				titlePlaceholder: 'мысалы: ЕО стратегиялары, 2007 және 2019',
				instructions: 'Нұсқаулық',
				mode: 'Режим',
				types: 'Сұрақ түрлері',
				count: 'Сұрақ саны',
				dueDate: 'Тапсыру мерзімі',
				order: 'Реті',
				seed: 'Іріктеу коды',
				languages: 'Студент қолдана алатын тілдер'
			},
			mode: {
				test: 'Тест (балмен)',
				flashcards: 'Карточкалар — бәрі есте қалғанша',
				testHelp:
					'Әр сұраққа бір рет жауап беріледі, соңында балл шығады. Карточкалар тестке кірмейді: оларды автоматты түрде тексеру мүмкін емес.',
				flashcardsHelp:
					'Студент әр карточканы есіне түсіргенше қайталайды; нәтижеде әр карточка бірінші реттен есте болды ма, сол көрсетіледі.'
			},
			order: {
				fixed: 'Курстағы ретімен',
				shuffled: 'Кодпен араластырылған'
			},
			problem: {
				title: 'Тапсырманың атауын жазыңыз.',
				topics: 'Кемінде бір тақырыпты таңдаңыз.',
				types: 'Кемінде бір сұрақ түрін таңдаңыз.',
				count: 'Сұрақ санын жазыңыз (1 немесе одан көп).',
				languages: 'Кемінде бір тілді таңдаңыз.',
				noQuestions: 'Таңдалған тақырыптарда бұл түрдегі сұрақтар жоқ.'
			},
			share: {
				title: '«{{title}}» тапсырмасын бөлісу',
				link: 'Студенттерге арналған сілтеме',
				linkSize_one:
					'Сілтеме ұзындығы: {{count}} таңба. Тапсырма сілтеменің ішінде: оны ашу үшін интернет қажет емес (қолданба бір рет ашылған болса).',
				linkSize_other:
					'Сілтеме ұзындығы: {{count}} таңба. Тапсырма сілтеменің ішінде: оны ашу үшін интернет қажет емес (қолданба бір рет ашылған болса).',
				download: 'Файлды жүктеп алу',
				qrLabel: '«{{title}}» тапсырмасы сілтемесінің QR-коды',
				openAsStudent: 'Студент ретінде ашу'
			},
			list: {
				title: 'Сіздің тапсырмаларыңыз',
				created: '{{date}} жасалған',
				share: 'Бөлісу',
				results: 'Нәтижелер',
				remove: 'Жою',
				confirmRemove:
					'«{{title}}» тапсырмасы осы құрылғыдағы тізімнен жойылсын ба? Жіберілген сілтемелер жұмыс істей береді.'
			}
		}
	},
	ru: {
		teach: {
			title: 'Преподавателям',
			intro:
				'Соберите набор вопросов и отправьте его студентам ссылкой, QR-кодом или файлом. Результаты вернутся к вам кодом или файлом — сервер не нужен.',
			contents: 'Содержание страницы',
			composeTitle: 'Новое задание',
			resultsLink: 'Результаты группы →',
			exportLink: 'Экспорт вопросов',
			importLink: 'Импорт своих вопросов',
			optional: '(необязательно)',
			create: 'Создать задание',
			preview: 'Что увидят студенты',
			available_one: 'В выбранных темах и типах {{count}} вопрос.',
			available_few: 'В выбранных темах и типах {{count}} вопроса.',
			available_many: 'В выбранных темах и типах {{count}} вопросов.',
			available_other: 'В выбранных темах и типах {{count}} вопроса.',
			newDraw: 'Другая выборка',
			seedHelp:
				'Этот код определяет, какие вопросы попадут в задание и в каком порядке при перемешивании: один и тот же код всегда даёт тот же набор.',
			field: {
				title: 'Название',
				titlePlaceholder: 'например: Стратегии ЕС 2007 и 2019 годов',
				instructions: 'Указания',
				mode: 'Режим',
				types: 'Типы вопросов',
				count: 'Число вопросов',
				dueDate: 'Срок сдачи',
				order: 'Порядок',
				seed: 'Код выборки',
				languages: 'Языки, доступные студенту'
			},
			mode: {
				test: 'Тест (с баллами)',
				flashcards: 'Карточки — пока всё не запомнится',
				testHelp:
					'На каждый вопрос отвечают один раз, в конце — балл. Карточки в тест не входят: их нельзя проверить автоматически.',
				flashcardsHelp:
					'Студент повторяет каждую карточку, пока не вспомнит её; в результате видно, какие карточки он вспомнил с первого раза.'
			},
			order: {
				fixed: 'В порядке курса',
				shuffled: 'Перемешать по коду'
			},
			problem: {
				title: 'Введите название задания.',
				topics: 'Выберите хотя бы одну тему.',
				types: 'Выберите хотя бы один тип вопросов.',
				count: 'Укажите число вопросов (1 или больше).',
				languages: 'Выберите хотя бы один язык.',
				noQuestions: 'В выбранных темах нет вопросов этих типов.'
			},
			share: {
				title: 'Отправить «{{title}}»',
				link: 'Ссылка для студентов',
				linkSize_one:
					'Длина ссылки: {{count}} символ. Задание целиком внутри ссылки: чтобы открыть её, интернет не нужен (если приложение уже открывали).',
				linkSize_few:
					'Длина ссылки: {{count}} символа. Задание целиком внутри ссылки: чтобы открыть её, интернет не нужен (если приложение уже открывали).',
				linkSize_many:
					'Длина ссылки: {{count}} символов. Задание целиком внутри ссылки: чтобы открыть её, интернет не нужен (если приложение уже открывали).',
				linkSize_other:
					'Длина ссылки: {{count}} символа. Задание целиком внутри ссылки: чтобы открыть её, интернет не нужен (если приложение уже открывали).',
				download: 'Скачать файл',
				qrLabel: 'QR-код ссылки на задание «{{title}}»',
				openAsStudent: 'Открыть как студент'
			},
			list: {
				title: 'Ваши задания',
				created: 'создано {{date}}',
				share: 'Отправить',
				results: 'Результаты',
				remove: 'Удалить',
				confirmRemove: 'Удалить «{{title}}» из списка на этом устройстве? Уже отправленные ссылки продолжат работать.'
			}
		}
	},
	en: {
		teach: {
			title: 'For instructors',
			intro:
				'Build a set of questions and send it to your students as a link, a QR code or a file. Their results come back to you as a code or a file: no server needed.',
			contents: 'On this page',
			composeTitle: 'New assignment',
			resultsLink: 'Class results →',
			exportLink: 'Export questions',
			importLink: 'Import your own questions',
			optional: '(optional)',
			create: 'Create the assignment',
			preview: 'What students will get',
			available_one: 'The chosen topics and types have {{count}} question.',
			available_other: 'The chosen topics and types have {{count}} questions.',
			newDraw: 'Draw again',
			seedHelp:
				'This code decides which questions are drawn and their shuffled order: the same code always gives the same set.',
			field: {
				title: 'Title',
				titlePlaceholder: 'e.g. EU strategies of 2007 and 2019',
				instructions: 'Instructions',
				mode: 'Mode',
				types: 'Question types',
				count: 'Number of questions',
				dueDate: 'Due date',
				order: 'Order',
				seed: 'Draw code',
				languages: 'Languages students may use'
			},
			mode: {
				test: 'Test (scored)',
				flashcards: 'Flashcards until learned',
				testHelp:
					'Each question is answered once and scored at the end. Flashcards are left out of tests: they cannot be marked automatically.',
				flashcardsHelp:
					'Students go over each card until they recall it; the result shows which cards they recalled the first time.'
			},
			order: {
				fixed: 'Course order',
				shuffled: 'Shuffled by the code'
			},
			problem: {
				title: 'Give the assignment a title.',
				topics: 'Choose at least one topic.',
				types: 'Choose at least one question type.',
				count: 'Give the number of questions (1 or more).',
				languages: 'Choose at least one language.',
				noQuestions: 'The chosen topics have no questions of these types.'
			},
			share: {
				title: 'Share “{{title}}”',
				link: 'Link for students',
				linkSize_one:
					'The link is {{count}} character long. The whole assignment is inside it: opening it needs no internet once the app has been opened.',
				linkSize_other:
					'The link is {{count}} characters long. The whole assignment is inside it: opening it needs no internet once the app has been opened.',
				download: 'Download as a file',
				qrLabel: 'QR code of the link to “{{title}}”',
				openAsStudent: 'Open as a student'
			},
			list: {
				title: 'Your assignments',
				created: 'made {{date}}',
				share: 'Share',
				results: 'Results',
				remove: 'Remove',
				confirmRemove: 'Remove “{{title}}” from the list on this device? Links already sent keep working.'
			}
		}
	}
} satisfies Record<'kk' | 'ru' | 'en', Resource>;
