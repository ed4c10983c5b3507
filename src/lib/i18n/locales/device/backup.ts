/** Settings' backup and restore panel and the home page's backup reminder: loaded with loadDeviceStrings. */
import type { Resource } from '../resource';

export default {
	kk: {
		backup: {
			title: 'Сақтық көшірме',
			intro:
				'Прогресіңіз тек осы браузерде сақталады. Браузер деректері өшірілсе немесе телефоныңызды ауыстырсаңыз, сақтық көшірме файлы оны сақтап қалады.',
			download: 'Сақтық көшірмені жүктеп алу',
			saving: 'Сақтық көшірме жасалуда…',
			saved: '{{name}} сақталды. Көшірмесін осы құрылғыдан басқа жерде де ұстаңыз, мысалы, өз поштаңызда.',
			lastBackup: 'Соңғы көшірме: {{date}}',
			never: 'Бұл құрылғыда сақтық көшірме әлі жасалған жоқ.',
			restoreTitle: 'Сақтық көшірмеден қалпына келтіру',
			restoreHelp: 'Ештеңе өзгермей тұрып, файл толығымен тексеріледі.',
			choose: 'Көшірме файлын таңдау',
			reading: 'Файл тексерілуде…',
			preview: {
				title: 'Бұл көшірмеде не бар',
				file: 'Файл: {{name}}',
				made: 'Жасалған күні: {{date}}',
				reviews: 'Қайталаулар: {{from}} – {{to}}',
				noReviews: 'Бұл көшірмеде қайталау жоқ.',
				table: 'Деректер',
				rows: 'Жазбалар'
			},
			table: {
				cards: 'Карточкалар',
				reviews: 'Қайталаулар',
				settings: 'Баптаулар',
				itemFlags: 'Қалдырылған және тоқтатылған карточкалар',
				testAttempts: 'Орындалған тесттер',
				receivedAssignments: 'Алынған тапсырмалар',
				composedAssignments: 'Құрылған тапсырмалар',
				classResults: 'Топ нәтижелері',
				rosters: 'Топ тізімдері',
				customBanks: 'Импортталған сұрақтар банкі',
				setAside: 'Дерекқорды тексеру кезінде бөлек қойылған жазбалар'
			},
			mode: {
				legend: 'Қалай қалпына келтіру керек',
				replace: 'Ауыстыру',
				replaceHelp:
					'Осы құрылғының деректері көшірмедегідей болады. Мұнда оқылып, көшірмеде жоқ нәрсе өшеді (мұны болдырмауға болады).',
				merge: 'Біріктіру',
				mergeHelp:
					'Екі жақтағы барлық қайталау сақталады, әр карточка өзінің соңғы күйін алады. Қалғанында: осы құрылғыда бары қалады, тек көшірмеде бары қосылады.',
				confirmReplace: 'Көшірмемен ауыстыру',
				confirmMerge: 'Көшірмемен біріктіру',
				cancel: 'Бас тарту'
			},
			restoring: 'Қалпына келтірілуде…',
			restored: {
				replace: '{{date}} көшірмесінен қалпына келтірілді: осы құрылғының деректері ауыстырылды.',
				merge: '{{date}} көшірмесі біріктірілді. Қосылған қайталаулар: {{reviews}}. Жаңартылған карточкалар: {{cards}}.'
			},
			undo: 'Қалпына келтіруді болдырмау',
			undoHelp:
				'Болдырмау құрылғыдағы қалпына келтіруге дейінгі деректерді қайтарады; содан бері оқығаныңыз сақталады.',
			keep: 'Қалпына келтірілген деректерді қалдыру',
			error: {
				notBackup: 'Бұл файл Qaitala сақтық көшірмесі емес. Ештеңе өзгерген жоқ.',
				damaged: 'Көшірме бүлінген не толық емес (көшіру кезінде үзілген болуы мүмкін). Ештеңе өзгерген жоқ.',
				tooLarge: 'Бұл файл Qaitala сақтық көшірмесі болу үшін тым үлкен. Ештеңе өзгерген жоқ.',
				newerVersion:
					'Бұл көшірмені Qaitala-ның жаңарақ нұсқасы жасаған. Қолданбаны жаңарту үшін оны интернет бар кезде қайта жүктеп, тағы көріңіз. Ештеңе өзгерген жоқ.',
				invalidRow: 'Көшірмеде жарамсыз жазба бар ({{table}}, {{row}}-жазба). Ештеңе өзгерген жоқ.',
				readFailed: 'Файлды оқу мүмкін болмады. Ештеңе өзгерген жоқ.',
				quota: 'Көшірмені қалпына келтіруге құрылғыда орын жетпейді. Орын босатып, қайта көріңіз. Ештеңе өзгерген жоқ.',
				writeFailed: 'Қалпына келтірілген деректерді сақтау мүмкін болмады. Ештеңе өзгерген жоқ.',
				undoFailed: 'Қалпына келтіруді болдырмау мүмкін болмады. Деректеріңіз бұрынғыдай.',
				exportFailed: 'Көшірме жасалмады: браузердің қоймасын оқу мүмкін болмады.'
			},
			reminder: {
				title: 'Сақтық көшірме жасайтын уақыт келді',
				body: 'Соңғы көшірмеден бері 7 күн оқыдыңыз, ал прогресіңіз тек осы браузерде. Сақтық көшірме файлы оны сақтап қалады.',
				bodyNever:
					'7 күн оқыдыңыз, бірақ әлі бірде-бір көшірме жасаған жоқсыз; прогресіңіз тек осы браузерде. Сақтық көшірме файлы оны сақтап қалады.',
				later: 'Кейінірек'
			}
		}
	},
	ru: {
		backup: {
			title: 'Резервная копия',
			intro:
				'Ваш прогресс хранится только в этом браузере. Файл резервной копии сохранит его, если данные браузера будут стёрты или вы смените телефон.',
			download: 'Скачать резервную копию',
			saving: 'Создаём резервную копию…',
			saved: 'Сохранено: {{name}}. Держите копию не только на этом устройстве, например в своей почте.',
			lastBackup: 'Последняя копия: {{date}}',
			never: 'На этом устройстве резервная копия ещё не создавалась.',
			restoreTitle: 'Восстановить из копии',
			restoreHelp: 'Файл проверяется целиком, прежде чем что-либо изменится.',
			choose: 'Выбрать файл копии',
			reading: 'Проверяем файл…',
			preview: {
				title: 'Что в этой копии',
				file: 'Файл: {{name}}',
				made: 'Создана {{date}}',
				reviews: 'Повторения с {{from}} по {{to}}',
				noReviews: 'В этой копии нет повторений.',
				table: 'Данные',
				rows: 'Записей'
			},
			table: {
				cards: 'Карточки',
				reviews: 'Повторения',
				settings: 'Настройки',
				itemFlags: 'Отложенные и приостановленные карточки',
				testAttempts: 'Пройденные тесты',
				receivedAssignments: 'Полученные задания',
				composedAssignments: 'Составленные задания',
				classResults: 'Результаты группы',
				rosters: 'Списки групп',
				customBanks: 'Импортированные банки вопросов',
				setAside: 'Записи, отложенные проверкой базы'
			},
			mode: {
				legend: 'Как восстановить',
				replace: 'Заменить',
				replaceHelp:
					'Данные этого устройства станут в точности такими, как в копии. То, что изучено здесь и чего нет в копии, пропадёт (это можно отменить).',
				merge: 'Объединить',
				mergeHelp:
					'Сохраняются все повторения с обеих сторон, каждая карточка берёт своё последнее состояние. Для остального: то, что есть на этом устройстве, остаётся, а то, что есть только в копии, добавляется.',
				confirmReplace: 'Заменить данными копии',
				confirmMerge: 'Объединить с копией',
				cancel: 'Отмена'
			},
			restoring: 'Восстанавливаем…',
			restored: {
				replace: 'Восстановлено из копии от {{date}}: данные этого устройства заменены.',
				merge: 'Копия от {{date}} объединена. Добавлено повторений: {{reviews}}. Обновлено карточек: {{cards}}.'
			},
			undo: 'Отменить восстановление',
			undoHelp:
				'Отмена вернёт данные, которые были на устройстве до восстановления; то, что вы изучили после, сохранится.',
			keep: 'Оставить восстановленные данные',
			error: {
				notBackup: 'Этот файл не является резервной копией Qaitala. Ничего не изменилось.',
				damaged: 'Копия повреждена или неполна (возможно, оборвалась при копировании). Ничего не изменилось.',
				tooLarge: 'Файл слишком велик для резервной копии Qaitala. Ничего не изменилось.',
				newerVersion:
					'Эта копия создана более новой версией Qaitala. Перезагрузите приложение при подключении к интернету, чтобы обновить его, и попробуйте снова. Ничего не изменилось.',
				invalidRow: 'В копии есть недопустимая запись ({{table}}, запись {{row}}). Ничего не изменилось.',
				readFailed: 'Не удалось прочитать файл. Ничего не изменилось.',
				quota:
					'На устройстве не хватает места, чтобы восстановить копию. Освободите место и попробуйте снова. Ничего не изменилось.',
				writeFailed: 'Не удалось сохранить восстановленные данные. Ничего не изменилось.',
				undoFailed: 'Не удалось отменить восстановление. Ваши данные остались прежними.',
				exportFailed: 'Не удалось создать копию: хранилище браузера недоступно для чтения.'
			},
			reminder: {
				title: 'Пора сделать резервную копию',
				body: 'Вы занимались 7 дней после последней копии, а прогресс хранится только в этом браузере. Файл копии сохранит его.',
				bodyNever:
					'Вы занимались 7 дней и ещё ни разу не делали копию; прогресс хранится только в этом браузере. Файл копии сохранит его.',
				later: 'Не сейчас'
			}
		}
	},
	en: {
		backup: {
			title: 'Backup',
			intro:
				'Your progress is kept only in this browser. A backup file keeps it safe if the browser’s data is cleared or you move to another phone.',
			download: 'Download backup',
			saving: 'Making the backup…',
			saved: 'Saved {{name}}. Keep a copy somewhere other than this device, for example in your e-mail.',
			lastBackup: 'Last backup: {{date}}',
			never: 'No backup has been made on this device yet.',
			restoreTitle: 'Restore from backup',
			restoreHelp: 'The whole file is checked before anything changes.',
			choose: 'Choose a backup file',
			reading: 'Checking the file…',
			preview: {
				title: 'What this backup holds',
				file: 'File: {{name}}',
				made: 'Made on {{date}}',
				reviews: 'Reviews from {{from}} to {{to}}',
				noReviews: 'No reviews in this backup.',
				table: 'Data',
				rows: 'Rows'
			},
			table: {
				cards: 'Cards',
				reviews: 'Reviews',
				settings: 'Settings',
				itemFlags: 'Buried and suspended cards',
				testAttempts: 'Tests taken',
				receivedAssignments: 'Assignments received',
				composedAssignments: 'Assignments composed',
				classResults: 'Class results',
				rosters: 'Class lists',
				customBanks: 'Imported question banks',
				setAside: 'Rows set aside by the database check'
			},
			mode: {
				legend: 'How to restore',
				replace: 'Replace',
				replaceHelp:
					'This device’s data becomes exactly what the backup holds. What was studied here and is not in the backup goes (you can undo it).',
				merge: 'Merge',
				mergeHelp:
					'Every review from both is kept and each card takes its latest state. For everything else, what is on this device stays and what only the backup has is added.',
				confirmReplace: 'Replace with this backup',
				confirmMerge: 'Merge this backup',
				cancel: 'Cancel'
			},
			restoring: 'Restoring…',
			restored: {
				replace: 'Restored from the backup of {{date}}: this device’s data was replaced.',
				merge: 'Merged the backup of {{date}}. Reviews added: {{reviews}}. Cards updated: {{cards}}.'
			},
			undo: 'Undo restore',
			undoHelp: 'Undo puts back the data this device had before the restore; what you studied since is kept.',
			keep: 'Keep the restored data',
			error: {
				notBackup: 'This file is not a Qaitala backup. Nothing was changed.',
				damaged: 'This backup is damaged or incomplete (perhaps cut short while it was copied). Nothing was changed.',
				tooLarge: 'This file is too large to be a Qaitala backup. Nothing was changed.',
				newerVersion:
					'This backup was made by a newer version of Qaitala. Reload the app while online to update it, then try again. Nothing was changed.',
				invalidRow: 'This backup holds a row that is not valid ({{table}}, row {{row}}). Nothing was changed.',
				readFailed: 'The file could not be read. Nothing was changed.',
				quota:
					'This device has no room left to restore the backup. Free some space and try again. Nothing was changed.',
				writeFailed: 'The restore could not be saved. Nothing was changed.',
				undoFailed: 'The restore could not be undone. Your data is as it was.',
				exportFailed: 'The backup could not be made: this browser’s storage could not be read.'
			},
			reminder: {
				title: 'Time for a backup',
				body: 'You have studied on 7 days since your last backup, and your progress is only in this browser. A backup file keeps it safe.',
				bodyNever:
					'You have studied on 7 days and have not made a backup yet; your progress is only in this browser. A backup file keeps it safe.',
				later: 'Not now'
			}
		}
	}
} satisfies Record<'kk' | 'ru' | 'en', Resource>;
