/** Settings' storage panel, database check and the note after a session: loaded with loadDeviceStrings. */
import type { Resource } from '../resource';

export default {
	kk: {
		deviceStorage: {
			title: 'Осы құрылғыдағы деректер',
			persisted: 'Қорғалған: орын азайғанда браузер Qaitala деректерін өшірмейді.',
			notPersisted: 'Қорғалмаған: орын азайғанда браузер Qaitala деректерін өшіріп жіберуі мүмкін.',
			persistUnknown: 'Бұл браузер Qaitala деректерін сақтайтынын не сақтамайтынын айтпайды.',
			space: '{{used}} пайдаланылды, {{available}} бос',
			spaceUnknown: 'Бұл браузер қанша орын пайдаланылғанын айтпайды.',
			lastBackup: 'Соңғы сақтық көшірме: {{date}}',
			lastBackupNever: 'Соңғы сақтық көшірме: әлі жасалған жоқ',
			keep: 'Браузерден деректерімді сақтауды сұрау',
			kept: 'Браузер деректеріңізді сақтайды.',
			refused:
				'Браузер бұл жолы келіспеді. Қолданба орнатылғанда немесе жиі пайдаланылғанда әдетте келіседі; қалай болғанда да сақтық көшірме прогресіңізді қорғайды.',
			afterSession:
				'Прогресіңіз тек осы құрылғыда сақталады, сондықтан Qaitala орын азайғанда оны өшірмеуді браузерден сұрады.',
			megabytes: '{{value}} МБ',
			gigabytes: '{{value}} ГБ',
			check: {
				title: 'Дерекқорды тексеру',
				help: 'Сақталған әр жазбаны қарап шығады: қалпына келтіруге болатынын түзейді (карточканы қайталау тарихынан, мүмкін емес күндерді), түзелмейтінін бөлек қояды. Ештеңе өшірілмейді.',
				run: 'Дерекқорды тексеру',
				running: 'Тексерілуде…',
				failed: 'Тексеру орындалмады. Бетті қайта жүктеп, тағы көріңіз.',
				table: 'Жазбалар',
				checked: 'Тексерілді',
				repaired: 'Түзелді',
				setAside: 'Бөлек қойылды',
				total: 'Барлығы',
				tables: {
					settings: 'Баптаулар',
					cards: 'Карточкалар',
					reviews: 'Қайталаулар',
					itemFlags: 'Қалдырылған және тоқтатылған',
					testAttempts: 'Тесттер',
					receivedAssignments: 'Алынған тапсырмалар',
					composedAssignments: 'Құрастырылған тапсырмалар',
					classResults: 'Сынып нәтижелері',
					rosters: 'Сынып тізімдері',
					customBanks: 'Импортталған сұрақтар'
				},
				setAsideTotal_one: 'Осы құрылғыда {{count}} жазба бөлек қойылған, ол сақтық көшірмеге кіреді.',
				setAsideTotal_other: 'Осы құрылғыда {{count}} жазба бөлек қойылған, олар сақтық көшірмеге кіреді.'
			}
		}
	},
	ru: {
		deviceStorage: {
			title: 'Данные на этом устройстве',
			persisted: 'Защищены: браузер не удалит данные Qaitala, когда станет мало места.',
			notPersisted: 'Не защищены: браузер может удалить данные Qaitala, когда станет мало места.',
			persistUnknown: 'Этот браузер не сообщает, сохраняет ли он данные Qaitala.',
			space: 'Занято {{used}}, свободно {{available}}',
			spaceUnknown: 'Этот браузер не сообщает, сколько места занято.',
			lastBackup: 'Последняя резервная копия: {{date}}',
			lastBackupNever: 'Последняя резервная копия: ещё не создавалась',
			keep: 'Попросить браузер сохранить мои данные',
			kept: 'Браузер сохранит ваши данные.',
			refused:
				'Браузер в этот раз не согласился. Обычно он соглашается, когда приложение установлено или им часто пользуются; резервная копия в любом случае сбережёт ваш прогресс.',
			afterSession:
				'Ваш прогресс хранится только на этом устройстве, поэтому Qaitala попросила браузер не удалять его, когда станет мало места.',
			megabytes: '{{value}} МБ',
			gigabytes: '{{value}} ГБ',
			check: {
				title: 'Проверка базы данных',
				help: 'Просматривает каждую сохранённую запись, исправляет то, что можно восстановить (карточку по истории повторений, невозможные даты), а то, что нельзя, хранит отдельно. Ничего не удаляется.',
				run: 'Проверить базу данных',
				running: 'Проверка…',
				failed: 'Проверка не выполнилась. Перезагрузите страницу и попробуйте снова.',
				table: 'Записи',
				checked: 'Проверено',
				repaired: 'Исправлено',
				setAside: 'Отделено',
				total: 'Всего',
				tables: {
					settings: 'Настройки',
					cards: 'Карточки',
					reviews: 'Повторения',
					itemFlags: 'Отложенные и приостановленные',
					testAttempts: 'Тесты',
					receivedAssignments: 'Полученные задания',
					composedAssignments: 'Составленные задания',
					classResults: 'Результаты группы',
					rosters: 'Списки группы',
					customBanks: 'Импортированные вопросы'
				},
				setAsideTotal_one: 'На этом устройстве хранится отдельно {{count}} запись; она входит в резервные копии.',
				setAsideTotal_few: 'На этом устройстве хранятся отдельно {{count}} записи; они входят в резервные копии.',
				setAsideTotal_many: 'На этом устройстве хранятся отдельно {{count}} записей; они входят в резервные копии.',
				setAsideTotal_other: 'На этом устройстве хранятся отдельно {{count}} записи; они входят в резервные копии.'
			}
		}
	},
	en: {
		deviceStorage: {
			title: 'Storage on this device',
			persisted: 'Protected: the browser will not clear Qaitala’s data when space runs low.',
			notPersisted: 'Not protected: the browser may clear Qaitala’s data when space runs low.',
			persistUnknown: 'This browser does not say whether it keeps Qaitala’s data.',
			space: '{{used}} used, {{available}} available',
			spaceUnknown: 'This browser does not say how much space is used.',
			lastBackup: 'Last backup: {{date}}',
			lastBackupNever: 'Last backup: never',
			keep: 'Ask the browser to keep my data',
			kept: 'The browser will keep your data.',
			refused:
				'The browser did not agree this time. It often does once the app is installed or used regularly; a backup keeps your progress safe either way.',
			afterSession:
				'Your progress lives only on this device, so Qaitala has asked the browser not to clear it when space runs low.',
			megabytes: '{{value}} MB',
			gigabytes: '{{value}} GB',
			check: {
				title: 'Check database',
				help: 'Looks at every saved record, repairs what can be rebuilt (a card from its review history, impossible dates) and sets aside what cannot. Nothing is deleted.',
				run: 'Check database',
				running: 'Checking…',
				failed: 'The check could not run. Reload the page and try again.',
				table: 'Records',
				checked: 'Checked',
				repaired: 'Repaired',
				setAside: 'Set aside',
				total: 'All',
				tables: {
					settings: 'Settings',
					cards: 'Cards',
					reviews: 'Reviews',
					itemFlags: 'Buried and suspended',
					testAttempts: 'Tests',
					receivedAssignments: 'Assignments received',
					composedAssignments: 'Assignments made',
					classResults: 'Class results',
					rosters: 'Class lists',
					customBanks: 'Imported questions'
				},
				setAsideTotal_one: '{{count}} record is set aside on this device and kept in backups.',
				setAsideTotal_other: '{{count}} records are set aside on this device and kept in backups.'
			}
		}
	}
} satisfies Record<'kk' | 'ru' | 'en', Resource>;
