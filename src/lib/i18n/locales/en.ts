import type { Resource } from './resource';

export default {
	app: {
		name: 'Qaitala',
		tagline: 'Kazakhstan’s foreign policy and EU–Central Asia relations: flashcards that remember for you'
	},
	nav: {
		main: 'Main',
		home: 'Home',
		browse: 'Browse',
		settings: 'Settings',
		skipToContent: 'Skip to content',
		interfaceLanguage: 'Interface language'
	},
	home: {
		title: 'Your topics',
		studyAllDue: 'Study all due',
		nothingDue: 'Nothing is due right now',
		dueCount_one: '{{count}} due',
		dueCount_other: '{{count}} due',
		newCount_one: '{{count}} new',
		newCount_other: '{{count}} new',
		itemCount_one: '{{count}} question',
		itemCount_other: '{{count}} questions',
		study: 'Study',
		studyTopic: 'Study: {{topic}}',
		loading: 'Loading your progress…',
		reviewedToday_one: 'Today: {{count}} card reviewed',
		reviewedToday_other: 'Today: {{count}} cards reviewed'
	},
	study: {
		allDueTitle: 'All due cards',
		showAnswer: 'Show answer',
		gradePrompt: 'How well did you remember?',
		grade: {
			again: 'Again',
			hard: 'Hard',
			good: 'Good',
			easy: 'Easy'
		},
		gradeWithInterval: '{{grade}}, next in {{interval}}',
		remaining_one: '{{count}} card left',
		remaining_other: '{{count}} cards left',
		doneTitle: 'All done for now',
		doneBody: 'You have studied every card that is due. Come back later for the next ones.',
		nextDue: 'Next card due: {{when}}',
		backHome: 'Back to topics',
		source: 'Source: {{title}}, lines {{from}}–{{to}}',
		sourceLine: 'Source: {{title}}, line {{line}}',
		keyboardHint: 'Keys: space shows the answer, 1–4 grade it, u undoes the last grade.',
		undo: 'Undo',
		showIn: 'Show in',
		newBadge: 'New',
		loading: 'Loading cards…',
		loadError: 'The questions could not be loaded. Check your connection and try again.',
		saveError: 'Your answer could not be saved on this device. Nothing was changed; try again.',
		retry: 'Try again',
		dailyLimitReached: 'You have reached today’s limit of new cards. You can change it in the settings.'
	},
	quiz: {
		title: 'Quiz: {{topic}}',
		allDueTitle: 'Quiz: all due cards',
		check: 'Check',
		next: 'Next question',
		correct: 'Correct!',
		incorrect: 'Not quite',
		acceptedSpelling: 'Accepted. Compare your spelling with the answer below.',
		selectAll: 'Select every correct answer.',
		yourAnswer: 'Your answer',
		orderingHint: 'Tap the elements in the right order. Tap a placed one to take it back.',
		yourOrder: 'Your order',
		toPlace: 'Still to place',
		takeBack: 'Take back {{position}}: {{text}}',
		choose: 'Choose…',
		didYouKnow: 'Did you know the answer?',
		knewIt: 'I knew it',
		didNotKnow: 'I did not',
		score: 'Correct so far: {{correct}} of {{answered}}',
		start: 'Quiz'
	},
	interval: {
		minute_one: '{{count}} min',
		minute_other: '{{count}} min',
		hour_one: '{{count}} h',
		hour_other: '{{count}} h',
		day_one: '{{count}} day',
		day_other: '{{count}} days',
		month_one: '{{count}} mo',
		month_other: '{{count}} mo',
		year_one: '{{count}} yr',
		year_other: '{{count}} yr'
	},
	card: {
		question: 'Question',
		answer: 'Answer',
		explanation: 'Why',
		trueOrFalse: 'True or false?',
		true: 'True',
		false: 'False',
		correctOrder: 'Correct order',
		matches: 'Matching pairs',
		options: 'Options',
		correctOption: 'Correct answer',
		tolerance: '± {{tolerance}}'
	},
	browse: {
		title: 'Browse and search',
		search: 'Search',
		searchHelp: 'Finds words in Kazakh, Russian and English at once.',
		topic: 'Topic',
		allTopics: 'All topics',
		results_one: '{{count}} question',
		results_other: '{{count}} questions',
		due: 'Due {{date}}',
		stability_one: 'Stability {{count}} day',
		stability_other: 'Stability {{count}} days',
		lapses_one: '{{count}} lapse',
		lapses_other: '{{count}} lapses',
		practise: 'Practise this question',
		showMore: 'Show more',
		type: {
			flashcard: 'Flashcard',
			choice: 'Multiple choice',
			'true-false': 'True or false',
			cloze: 'Fill the gap',
			numeric: 'Number',
			ordering: 'Ordering',
			matching: 'Matching'
		}
	},
	settings: {
		title: 'Settings',
		interfaceLanguage: 'Interface language',
		contentLanguage: 'Language of the cards',
		sameAsInterface: 'Same as the interface',
		contentLanguageHelp: 'The cards can be in a different language from the interface.',
		desiredRetention: 'Desired retention',
		desiredRetentionHelp: 'How likely you want to be to remember a card when it comes due. Higher means more reviews.',
		newCardsPerDay: 'New cards per day',
		saved: 'Saved',
		saveError: 'The settings could not be saved on this device.'
	},
	storage: {
		unavailable: 'Your progress cannot be saved in this browser (private mode, or storage is blocked). Cards can still be read, but grades are not kept.'
	},
	update: {
		available: 'A new version of Qaitala is available.',
		reload: 'Reload',
		later: 'Later',
		offlineReady: 'Qaitala is ready to work offline.'
	},
	redirect: {
		choose: 'Choose your language'
	},
	notFound: {
		title: 'Page not found',
		body: 'This page does not exist.'
	}
} satisfies Resource;
