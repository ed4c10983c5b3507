import type { Resource } from '../resource';

/** The composer's level and tag choices (`tagFiltersTeach.*`), in kk, ru and en; level names are in the main `tagFilters`. */
export default {
	kk: {
		tagFiltersTeach: {
			levels: 'Деңгейлер',
			levelsHelp:
				'Есте сақтау — деректі еске түсіру; түсіну — оны түсіндіру; талдау — ол туралы пайымдау. Үшеуі де белгіленсе, деңгейі жоқ сұрақтар да (сіз импорттағандар) іріктеледі.',
			tags: 'Тегтер',
			anyTag: 'кез келген',
			chosenTags_one: '{{count}} тег таңдалды',
			chosenTags_other: '{{count}} тег таңдалды',
			tagsHelp:
				'Белгіленген тегтердің бірі бар сұрақтар іріктеледі; ештеңе белгіленбесе — кез келгені. Тек таңдалған тақырыптардағы тегтер көрсетіледі.',
			clearTags: 'Тегтерді алып тастау',
			available_one: 'Таңдалған тақырыптар, түрлер, деңгейлер мен тегтерге {{count}} сұрақ сәйкес келеді.',
			available_other: 'Таңдалған тақырыптар, түрлер, деңгейлер мен тегтерге {{count}} сұрақ сәйкес келеді.',
			problem: {
				levels: 'Кемінде бір деңгейді белгілеңіз.',
				noMatch: 'Таңдалған тақырыптар мен түрлерде бұл деңгейлер мен тегтерге сай сұрақ жоқ.'
			}
		}
	},
	ru: {
		tagFiltersTeach: {
			levels: 'Уровни',
			levelsHelp:
				'Запоминание — вспомнить факт; понимание — объяснить его; анализ — рассуждать о нём. Если отмечены все три, в выборку попадают и вопросы без уровня (импортированные вами).',
			tags: 'Теги',
			anyTag: 'любые',
			chosenTags_one: 'выбран {{count}} тег',
			chosenTags_few: 'выбрано {{count}} тега',
			chosenTags_many: 'выбрано {{count}} тегов',
			chosenTags_other: 'выбрано {{count}} тега',
			tagsHelp:
				'В выборку попадают вопросы хотя бы с одним из отмеченных тегов; если ничего не отмечено — любые. Показаны только теги выбранных тем.',
			clearTags: 'Снять все теги',
			available_one: 'Выбранным темам, типам, уровням и тегам соответствует {{count}} вопрос.',
			available_few: 'Выбранным темам, типам, уровням и тегам соответствуют {{count}} вопроса.',
			available_many: 'Выбранным темам, типам, уровням и тегам соответствуют {{count}} вопросов.',
			available_other: 'Выбранным темам, типам, уровням и тегам соответствуют {{count}} вопроса.',
			problem: {
				levels: 'Отметьте хотя бы один уровень.',
				noMatch: 'В выбранных темах и типах нет вопросов с такими уровнями и тегами.'
			}
		}
	},
	en: {
		tagFiltersTeach: {
			levels: 'Levels',
			levelsHelp:
				'Recall: remember a fact. Understand: explain it. Analyse: reason with it. With all three ticked, questions without a level (the ones you imported) are drawn too.',
			tags: 'Tags',
			anyTag: 'any',
			chosenTags_one: '{{count}} tag chosen',
			chosenTags_other: '{{count}} tags chosen',
			tagsHelp:
				'Questions carrying any of the ticked tags are drawn; with none ticked, any question. Only the chosen topics’ tags are listed.',
			clearTags: 'Clear the tags',
			available_one: '{{count}} question matches the chosen topics, types, levels and tags.',
			available_other: '{{count}} questions match the chosen topics, types, levels and tags.',
			problem: {
				levels: 'Tick at least one level.',
				noMatch: 'No question of the chosen topics and types has these levels and tags.'
			}
		}
	}
} satisfies Record<'kk' | 'ru' | 'en', Resource>;
