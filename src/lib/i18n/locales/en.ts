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
	leech: {
		title: 'A hard one.',
		body_one:
			'You have forgotten this card {{count}} time. Reread the explanation, or suspend the card and come back to it later from Browse.',
		body_other:
			'You have forgotten this card {{count}} times. Reread the explanation, or suspend the card and come back to it later from Browse.',
		reread: 'Reread the explanation',
		suspend: 'Suspend this card'
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
		keepTitle: 'Keep practising',
		learnMore_one: 'Learn {{count}} more new card today',
		learnMore_other: 'Learn {{count}} more new cards today',
		reviewAhead_one: 'Review ahead: {{count}} card not due yet',
		reviewAhead_other: 'Review ahead: {{count}} cards not due yet',
		reviewAheadHelp: 'The soonest due first. They count as early reviews: the schedule allows for that.',
		freePractice: 'Free practice: every question once more',
		freePracticeHelp: 'Does not change your schedule.',
		freePracticeNote: 'Free practice: your answers here do not change your schedule.',
		queueNew: 'New',
		queueLearning: 'Learning',
		queueReview: 'To review',
		queueSummary: 'Left in this session: {{newCount}} new, {{learningCount}} learning, {{reviewCount}} to review',
		doneTitle: 'All done for now',
		doneBody: 'You have studied every card that is due. Come back later for the next ones.',
		nextDue: 'Next card due: {{when}}',
		backHome: 'Back to topics',
		keyboardHint: 'Keys: space shows the answer, 1–4 grade it, u undoes the last grade.',
		undo: 'Undo',
		bury: 'Bury until tomorrow',
		suspend: 'Suspend',
		swipeHint: 'After the answer: swipe right for Good, left for Again.',
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
		suspended: 'Suspended',
		unsuspend: 'Unsuspend',
		statusLabel: 'Show',
		status: {
			all: 'All questions',
			new: 'New (never studied)',
			learning: 'Learning',
			review: 'In review',
			due: 'Due now',
			suspended: 'Suspended',
			leech: 'Hard ones (leeches)'
		},
		typeLabel: 'Type',
		allTypes: 'All types',
		leech: 'Leech',
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
	progress: {
		title: 'Progress',
		streak: 'Streak',
		days_one: '{{count}} day',
		days_other: '{{count}} days',
		retention: 'True retention',
		retentionHelp_one:
			'True retention: the share of review cards you remembered over the last 30 days ({{count}} review).',
		retentionHelp_other:
			'True retention: the share of review cards you remembered over the last 30 days ({{count}} reviews).',
		dueNow: 'Due now',
		heatmapTitle: 'Reviews per day',
		heatmapSummary_one: '{{count}} review in the last 26 weeks, on {{days}} days',
		heatmapSummary_other: '{{count}} reviews in the last 26 weeks, on {{days}} days',
		forecastTitle: 'Due in the next 30 days',
		forecastSummary_one: '{{count}} card due in the next 30 days: {{today}} today, {{tomorrow}} tomorrow',
		forecastSummary_other: '{{count}} cards due in the next 30 days: {{today}} today, {{tomorrow}} tomorrow',
		inDays_one: 'In {{count}} day',
		inDays_other: 'In {{count}} days',
		today: 'Today',
		reviews_one: '{{count}} review',
		reviews_other: '{{count}} reviews',
		masteryTitle: 'Mastery by topic',
		mastered_one: '{{count}} mastered',
		mastered_other: '{{count}} mastered',
		learning_one: '{{count}} learning',
		learning_other: '{{count}} learning'
	},
	mix: {
		title: 'Several topics',
		intro: 'Choose topics to study or quiz together: their due cards and new ones, within today’s limits.'
	},
	test: {
		title: 'Test',
		intro:
			'A fixed set of questions from the topics you choose, scored at the end. Tests do not change your review schedule.',
		topics: 'Topics',
		count: 'Questions',
		timeLimit: 'Time limit',
		noLimit: 'No limit',
		seed: 'Test code',
		seedHelp:
			'The same code with the same topics gives the same questions: share it to sit the same test again or with classmates.',
		chooseTopic: 'Choose at least one topic.',
		start: 'Start the test',
		recent: 'Recent tests',
		progress: 'Question {{position}} of {{total}}',
		timeLeft: 'Time left',
		finishNow: 'Finish the test now',
		scoreTitle: 'Your score',
		score: '{{correct}} of {{total}} right ({{percent}}%)',
		scoreShort: '{{correct}} of {{total}}',
		seedUsed: 'code {{seed}}',
		retake: 'Retake the same test',
		new: 'New test',
		yourAnswer: 'Your answer',
		noAnswer: 'No answer',
		mistakes_one: '{{count}} question to review',
		mistakes_other: '{{count}} questions to review'
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
		reviewsPerDay: 'Reviews per day',
		reviewsPerDayHelp:
			'Cards you already know, shown at most this many times a day. New cards’ short learning steps are never held back.',
		learningSteps: 'Learning steps',
		learningStepsHelp: 'How soon a new card comes back today before FSRS spaces it out.',
		saved: 'Saved',
		saveError: 'The settings could not be saved on this device.'
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
	share: {
		copy: 'Copy',
		copied: 'Copied.',
		copyByHand: 'Selected: copy it with your keyboard or the menu.',
		share: 'Share…',
		error: {
			malformed: 'This link or code is damaged: part of it may be missing. Copy it again, whole.',
			tooLarge: 'This link or code is too long to be one of Qaitala’s.',
			version: 'This was made by a different version of Qaitala. Reload the app to update it, then try again.',
			invalid: 'This link or code does not describe a valid set of questions for this course.',
			invalidResult: 'This result code is complete but not a valid Qaitala result.',
			checksum:
				'This result code was changed after it was made (a character is wrong or missing). Ask the student to send it again.',
			otherAssignment: 'This result belongs to a different assignment.',
			nameEmpty: 'The name is missing.',
			nameTooLong: 'The name is too long: at most 80 characters.',
			nameControl: 'The name contains control characters, such as a line break.',
			resultDate: 'The completion date in this result is not a real date (it must fall between 2020 and 2100).',
			resultFuture:
				'This result is dated more than two days ahead of this device’s clock: one of the two clocks is wrong.',
			timeSpent: 'The time spent in this result is impossible (below zero, or more than a year).',
			answerCount: 'This result has a different number of answers than the assignment has questions.',
			fileMismatch:
				'The readable part of this file does not match the code inside it: the file was edited. Ask the student to send it again.',
			dueDate: 'The due date of this assignment is not a real date (it must fall between 2020 and 2100).',
			duplicateItems: 'This assignment lists the same question more than once.'
		}
	},
	assignment: {
		pageTitle: 'Assignments',
		modeTest: 'Test',
		modeFlashcards: 'Flashcards until learned',
		timeLimit: 'Time limit: {{limit}}',
		noTimeLimit: 'No time limit',
		due: 'Due {{date}}',
		overdue: 'Was due {{date}}',
		languages: 'Languages:',
		added: 'Added to your home page. Your progress is saved on this device as you go.',
		chooseLanguage: 'Answer in',
		start: 'Start',
		learned: 'Learned {{learned}} of {{total}}',
		cardsHint:
			'Good or Easy means learned; Again or Hard brings the card back a little later. Grades also go into your review schedule.',
		allLearned: 'Every card is learned.',
		resultTitle: 'Send your result',
		yourName: 'Your name, as your instructor knows it',
		makeResult: 'Make my result',
		remakeResult: 'Make it again with this name',
		resultSummary: '{{name}}: {{correct}} of {{total}}',
		timeSpent_one: '{{count}} minute spent',
		timeSpent_other: '{{count}} minutes spent',
		resultCode: 'Result code',
		downloadResult: 'Download the result as a file',
		sendHelp: 'Send the code (in a message or an e-mail) or the file to your instructor.',
		checksumNote:
			'The code carries a checksum that catches copying mistakes. It does not prove that nobody changed the result on purpose.',
		openTitle: 'Open an assignment',
		pasteLink: 'Link or code from your instructor',
		open: 'Open',
		orFile: 'Or open the assignment file',
		statusNew_one: 'Not started · {{count}} question',
		statusNew_other: 'Not started · {{count}} questions',
		statusProgress: 'In progress: {{done}} of {{total}}',
		statusDone: 'Done: result not made yet',
		statusSent: 'Result made: {{correct}} of {{total}}',
		remove: 'Remove from my assignments',
		confirmRemove: 'Remove “{{title}}” and your progress in it from this device?'
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
	tabs: {
		changedElsewhere:
			'This card was graded in another tab, so this grade was not saved. The cards have been brought up to date.',
		undoRefused:
			'This grade can no longer be undone: the card has been studied since, in another tab. Nothing was changed.',
		newLimit: 'Today’s limit of new cards has been reached in another tab. This grade was not saved.',
		reviewLimit: 'Today’s limit of reviews has been reached in another tab. This grade was not saved.',
		storageFull: 'Could not save: this device’s storage is full. Nothing was changed; free some space and grade again.'
	},
	bankContent: {
		source: 'Source: {{place}}',
		document: '«{{title}}»',
		section: '«{{title}}», section “{{section}}”',
		sections: '«{{title}}», sections “{{first}}” to “{{last}}”',
		lines: 'lines {{from}}–{{to}}',
		line: 'line {{line}}',
		sourceNote: 'What the document says:'
	},
	tagFilters: {
		levelLabel: 'Level',
		allLevels: 'All levels',
		level: { recall: 'Recall', understand: 'Understand', analyse: 'Analyse' },
		itemLevel: { recall: 'Level: recall', understand: 'Level: understand', analyse: 'Level: analyse' },
		tagLabel: 'Tag',
		allTags: 'All tags',
		tags: 'Tags'
	},
	reportProblem: {
		open: 'Report a problem with this question',
		legend: 'What is wrong with this question?',
		reason: {
			wrongAnswer: 'The answer is wrong',
			unclear: 'The question is unclear',
			typo: 'There is a typo',
			other: 'Something else'
		},
		reasonShort: {
			wrongAnswer: 'wrong answer',
			unclear: 'unclear',
			typo: 'typo',
			other: 'other'
		},
		comment: 'Comment (optional)',
		commentCount: '{{used}} of {{max}} characters',
		send: 'Send report',
		cancel: 'Cancel',
		chooseReason: 'Choose what is wrong first.',
		kept: 'Thank you. Your report is kept on this device.',
		keptAssignment: 'Thank you. Your report is kept on this device and goes to your instructor with your result.',
		reported: 'You reported this question: {{reason}}.',
		change: 'Change my report',
		withdraw: 'Withdraw my report',
		withdrawn: 'Your report was withdrawn.',
		withdrawFailed: 'The report could not be withdrawn. Try again.',
		table: 'Reported questions',
		error: {
			commentTooLong: 'The comment is too long: at most 200 characters.',
			commentControl: 'The comment contains control characters.',
			tooMany: 'This result reports more questions than a result can carry (at most 20).',
			invalid: 'The reported questions in this result are not valid.',
			storage: 'The report could not be saved on this device (its storage is blocked or full).'
		},
		mine: {
			heading: 'Questions you reported',
			intro: 'Your reports stay on this device. Those made in an assignment go to your instructor with your result.',
			empty: 'You have not reported any question.',
			inAssignment: 'In an assignment',
			ownStudy: 'In your own study',
			reportedOn: 'Reported {{date}}',
			withdraw: 'Withdraw'
		},
		result: {
			carries_one: 'This result also carries your report on {{count}} question.',
			carries_other: 'This result also carries your reports on {{count}} questions.',
			outdated: 'Your reports have changed since this code was made. Make it again so that your instructor gets them.'
		},
		overview: {
			heading: 'Reported questions',
			intro: 'Questions your students reported as wrong, unclear or mistyped, numbered as in the table.',
			none: 'No student has reported a problem with these questions.',
			question: 'Question {{number}}',
			count_one: '{{count}} report',
			count_other: '{{count}} reports',
			noComment: 'no comment',
			directionControls: 'contains direction-changing characters'
		}
	},
	customTopics: {
		own: 'Your own',
		summary: 'Questions you imported · {{languages}}'
	},
	failures: {
		bankData:
			'These questions do not match this version of the app. Nothing was changed; reload the page to get the current ones.',
		storageFull: 'Could not save: this device’s storage is full. Nothing was changed; free some space and try again.',
		missingRecord: 'This is no longer on this device: it was finished or removed in another tab. Reload the page.'
	}
} satisfies Resource;
