/** An instructor's own questions, imported from CSV or GIFT into a bank on this device (issue 5). */
import type { Language } from '../language';
import type { LocalizedItem } from '../bank/localize';

export interface CustomBank {
	id?: number;
	title: string;
	language: Language;
	format: 'csv' | 'gift';
	items: LocalizedItem[];
	importedAt: number;
}
