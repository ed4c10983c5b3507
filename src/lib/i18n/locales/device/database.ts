/** The layout's notice when the database is taken over by another tab, blocked or missing: loaded with loadDeviceStrings when it shows. */
import type { Resource } from '../resource';

export default {
	kk: {
		database: {
			versionChange:
				'Qaitala деректерін басқа қойынды өзгертті (жаңарту немесе қалпына келтіру). Жалғастыру үшін осы бетті қайта жүктеңіз: оған дейін мұнда ештеңе сақталмайды.',
			reload: 'Бетті қайта жүктеу',
			blocked:
				'Qaitala өзінің басқа қойындысы деректерді босатуын күтіп тұр. Qaitala-ның басқа қойындыларын жабыңыз немесе қайта жүктеңіз.',
			unavailable:
				'Бұл браузер Qaitala-ға деректерді сақтауға рұқсат бермейді (жекелік режимі, не жад бұғатталған немесе толып қалған). Карточкаларды оқуға болады, бірақ үлгеріміңіз сақталмайды.'
		}
	},
	ru: {
		database: {
			versionChange:
				'Данные Qaitala изменены в другой вкладке (обновление или восстановление). Перезагрузите эту страницу, чтобы продолжить: до тех пор здесь ничего не сохраняется.',
			reload: 'Перезагрузить страницу',
			blocked:
				'Qaitala ждёт, пока другая её вкладка освободит данные. Закройте или перезагрузите другие вкладки Qaitala.',
			unavailable:
				'Этот браузер не разрешает Qaitala хранить данные (приватный режим, хранилище заблокировано или заполнено). Карточки можно читать, но прогресс не сохраняется.'
		}
	},
	en: {
		database: {
			versionChange:
				'Qaitala’s data was changed in another tab (an update, or a restore). Reload this page to go on: until you do, nothing here is saved.',
			reload: 'Reload the page',
			blocked:
				'Qaitala is waiting for another of its tabs to let go of its data. Close or reload the other Qaitala tabs.',
			unavailable:
				'This browser does not let Qaitala store data (private mode, or storage is blocked or full). You can read the cards, but no progress is kept.'
		}
	}
} satisfies Record<'kk' | 'ru' | 'en', Resource>;
