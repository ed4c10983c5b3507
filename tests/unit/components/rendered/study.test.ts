// The study screen's counters and grade buttons, mounted and clicked.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import { Scheduler } from '$lib/domain/study/scheduler';
import QueueCounts from '$lib/components/study/QueueCounts.svelte';
import GradeButtons from '$lib/components/study/GradeButtons.svelte';
import { renderIn } from './render';

const NOW = Date.UTC(2026, 0, 10, 9);

describe('QueueCounts', () => {
	it('shows the three figures with a summary read aloud, in the page’s language', async () => {
		await renderIn(QueueCounts, { counts: { newCount: 4, learningCount: 1, reviewCount: 12 } });
		const counts = screen.getByLabelText('Left in this session: 4 new, 1 learning, 12 to review');
		expect([...counts.querySelectorAll('b')].map((b) => b.textContent)).toEqual(['4', '1', '12']);
		expect(counts.getAttribute('aria-live')).toBe('polite');
	});

	it('speaks Kazakh on a Kazakh page', async () => {
		const { container } = await renderIn(
			QueueCounts,
			{ counts: { newCount: 0, learningCount: 0, reviewCount: 0 } },
			'kk'
		);
		expect(container.textContent).toMatch(/[әғқңөұүһі]/i);
	});
});

describe('GradeButtons', () => {
	const outcomes = new Scheduler().preview('a', undefined, NOW);

	it('offers the four grades in order, each with when the card comes back', async () => {
		await renderIn(GradeButtons, { outcomes, disabled: false, onGrade: () => {} });
		const buttons = screen.getAllByRole('button');
		expect(buttons.map((b) => b.querySelector('.name')?.textContent)).toEqual(['Again', 'Hard', 'Good', 'Easy']);
		expect(buttons.map((b) => b.getAttribute('aria-keyshortcuts'))).toEqual(['1', '2', '3', '4']);
		expect(screen.getByRole('button', { name: 'Again, next in 1 min' })).toBeTruthy();
		// A new card's "Easy" skips the learning steps: days, not minutes.
		expect(buttons[3]!.getAttribute('aria-label')).toMatch(/^Easy, next in \d+ days?$/);
	});

	it('grades with the button pressed, and not while disabled', async () => {
		const onGrade = vi.fn();
		const { unmount } = await renderIn(GradeButtons, { outcomes, disabled: false, onGrade });
		await fireEvent.click(screen.getByRole('button', { name: /^Good/ }));
		expect(onGrade).toHaveBeenCalledExactlyOnceWith('good');
		unmount();
		await renderIn(GradeButtons, { outcomes, disabled: true, onGrade });
		// The browser sends no click to a disabled button.
		expect(screen.getAllByRole('button').every((b) => (b as HTMLButtonElement).disabled)).toBe(true);
	});
});
