/** The study and quiz pages' strings beyond the main ones (and every other page's but home's): loaded with loadLanguage. */
import type { Resource } from '../resource';

export default {
	leech: {
		title: 'A hard one.',
		body_one:
			'You have forgotten this card {{count}} time. Reread the explanation, or suspend the card and come back to it later from Browse.',
		body_other:
			'You have forgotten this card {{count}} times. Reread the explanation, or suspend the card and come back to it later from Browse.',
		reread: 'Reread the explanation',
		suspend: 'Suspend this card'
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
	mix: {
		title: 'Several topics',
		intro: 'Choose topics to study or quiz together: their due cards and new ones, within today’s limits.'
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
	}
} satisfies Resource;
