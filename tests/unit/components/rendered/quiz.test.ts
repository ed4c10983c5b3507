// The quiz's question components, mounted and answered: what they send is what the learner chose.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import type { LocalizedItem } from '$lib/domain/bank/localize';
import TrueFalseQuestion from '$lib/components/quiz/TrueFalseQuestion.svelte';
import ChoiceQuestion from '$lib/components/quiz/ChoiceQuestion.svelte';
import TypedQuestion from '$lib/components/quiz/TypedQuestion.svelte';
import { renderIn } from './render';

const source = { doc: 'd.txt', lines: [1, 1] as [number, number] };
type Of<T extends LocalizedItem['type']> = Extract<LocalizedItem, { type: T }>;

const trueFalse: Of<'true-false'> = {
	id: 'tf',
	type: 'true-false',
	statement: 'Astana is the capital.',
	answer: true,
	explanation: '',
	source
};
const single: Of<'choice'> = {
	id: 'c1',
	type: 'choice',
	prompt: 'Which city is the capital?',
	options: [
		{ text: 'Astana', correct: true },
		{ text: 'Almaty', correct: false },
		{ text: 'Shymkent', correct: false }
	],
	explanation: '',
	source
};
const multiple: Of<'choice'> = {
	...single,
	id: 'c2',
	prompt: 'Which are Central Asian states?',
	options: [
		{ text: 'Kazakhstan', correct: true },
		{ text: 'Uzbekistan', correct: true },
		{ text: 'Belgium', correct: false }
	]
};
const cloze: Of<'cloze'> = {
	id: 'cl',
	type: 'cloze',
	text: 'The capital is ___ today.',
	answers: ['Astana'],
	explanation: '',
	source
};

describe('TrueFalseQuestion', () => {
	it('shows the statement and sends the answer pressed', async () => {
		const onSubmit = vi.fn();
		await renderIn(TrueFalseQuestion, { item: trueFalse, disabled: false, onSubmit });
		expect(screen.getByText('Astana is the capital.')).toBeTruthy();
		await fireEvent.click(screen.getByRole('button', { name: 'False' }));
		expect(onSubmit).toHaveBeenCalledExactlyOnceWith({ type: 'true-false', answer: false });
	});

	it('has both buttons off once answered', async () => {
		await renderIn(TrueFalseQuestion, { item: trueFalse, disabled: true, onSubmit: () => {} });
		expect(screen.getAllByRole('button').map((b) => (b as HTMLButtonElement).disabled)).toEqual([true, true]);
	});
});

describe('ChoiceQuestion', () => {
	it('sends the bank’s index of the option pressed, wherever the shuffle put it', async () => {
		const onSubmit = vi.fn();
		await renderIn(ChoiceQuestion, { item: single, seed: 's', disabled: false, onSubmit });
		const shown = screen.getAllByRole('button').map((b) => b.textContent?.trim());
		expect([...shown].sort()).toEqual(['Almaty', 'Astana', 'Shymkent']);
		await fireEvent.click(screen.getByRole('button', { name: 'Shymkent' }));
		expect(onSubmit).toHaveBeenCalledExactlyOnceWith({ type: 'choice', selected: [2] });
	});

	it('shows the same order for the same seed, so a reload keeps the options in place', async () => {
		const orderFor = async (seed: string) => {
			const { unmount } = await renderIn(ChoiceQuestion, { item: single, seed, disabled: false, onSubmit: () => {} });
			const order = screen.getAllByRole('button').map((b) => b.textContent?.trim());
			unmount();
			return order;
		};
		expect(await orderFor('x')).toEqual(await orderFor('x'));
		const seeds = ['a', 'b', 'c', 'd', 'e', 'f'];
		const orders = new Set((await Promise.all(seeds.map(orderFor))).map((o) => o.join()));
		expect(orders.size).toBeGreaterThan(1);
	});

	it('asks for every correct answer when there are several, and checks only once one is ticked', async () => {
		const onSubmit = vi.fn();
		await renderIn(ChoiceQuestion, { item: multiple, seed: 's', disabled: false, onSubmit });
		expect(screen.getByText('Select every correct answer.')).toBeTruthy();
		const check = screen.getByRole('button', { name: 'Check' }) as HTMLButtonElement;
		expect(check.disabled).toBe(true);
		await fireEvent.click(screen.getByLabelText('Uzbekistan'));
		await fireEvent.click(screen.getByLabelText('Belgium'));
		await fireEvent.click(screen.getByLabelText('Kazakhstan'));
		await fireEvent.click(screen.getByLabelText('Belgium')); // unticked again
		expect(check.disabled).toBe(false);
		await fireEvent.click(check);
		expect(onSubmit).toHaveBeenCalledOnce();
		expect([...onSubmit.mock.calls[0]![0].selected].sort()).toEqual([0, 1]);
	});
});

describe('TypedQuestion', () => {
	it('shows the gap and sends what was typed, never an empty answer', async () => {
		const onSubmit = vi.fn();
		const { container } = await renderIn(TypedQuestion, { item: cloze, language: 'en', disabled: false, onSubmit });
		expect(container.querySelector('.prompt')?.textContent).toBe('The capital is _____ today.');
		const input = screen.getByLabelText('Your answer') as HTMLInputElement;
		const check = screen.getByRole('button', { name: 'Check' }) as HTMLButtonElement;
		await fireEvent.input(input, { target: { value: '   ' } });
		expect(check.disabled).toBe(true);
		await fireEvent.submit(input.form!);
		expect(onSubmit).not.toHaveBeenCalled();
		await fireEvent.input(input, { target: { value: 'astana' } });
		expect(check.disabled).toBe(false);
		await fireEvent.submit(input.form!);
		expect(onSubmit).toHaveBeenCalledExactlyOnceWith({ type: 'cloze', text: 'astana' });
	});

	it('asks for a number with a decimal keyboard and shows its unit', async () => {
		const numeric: Of<'numeric'> = {
			id: 'n',
			type: 'numeric',
			prompt: 'How many states?',
			answer: 5,
			unit: 'states',
			explanation: '',
			source
		} as Of<'numeric'>;
		const { container } = await renderIn(TypedQuestion, {
			item: numeric,
			language: 'kk',
			disabled: false,
			onSubmit: () => {}
		});
		const input = container.querySelector('input')!;
		expect(input.getAttribute('inputmode')).toBe('decimal');
		expect(input.getAttribute('lang')).toBe('kk');
		expect(container.querySelector('.unit')?.textContent).toBe('states');
	});
});
