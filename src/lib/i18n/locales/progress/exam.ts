/** The exam plan page: loaded with loadProgressStrings. */
import type { Resource } from '../resource';

export default {
	kk: {
		exam: {
			title: 'Емтихан жоспары',
			intro:
				'Емтихан күнін және оның тақырыптарын көрсетіңіз. Сол күнге дейін қолданба жаңа карточкаларды уақытында таныстыратындай етіп бөледі және емтихан күні есте сақталуы мақсаттан төмен түсетін карточкаларды ертерек қайталатады. Емтиханнан кейін кесте әдеттегідей жалғасады.',
			date: 'Емтихан күні',
			topics: 'Емтихан тақырыптары',
			target: 'Емтихан күні есте сақтау мақсаты',
			targetOption: '{{percent}}%',
			useAssignment: '«{{title}}» тапсырмасының мерзімін алу ({{date}})',
			save: 'Жоспарды сақтау',
			remove: 'Жоспарды өшіру',
			saved: 'Жоспар сақталды.',
			summary_one: 'Емтихан: {{date}}, {{count}} күннен кейін.',
			summary_other: 'Емтихан: {{date}}, {{count}} күннен кейін.',
			today: 'Емтихан бүгін: {{date}}. Сәттілік!',
			pace_one: 'Жаңа карточкалар: күніне {{count}} ({{left}} қалды), емтиханға дейін бәрі танысу үшін.',
			pace_other: 'Жаңа карточкалар: күніне {{count}} ({{left}} қалды), емтиханға дейін бәрі танысу үшін.',
			allIntroduced: 'Емтихан тақырыптарының барлық карточкасы таныстырылды: енді тек қайталау.',
			scheduleTitle: 'Күн сайынғы жоспар',
			day: 'Күн',
			newCards: 'Жаңа',
			reviews: 'Қайталау',
			recallTitle: 'Емтихан күнгі болжамды есте сақтау',
			recallHelp:
				'Осы уақытқа дейінгі қайталауларыңыз бойынша, енді ештеңе оқымасаңыз. Әлі оқылмаған карточка 0 деп есептеледі.',
			studyTopics: 'Емтихан тақырыптарын оқу',
			over: '{{date}} күнгі емтихан өтті: кесте әдеттегі тәртіпке оралды.',
			error: {
				date: 'Ертеңнен бастап бір жыл ішіндегі күнді таңдаңыз.',
				topics: 'Кемінде бір тақырып таңдаңыз.',
				target: 'Мақсат 80% пен 97% аралығында болуы керек.',
				save: 'Жоспар сақталмады. Қайта көріңіз.'
			}
		}
	},
	ru: {
		exam: {
			title: 'План к экзамену',
			intro:
				'Укажите дату экзамена и его темы. До этого дня приложение распределит новые карточки так, чтобы все были изучены вовремя, и заранее повторит карточки, которые ко дню экзамена забудутся сильнее цели. После экзамена расписание идёт как обычно.',
			date: 'Дата экзамена',
			topics: 'Темы экзамена',
			target: 'Цель: припоминание в день экзамена',
			targetOption: '{{percent}}%',
			useAssignment: 'Взять срок задания «{{title}}» ({{date}})',
			save: 'Сохранить план',
			remove: 'Удалить план',
			saved: 'План сохранён.',
			summary_one: 'Экзамен {{date}}, через {{count}} день.',
			summary_few: 'Экзамен {{date}}, через {{count}} дня.',
			summary_many: 'Экзамен {{date}}, через {{count}} дней.',
			summary_other: 'Экзамен {{date}}, через {{count}} дня.',
			today: 'Экзамен сегодня, {{date}}. Удачи!',
			pace_one: 'Новые карточки: {{count}} в день (осталось {{left}}), чтобы изучить все до экзамена.',
			pace_few: 'Новые карточки: {{count}} в день (осталось {{left}}), чтобы изучить все до экзамена.',
			pace_many: 'Новые карточки: {{count}} в день (осталось {{left}}), чтобы изучить все до экзамена.',
			pace_other: 'Новые карточки: {{count}} в день (осталось {{left}}), чтобы изучить все до экзамена.',
			allIntroduced: 'Все карточки тем экзамена уже изучены: дальше только повторение.',
			scheduleTitle: 'План по дням',
			day: 'День',
			newCards: 'Новые',
			reviews: 'Повторения',
			recallTitle: 'Прогноз припоминания в день экзамена',
			recallHelp: 'По вашим повторениям на сегодня, если больше ничего не учить. Неизученная карточка считается как 0.',
			studyTopics: 'Учить темы экзамена',
			over: 'Экзамен {{date}} прошёл: расписание вернулось к обычному.',
			error: {
				date: 'Выберите дату начиная с завтрашнего дня и не дальше чем через год.',
				topics: 'Выберите хотя бы одну тему.',
				target: 'Цель должна быть от 80% до 97%.',
				save: 'План не сохранён. Попробуйте ещё раз.'
			}
		}
	},
	en: {
		exam: {
			title: 'Exam plan',
			intro:
				'Give your exam’s date and topics. Until that day the app paces new cards so every one is introduced in time, and brings forward the cards you would otherwise remember less well than your target on the day. After the exam, scheduling goes on as usual.',
			date: 'Exam date',
			topics: 'Exam topics',
			target: 'Recall you want on the exam day',
			targetOption: '{{percent}}%',
			useAssignment: 'Use the due date of “{{title}}” ({{date}})',
			save: 'Save the plan',
			remove: 'Remove the plan',
			saved: 'Plan saved.',
			summary_one: 'Exam on {{date}}, in {{count}} day.',
			summary_other: 'Exam on {{date}}, in {{count}} days.',
			today: 'The exam is today, {{date}}. Good luck!',
			pace_one: 'New cards: {{count}} a day ({{left}} left), to meet them all before the exam.',
			pace_other: 'New cards: {{count}} a day ({{left}} left), to meet them all before the exam.',
			allIntroduced: 'Every card of the exam’s topics has been introduced: reviews only from now on.',
			scheduleTitle: 'Plan by day',
			day: 'Day',
			newCards: 'New',
			reviews: 'Reviews',
			recallTitle: 'Predicted recall on the exam day',
			recallHelp: 'From your reviews so far, if you studied nothing more. A card not yet studied counts as 0.',
			studyTopics: 'Study the exam topics',
			over: 'Your exam on {{date}} has passed: scheduling is back to normal.',
			error: {
				date: 'Choose a day from tomorrow up to a year ahead.',
				topics: 'Choose at least one topic.',
				target: 'The target must be between 80% and 97%.',
				save: 'The plan was not saved. Try again.'
			}
		}
	}
} satisfies Record<'kk' | 'ru' | 'en', Resource>;
