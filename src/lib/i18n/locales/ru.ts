import type { Resource } from './resource';

export default {
	app: {
		name: 'Qaitala',
		tagline: 'Внешняя политика Казахстана и отношения ЕС с Центральной Азией: карточки, которые помнят за вас'
	},
	meta: {
		study: 'Учите карточки темы с интервальным повторением, в том числе без сети.',
		quiz: 'Тренировочный тест по теме с объяснением и источником каждого ответа.',
		test: 'Фиксированный набор вопросов с ограничением времени и оценкой.',
		mix: 'Учите или проверяйте себя сразу по нескольким темам.',
		exam: 'Распределить новые карточки и повторения к дню экзамена: план по дням и прогноз припоминания по темам.',
		browse: 'Все вопросы курса с поиском, ответами и источниками.',
		progress: 'Повторения по дням, что предстоит повторить и насколько освоена каждая тема.',
		settings: 'Языки, дневные лимиты, удержание, резервные копии и хранилище.',
		assignment: 'Откройте задание преподавателя и отправьте свой результат.',
		teach: 'Составляйте задания, делитесь ими ссылкой, QR-кодом или файлом, экспортируйте вопросы.',
		results: 'Собирайте коды результатов студентов в сводку по группе.'
	},
	nav: {
		main: 'Главное меню',
		home: 'Главная',
		browse: 'Обзор',
		progress: 'Прогресс',
		settings: 'Настройки',
		skipToContent: 'Перейти к содержимому',
		interfaceLanguage: 'Язык интерфейса'
	},
	home: {
		assignments: 'Ваши задания',
		openAssignment: 'Открыть ссылку или файл задания →',
		forInstructors: 'Преподавателям: создавайте и рассылайте задания →',
		title: 'Ваши темы',
		studyAllDue: 'Повторить все на сегодня',
		takeTest: 'Пройти контрольную: фиксированный набор вопросов с оценкой →',
		examPlan: 'Скоро экзамен? Составьте план →',
		mix: 'Несколько тем сразу →',
		nothingDue: 'Сейчас повторять нечего',
		dueCount_one: '{{count}} к повторению',
		dueCount_few: '{{count}} к повторению',
		dueCount_many: '{{count}} к повторению',
		dueCount_other: '{{count}} к повторению',
		newCount_one: '{{count}} новая',
		newCount_few: '{{count}} новые',
		newCount_many: '{{count}} новых',
		newCount_other: '{{count}} новой',
		itemCount_one: '{{count}} вопрос',
		itemCount_few: '{{count}} вопроса',
		itemCount_many: '{{count}} вопросов',
		itemCount_other: '{{count}} вопроса',
		streak_one: 'Серия: {{count}} день',
		streak_few: 'Серия: {{count}} дня',
		streak_many: 'Серия: {{count}} дней',
		streak_other: 'Серия: {{count}} дня',
		study: 'Учить',
		studyTopic: 'Учить: {{topic}}',
		loading: 'Загружаем ваш прогресс…',
		studiedToday_one: 'Сегодня: изучена {{count}} карточка',
		studiedToday_few: 'Сегодня: изучено {{count}} карточки',
		studiedToday_many: 'Сегодня: изучено {{count}} карточек',
		studiedToday_other: 'Сегодня: изучено {{count}} карточки',
		answersToday_one: '{{count}} ответ',
		answersToday_few: '{{count}} ответа',
		answersToday_many: '{{count}} ответов',
		answersToday_other: '{{count}} ответа',
		notStudiedToday: 'Сегодня ещё ничего не изучено',
		newAvailable_one:
			'Сейчас повторять нечего. Новых карточек для изучения: {{count}}, сегодня — до {{limit}}: выберите тему ниже.',
		newAvailable_few:
			'Сейчас повторять нечего. Новых карточек для изучения: {{count}}, сегодня — до {{limit}}: выберите тему ниже.',
		newAvailable_many:
			'Сейчас повторять нечего. Новых карточек для изучения: {{count}}, сегодня — до {{limit}}: выберите тему ниже.',
		newAvailable_other:
			'Сейчас повторять нечего. Новых карточек для изучения: {{count}}, сегодня — до {{limit}}: выберите тему ниже.'
	},
	quiz: {
		title: 'Тест: {{topic}}',
		allDueTitle: 'Тест: все карточки на сегодня',
		check: 'Проверить',
		next: 'Следующий вопрос',
		correct: 'Верно!',
		incorrect: 'Не совсем',
		acceptedSpelling: 'Засчитано. Сравните написание с ответом ниже.',
		selectAll: 'Отметьте все верные ответы.',
		yourAnswer: 'Ваш ответ',
		orderingHint: 'Нажимайте на элементы в правильном порядке. Нажмите на поставленный, чтобы убрать его.',
		yourOrder: 'Ваш порядок',
		toPlace: 'Осталось расставить',
		takeBack: 'Убрать {{position}}: {{text}}',
		choose: 'Выберите…',
		didYouKnow: 'Вы знали ответ?',
		knewIt: 'Знал(а)',
		didNotKnow: 'Не знал(а)',
		score: 'Верно: {{correct}} из {{answered}}',
		start: 'Тест',
		// Feedback after checking: marked options, a forgiven spelling slip, the "I was right" override.
		marks: {
			label: 'Проверка вашего ответа',
			chosenRight: 'ваш ответ, верно',
			chosenWrong: 'ваш ответ, неверно',
			missed: 'верный ответ',
			rowRight: 'верно',
			rowWrong: 'неверно',
			correctIs: 'верный ответ:',
			open: 'не заполнено'
		},
		almost: 'Почти: проверьте написание',
		spelling: 'Правильное написание:',
		override: 'Я ответил(а) верно',
		overrideHelp: 'Ответ будет засчитан как верный с оценкой «Хорошо».',
		overridden: 'Засчитано как верный ответ («Хорошо»), как вы сказали.'
	},
	storage: {
		unavailable:
			'Этот браузер не даёт сохранять прогресс (приватный режим или запрет хранилища). Карточки можно читать, но оценки не сохранятся.'
	},
	update: {
		available: 'Доступна новая версия Qaitala.',
		reload: 'Обновить',
		later: 'Позже',
		offlineReady: 'Qaitala готова к работе без интернета.'
	},
	assignment: {
		// The home page's list of assignments; the assignment page's own strings are with the other pages'.
		due: 'Срок: {{date}}',
		overdue: 'Срок прошёл: {{date}}',
		statusNew_one: 'Не начато · {{count}} вопрос',
		statusNew_few: 'Не начато · {{count}} вопроса',
		statusNew_many: 'Не начато · {{count}} вопросов',
		statusNew_other: 'Не начато · {{count}} вопроса',
		statusProgress: 'В работе: {{done}} из {{total}}',
		statusDone: 'Выполнено: результат ещё не получен',
		statusSent: 'Результат готов: {{correct}} из {{total}}'
	},
	redirect: {
		choose: 'Выберите язык'
	},
	notFound: {
		failedTitle: 'Что-то пошло не так',
		failedBody: 'Эту страницу не удалось открыть. Ваш прогресс сохранён на этом устройстве.',
		offlineBody:
			'Вы не в сети, и эту страницу не удалось загрузить из сохранённой копии. Вернитесь на главную и попробуйте снова или подключитесь к сети.',
		title: 'Страница не найдена',
		body: 'Такой страницы нет.'
	},
	customTopics: {
		own: 'Ваши вопросы',
		summary: 'Вопросы, которые вы импортировали · {{languages}}'
	}
} satisfies Resource;
