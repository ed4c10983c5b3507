import type { Resource } from './resource';

export default {
	app: {
		name: 'Qaitala',
		tagline: 'Қазақстанның сыртқы саясаты және ЕО мен Орталық Азия қатынастары: сіз үшін есте сақтайтын карточкалар'
	},
	nav: {
		main: 'Негізгі мәзір',
		home: 'Басты бет',
		browse: 'Шолу',
		settings: 'Баптаулар',
		skipToContent: 'Мазмұнға өту',
		interfaceLanguage: 'Интерфейс тілі'
	},
	home: {
		title: 'Тақырыптарыңыз',
		studyAllDue: 'Мерзімі жеткендердің бәрін қайталау',
		nothingDue: 'Қазір қайталайтын ештеңе жоқ',
		dueCount_one: 'Қайталау: {{count}}',
		dueCount_other: 'Қайталау: {{count}}',
		newCount_one: 'Жаңа: {{count}}',
		newCount_other: 'Жаңа: {{count}}',
		itemCount_one: '{{count}} сұрақ',
		itemCount_other: '{{count}} сұрақ',
		study: 'Оқу',
		studyTopic: 'Оқу: {{topic}}',
		loading: 'Прогресіңіз жүктелуде…',
		reviewedToday_one: 'Бүгін: {{count}} карточка',
		reviewedToday_other: 'Бүгін: {{count}} карточка'
	},
	study: {
		allDueTitle: 'Мерзімі жеткен барлық карточкалар',
		showAnswer: 'Жауапты көрсету',
		gradePrompt: 'Қаншалықты жақсы есіңізге түсірдіңіз?',
		grade: {
			again: 'Қайта',
			hard: 'Қиын',
			good: 'Жақсы',
			easy: 'Оңай'
		},
		gradeWithInterval: '{{grade}}; келесі қайталау: {{interval}}',
		remaining_one: 'Тағы {{count}} карточка қалды',
		remaining_other: 'Тағы {{count}} карточка қалды',
		doneTitle: 'Әзірге бәрі бітті',
		doneBody: 'Мерзімі жеткен барлық карточканы қайталадыңыз. Келесілері үшін кейінірек оралыңыз.',
		nextDue: 'Келесі карточка: {{when}}',
		backHome: 'Тақырыптарға оралу',
		source: 'Дереккөз: {{title}}, {{from}}–{{to}} жолдар',
		sourceLine: 'Дереккөз: {{title}}, {{line}}-жол',
		keyboardHint: 'Пернелер: бос орын — жауапты көрсету, 1–4 — бағалау, u — соңғы бағаны болдырмау.',
		undo: 'Болдырмау',
		showIn: 'Басқа тілде көрсету',
		newBadge: 'Жаңа',
		loading: 'Карточкалар жүктелуде…',
		loadError: 'Сұрақтарды жүктеу мүмкін болмады. Байланысты тексеріп, қайта көріңіз.',
		saveError: 'Жауабыңызды осы құрылғыда сақтау мүмкін болмады. Ештеңе өзгерген жоқ; қайта көріңіз.',
		retry: 'Қайта көру',
		dailyLimitReached: 'Бүгінгі жаңа карточкалар шегіне жеттіңіз. Оны баптауларда өзгертуге болады.'
	},
	quiz: {
		title: 'Тест: {{topic}}',
		allDueTitle: 'Тест: мерзімі жеткен барлық карточкалар',
		check: 'Тексеру',
		next: 'Келесі сұрақ',
		correct: 'Дұрыс!',
		incorrect: 'Дәл емес',
		acceptedSpelling: 'Қабылданды. Жазылуын төмендегі жауаппен салыстырыңыз.',
		selectAll: 'Барлық дұрыс жауапты белгілеңіз.',
		yourAnswer: 'Сіздің жауабыңыз',
		orderingHint: 'Элементтерді дұрыс ретімен басыңыз. Қойылғанын алып тастау үшін оны басыңыз.',
		yourOrder: 'Сіздің ретіңіз',
		toPlace: 'Әлі орналастырылмағандар',
		takeBack: 'Алып тастау: {{position}}. {{text}}',
		choose: 'Таңдаңыз…',
		didYouKnow: 'Жауабын білдіңіз бе?',
		knewIt: 'Білдім',
		didNotKnow: 'Білмедім',
		score: 'Дұрыс жауаптар: {{correct}} / {{answered}}',
		start: 'Тест'
	},
	interval: {
		minute_one: '{{count}} мин',
		minute_other: '{{count}} мин',
		hour_one: '{{count}} сағ',
		hour_other: '{{count}} сағ',
		day_one: '{{count}} күн',
		day_other: '{{count}} күн',
		month_one: '{{count}} ай',
		month_other: '{{count}} ай',
		year_one: '{{count}} жыл',
		year_other: '{{count}} жыл'
	},
	card: {
		question: 'Сұрақ',
		answer: 'Жауап',
		explanation: 'Түсіндірме',
		trueOrFalse: 'Дұрыс па, бұрыс па?',
		true: 'Дұрыс',
		false: 'Бұрыс',
		correctOrder: 'Дұрыс реті',
		matches: 'Сәйкестіктер',
		options: 'Нұсқалар',
		correctOption: 'Дұрыс жауап',
		tolerance: '± {{tolerance}}'
	},
	browse: {
		title: 'Шолу және іздеу',
		search: 'Іздеу',
		searchHelp: 'Сөздерді қазақ, орыс және ағылшын тілдерінде бірден іздейді.',
		topic: 'Тақырып',
		allTopics: 'Барлық тақырып',
		results_one: '{{count}} сұрақ',
		results_other: '{{count}} сұрақ',
		due: 'Қайталау: {{date}}',
		stability_one: 'Тұрақтылық: {{count}} күн',
		stability_other: 'Тұрақтылық: {{count}} күн',
		lapses_one: 'Ұмытылғаны: {{count}}',
		lapses_other: 'Ұмытылғаны: {{count}}',
		practise: 'Осы сұрақпен жаттығу',
		showMore: 'Тағы көрсету',
		type: {
			flashcard: 'Карточка',
			choice: 'Жауап таңдау',
			'true-false': 'Дұрыс па, бұрыс па',
			cloze: 'Бос орынды толтыру',
			numeric: 'Сан',
			ordering: 'Рет',
			matching: 'Сәйкестік'
		}
	},
	settings: {
		title: 'Баптаулар',
		interfaceLanguage: 'Интерфейс тілі',
		contentLanguage: 'Карточкалар тілі',
		sameAsInterface: 'Интерфейс тіліндей',
		contentLanguageHelp: 'Карточкалар интерфейстен басқа тілде болуы мүмкін.',
		desiredRetention: 'Қалаған есте сақтау деңгейі',
		desiredRetentionHelp: 'Қайталау күні карточканы есте сақтау ықтималдығы қандай болсын. Неғұрлым жоғары болса, соғұрлым қайталау көбірек.',
		newCardsPerDay: 'Күніне жаңа карточкалар',
		saved: 'Сақталды',
		saveError: 'Баптауларды осы құрылғыда сақтау мүмкін болмады.'
	},
	storage: {
		unavailable: 'Бұл браузер прогресті сақтауға рұқсат бермейді (жекелік режимі немесе сақтау орнына тыйым). Карточкаларды оқуға болады, бірақ бағалар сақталмайды.'
	},
	update: {
		available: 'Qaitala-ның жаңа нұсқасы шықты.',
		reload: 'Жаңарту',
		later: 'Кейінірек',
		offlineReady: 'Qaitala интернетсіз жұмыс істеуге дайын.'
	},
	redirect: {
		choose: 'Тілді таңдаңыз'
	},
	notFound: {
		title: 'Бет табылмады',
		body: 'Мұндай бет жоқ.'
	}
} satisfies Resource;
