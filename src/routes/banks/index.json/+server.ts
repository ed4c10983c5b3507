import { json } from '@sveltejs/kit';
import { getCompiledBanks } from '$lib/server/load-banks';

export const prerender = true;

export function GET() {
	return json(getCompiledBanks().index);
}
