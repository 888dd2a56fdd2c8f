/**
 * The build finds words in section text without `tokenize` (src/core/search/word-numbers.ts): it must split
 * every text exactly as `tokenize` does, surrogate pairs, marks and lone surrogates included, and give one
 * number per distinct word.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../scripts/bench/synthetic-corpus.ts';
import { WordNumbers } from '../../src/core/search/word-numbers.ts';
import { tokenize } from '../../src/core/text/analyzer.ts';

function words(numbers: WordNumbers, text: string): string[] {
	const ids: number[] = [];
	numbers.scan(text, ids);
	return ids.map((id) => numbers.word(id));
}

// Letters and digits of several scripts, marks, punctuation, emoji, astral letters, lone surrogates.
const PIECES = [
	'a',
	'Z',
	'7',
	'é',
	'e\u0301',
	'ß',
	'İ',
	'ș',
	'ţ',
	'ё',
	'Ж',
	'ω',
	'中',
	'٣',
	'Ⅻ',
	'²',
	'_',
	'-',
	' ',
	'\u00a0',
	'.',
	'·',
	'\u200b',
	'\u200d',
	'\t',
	'\n',
	'😀',
	'𝒜',
	'𐐷',
	'\ud835',
	'\udc9c',
	'\ud800x',
	'x\udfff',
	"'",
	'ǅ',
];

describe('WordNumbers', () => {
	it('splits text as tokenize does', () => {
		const cases = [
			'',
			'client-facing roles',
			'Kundenkontakt · Backoffice-Job, 2024!',
			'înseamnă; пере\u0301дний 𝒜bc 😀x',
			'\ud835 lone \udc9c surrogates \ud835\udc9c',
			'caf\u0065\u0301 naïve',
		];
		for (const text of cases) expect(words(new WordNumbers(), text)).toEqual(tokenize(text));
	});

	it('splits random mixtures of scripts, marks and surrogates as tokenize does', () => {
		const rng = createRng(7, 'word-numbers');
		const numbers = new WordNumbers();
		for (let n = 0; n < 2000; n++) {
			const text = Array.from({ length: rng.int(0, 30) }, () => rng.pick(PIECES)).join('');
			expect(words(numbers, text)).toEqual(tokenize(text));
		}
	});

	it('numbers each distinct word once, whether found in text or given alone', () => {
		const numbers = new WordNumbers();
		const text = Array.from({ length: 5000 }, (_, i) => `w${i % 1500} W${i % 7}`).join(' ');
		const ids: number[] = [];
		numbers.scan(text, ids);
		expect(numbers.size).toBe(1507);
		expect(new Set(ids).size).toBe(1507);
		expect(numbers.id('w1499')).toBe(ids[2 * 1499]);
		expect(numbers.id('W3')).toBe(ids[2 * 3 + 1]);
		expect(numbers.id('new')).toBe(1507);
	});
});
