import type { Resource } from '../resource';

/** The `results.*` strings of the instructors' pages, in kk, ru and en. */
export default {
	kk: {
		results: {
			title: 'Топтың нәтижелері',
			back: '← Оқытушыларға',
			intro:
				'Студенттер жіберген нәтиже кодтары мен файлдарын жинап, бүкіл топтың нәтижесін бір жерден көріңіз. Барлығы тек осы құрылғыда сақталады.',
			storageError: 'Бұл браузерде нәтижелерді сақтау не оқу мүмкін емес (жеке режим немесе жад бұғатталған).',
			assignment: 'Тапсырма',
			composedOn: '{{title}} ({{date}})',
			otherDevice: '{{key}} тапсырмасы (басқа құрылғыда жасалған)',
			noAssignments:
				'Әзірге тапсырмалар да, нәтижелер де жоқ. Тапсырма жасап, тобыңызға жіберіңіз; студенттер нәтижелерін қайтарғанда, оларды төменде қосыңыз. Әр нәтиже өзі жауап беретін тапсырмаға жазылады.',
			add: {
				heading: 'Нәтижелерді қосу',
				codes: 'Нәтиже кодтары',
				codesHelp: 'Студенттер жіберген кодтарды қойыңыз: әр жолға біреуден немесе бос орынмен бөліп.',
				submit: 'Нәтижелерді қосу',
				chooseFiles: 'Нәтиже файлдарын таңдау',
				filesHelp: 'Студенттер жіберген .json немесе .txt файлдары; оларды осы жерге сүйреп әкелуге де болады.',
				empty: 'Алдымен кемінде бір нәтиже кодын қойыңыз.'
			},
			report: {
				counts:
					'Қосылды: {{added}}. Жаңартылды (кейінірек қайта жіберілген): {{updated}}. Бұрыннан бар: {{unchanged}}.',
				filedKnown_one: '{{count}} нәтиже «{{title}}» тапсырмасына жатады, сондықтан сонда сақталды.',
				filedKnown_other: '{{count}} нәтиже «{{title}}» тапсырмасына жатады, сондықтан сонда сақталды.',
				filedUnknown_one:
					'{{count}} нәтиже осы құрылғыда жасалмаған {{key}} тапсырмасына жатады. Ол сол кілтпен сақталды: көру үшін тапсырманы жоғарыдан таңдаңыз.',
				filedUnknown_other:
					'{{count}} нәтиже осы құрылғыда жасалмаған {{key}} тапсырмасына жатады. Олар сол кілтпен сақталды: көру үшін тапсырманы жоғарыдан таңдаңыз.',
				problems: 'Қосылмағандары:',
				leftInBox:
					'Оқылмаған жолдар өрісте қалды: оларды түзетіңіз немесе студенттерден кодтарын қайта жіберуді сұраңыз.',
				line: '{{line}}-жол: {{reason}}',
				file: '{{file}}: {{reason}}',
				fileLine: '{{file}}, {{line}}-жол: {{reason}}'
			},
			checksumNote:
				'Әр нәтиже кодында бақылау сомасы бар: ол көшіру кезіндегі қателерді (жоғалған не өзгерген таңбаны) анықтайды. Бірақ әдейі жасалған жалған кодтан қорғамайды: қолданбасы бар кез келген адам дұрыс код жасай алады.',
			summary_one: '{{count}} студент · топтың орташа нәтижесі {{percent}}%',
			summary_other: '{{count}} студент · топтың орташа нәтижесі {{percent}}%',
			empty:
				'Бұл тапсырма бойынша әзірге нәтиже жоқ. Студенттер жіберген кодтарды жоғарыға қойыңыз немесе олардың файлдарын қосыңыз.',
			table: {
				caption: 'Нәтижелер: {{title}}',
				name: 'Аты-жөні',
				score: 'Ұпай',
				percent: '%',
				timeSpent: 'Уақыт',
				completedAt: 'Аяқталды',
				question: '{{number}}-сұрақ',
				right: 'дұрыс',
				wrong: 'қате',
				blank: 'жауап жоқ',
				correctShare: 'Дұрыс, %',
				hardest: 'ең қиын сұрақ',
				remove: 'Жою',
				removeLabel: '{{name}} нәтижесін жою',
				directionControls: 'атында мәтін бағытын өзгертетін таңбалар бар'
			},
			unreadable: {
				summary_one:
					'Сақталған {{count}} нәтижені оқу мүмкін болмады: ол кестеге, орташа мәндерге және CSV-ге кірмейді.',
				summary_other:
					'Сақталған {{count}} нәтижені оқу мүмкін болмады: олар кестеге, орташа мәндерге және CSV-ге кірмейді.',
				item: '{{name}}: {{reason}}',
				unnamed: 'Аты жоқ',
				remove: 'Оқылмаған нәтижелерді жою'
			},
			removed: '{{name}} нәтижесі жойылды.',
			undo: 'Болдырмау',
			export: 'CSV-ге экспорттау',
			clear: 'Барлық нәтижені жою',
			clearConfirm_one: 'Осы тапсырманың {{count}} нәтижесін жою керек пе? Топ тізімі сақталады.',
			clearConfirm_other: 'Осы тапсырманың барлық {{count}} нәтижесін жою керек пе? Топ тізімі сақталады.',
			clearYes: 'Иә, жою',
			cancel: 'Бас тарту',
			csv: {
				name: 'Аты-жөні',
				score: 'Ұпай',
				percent: 'Пайыз',
				timeSpentMin: 'Жұмсалған уақыт (минут)',
				completedAt: 'Аяқталған уақыты (ISO)',
				question: 'С{{number}}',
				correctShare: 'Дұрыс, %'
			},
			legend: {
				heading: 'Сұрақтар',
				share: '{{percent}}% дұрыс',
				unknown:
					'Бұл тапсырма басқа құрылғыда жасалған, сондықтан оның сұрақтары мұнда белгісіз: кестеде олар нөмірімен ғана көрсетілген.',
				missing: 'Бұл сұрақ банктерде енді жоқ.'
			},
			roster: {
				heading: 'Топ тізімі',
				label: 'Аты-жөндер, әр жолға біреуден',
				help: 'Осы тапсырма үшін сақталады. Аттар бас әріп пен артық бос орындарға қарамай салыстырылады.',
				save: 'Тізімді сақтау',
				saved: 'Тізім сақталды.',
				notSubmitted_one: '{{count}} студент әлі нәтиже жібермеді:',
				notSubmitted_other: '{{count}} студент әлі нәтиже жібермеді:',
				allSubmitted: 'Тізімдегілердің бәрі нәтиже жіберді.',
				notOnRoster_one: 'Тізімде жоқ ({{count}}):',
				notOnRoster_other: 'Тізімде жоқтар ({{count}}):',
				none: 'Кім әлі нәтиже жібермегенін көру үшін топ тізімін қосыңыз.'
			}
		}
	},
	ru: {
		results: {
			title: 'Результаты группы',
			back: '← Преподавателям',
			intro:
				'Собирайте коды и файлы результатов, которые присылают студенты, и смотрите на всю группу сразу. Всё хранится только на этом устройстве.',
			storageError:
				'В этом браузере нельзя сохранить или прочитать результаты (приватный режим или хранилище заблокировано).',
			assignment: 'Задание',
			composedOn: '{{title}} ({{date}})',
			otherDevice: 'Задание {{key}} (создано на другом устройстве)',
			noAssignments:
				'Пока нет ни заданий, ни результатов. Создайте задание и отправьте его группе; когда студенты пришлют результаты, добавьте их ниже. Каждый результат попадает к тому заданию, на которое он отвечает.',
			add: {
				heading: 'Добавить результаты',
				codes: 'Коды результатов',
				codesHelp: 'Вставьте коды, присланные студентами: по одному в строке или через пробел.',
				submit: 'Добавить результаты',
				chooseFiles: 'Выбрать файлы результатов',
				filesHelp: 'Файлы .json или .txt, присланные студентами; их можно и перетащить сюда.',
				empty: 'Сначала вставьте хотя бы один код результата.'
			},
			report: {
				counts: 'Добавлено: {{added}}. Обновлено (прислано позже): {{updated}}. Уже были: {{unchanged}}.',
				filedKnown_one: '{{count}} результат относится к заданию «{{title}}» и сохранён там.',
				filedKnown_few: '{{count}} результата относятся к заданию «{{title}}» и сохранены там.',
				filedKnown_many: '{{count}} результатов относятся к заданию «{{title}}» и сохранены там.',
				filedKnown_other: '{{count}} результата относятся к заданию «{{title}}» и сохранены там.',
				filedUnknown_one:
					'{{count}} результат относится к заданию {{key}}, созданному не на этом устройстве. Он сохранён под этим ключом: выберите задание выше, чтобы его увидеть.',
				filedUnknown_few:
					'{{count}} результата относятся к заданию {{key}}, созданному не на этом устройстве. Они сохранены под этим ключом: выберите задание выше, чтобы их увидеть.',
				filedUnknown_many:
					'{{count}} результатов относятся к заданию {{key}}, созданному не на этом устройстве. Они сохранены под этим ключом: выберите задание выше, чтобы их увидеть.',
				filedUnknown_other:
					'{{count}} результата относятся к заданию {{key}}, созданному не на этом устройстве. Они сохранены под этим ключом: выберите задание выше, чтобы их увидеть.',
				problems: 'Не добавлено:',
				leftInBox:
					'Строки, которые не удалось прочитать, остались в поле: исправьте их или попросите студентов прислать коды ещё раз.',
				line: 'Строка {{line}}: {{reason}}',
				file: '{{file}}: {{reason}}',
				fileLine: '{{file}}, строка {{line}}: {{reason}}'
			},
			checksumNote:
				'В каждом коде результата есть контрольная сумма: она ловит ошибки копирования (пропущенный или изменённый символ). Но от намеренной подделки она не защищает: любой, у кого есть приложение, может создать правильный код.',
			summary_one: '{{count}} студент · средний результат группы {{percent}}%',
			summary_few: '{{count}} студента · средний результат группы {{percent}}%',
			summary_many: '{{count}} студентов · средний результат группы {{percent}}%',
			summary_other: '{{count}} студента · средний результат группы {{percent}}%',
			empty:
				'Для этого задания пока нет результатов. Вставьте выше коды, присланные студентами, или добавьте их файлы.',
			table: {
				caption: 'Результаты: {{title}}',
				name: 'Имя',
				score: 'Баллы',
				percent: '%',
				timeSpent: 'Время',
				completedAt: 'Завершено',
				question: 'Вопрос {{number}}',
				right: 'верно',
				wrong: 'неверно',
				blank: 'нет ответа',
				correctShare: 'Верно, %',
				hardest: 'самый трудный вопрос',
				remove: 'Удалить',
				removeLabel: 'Удалить результат: {{name}}',
				directionControls: 'в имени есть символы, меняющие направление текста'
			},
			unreadable: {
				summary_one:
					'{{count}} сохранённый результат не удалось прочитать: он не входит в таблицу, средние значения и CSV.',
				summary_few:
					'{{count}} сохранённых результата не удалось прочитать: они не входят в таблицу, средние значения и CSV.',
				summary_many:
					'{{count}} сохранённых результатов не удалось прочитать: они не входят в таблицу, средние значения и CSV.',
				summary_other:
					'{{count}} сохранённого результата не удалось прочитать: они не входят в таблицу, средние значения и CSV.',
				item: '{{name}}: {{reason}}',
				unnamed: 'Без имени',
				remove: 'Удалить непрочитанные результаты'
			},
			removed: 'Результат удалён: {{name}}.',
			undo: 'Отменить',
			export: 'Экспорт в CSV',
			clear: 'Удалить все результаты',
			clearConfirm_one: 'Удалить {{count}} результат этого задания? Список группы останется.',
			clearConfirm_few: 'Удалить все {{count}} результата этого задания? Список группы останется.',
			clearConfirm_many: 'Удалить все {{count}} результатов этого задания? Список группы останется.',
			clearConfirm_other: 'Удалить все {{count}} результата этого задания? Список группы останется.',
			clearYes: 'Да, удалить',
			cancel: 'Отмена',
			csv: {
				name: 'Имя',
				score: 'Баллы',
				percent: 'Процент',
				timeSpentMin: 'Затрачено времени (минуты)',
				completedAt: 'Завершено (ISO)',
				question: 'В{{number}}',
				correctShare: 'Верно, %'
			},
			legend: {
				heading: 'Вопросы',
				share: '{{percent}}% верно',
				unknown:
					'Это задание создано на другом устройстве, поэтому его вопросы здесь неизвестны: в таблице они показаны только номерами.',
				missing: 'Этого вопроса больше нет в банках.'
			},
			roster: {
				heading: 'Список группы',
				label: 'Имена, по одному в строке',
				help: 'Хранится для этого задания. Имена сравниваются без учёта регистра и лишних пробелов.',
				save: 'Сохранить список',
				saved: 'Список сохранён.',
				notSubmitted_one: '{{count}} студент ещё не прислал результат:',
				notSubmitted_few: '{{count}} студента ещё не прислали результат:',
				notSubmitted_many: '{{count}} студентов ещё не прислали результат:',
				notSubmitted_other: '{{count}} студента ещё не прислали результат:',
				allSubmitted: 'Все из списка прислали результаты.',
				notOnRoster_one: 'Нет в списке ({{count}}):',
				notOnRoster_few: 'Нет в списке ({{count}}):',
				notOnRoster_many: 'Нет в списке ({{count}}):',
				notOnRoster_other: 'Нет в списке ({{count}}):',
				none: 'Добавьте список группы, чтобы видеть, кто ещё не прислал результат.'
			}
		}
	},
	en: {
		results: {
			title: 'Class results',
			back: '← For instructors',
			intro:
				'Collect the result codes and files your students send back, and see the whole class at a glance. Everything stays on this device.',
			storageError: 'Results cannot be saved or read in this browser (private mode, or storage is blocked).',
			assignment: 'Assignment',
			composedOn: '{{title}} ({{date}})',
			otherDevice: 'Assignment {{key}} (made on another device)',
			noAssignments:
				'No assignments or results yet. Make an assignment and share it with your class; when the students send their results back, add them below. Each result is filed under the assignment it answers.',
			add: {
				heading: 'Add results',
				codes: 'Result codes',
				codesHelp: 'Paste the codes your students sent you: one per line, or separated by spaces.',
				submit: 'Add results',
				chooseFiles: 'Choose result files',
				filesHelp: 'The .json or .txt files your students sent you; you can also drop them here.',
				empty: 'Paste at least one result code first.'
			},
			report: {
				counts: 'Added: {{added}}. Updated (sent again later): {{updated}}. Already here: {{unchanged}}.',
				filedKnown_one: '{{count}} result answers “{{title}}” and was filed there.',
				filedKnown_other: '{{count}} results answer “{{title}}” and were filed there.',
				filedUnknown_one:
					'{{count}} result answers assignment {{key}}, which was not made on this device. It is kept under that key: choose the assignment above to see it.',
				filedUnknown_other:
					'{{count}} results answer assignment {{key}}, which was not made on this device. They are kept under that key: choose the assignment above to see them.',
				problems: 'Not added:',
				leftInBox:
					'The lines that could not be read are left in the box: correct them, or ask the students to send their codes again.',
				line: 'Line {{line}}: {{reason}}',
				file: '{{file}}: {{reason}}',
				fileLine: '{{file}}, line {{line}}: {{reason}}'
			},
			checksumNote:
				'Each result code carries a checksum that catches copy mistakes, such as a missing or changed character. It is no proof against deliberate forgery: anyone with the app can make a valid code.',
			summary_one: '{{count}} student · class average {{percent}}%',
			summary_other: '{{count}} students · class average {{percent}}%',
			empty:
				'No results for this assignment yet. Paste the codes your students sent, or add their result files, above.',
			table: {
				caption: 'Results: {{title}}',
				name: 'Name',
				score: 'Score',
				percent: '%',
				timeSpent: 'Time',
				completedAt: 'Completed',
				question: 'Question {{number}}',
				right: 'right',
				wrong: 'wrong',
				blank: 'not answered',
				correctShare: 'Right, %',
				hardest: 'hardest question',
				remove: 'Remove',
				removeLabel: 'Remove the result of {{name}}',
				directionControls: 'name contains direction-changing characters'
			},
			unreadable: {
				summary_one:
					'{{count}} stored result could not be read: it is left out of the table, the averages and the CSV.',
				summary_other:
					'{{count}} stored results could not be read: they are left out of the table, the averages and the CSV.',
				item: '{{name}}: {{reason}}',
				unnamed: 'No name',
				remove: 'Remove the unreadable results'
			},
			removed: 'The result of {{name}} was removed.',
			undo: 'Undo',
			export: 'Export CSV',
			clear: 'Remove all results',
			clearConfirm_one: 'Remove the {{count}} result of this assignment? The class list stays.',
			clearConfirm_other: 'Remove all {{count}} results of this assignment? The class list stays.',
			clearYes: 'Yes, remove them',
			cancel: 'Cancel',
			csv: {
				name: 'Name',
				score: 'Score',
				percent: 'Percent',
				timeSpentMin: 'Time spent (minutes)',
				completedAt: 'Completed at (ISO)',
				question: 'Q{{number}}',
				correctShare: '% right'
			},
			legend: {
				heading: 'Questions',
				share: '{{percent}}% right',
				unknown:
					'This assignment was made on another device, so its questions are not known here: the table shows them by number only.',
				missing: 'This question is no longer in the banks.'
			},
			roster: {
				heading: 'Class list',
				label: 'Names, one per line',
				help: 'Kept for this assignment. Names match regardless of capital letters and extra spaces.',
				save: 'Save the class list',
				saved: 'Class list saved.',
				notSubmitted_one: '{{count}} student has not sent a result yet:',
				notSubmitted_other: '{{count}} students have not sent a result yet:',
				allSubmitted: 'Everyone on the list has sent a result.',
				notOnRoster_one: 'Not on the list ({{count}}):',
				notOnRoster_other: 'Not on the list ({{count}}):',
				none: 'Add the class list to see who has not sent a result yet.'
			}
		}
	}
} satisfies Record<'kk' | 'ru' | 'en', Resource>;
