/** Strings of the pages other than home, study and quiz (browse, progress, tests, settings): loaded with loadLanguage. */
import type { Resource } from '../resource';

export default {
	// The assignment and test pages' messages for a failed action (state/guard).
	failures: {
		bankData:
			'These questions do not match this version of the app. Nothing was changed; reload the page to get the current ones.',
		storageFull: 'Could not save: this device’s storage is full. Nothing was changed; free some space and try again.',
		missingRecord: 'This is no longer on this device: it was finished or removed in another tab. Reload the page.'
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
	tagFilters: {
		levelLabel: 'Level',
		allLevels: 'All levels',
		level: { recall: 'Recall', understand: 'Understand', analyse: 'Analyse' },
		itemLevel: { recall: 'Level: recall', understand: 'Level: understand', analyse: 'Level: analyse' },
		tagLabel: 'Tag',
		allTags: 'All tags',
		tags: 'Tags'
	},
	assignment: {
		pageTitle: 'Assignments',
		modeTest: 'Test',
		modeFlashcards: 'Flashcards until learned',
		timeLimit: 'Time limit: {{limit}}',
		noTimeLimit: 'No time limit',
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
		remove: 'Remove from my assignments',
		confirmRemove: 'Remove “{{title}}” and your progress in it from this device?'
	}
} satisfies Resource;
