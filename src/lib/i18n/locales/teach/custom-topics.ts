import type { Resource } from '../resource';

/**
 * The `customTopicsTeach.*` strings: the instructor's own banks as topics (studied, and carried
 * inside assignments) and banks in several languages. Column names stay in English: the file must contain them.
 */
export default {
	kk: {
		customTopicsTeach: {
			error: {
				translationDiffers:
					'Бұл тілдегі нұсқа басқа сұрақ қояды: түрі, нұсқалар, элементтер не жұптар саны, дұрыс нұсқалары мен жауабы бірдей болуы керек.'
			},
			help: 'Бірнеше тілдегі сұрақтар үшін әр тілге жеке баған қосыңыз: question_kk, question_ru, question_en (сондай-ақ answer_…, wrong_…, explanation_…, unit_…). Тілі көрсетілмеген баған жоғарыда таңдалған тілде жазылған деп саналады және өз бағаны жоқ тілдердің орнын толтырады.',
			list: {
				study: 'Тақырып ретінде оқу',
				deleteProgress: 'Осы сұрақтар бойынша үлгеріміңіз де өшіріледі.'
			},
			compose: {
				carried:
					'Тапсырмадағы өз сұрақтарыңыз: {{count}}. Олар тапсырманың ішінде жеткізіледі, студенттерге басқа ештеңе керек емес, интернетсіз де.',
				languages:
					'Өз сұрақтарыңыздың кейбірі мына тілде жоқ: {{languages}}. Осы тілді таңдаған студенттер оларды сұрақтың өз тілінде көреді.',
				tooLarge: 'Өз сұрақтарыңызбен бұл тапсырма бөлісуге тым үлкен. Азырақ сұрақ таңдаңыз.'
			},
			share: {
				fileOnly:
					'Бұл тапсырма өз сұрақтарыңызды алып жүреді, сондықтан сілтеме не QR коды үшін тым ұзын ({{count}} таңба). Студенттерге файлды жіберіңіз: олар оны «Тапсырмалар» бетінде ашады.'
			}
		}
	},
	ru: {
		customTopicsTeach: {
			error: {
				translationDiffers:
					'Версия на этом языке задаёт другой вопрос: должны совпадать тип, число вариантов, элементов или пар, верные варианты и ответ.'
			},
			help: 'Для вопросов на нескольких языках добавьте по столбцу на язык: question_kk, question_ru, question_en (а также answer_…, wrong_…, explanation_…, unit_…). Столбец без языка написан на языке, выбранном выше, и заменяет столбец любого языка, у которого нет своего.',
			list: {
				study: 'Учить как тему',
				deleteProgress: 'Ваш прогресс по этим вопросам тоже будет удалён.'
			},
			compose: {
				carried:
					'Ваших вопросов в задании: {{count}}. Они передаются внутри задания: студентам больше ничего не нужно, даже без интернета.',
				languages:
					'Некоторых ваших вопросов нет на языке: {{languages}}. Студенты, выбравшие его, увидят их на языке самого вопроса.',
				tooLarge: 'С вашими вопросами это задание слишком велико, чтобы им поделиться. Возьмите меньше вопросов.'
			},
			share: {
				fileOnly:
					'Это задание несёт ваши вопросы и слишком длинно для ссылки или QR-кода ({{count}} знаков). Отправьте студентам файл: они откроют его на странице «Задания».'
			}
		}
	},
	en: {
		customTopicsTeach: {
			error: {
				translationDiffers:
					'This language’s version asks a different question: the type, the number of options, elements or pairs, the right options and the answer must be the same.'
			},
			help: 'For questions in several languages, add a column per language: question_kk, question_ru, question_en (and answer_…, wrong_…, explanation_…, unit_…). A column without a language is in the language chosen above and stands in for any language that has no column of its own.',
			list: {
				study: 'Study as a topic',
				deleteProgress: 'Your progress in its questions is deleted with it.'
			},
			compose: {
				carried:
					'Your own questions in this assignment: {{count}}. They travel inside it: students need nothing else, even offline.',
				languages:
					'Some of your own questions are not in {{languages}}. Students who choose it see them in the question’s own language.',
				tooLarge: 'With your own questions, this assignment is too large to share. Choose fewer questions.'
			},
			share: {
				fileOnly:
					'This assignment carries your own questions and is too long for a link or QR code ({{count}} characters). Send students the file: they open it on the Assignments page.'
			}
		}
	}
} satisfies Record<'kk' | 'ru' | 'en', Resource>;
