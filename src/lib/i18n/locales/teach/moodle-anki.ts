import type { Resource } from '../resource';

/**
 * The `moodleAnki.*` strings of the instructors' pages: importing Moodle XML and exporting an Anki
 * package, in kk, ru and en. `true`, `false` and `<quiz>` stay as Moodle writes them in its files.
 */
export default {
	kk: {
		moodleAnki: {
			import: {
				formatName: 'Moodle XML',
				question: '{{number}}-сұрақ',
				help: 'Moodle XML — Moodle сұрақтар банкінен экспорттайтын файл (.xml). Бір немесе бірнеше жауапты таңдау, дұрыс/бұрыс, қысқа жауап, сандық, сәйкестендіру және эссе сұрақтары импортталады; эссе флэш-картаға айналады, оның артқы бетінде бағалаушыға арналған ақпарат немесе кері байланыс тұрады. Пішімделген мәтін (HTML) қарапайым мәтінге айналады.'
			},
			error: {
				notXml: 'Файл дұрыс құрылған XML емес: бір тег жабылмаған немесе бір таңба орнында емес.',
				noQuiz: 'Бұл XML Moodle сұрақтар файлы емес: онда <quiz> элементі жоқ.',
				doctype: 'Файлда DOCTYPE жарияланған, ал Moodle файлдарында ол болмайды: файл оқылмады.',
				trueFalse: '«true» да, «false» да 100 % деп бағаланбаған.',
				noFullCredit: 'Бірде-бір жауап 100 % деп бағаланбаған.'
			},
			warning: {
				essay:
					'Бағалаушыға арналған ақпараты да, кері байланысы да жоқ эссе сұрағы өткізіп жіберілді: онда көрсететін жауап жоқ.',
				description: 'Сипаттама (сұрағы жоқ мәтін) өткізіп жіберілді.',
				unsupported: '«{{type}}» түріндегі сұрақ өткізіп жіберілді: қолданба мұндай сұрақты қоя алмайды.'
			},
			export: {
				name: 'Anki бумасы',
				use: 'Anki-де ашылатын колода (.apkg)',
				backLanguages: 'Артқы бетке сұрақ пен жауапты қалған екі тілде де қосу',
				course: 'Қазақстанның сыртқы саясаты және ЕО – Орталық Азия қатынастары',
				engineError:
					'Anki бумасын жасайтын бөлік жүктелмеді. Бұл бетті интернет бар кезде бір рет ашып, қайталап көріңіз.',
				note: {
					deck: 'Тақырыптардың атымен аталған бір колода (тақырып үштен көп болса, курстың атымен); карталар тақырып бойынша тегтеледі, бәрі жаңа.',
					cards:
						'Алдыңғы бетте — сұрақ пен оның нұсқалары (араластырылып, әріптері қайта қойылған), артқы бетте — дұрыс жауап пен түсіндірме.',
					offline: 'Бума осы құрылғыда жасалады (WebAssembly-дегі SQLite), интернетсіз де.'
				}
			}
		}
	},
	ru: {
		moodleAnki: {
			import: {
				formatName: 'Moodle XML',
				question: 'Вопрос {{number}}',
				help: 'Moodle XML — файл, который Moodle выгружает из банка вопросов (.xml). Импортируются вопросы с выбором одного или нескольких ответов, верно/неверно, короткий ответ, числовые, на соответствие и эссе; эссе становится карточкой, на обороте которой — информация для оценщика или отзыв. Оформленный текст (HTML) становится простым текстом.'
			},
			error: {
				notXml: 'Файл не является корректным XML: какой-то тег не закрыт или символ стоит не на месте.',
				noQuiz: 'Этот XML — не файл вопросов Moodle: в нём нет элемента <quiz>.',
				doctype: 'В файле объявлен DOCTYPE, которого в файлах Moodle не бывает; файл не прочитан.',
				trueFalse: 'Ни «true», ни «false» не оценены в 100 %.',
				noFullCredit: 'Ни один ответ не оценён в 100 %.'
			},
			warning: {
				essay:
					'Вопрос-эссе без информации для оценщика и без отзыва пропущен: у него нет ответа, который можно показать.',
				description: 'Описание (текст без вопроса) пропущено.',
				unsupported: 'Вопрос типа «{{type}}» пропущен: приложение не умеет его задавать.'
			},
			export: {
				name: 'Пакет Anki',
				use: 'колода, которая открывается в Anki (.apkg)',
				backLanguages: 'Добавить на оборот вопрос и ответ на двух других языках',
				course: 'Внешняя политика Казахстана и отношения ЕС – Центральная Азия',
				engineError:
					'Не удалось загрузить модуль, который собирает пакет Anki. Откройте эту страницу один раз при подключении к интернету и попробуйте снова.',
				note: {
					deck: 'Одна колода с названием по темам (по курсу, если тем больше трёх); у карточек есть теги тем, все карточки новые.',
					cards:
						'На лицевой стороне — вопрос с вариантами (перемешанными и заново обозначенными буквами), на обороте — верный ответ и пояснение.',
					offline: 'Пакет собирается на этом устройстве (SQLite в WebAssembly), в том числе без интернета.'
				}
			}
		}
	},
	en: {
		moodleAnki: {
			import: {
				formatName: 'Moodle XML',
				question: 'Question {{number}}',
				help: 'Moodle XML is the file Moodle exports from its question bank (.xml). Multiple choice (one or several right answers), true/false, short answer, numerical, matching and essay questions are imported; an essay becomes a flashcard whose back is its information for graders or its feedback. Formatted text (HTML) becomes plain text.'
			},
			error: {
				notXml: 'The file is not well-formed XML: a tag is left open or a character is out of place.',
				noQuiz: 'This XML is not a Moodle question file: it has no <quiz> element.',
				doctype: 'The file declares a DOCTYPE, which Moodle files never do; it was not read.',
				trueFalse: 'Neither “true” nor “false” has a grade of 100 %.',
				noFullCredit: 'No answer has a grade of 100 %.'
			},
			warning: {
				essay:
					'An essay question with neither information for graders nor feedback was left out: it has no answer to show.',
				description: 'A description (text without a question) was left out.',
				unsupported: 'A question of type “{{type}}” was left out: the app cannot ask it.'
			},
			export: {
				name: 'Anki package',
				use: 'a deck that opens in Anki (.apkg)',
				backLanguages: 'Also put the question and answer in the other two languages on the back',
				course: 'Kazakhstan’s foreign policy and EU–Central Asia relations',
				engineError:
					'The part that makes Anki packages could not be loaded. Open this page once while online and try again.',
				note: {
					deck: 'One deck named after the topics (after the course when there are more than three), its cards tagged by topic, all new.',
					cards:
						'The front holds the question with its options (shuffled and lettered anew); the back the right answer and the explanation.',
					offline: 'The package is made on this device (SQLite in WebAssembly), offline too.'
				}
			}
		}
	}
} satisfies Record<'kk' | 'ru' | 'en', Resource>;
