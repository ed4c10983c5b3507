/** The Progress page's scheduler fitting panel: loaded with loadProgressStrings. */
import type { Resource } from '../resource';

export default {
	kk: {
		fsrs: {
			title: 'Сізге бейімделген кесте',
			intro:
				'Qaitala қайталауларды FSRS жады моделі бойынша бөледі. Оның 21 салмағы алдымен көптеген оқушылардың орташа мәндерінен алынған; өз қайталауларыңыз оларды сіздің есте сақтауыңызға бейімдей алады.',
			usingDefaults: 'Қазір жоспарлағыш әдепкі салмақтарды қолданады.',
			usingFitted: 'Қазір жоспарлағыш сіздің қайталауларыңызға бейімделген салмақтарды қолданады.',
			needMore_one:
				'{{min}} қайталау жинағанда, қолданба жоспарлағышты сіздің жадыңызға бейімдей алады. Әзірге: {{count}} қайталау.',
			needMore_other:
				'{{min}} қайталау жинағанда, қолданба жоспарлағышты сіздің жадыңызға бейімдей алады. Әзірге: {{count}} қайталау.',
			explain:
				'Бейімдеу осы құрылғыда, қайталауларыңыздың алғашқы 80%-ы бойынша жүреді. Кейінгі қайталаулар тексеруге алынады: бейімделген салмақтар оларды әдепкі салмақтардан жақсырақ болжаса ғана сақталады.',
			fit: 'Жоспарлағышты қайталауларыма бейімдеу',
			fitting: 'Салмақтар қайталауларыңызға бейімделуде…',
			needsReload: 'Бейімдеу үшін қолданбаның офлайн көшірмесі керек, ол бетті қайта жүктегеннен кейін іске қосылады.',
			reload: 'Бетті қайта жүктеу',
			heldOut_one: 'Бейімдеу көрмеген соңғы {{count}} қайталауда тексерілді',
			heldOut_other: 'Бейімдеу көрмеген соңғы {{count}} қайталауда тексерілді',
			weights: 'Салмақтар',
			defaults: 'Әдепкі',
			fitted: 'Сізге бейімделген',
			logLoss: 'Логарифмдік шығын',
			rmse: 'RMSE (топтар бойынша)',
			lowerIsBetter:
				'Екеуі де болжанған есте сақтау ықтималдығы шын мәнінде есіңізде қалғаннан қаншалық алшақ екенін көрсетеді: неғұрлым аз болса, соғұрлым жақсы.',
			keptFitted: 'Бейімделген салмақтар сақталды: екі көрсеткіш те әдепкі салмақтардікінен төмен.',
			keptDefaults: 'Әдепкі салмақтар қалды: бейімделген салмақтар екі көрсеткіш бойынша бірдей жақсырақ болмады.',
			saveFailed: 'Бейімделген салмақтарды осы құрылғыда сақтау мүмкін болмады.',
			tooFewReviews: 'Салмақтарды бейімдеуге қайталаулар әзірге жеткіліксіз.',
			notEnoughData:
				'Алдыңғысынан кейінгі күндері жасалған қайталаулар салмақтарды бейімдеп, тексеруге тым аз. Оқуды жалғастырып, бірнеше күннен кейін қайта көріңіз.',
			optimizerFailed: 'Бұл қайталауларда бейімдеу сәтсіз болды; әдепкі салмақтар қалады.',
			workerFailed: 'Бұл браузер бейімдеуді орындай алмады; әдепкі салмақтар қалады.',
			useDefaults: 'Әдепкі салмақтарға оралу',
			calibrationTitle: 'Болжанған және нақты есте сақтау',
			calibrationHelp:
				'Алдыңғысынан кейінгі күндері жасалған қайталаулар үшін: қолданыстағы салмақтар болжаған есте сақтау ықтималдығы және шынымен есіңізде қалған карталардың үлесі. Сандар неғұрлым жақын болса, кесте жадыңызды соғұрлым жақсы біледі.',
			noCalibration: 'Карталарды кейінгі күндері қайталағаннан кейін пайда болады.',
			range: 'Аралық',
			predicted: 'Болжам',
			actual: 'Есте қалды',
			reviews: 'Саны',
			exportTitle: 'Қайталау журналы',
			export: 'Қайталау журналын жүктеп алу (CSV)',
			exportHelp:
				'FSRS оңтайландырғышының пішімінде (card_id, review_time, review_rating, review_state, review_duration): FSRS-ті бейімдейтін немесе оқуыңызды талдайтын құралдар үшін.'
		}
	},
	ru: {
		fsrs: {
			title: 'Расписание под вас',
			intro:
				'Qaitala распределяет повторения по модели памяти FSRS. Её 21 вес изначально усреднён по многим учащимся; ваши собственные повторения могут настроить веса под то, как запоминаете именно вы.',
			usingDefaults: 'Сейчас планировщик использует стандартные веса.',
			usingFitted: 'Сейчас планировщик использует веса, подобранные по вашим повторениям.',
			needMore_one:
				'Когда у вас будет {{min}} повторений, приложение сможет подстроить планировщик под вашу память. Пока: {{count}} повторение.',
			needMore_few:
				'Когда у вас будет {{min}} повторений, приложение сможет подстроить планировщик под вашу память. Пока: {{count}} повторения.',
			needMore_many:
				'Когда у вас будет {{min}} повторений, приложение сможет подстроить планировщик под вашу память. Пока: {{count}} повторений.',
			needMore_other:
				'Когда у вас будет {{min}} повторений, приложение сможет подстроить планировщик под вашу память. Пока: {{count}} повторения.',
			explain:
				'Подбор идёт на этом устройстве, по первым 80 % ваших повторений. Более поздние повторения служат проверкой: приложение оставит подобранные веса, только если они предсказывают эти повторения лучше стандартных.',
			fit: 'Подстроить планировщик под мои повторения',
			fitting: 'Веса подбираются по вашим повторениям…',
			needsReload: 'Для подбора нужна офлайн-копия приложения; она начинает работать после перезагрузки страницы.',
			reload: 'Перезагрузить страницу',
			heldOut_one: 'Проверка на последнем {{count}} повторении, которого подбор не видел',
			heldOut_few: 'Проверка на последних {{count}} повторениях, которых подбор не видел',
			heldOut_many: 'Проверка на последних {{count}} повторениях, которых подбор не видел',
			heldOut_other: 'Проверка на последних {{count}} повторениях, которых подбор не видел',
			weights: 'Веса',
			defaults: 'Стандартные',
			fitted: 'Подобранные для вас',
			logLoss: 'Логарифмическая потеря',
			rmse: 'RMSE (по группам)',
			lowerIsBetter:
				'Обе величины показывают, насколько предсказанная вероятность вспомнить расходится с тем, что вы на самом деле вспомнили: чем меньше, тем лучше.',
			keptFitted: 'Оставлены подобранные веса: обе величины у них меньше, чем у стандартных.',
			keptDefaults: 'Оставлены стандартные веса: подобранные оказались лучше не по обеим величинам.',
			saveFailed: 'Не удалось сохранить подобранные веса на этом устройстве.',
			tooFewReviews: 'Повторений пока недостаточно, чтобы подобрать веса.',
			notEnoughData:
				'Слишком мало повторений пришлось на более поздний день, чем предыдущее, чтобы подобрать и проверить веса. Продолжайте заниматься и попробуйте через несколько дней.',
			optimizerFailed: 'На этих повторениях подбор не удался; остаются стандартные веса.',
			workerFailed: 'Этот браузер не смог выполнить подбор; остаются стандартные веса.',
			useDefaults: 'Вернуться к стандартным весам',
			calibrationTitle: 'Предсказанное и фактическое припоминание',
			calibrationHelp:
				'Для повторений в более поздний день, чем предыдущее: вероятность вспомнить, которую предсказали текущие веса, и доля карточек, которые вы действительно вспомнили. Чем ближе числа, тем лучше расписание знает вашу память.',
			noCalibration: 'Появится, когда вы повторите карточки в последующие дни.',
			range: 'Диапазон',
			predicted: 'Прогноз',
			actual: 'Вспомнили',
			reviews: 'Повторений',
			exportTitle: 'Журнал повторений',
			export: 'Скачать журнал повторений (CSV)',
			exportHelp:
				'В формате оптимизатора FSRS (card_id, review_time, review_rating, review_state, review_duration) — для программ, которые подбирают FSRS или анализируют ваши занятия.'
		}
	},
	en: {
		fsrs: {
			title: 'A schedule fitted to you',
			intro:
				'Qaitala spaces your reviews with FSRS, a model of memory. Its 21 weights start as averages over many learners; your own reviews can tune them to how you remember.',
			usingDefaults: 'The scheduler now uses the default weights.',
			usingFitted: 'The scheduler now uses weights fitted to your reviews.',
			needMore_one:
				'Once you have {{min}} reviews, the app can fit the scheduler to your memory. So far: {{count}} review.',
			needMore_other:
				'Once you have {{min}} reviews, the app can fit the scheduler to your memory. So far: {{count}} reviews.',
			explain:
				'The fit runs on this device, on the earlier 80% of your reviews. Your later reviews test it: the app keeps the fitted weights only if they predict those reviews better than the defaults do.',
			fit: 'Fit the scheduler to my reviews',
			fitting: 'Fitting the weights to your reviews…',
			needsReload: 'Fitting needs the app’s offline copy, which starts working after a reload.',
			reload: 'Reload the page',
			heldOut_one: 'Tested on your latest {{count}} review, which the fit did not see',
			heldOut_other: 'Tested on your latest {{count}} reviews, which the fit did not see',
			weights: 'Weights',
			defaults: 'Default',
			fitted: 'Fitted to you',
			logLoss: 'Log loss',
			rmse: 'RMSE (bins)',
			lowerIsBetter:
				'Both measure how far the predicted chance of remembering is from what you actually remembered: lower is better.',
			keptFitted: 'Kept the fitted weights: both measures are lower than with the defaults.',
			keptDefaults: 'Kept the default weights: the fitted ones were not better on both measures.',
			saveFailed: 'The fitted weights could not be saved on this device.',
			tooFewReviews: 'There are not enough reviews to fit the weights yet.',
			notEnoughData:
				'Too few of your reviews came on a later day than the one before to fit and test the weights. Keep studying and try again in a few days.',
			optimizerFailed: 'The fit did not work on these reviews; the default weights stay.',
			workerFailed: 'This browser could not run the fit; the default weights stay.',
			useDefaults: 'Go back to the default weights',
			calibrationTitle: 'Predicted and actual recall',
			calibrationHelp:
				'For reviews on a later day than the one before: the chance of remembering that the weights in use predicted, against the share you really remembered. Close numbers mean the schedule knows your memory well.',
			noCalibration: 'This appears once you have reviewed cards again on later days.',
			range: 'Range',
			predicted: 'Predicted',
			actual: 'Remembered',
			reviews: 'Reviews',
			exportTitle: 'Your review log',
			export: 'Download the review log (CSV)',
			exportHelp:
				'In the FSRS optimizer’s format (card_id, review_time, review_rating, review_state, review_duration), for tools that fit FSRS or analyse your study.'
		}
	}
} satisfies Record<'kk' | 'ru' | 'en', Resource>;
