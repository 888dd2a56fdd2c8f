/**
 * A long unknown word is corrected to a known word one slip away, but never by changing, adding or dropping
 * its first letter: typists rarely miss that one, so such a "correction" is another word ("klagar", to
 * complain, is not "lagar", laws). Swapping the first two letters is a slip like any other. The cue words a
 * slip may come from are those of the question's language and English, and a word is known by a prefix cue
 * only within an inflection of it.
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
