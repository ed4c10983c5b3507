/** mammoth's prebuilt browser bundle (the package's own types describe its Node entry). */
declare module 'mammoth/mammoth.browser.min.js' {
	export function extractRawText(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string; messages: unknown[] }>;
}
