import type { Resource } from '../resource';

/**
 * The `customBank.*` strings of the instructors' pages, in kk, ru and en. CSV column names and type
 * codes (question, choice…) stay in English in every language: they are what the file must contain.
 * A `{{field}}` is one of `customBank.field.*`, translated before it is put in.
 */
export default {
	kk: {
		customBank: {
			heading: 'Өз сұрақтарыңызды импорттау',
			intro:
				'CSV, GIFT немесе Moodle XML файлындағы сұрақтарды осы құрылғыдағы банкке жүктеңіз. Алдымен бүкіл файл тексеріледі: қате болса, ештеңе импортталмайды.',
			form: {
				title: 'Банктің атауы',
				language: 'Сұрақтардың тілі',
				format: 'Пішім',
				auto: 'Автоматты түрде анықтау',
				csv: 'CSV',
				gift: 'GIFT (Moodle)',
				file: 'Файлды таңдау',
				fileHelp:
					'CSV, TSV, GIFT (.txt, .gift) немесе Moodle XML (.xml), ең көбі {{maxMb}} МБ. Оның мәтіні төменде шығады, сол жерде түзетуге болады.',
				fileRead: '«{{name}}» файлы оқылды.',
				fileError: 'Файлды оқу мүмкін болмады.',
				fileTooLarge: 'Файл тым үлкен (ең көбі {{maxMb}} МБ).',
				text: 'Сұрақтар',
				textHelp: 'Сұрақтарды осында қойыңыз немесе жоғарыдан файл таңдаңыз.',
				submit: 'Тексеріп, импорттау',
				checking: 'Тексерілуде…'
			},
			help: {
				summary: 'Файлды қалай жазу керек',
				csv: 'CSV: алдымен бағандар атауы жазылған тақырып жолы, одан кейін әр жолда бір сұрақ. Тек question және answer бағандары міндетті; type көрсетілмесе, сұрақ flashcard болады. Тізім элементтері | белгісімен бөлінеді.',
				types: {
					choice: 'дұрыс нұсқа(лар) answer бағанында, бұрыстары wrong бағанында;',
					'true-false': 'true немесе false (дұрыс/бұрыс деп те жазуға болады);',
					cloze: 'сұрақта бір ___ бос орын, қабылданатын жауаптар answer бағанында;',
					numeric: 'сан, қаласаңыз tolerance (ауытқу) және unit (өлшем бірлігі);',
					ordering: 'элементтер дұрыс ретімен;',
					matching: 'жұптар «сол -> оң» түрінде.'
				},
				anki: 'Тақырып жолы жоқ екі бағанды файл (алдыңғы және артқы беті), Anki мен Quizlet шығаратындай, флэш-карталарға айналады.',
				gift: 'GIFT — Moodle-дың мәтіндік пішімі: әр сұрақ жеке абзац, сұрақтар арасында бос жол. Таңдау, дұрыс/бұрыс, қысқа жауап, сандық және сәйкестендіру сұрақтары импортталады.',
				sample: 'CSV үлгісін жүктеп алу',
				csvExample: [
					'type,question,answer,wrong,explanation,tolerance,unit',
					'flashcard,Қазақстанның астанасы,Астана,,1997 жылдан бері елорда',
					'choice,Қай елдер Орталық Азияда орналасқан?,Қазақстан|Өзбекстан,Грузия|Моңғолия',
					'true-false,ЕО-ның Орталық Азияға арналған алғашқы стратегиясы 2007 жылы қабылданды.,true',
					'cloze,Қазақстан ___ жылы тәуелсіздік алды.,1991',
					'numeric,Орталық Азияда неше ел бар?,5,,,,ел',
					'ordering,Ең ертесінен бастап,Тәуелсіздік|Астана елорда болды|ЕО-ның екінші стратегиясы',
					'matching,Елордалар,Қазақстан -> Астана|Қырғызстан -> Бішкек|Тәжікстан -> Душанбе'
				].join('\n'),
				giftExample: [
					'::Елорда:: Қазақстанның елордасы — {=Астана =Astana}.',
					'',
					'Қай елдер Орталық Азияда орналасқан? {~%50%Қазақстан ~%50%Өзбекстан ~%-100%Грузия}',
					'',
					'ЕО Орталық Азияға арналған алғашқы стратегиясын 2007 жылы қабылдады. {T}',
					'',
					'Қазақстан қай жылы тәуелсіздік алды? {#1991}'
				].join('\n')
			},
			result: {
				problems_one: 'Ештеңе импортталмады: {{count}} қатені түзету керек.',
				problems_other: 'Ештеңе импортталмады: {{count}} қатені түзету керек.',
				line: '{{line}}-жол',
				imported_one: '«{{title}}» импортталды: {{count}} сұрақ.',
				imported_other: '«{{title}}» импортталды: {{count}} сұрақ.',
				warnings: 'Банкке кірмегендер:',
				storageError:
					'Банкті сақтау мүмкін болмады: бұл құрылғыдағы жад бұғатталған немесе толып қалған. Ештеңе импортталмады.'
			},
			list: {
				heading: 'Импортталған банктер',
				empty: 'Әзірге импортталған банк жоқ.',
				loadError: 'Банктерді оқу мүмкін болмады: бұл құрылғыдағы жад бұғатталған.',
				questions_one: '{{count}} сұрақ',
				questions_other: '{{count}} сұрақ',
				importedAt: 'Импортталды: {{date}}',
				preview: 'Сұрақтар',
				answer: 'Жауап',
				download: 'Жүктеп алу',
				delete: 'Жою',
				confirmDelete: '«{{title}}» осы құрылғыдан жойылсын ба? Бұл әрекетті қайтару мүмкін емес.',
				confirm: 'Иә, жою',
				cancel: 'Болдырмау',
				deleted: '«{{title}}» жойылды.'
			},
			practice: {
				start: 'Жаттығу',
				heading: '«{{title}}» бойынша жаттығу',
				progress: 'Сұрақ {{n}} / {{total}}',
				done: 'Дұрыс жауаптар: {{correct}} / {{total}}.',
				again: 'Қайтадан',
				stop: 'Жаттығуды тоқтату'
			},
			exportFormat: {
				gift: 'GIFT',
				moodle: 'Moodle XML',
				csv: 'CSV',
				cards: 'Anki/Quizlet CSV'
			},
			type: {
				flashcard: 'Флэш-карта',
				choice: 'Таңдау',
				'true-false': 'Дұрыс/бұрыс',
				cloze: 'Бос орын',
				numeric: 'Сан',
				ordering: 'Рет',
				matching: 'Сәйкестендіру'
			},
			field: {
				question: 'сұрақ',
				answer: 'жауап',
				option: 'нұсқа',
				element: 'элемент',
				pair: 'жұп',
				explanation: 'түсіндірме',
				unit: 'өлшем бірлігі',
				tolerance: 'ауытқу'
			},
			truth: { true: 'Дұрыс', false: 'Бұрыс' },
			error: {
				tooLarge: 'Мәтін тым ұзын (ең көбі {{max}} таңба).',
				noTitle: 'Банкке атау беріңіз.',
				longTitle: 'Атау тым ұзын (ең көбі {{max}} таңба).',
				tooManyQuestions: 'Сұрақтар тым көп (ең көбі {{max}}): файлды бөліңіз.',
				noQuestions: 'Мәтіннен бірде-бір сұрақ табылмады.',
				moreProblems_one: '…тағы {{count}} қате бар.',
				moreProblems_other: '…тағы {{count}} қате бар.',
				unclosedQuote: 'Тырнақшадағы өріс осы жерден басталады, бірақ жабатын тырнақша (") жоқ.',
				badQuote:
					'Тырнақша (") орнында емес: тырнақшадағы өріс бөлгіштің алдында немесе жолдың соңында аяқталуы керек.',
				missingColumn: 'Тақырып жолында «{{column}}» бағаны жоқ.',
				unknownColumn:
					'Тақырып жолындағы «{{column}}» бағаны белгісіз. Рұқсат етілген бағандар: type, question, answer, wrong, explanation, tolerance, unit.',
				repeatedColumn: '«{{column}}» бағаны тақырып жолында екі рет кездеседі.',
				cellWithoutColumn: '{{column}}-бағанда мән бар, бірақ тақырып жолында бұл бағанның атауы жоқ.',
				twoColumns:
					'Тақырып жолы болмаса, әр жолда екі баған болуы керек (алдыңғы және артқы беті), ал мұнда {{count}}.',
				unknownType:
					'«{{value}}» — белгісіз сұрақ түрі. Мыналардың бірін жазыңыз: flashcard, choice, true-false, cloze, numeric, ordering, matching.',
				unusedCell: '«{{column}}» бағаны {{type}} түріндегі сұраққа қолданылмайды.',
				notTrueFalse: '«{{value}}» — дұрыс та, бұрыс та емес: true немесе false деп жазыңыз.',
				notANumber: '«{{field}}»: «{{value}}» сан емес.',
				badPair: '«{{value}}» жұп емес: оны «сол -> оң» түрінде жазыңыз.',
				empty: '«{{field}}» бос.',
				tooLong: '«{{field}}» тым ұзын (ең көбі {{max}} таңба).',
				invalid: '«{{field}}» дұрыс толтырылмаған.',
				negativeTolerance: 'Ауытқу теріс сан бола алмайды.',
				count: {
					option: 'Таңдау сұрағында {{min}}–{{max}} нұсқа болуы керек, ал мұнда {{count}}.',
					answer: 'Бос орын сұрағында {{min}}–{{max}} қабылданатын жауап болуы керек, ал мұнда {{count}}.',
					element: 'Рет сұрағында {{min}}–{{max}} элемент болуы керек, ал мұнда {{count}}.',
					pair: 'Сәйкестендіру сұрағында {{min}}–{{max}} жұп болуы керек, ал мұнда {{count}}.'
				},
				noCorrectOption: 'Бірде-бір нұсқа дұрыс деп белгіленбеген.',
				noWrongOption: 'Барлық нұсқа дұрыс деп белгіленген: кемінде бір бұрыс нұсқа қосыңыз.',
				repeatedOption: '«{{value}}» нұсқасы қайталанады.',
				repeatedElement: '«{{value}}» элементі қайталанады.',
				repeatedLeft: '«{{value}}» жұптардың сол жағында қайталанады.',
				repeatedRight: '«{{value}}» жұптардың оң жағында қайталанады.',
				gapCount: 'Бос орын сұрағында дәл бір ___ бос орын болуы керек, ал мұнда {{count}}.',
				noCorrectAnswer: 'Бірде-бір жауап толық дұрыс (=) деп белгіленбеген.',
				giftSyntax: 'GIFT бұл жолды оқи алмайды: «{{found}}» тұсында қате.',
				giftUnexpectedEnd: 'Сұрақ оның жауаптары } белгісімен жабылмай тұрып аяқталады.'
			},
			warning: {
				description: 'Жауабы жоқ мәтін (GIFT сипаттамасы) өткізіп жіберілді.',
				essay: 'Кері байланысы жоқ эссе сұрағы өткізіп жіберілді: онда көрсететін жауап жоқ.',
				partialCredit_one: 'Тағы {{count}} жауап өткізіп жіберілді: тек толық дұрыс жауаптар сақталады.',
				partialCredit_other: 'Тағы {{count}} жауап өткізіп жіберілді: тек толық дұрыс жауаптар сақталады.',
				extraMatches_one: 'Сұрағы жоқ {{count}} сәйкестендіру жауабы өткізіп жіберілді.',
				extraMatches_other: 'Сұрағы жоқ {{count}} сәйкестендіру жауабы өткізіп жіберілді.',
				more_one: '…тағы {{count}} ескерту бар.',
				more_other: '…тағы {{count}} ескерту бар.'
			}
		}
	},
	ru: {
		customBank: {
			heading: 'Импорт своих вопросов',
			intro:
				'Загрузите вопросы из файла CSV, GIFT или Moodle XML в банк на этом устройстве. Сначала проверяется весь файл: если в нём есть ошибки, ничего не импортируется.',
			form: {
				title: 'Название банка',
				language: 'Язык вопросов',
				format: 'Формат',
				auto: 'Определить автоматически',
				csv: 'CSV',
				gift: 'GIFT (Moodle)',
				file: 'Выбрать файл',
				fileHelp:
					'CSV, TSV, GIFT (.txt, .gift) или Moodle XML (.xml), не больше {{maxMb}} МБ. Его текст появится ниже, там его можно исправить.',
				fileRead: 'Файл «{{name}}» прочитан.',
				fileError: 'Не удалось прочитать файл.',
				fileTooLarge: 'Файл слишком большой (не больше {{maxMb}} МБ).',
				text: 'Вопросы',
				textHelp: 'Вставьте вопросы сюда или выберите файл выше.',
				submit: 'Проверить и импортировать',
				checking: 'Проверка…'
			},
			help: {
				summary: 'Как оформить файл',
				csv: 'CSV: строка заголовка с названиями столбцов, затем по одному вопросу в строке. Обязательны только столбцы question и answer; если type не указан, вопрос считается карточкой (flashcard). Элементы списков разделяются знаком |.',
				types: {
					choice: 'верные варианты в answer, неверные в wrong;',
					'true-false': 'true или false (можно и «верно»/«неверно»);',
					cloze: 'один пропуск ___ в вопросе, допустимые ответы в answer;',
					numeric: 'число, при желании tolerance (допуск) и unit (единица);',
					ordering: 'элементы в правильном порядке;',
					matching: 'пары в виде «левое -> правое».'
				},
				anki: 'Файл из двух столбцов без заголовка (лицевая и оборотная сторона), как его выгружают Anki и Quizlet, становится карточками.',
				gift: 'GIFT — текстовый формат Moodle: каждый вопрос отдельным абзацем, между вопросами пустая строка. Импортируются вопросы с выбором ответа, верно/неверно, с коротким ответом, числовые и на соответствие.',
				sample: 'Скачать пример CSV',
				csvExample: [
					'type,question,answer,wrong,explanation,tolerance,unit',
					'flashcard,Столица Казахстана,Астана,,Столица с 1997 года',
					'choice,Какие страны находятся в Центральной Азии?,Казахстан|Узбекистан,Грузия|Монголия',
					'true-false,Первая стратегия ЕС для Центральной Азии принята в 2007 году.,true',
					'cloze,Казахстан стал независимым в ___ году.,1991',
					'numeric,Сколько стран в Центральной Азии?,5,,,,стран',
					'ordering,Сначала самое раннее,Независимость|Астана становится столицей|Вторая стратегия ЕС',
					'matching,Столицы,Казахстан -> Астана|Кыргызстан -> Бишкек|Таджикистан -> Душанбе'
				].join('\n'),
				giftExample: [
					'::Столица:: Столица Казахстана — {=Астана =Astana}.',
					'',
					'Какие страны находятся в Центральной Азии? {~%50%Казахстан ~%50%Узбекистан ~%-100%Грузия}',
					'',
					'Первую стратегию для Центральной Азии ЕС принял в 2007 году. {T}',
					'',
					'В каком году Казахстан стал независимым? {#1991}'
				].join('\n')
			},
			result: {
				problems_one: 'Ничего не импортировано: нужно исправить {{count}} ошибку.',
				problems_few: 'Ничего не импортировано: нужно исправить {{count}} ошибки.',
				problems_many: 'Ничего не импортировано: нужно исправить {{count}} ошибок.',
				problems_other: 'Ничего не импортировано: нужно исправить {{count}} ошибки.',
				line: 'Строка {{line}}',
				imported_one: 'Банк «{{title}}» импортирован: {{count}} вопрос.',
				imported_few: 'Банк «{{title}}» импортирован: {{count}} вопроса.',
				imported_many: 'Банк «{{title}}» импортирован: {{count}} вопросов.',
				imported_other: 'Банк «{{title}}» импортирован: {{count}} вопроса.',
				warnings: 'Не вошло в банк:',
				storageError:
					'Не удалось сохранить банк: хранилище на этом устройстве заблокировано или переполнено. Ничего не импортировано.'
			},
			list: {
				heading: 'Импортированные банки',
				empty: 'Импортированных банков пока нет.',
				loadError: 'Не удалось прочитать банки: хранилище на этом устройстве заблокировано.',
				questions_one: '{{count}} вопрос',
				questions_few: '{{count}} вопроса',
				questions_many: '{{count}} вопросов',
				questions_other: '{{count}} вопроса',
				importedAt: 'Импортирован {{date}}',
				preview: 'Вопросы',
				answer: 'Ответ',
				download: 'Скачать',
				delete: 'Удалить',
				confirmDelete: 'Удалить «{{title}}» с этого устройства? Это нельзя отменить.',
				confirm: 'Да, удалить',
				cancel: 'Отмена',
				deleted: 'Банк «{{title}}» удалён.'
			},
			practice: {
				start: 'Потренироваться',
				heading: 'Тренировка: «{{title}}»',
				progress: 'Вопрос {{n}} из {{total}}',
				done: 'Верно: {{correct}} из {{total}}.',
				again: 'Ещё раз',
				stop: 'Закончить тренировку'
			},
			exportFormat: {
				gift: 'GIFT',
				moodle: 'Moodle XML',
				csv: 'CSV',
				cards: 'CSV для Anki/Quizlet'
			},
			type: {
				flashcard: 'Карточка',
				choice: 'Выбор ответа',
				'true-false': 'Верно/неверно',
				cloze: 'Пропуск',
				numeric: 'Число',
				ordering: 'Порядок',
				matching: 'Соответствие'
			},
			field: {
				question: 'вопрос',
				answer: 'ответ',
				option: 'вариант',
				element: 'элемент',
				pair: 'пара',
				explanation: 'пояснение',
				unit: 'единица',
				tolerance: 'допуск'
			},
			truth: { true: 'Верно', false: 'Неверно' },
			error: {
				tooLarge: 'Текст слишком длинный (не больше {{max}} символов).',
				noTitle: 'Укажите название банка.',
				longTitle: 'Название слишком длинное (не больше {{max}} символов).',
				tooManyQuestions: 'Слишком много вопросов (не больше {{max}}): разделите файл на части.',
				noQuestions: 'В тексте не найдено ни одного вопроса.',
				moreProblems_one: '…и ещё {{count}} ошибка.',
				moreProblems_few: '…и ещё {{count}} ошибки.',
				moreProblems_many: '…и ещё {{count}} ошибок.',
				moreProblems_other: '…и ещё {{count}} ошибки.',
				unclosedQuote: 'Здесь начинается поле в кавычках, но закрывающей кавычки (") нет.',
				badQuote:
					'Кавычка (") стоит не на месте: поле в кавычках должно заканчиваться перед разделителем или в конце строки.',
				missingColumn: 'В строке заголовка нет столбца «{{column}}».',
				unknownColumn:
					'Неизвестный столбец «{{column}}» в строке заголовка. Допустимые столбцы: type, question, answer, wrong, explanation, tolerance, unit.',
				repeatedColumn: 'Столбец «{{column}}» указан в заголовке дважды.',
				cellWithoutColumn: 'В столбце {{column}} есть значение, но у этого столбца нет названия в заголовке.',
				twoColumns:
					'Без строки заголовка в каждой строке должно быть два столбца (лицевая и оборотная сторона), а здесь {{count}}.',
				unknownType:
					'Неизвестный тип вопроса «{{value}}». Допустимые типы: flashcard, choice, true-false, cloze, numeric, ordering, matching.',
				unusedCell: 'Столбец «{{column}}» не используется в вопросах типа {{type}}.',
				notTrueFalse: '«{{value}}» — ни «верно», ни «неверно»: напишите true или false.',
				notANumber: '«{{field}}»: «{{value}}» — не число.',
				badPair: '«{{value}}» — не пара: запишите её в виде «левое -> правое».',
				empty: 'Поле «{{field}}» пустое.',
				tooLong: 'Поле «{{field}}» слишком длинное (не больше {{max}} символов).',
				invalid: 'Поле «{{field}}» заполнено неверно.',
				negativeTolerance: 'Допуск не может быть отрицательным.',
				count: {
					option: 'В вопросе с выбором ответа нужно от {{min}} до {{max}} вариантов, а здесь {{count}}.',
					answer: 'В вопросе с пропуском нужно от {{min}} до {{max}} допустимых ответов, а здесь {{count}}.',
					element: 'В вопросе на порядок нужно от {{min}} до {{max}} элементов, а здесь {{count}}.',
					pair: 'В вопросе на соответствие нужно от {{min}} до {{max}} пар, а здесь {{count}}.'
				},
				noCorrectOption: 'Ни один вариант не отмечен как верный.',
				noWrongOption: 'Все варианты отмечены как верные: добавьте хотя бы один неверный.',
				repeatedOption: 'Вариант «{{value}}» повторяется.',
				repeatedElement: 'Элемент «{{value}}» повторяется.',
				repeatedLeft: '«{{value}}» повторяется в левой части пар.',
				repeatedRight: '«{{value}}» повторяется в правой части пар.',
				gapCount: 'В вопросе с пропуском должен быть ровно один пропуск ___, а здесь {{count}}.',
				noCorrectAnswer: 'Ни один ответ не отмечен как полностью верный (=).',
				giftSyntax: 'GIFT не может прочитать эту строку: ошибка у «{{found}}».',
				giftUnexpectedEnd: 'Вопрос заканчивается раньше, чем его ответы закрыты знаком }.'
			},
			warning: {
				description: 'Текст без ответов (описание GIFT) пропущен.',
				essay: 'Вопрос-эссе без отзыва пропущен: у него нет ответа, который можно показать.',
				partialCredit_one: 'Пропущен ещё {{count}} ответ: сохраняются только полностью верные ответы.',
				partialCredit_few: 'Пропущено ещё {{count}} ответа: сохраняются только полностью верные ответы.',
				partialCredit_many: 'Пропущено ещё {{count}} ответов: сохраняются только полностью верные ответы.',
				partialCredit_other: 'Пропущено ещё {{count}} ответа: сохраняются только полностью верные ответы.',
				extraMatches_one: 'Пропущен {{count}} ответ на соответствие без вопроса.',
				extraMatches_few: 'Пропущено {{count}} ответа на соответствие без вопроса.',
				extraMatches_many: 'Пропущено {{count}} ответов на соответствие без вопроса.',
				extraMatches_other: 'Пропущено {{count}} ответа на соответствие без вопроса.',
				more_one: '…и ещё {{count}} предупреждение.',
				more_few: '…и ещё {{count}} предупреждения.',
				more_many: '…и ещё {{count}} предупреждений.',
				more_other: '…и ещё {{count}} предупреждения.'
			}
		}
	},
	en: {
		customBank: {
			heading: 'Import your own questions',
			intro:
				'Bring questions from a CSV, GIFT or Moodle XML file into a bank on this device. The whole file is checked first: if anything is wrong, nothing is imported.',
			form: {
				title: 'Bank title',
				language: 'Language of the questions',
				format: 'Format',
				auto: 'Detect automatically',
				csv: 'CSV',
				gift: 'GIFT (Moodle)',
				file: 'Choose a file',
				fileHelp:
					'CSV, TSV, GIFT (.txt, .gift) or Moodle XML (.xml), at most {{maxMb}} MB. Its text appears below, where you can correct it.',
				fileRead: 'Read “{{name}}”.',
				fileError: 'The file could not be read.',
				fileTooLarge: 'The file is too large (at most {{maxMb}} MB).',
				text: 'Questions',
				textHelp: 'Paste questions here, or choose a file above.',
				submit: 'Check and import',
				checking: 'Checking…'
			},
			help: {
				summary: 'How to write the file',
				csv: 'CSV: a header row naming the columns, then one question per line. Only question and answer are required; without a type, a question is a flashcard. Lists are separated by |.',
				types: {
					choice: 'the right option(s) in answer, the wrong ones in wrong;',
					'true-false': 'true or false;',
					cloze: 'one gap ___ in the question, the accepted answers in answer;',
					numeric: 'a number, with an optional tolerance and unit;',
					ordering: 'the elements in the right order;',
					matching: 'pairs written left -> right.'
				},
				anki: 'A file of just two columns without a header (front, back), as Anki and Quizlet export, becomes flashcards.',
				gift: 'GIFT: Moodle’s text format, one question per paragraph with blank lines between them. Multiple choice, true/false, short answer, numerical and matching questions are imported.',
				sample: 'Download a sample CSV',
				csvExample: [
					'type,question,answer,wrong,explanation,tolerance,unit',
					'flashcard,Capital of Kazakhstan,Astana,,Capital since 1997',
					'choice,Which countries are in Central Asia?,Kazakhstan|Uzbekistan,Georgia|Mongolia',
					'true-false,The first EU strategy for Central Asia was adopted in 2007.,true',
					'cloze,Kazakhstan became independent in ___.,1991',
					'numeric,How many countries are in Central Asia?,5,,,,countries',
					'ordering,Earliest first,Independence|Astana becomes the capital|Second EU strategy',
					'matching,Capitals,Kazakhstan -> Astana|Kyrgyzstan -> Bishkek|Tajikistan -> Dushanbe'
				].join('\n'),
				giftExample: [
					'::Capital:: The capital of Kazakhstan is {=Astana =Астана}.',
					'',
					'Which countries are in Central Asia? {~%50%Kazakhstan ~%50%Uzbekistan ~%-100%Georgia}',
					'',
					'The EU adopted its first strategy for Central Asia in 2007. {T}',
					'',
					'In which year did Kazakhstan become independent? {#1991}'
				].join('\n')
			},
			result: {
				problems_one: 'Nothing was imported: there is {{count}} problem to fix.',
				problems_other: 'Nothing was imported: there are {{count}} problems to fix.',
				line: 'Line {{line}}',
				imported_one: '“{{title}}” is imported: {{count}} question.',
				imported_other: '“{{title}}” is imported: {{count}} questions.',
				warnings: 'Left out of the bank:',
				storageError: 'The bank could not be saved: storage on this device is blocked or full. Nothing was imported.'
			},
			list: {
				heading: 'Imported banks',
				empty: 'No banks imported yet.',
				loadError: 'The banks could not be read: storage on this device is blocked.',
				questions_one: '{{count}} question',
				questions_other: '{{count}} questions',
				importedAt: 'Imported {{date}}',
				preview: 'Questions',
				answer: 'Answer',
				download: 'Download',
				delete: 'Delete',
				confirmDelete: 'Delete “{{title}}” from this device? This cannot be undone.',
				confirm: 'Yes, delete',
				cancel: 'Cancel',
				deleted: '“{{title}}” was deleted.'
			},
			practice: {
				start: 'Practise',
				heading: 'Practising “{{title}}”',
				progress: 'Question {{n}} of {{total}}',
				done: '{{correct}} of {{total}} right.',
				again: 'Again',
				stop: 'Stop practising'
			},
			exportFormat: {
				gift: 'GIFT',
				moodle: 'Moodle XML',
				csv: 'CSV',
				cards: 'Anki/Quizlet CSV'
			},
			type: {
				flashcard: 'Flashcard',
				choice: 'Multiple choice',
				'true-false': 'True/false',
				cloze: 'Gap fill',
				numeric: 'Number',
				ordering: 'Ordering',
				matching: 'Matching'
			},
			field: {
				question: 'question',
				answer: 'answer',
				option: 'option',
				element: 'element',
				pair: 'pair',
				explanation: 'explanation',
				unit: 'unit',
				tolerance: 'tolerance'
			},
			truth: { true: 'True', false: 'False' },
			error: {
				tooLarge: 'The text is too long (at most {{max}} characters).',
				noTitle: 'Give the bank a title.',
				longTitle: 'The title is too long (at most {{max}} characters).',
				tooManyQuestions: 'There are too many questions (at most {{max}}): split the file.',
				noQuestions: 'No questions were found in the text.',
				moreProblems_one: '…and {{count}} more problem.',
				moreProblems_other: '…and {{count}} more problems.',
				unclosedQuote: 'A quoted field starts here, but its closing quote (") is missing.',
				badQuote:
					'A quote (") is out of place: a quoted field must end just before a separator or at the end of the line.',
				missingColumn: 'The header row has no “{{column}}” column.',
				unknownColumn:
					'Unknown column “{{column}}” in the header row. The columns are: type, question, answer, wrong, explanation, tolerance, unit.',
				repeatedColumn: 'The column “{{column}}” appears twice in the header row.',
				cellWithoutColumn: 'Column {{column}} has a value, but that column has no name in the header row.',
				twoColumns: 'Without a header row, every line needs two columns (front and back); this one has {{count}}.',
				unknownType:
					'Unknown question type “{{value}}”. The types are: flashcard, choice, true-false, cloze, numeric, ordering, matching.',
				unusedCell: 'The column “{{column}}” is not used by a question of type {{type}}.',
				notTrueFalse: '“{{value}}” is neither true nor false: write true or false.',
				notANumber: 'The {{field}} “{{value}}” is not a number.',
				badPair: '“{{value}}” is not a pair: write it as left -> right.',
				empty: 'The {{field}} is empty.',
				tooLong: 'The {{field}} is too long (at most {{max}} characters).',
				invalid: 'The {{field}} is not valid.',
				negativeTolerance: 'The tolerance must not be negative.',
				count: {
					option: 'A multiple-choice question needs {{min}} to {{max}} options; this one has {{count}}.',
					answer: 'A gap-fill question needs {{min}} to {{max}} accepted answers; this one has {{count}}.',
					element: 'An ordering question needs {{min}} to {{max}} elements; this one has {{count}}.',
					pair: 'A matching question needs {{min}} to {{max}} pairs; this one has {{count}}.'
				},
				noCorrectOption: 'No option is marked right.',
				noWrongOption: 'Every option is marked right: add at least one wrong option.',
				repeatedOption: 'The option “{{value}}” appears twice.',
				repeatedElement: 'The element “{{value}}” appears twice.',
				repeatedLeft: '“{{value}}” appears twice on the left of the pairs.',
				repeatedRight: '“{{value}}” appears twice on the right of the pairs.',
				gapCount: 'A gap-fill question needs exactly one gap ___; this one has {{count}}.',
				noCorrectAnswer: 'No answer is marked fully right (=).',
				giftSyntax: 'GIFT cannot read this line: the problem is at “{{found}}”.',
				giftUnexpectedEnd: 'The question ends before its answers are closed with }.'
			},
			warning: {
				description: 'A text without answers (a GIFT description) was left out.',
				essay: 'An essay question without feedback was left out: it has no answer to show.',
				partialCredit_one: '{{count}} more answer was left out: only fully right answers are kept.',
				partialCredit_other: '{{count}} more answers were left out: only fully right answers are kept.',
				extraMatches_one: '{{count}} matching answer without a question was left out.',
				extraMatches_other: '{{count}} matching answers without a question were left out.',
				more_one: '…and {{count}} more.',
				more_other: '…and {{count}} more.'
			}
		}
	}
} satisfies Record<'kk' | 'ru' | 'en', Resource>;
