const MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * Case- and diacritic-insensitive form used to compare names: "Kundenkontakt", "kundenkontakt" and
 * "KUNDENKONTAKT" match; so do ș/ş/s, ț/ţ/t, ä/a, ö/o, ü/u, ё/е, and "client-facing" / "client facing".
 */
export function foldName(value: string): string {
	return value.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/ß/g, 'ss').replace(NON_WORD, ' ').trim();
}

// Terminal escape sequences (CSI such as `ESC[31m`, OSC such as a window title or hyperlink, two-byte ESC x).
const ESCAPE_SEQUENCE =
	// biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences are exactly what we remove
	/(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what we remove
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
// Bidi overrides, embeddings and isolates, direction marks, zero-width space, word joiner, BOM: they reorder
// or hide text (Trojan Source) and carry no meaning in a question.
const INVISIBLE = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/**
 * Removes what a terminal or a chat would act on instead of show: escape sequences, control characters and
 * bidi overrides, as if they had never been typed (`back\u0000office` is `backoffice`); tabs and line breaks
 * become spaces. For everything echoed back and everything searched.
 */
export function stripControls(value: string): string {
	return value
		.replace(ESCAPE_SEQUENCE, '')
		.replace(/[\t\n\v\f\r]/g, ' ')
		.replace(CONTROL, '')
		.replace(INVISIBLE, '');
}

/** Strips the things a chat message carries that are not the question: mentions, markup, control characters. */
export function cleanInput(value: string): string {
	return (
		stripControls(value)
			// Discord mentions, channels, roles, custom emoji, timestamps: <@123>, <#1>, <@&1>, <:name:1>, <t:1:R>
			.replace(/<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<t:\d+(?::\w)?>/g, ' ')
			.replace(/@(everyone|here)\b/g, ' ')
			// Zero-width (non-)joiners join or split words for display only.
			.replace(/[\u200c\u200d]/g, ' ')
			.replace(/[*_`~|>[\](){}#]/g, ' ')
			.replace(/\s+/g, ' ')
			.trim()
	);
}
