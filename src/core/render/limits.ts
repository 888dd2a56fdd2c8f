import { stripControls } from '../text/normalize.ts';

/** Discord's message limits (docs: Embed Limits, Message Create, Components). */
export const LIMITS = {
	embedTitle: 256,
	embedDescription: 4096,
	fieldName: 256,
	fieldValue: 1024,
	footer: 2048,
	fields: 25,
	embedTotal: 6000,
	content: 2000,
	customId: 100,
	buttonLabel: 80,
	selectOptions: 25,
	selectOptionLabel: 100,
	selectOptionDescription: 100,
	selectOptionValue: 100,
	selectPlaceholder: 150,
	optionValue: 100,
	followUpsUserInstalled: 5,
	actionRows: 5,
	buttonsPerRow: 5,
	autocompleteChoices: 25,
	choiceName: 100,
	choiceValue: 100,
} as const;

/**
 * How long a term id plus a section id may be: every button and select carries both in a custom id
 * (`gb|open|<lang>|<term>|<section>`), which Discord caps at 100 characters.
 */
export const MAX_TERM_AND_SECTION_ID = LIMITS.customId - 'gb|open|xx||'.length;

const ELLIPSIS = '…';

/**
 * Shortens text to at most `max` characters, cutting at the last sentence or list-item boundary that fits
 * (else the last word boundary), never inside a word, and marks the cut with an ellipsis.
 */
export function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	if (max <= 2) return ELLIPSIS.slice(0, max);
	const room = text.slice(0, max - 2);
	const boundaries = [/\n\s*\n/g, /\n(?=\s*[-*]\s)/g, /[.!?…](?=\s)/g];
	let cut = -1;
	for (const re of boundaries) {
		for (const m of room.matchAll(re)) {
			const end = m[0].startsWith('\n') ? m.index : m.index + m[0].length;
			if (end > cut) cut = end;
		}
	}
	// A sentence boundary in the last half is worth it; otherwise keep more text and cut between words.
	if (cut < room.length * 0.5) {
		const space = room.search(/\s\S*$/);
		cut = space > 0 ? space : room.length;
	}
	return `${room.slice(0, cut).trimEnd()} ${ELLIPSIS}`;
}

/**
 * Escapes Markdown so that echoed user text shows as typed (without control characters), and breaks `@everyone`/`@here` with a
 * zero-width space so quoted text never even looks like a mention.
 */
export function escapeMarkdown(text: string): string {
	// Echoed text is what users typed: control characters and bidi overrides never go back out.
	return stripControls(text)
		.replace(/([\\*_~`|>#[\]()<])/g, '\\$1')
		.replace(/@(?=everyone|here)/g, '@\u200b');
}
