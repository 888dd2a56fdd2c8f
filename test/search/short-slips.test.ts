/**
 * A slip in a short word of a several-word name ("bak office") is forgiven when the name's other words stand
 * next to it spelled right; a short word that is a real word ("bank office"), or that stands alone, is kept.
 * Two neighbouring letters swapped in a short question word or small word ("waht", "teh") are put back when
 * only one such word exists.
 *
 * A long unknown word is corrected to a known word one slip away, but never by changing, adding or dropping
 * its first letter: typists rarely miss that one, so such a "correction" is another word ("klagar", to
 * complain, is not "lagar", laws). Swapping the first two letters is a slip like any other. The cue words a
 * slip may come from are those of the question's language and English, and a word is known by a prefix cue
 * only within an inflection of it. A word the glossary uses only in other forms ("salary", never "salaries")
 * is found through its stem, one of the commonest slips away (two letters swapped, one dropped or doubled).
 */
import { describe, expect, it } from 'vitest';
import { RANKING } from '../../src/core/answer/ranking-config.ts';
import { understand } from '../../src/core/answer/understand.ts';
import type { ContentLanguage } from '../../src/core/locales.ts';
import { contentReaders } from './probe-readers.ts';

const readers = contentReaders();
const words = (q: string, lang: ContentLanguage) =>
	understand(q, lang, readers, RANKING)
		.words.map((w) => w.folded)
		.join(' ');

describe('slips in the short word of a several-word name', () => {
	it.each([
		['en', 'what is the bak office', 'what is the back office'],
		['en', 'what does fron office mean', 'what does front office mean'],
		['it', "che cos'è il bakc office", 'che cos e il back office'],
		['de', 'was macht das bck office', 'was macht das back office'],
	] as const)('%s: %s', (lang, q, read) => {
		expect(words(q, lang)).toBe(read);
	});
	it.each([
		['en', 'what is a bank office', 'what is a bank office'],
		['en', 'bak a cake at home', 'bak a cake at home'],
		['en', 'office bak', 'office bak'],
	] as const)('keeps %s: %s', (lang, q, read) => {
		expect(words(q, lang)).toBe(read);
	});
});

describe('two letters swapped in a short question word or small word', () => {
	it.each([
		['en', 'waht is teh back office', 'what is the back office'],
		['sv', 'vda är en fastighetsmäklare', 'vad ar en fastighetsmaklare'],
		['de', 'wsa ist ein Immobilienmakler', 'was ist ein immobilienmakler'],
	] as const)('%s: %s', (lang, q, read) => {
		expect(words(q, lang)).toBe(read);
	});
	it.each([
		// "how" and "who" are both one swap from "hwo": which was meant is a guess, so the word is kept.
		['en', 'hwo is a realtor', 'hwo is a realtor'],
		['en', 'what is a sto', 'what is a sto'],
	] as const)('keeps %s: %s', (lang, q, read) => {
		expect(words(q, lang)).toBe(read);
	});
});

describe('chat shorthand', () => {
	it.each([
		['ro', 'ce s astea', 'ce sunt astea'],
		// A part of a hyphenated word is no shorthand: "s-a" is the reflexive "se" with "a", not "sunt a".
		['ro', 'cum s-a ajuns la asta', 'cum s a ajuns la asta'],
	] as const)('%s: %s', (lang, q, read) => {
		expect(words(q, lang)).toBe(read);
	});
});

describe('the first letter of a word is kept when correcting it', () => {
	it.each([
		['sv', 'folk klagar på företag', 'folk klagar pa foretag'],
		['en', 'what is the back offcie', 'what is the back office'],
		['en', 'what is the back ofifce', 'what is the back office'],
		['en', 'what is the back fofice', 'what is the back office'],
	] as const)('%s: %s', (lang, q, read) => {
		expect(words(q, lang)).toBe(read);
	});
});

describe('the words a slip is corrected to', () => {
	it.each([
		// Not Romanian "diferenta", a cue word of another language.
		['en', 'how is a realtor diferent from a stockbroker', 'how is a realtor different from a stockbroker'],
		// Not a form of the English prefix cue "skill*": seven letters longer than it.
		['sv', 'vad är skillnaen mellan backoffice och frontoffice', 'vad ar skillnaden mellan backoffice och frontoffice'],
	] as const)('%s: %s', (lang, q, read) => {
		expect(words(q, lang)).toBe(read);
	});
});

describe('a slip in a word the glossary uses only in another form', () => {
	it.each([
		// The glossary says "salary" and "mortgage", never "salaries" or "mortgages": their stems decide.
		['en', 'how high are realtor salaires', 'how high are realtor salaries'],
		['en', 'are mortagges expensive', 'are mortgages expensive'],
		['en', 'what are mortgagges', 'what are mortgages'],
	] as const)('%s: %s', (lang, q, read) => {
		expect(words(q, lang)).toBe(read);
	});
	it.each([
		// No word a swapped, dropped or doubled letter away has a stem the glossary knows.
		['en', 'what is a zymurgist', 'what is a zymurgist'],
	] as const)('keeps %s: %s', (lang, q, read) => {
		expect(words(q, lang)).toBe(read);
	});
});
