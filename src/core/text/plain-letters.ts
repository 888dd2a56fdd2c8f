import { LANGUAGE_PACKS } from '../lang/index.ts';
import type { ContentLanguage } from '../locales.ts';

/**
 * The spellings a word typed without diacritics may stand for in `lang`: one of its letters restored, then two
 * ("peretii" → "pereții", "выдержкои" → "выдержкой"), at most `limit` of them, in reading order. Empty where the
 * language's pack lists no plain letters, or when the word has a diacritic already (it was typed with them).
 */
export function plainVariants(lang: ContentLanguage, word: string, limit: number): string[] {
	const letters = LANGUAGE_PACKS[lang].plainLetters;
	if (!letters || word.normalize('NFD') !== word) return [];
	const chars = [...word];
	const restore = (from: readonly string[], start: number): string[][] =>
		from.slice(start).flatMap((letter, i) => (letters[letter] ?? []).map((marked) => from.with(start + i, marked)));
	const once = restore(chars, 0);
	const out = once.map((v) => v.join(''));
	for (const variant of once) {
		if (out.length >= limit) break;
		const at = variant.findIndex((c, i) => c !== chars[i]);
		out.push(...restore(variant, at + 1).map((v) => v.join('')));
	}
	return out.slice(0, limit);
}
