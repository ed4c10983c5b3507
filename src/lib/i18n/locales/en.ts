import type { Resource } from './resource';

export default {
	app: {
		name: 'Qaitala',
		tagline: 'Kazakhstan’s foreign policy and EU–Central Asia relations: flashcards that remember for you'
	},
	meta: {
		study: 'Study the cards of a topic with spaced repetition, offline too.',
		quiz: 'A practice quiz on a topic, with the explanation and source of every answer.',
		test: 'A fixed set of questions with a time limit and a score.',
		mix: 'Study or quiz several topics at once.',
		exam: 'Pace new cards and reviews for an exam day: a plan per day and the recall predicted for each topic.',
		browse: 'Every question of the course, searchable, with its answer and source.',
		progress: 'Reviews per day, what comes due next and how much of each topic you have mastered.',
		settings: 'Languages, daily limits, retention, backups and storage.',
		assignment: 'Open an assignment from your instructor and send back your result.',
		teach: 'Build assignments, share them as a link, a QR code or a file, and export questions.',
		results: 'Collect your students’ result codes in a class overview.'
	},
	nav: {
		main: 'Main',
		home: 'Home',
		browse: 'Browse',
		progress: 'Progress',
		settings: 'Settings',
		skipToContent: 'Skip to content',
		interfaceLanguage: 'Interface language'
	},
	home: {
		assignments: 'Your assignments',
		openAssignment: 'Open an assignment link or file →',
		forInstructors: 'For instructors: build and share assignments →',
		title: 'Your topics',
		studyAllDue: 'Study all due',
		takeTest: 'Take a test: a fixed set of questions with a score →',
		examPlan: 'Exam coming? Plan for it →',
		mix: 'Several topics at once →',
		nothingDue: 'Nothing is due right now',
		dueCount_one: '{{count}} due',
		dueCount_other: '{{count}} due',
		newCount_one: '{{count}} new',
		newCount_other: '{{count}} new',
		itemCount_one: '{{count}} question',
		itemCount_other: '{{count}} questions',
		streak_one: 'Streak: {{count}} day',
		streak_other: 'Streak: {{count}} days',
		study: 'Study',
		studyTopic: 'Study: {{topic}}',
		loading: 'Loading your progress…',
		studiedToday_one: 'Today: {{count}} card studied',
		studiedToday_other: 'Today: {{count}} cards studied',
		answersToday_one: '{{count}} answer',
		answersToday_other: '{{count}} answers',
		notStudiedToday: 'Nothing studied yet today',
		newAvailable_one: 'Nothing is due now. {{count}} new card to learn, up to {{limit}} today: choose a topic below.',
		newAvailable_other: 'Nothing is due now. {{count}} new cards to learn, up to {{limit}} today: choose a topic below.'
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
		start: 'Quiz',
		// Feedback after checking: marked options, a forgiven spelling slip, the "I was right" override.
		marks: {
			label: 'Your answer, checked',
			chosenRight: 'your answer, right',
			chosenWrong: 'your answer, wrong',
			missed: 'right answer',
			rowRight: 'right',
			rowWrong: 'wrong',
			correctIs: 'right answer:',
			open: 'left open'
		},
		almost: 'Almost: check the spelling',
		spelling: 'Correct spelling:',
		override: 'I was right',
		overrideHelp: 'Counts this answer as right, graded Good.',
		overridden: 'Counted as right (Good), as you said.'
	},
	storage: {
		unavailable:
			'Your progress cannot be saved in this browser (private mode, or storage is blocked). Cards can still be read, but grades are not kept.'
	},
	update: {
		available: 'A new version of Qaitala is available.',
		reload: 'Reload',
		later: 'Later',
		offlineReady: 'Qaitala is ready to work offline.'
	},
	assignment: {
		// The home page's list of assignments; the assignment page's own strings are with the other pages'.
		due: 'Due {{date}}',
		overdue: 'Was due {{date}}',
		statusNew_one: 'Not started · {{count}} question',
		statusNew_other: 'Not started · {{count}} questions',
		statusProgress: 'In progress: {{done}} of {{total}}',
		statusDone: 'Done: result not made yet',
		statusSent: 'Result made: {{correct}} of {{total}}'
	},
	redirect: {
		choose: 'Choose your language'
	},
	notFound: {
		failedTitle: 'Something went wrong',
		failedBody: 'This page could not be opened. Your progress is safe on this device.',
		offlineBody:
			'You are offline and this page could not be loaded from the saved copy. Go home and try again, or reconnect.',
		title: 'Page not found',
		body: 'This page does not exist.'
	},
	customTopics: {
		own: 'Your own',
		summary: 'Questions you imported · {{languages}}'
	}
} satisfies Resource;
