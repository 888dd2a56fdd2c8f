/**
 * Each language's stopwords are Snowball's list, plus the pack's filler words, less the words of the list that
 * name things (Swedish "sitta", to sit; Romanian "timp", time; Russian "человек", person): a question about where
 * a thermostat should sit, or about exposure time, keeps the word that says so.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGE_PACKS } from '../../src/core/lang/index.ts';
import { CONTENT_LANGUAGES } from '../../src/core/locales.ts';
import { analyzeTerm, isStopword } from '../../src/core/text/analyzer.ts';

describe('stopwords', () => {
	it.each([
		['sv', 'sitta'],
		['ro', 'timp'],
		['ro', 'spate'],
		['ru', 'человек'],
		['ru', 'жизнь'],
	] as const)('%s "%s" is a topic word, not a stopword', (lang, word) => {
		expect(isStopword(lang, word)).toBe(false);
		expect(analyzeTerm(lang, word)).not.toBeNull();
	});

	it.each([
		['sv', 'och'],
		['ro', 'pentru'],
		['ru', 'когда'],
	] as const)('%s "%s" stays a stopword', (lang, word) => {
		expect(isStopword(lang, word)).toBe(true);
	});

	it("lists no word both as a topic word and as one of the pack's own filler words", () => {
		for (const lang of CONTENT_LANGUAGES) {
			for (const word of LANGUAGE_PACKS[lang].contentWords ?? []) {
				expect(LANGUAGE_PACKS[lang].stopwords, `${lang} ${word}`).not.toContain(word);
			}
		}
	});
});
