import type { Resource } from './resource';

export default {
	app: {
		name: 'Qaitala',
		tagline: 'Внешняя политика Казахстана и отношения ЕС с Центральной Азией: карточки, которые помнят за вас'
	},
	nav: {
		main: 'Главное меню',
		home: 'Главная',
		settings: 'Настройки',
		skipToContent: 'Перейти к содержимому',
		interfaceLanguage: 'Язык интерфейса'
	},
	home: {
		title: 'Ваши темы',
		studyAllDue: 'Повторить все на сегодня',
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
		study: 'Учить',
		studyTopic: 'Учить: {{topic}}',
		loading: 'Загружаем ваш прогресс…',
		reviewedToday_one: 'Сегодня: {{count}} карточка',
		reviewedToday_few: 'Сегодня: {{count}} карточки',
		reviewedToday_many: 'Сегодня: {{count}} карточек',
		reviewedToday_other: 'Сегодня: {{count}} карточки'
	},
	study: {
		allDueTitle: 'Все карточки на сегодня',
		showAnswer: 'Показать ответ',
		gradePrompt: 'Насколько хорошо вы вспомнили?',
		grade: {
			again: 'Снова',
			hard: 'Трудно',
			good: 'Хорошо',
			easy: 'Легко'
		},
		gradeWithInterval: '{{grade}}, следующий раз через {{interval}}',
		remaining_one: 'Осталась {{count}} карточка',
		remaining_few: 'Осталось {{count}} карточки',
		remaining_many: 'Осталось {{count}} карточек',
		remaining_other: 'Осталось {{count}} карточки',
		doneTitle: 'На сейчас всё',
		doneBody: 'Вы повторили все карточки, срок которых наступил. Возвращайтесь позже за следующими.',
		nextDue: 'Следующая карточка: {{when}}',
		backHome: 'К темам',
		source: 'Источник: {{title}}, строки {{from}}–{{to}}',
		sourceLine: 'Источник: {{title}}, строка {{line}}',
		keyboardHint: 'Клавиши: пробел — показать ответ, 1–4 — оценка, u — отменить последнюю оценку.',
		undo: 'Отменить',
		showIn: 'Показать на языке',
		newBadge: 'Новая',
		loading: 'Загружаем карточки…',
		loadError: 'Не удалось загрузить вопросы. Проверьте подключение и попробуйте ещё раз.',
		saveError: 'Не удалось сохранить ответ на этом устройстве. Ничего не изменилось; попробуйте ещё раз.',
		retry: 'Попробовать ещё раз',
		dailyLimitReached: 'Дневной лимит новых карточек исчерпан. Его можно изменить в настройках.'
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
		start: 'Тест'
	},
	interval: {
		minute_one: '{{count}} мин',
		minute_few: '{{count}} мин',
		minute_many: '{{count}} мин',
		minute_other: '{{count}} мин',
		hour_one: '{{count}} ч',
		hour_few: '{{count}} ч',
		hour_many: '{{count}} ч',
		hour_other: '{{count}} ч',
		day_one: '{{count}} день',
		day_few: '{{count}} дня',
		day_many: '{{count}} дней',
		day_other: '{{count}} дня',
		month_one: '{{count}} мес.',
		month_few: '{{count}} мес.',
		month_many: '{{count}} мес.',
		month_other: '{{count}} мес.',
		year_one: '{{count}} г.',
		year_few: '{{count}} г.',
		year_many: '{{count}} л.',
		year_other: '{{count}} г.'
	},
	card: {
		question: 'Вопрос',
		answer: 'Ответ',
		explanation: 'Пояснение',
		trueOrFalse: 'Верно или неверно?',
		true: 'Верно',
		false: 'Неверно',
		correctOrder: 'Правильный порядок',
		matches: 'Соответствия',
		options: 'Варианты',
		correctOption: 'Правильный ответ',
		tolerance: '± {{tolerance}}'
	},
	settings: {
		title: 'Настройки',
		interfaceLanguage: 'Язык интерфейса',
		contentLanguage: 'Язык карточек',
		sameAsInterface: 'Как в интерфейсе',
		contentLanguageHelp: 'Карточки могут быть на другом языке, чем интерфейс.',
		desiredRetention: 'Желаемое запоминание',
		desiredRetentionHelp: 'С какой вероятностью вы хотите помнить карточку в день повторения. Чем выше, тем больше повторений.',
		newCardsPerDay: 'Новых карточек в день',
		saved: 'Сохранено',
		saveError: 'Не удалось сохранить настройки на этом устройстве.'
	},
	storage: {
		unavailable: 'Этот браузер не даёт сохранять прогресс (приватный режим или запрет хранилища). Карточки можно читать, но оценки не сохранятся.'
	},
	update: {
		available: 'Доступна новая версия Qaitala.',
		reload: 'Обновить',
		later: 'Позже',
		offlineReady: 'Qaitala готова к работе без интернета.'
	},
	redirect: {
		choose: 'Выберите язык'
	},
	notFound: {
		title: 'Страница не найдена',
		body: 'Такой страницы нет.'
	}
} satisfies Resource;
