import type { HandleClientError } from '@sveltejs/kit';

/** An unknown address is an expected outcome (the 404 page says so), not an error worth logging. */
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
