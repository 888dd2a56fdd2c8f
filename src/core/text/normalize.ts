const MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * Case- and diacritic-insensitive form used to compare names: "Kundenkontakt", "kundenkontakt" and
 * "KUNDENKONTAKT" match; so do ș/ş/s, ț/ţ/t, ä/a, ö/o, ü/u, ё/е, and "client-facing" / "client facing".
 */
export function foldName(value: string): string {
	return value.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/ß/g, 'ss').replace(NON_WORD, ' ').trim();
}

/** Strips the things a chat message carries that are not the question: mentions, markup, control characters. */
export function cleanInput(value: string): string {
	return (
		value
			// Discord mentions, channels, roles, custom emoji, timestamps: <@123>, <#1>, <@&1>, <:name:1>, <t:1:R>
			.replace(/<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<t:\d+(?::\w)?>/g, ' ')
			.replace(/@(everyone|here)\b/g, ' ')
			// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what we remove
			.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, ' ')
			.replace(/[*_`~|>[\](){}#]/g, ' ')
			.replace(/\s+/g, ' ')
			.trim()
	);
}
