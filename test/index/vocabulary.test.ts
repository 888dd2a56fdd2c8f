/**
 * The typed-array vocabulary answers what MiniSearch's radix tree answers: the same ids for exact words, the
 * same words in the same order for prefixes, the same words with the same distances in the same order for
 * typos (1 to 3 edits, short and long words, words near no other), on a generated glossary's words in a
 * Latin and a Cyrillic language. Scores are summed in that order, so the order is part of the answer.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { createRng, generateCorpus } from '../../scripts/bench/synthetic-corpus.ts';
import { PackedStrings } from '../../src/core/search/sorted-strings.ts';
import { buildVocabulary, Vocabulary } from '../../src/core/search/vocabulary.ts';
import { analyzeTerm, tokenize } from '../../src/core/text/analyzer.ts';

const files = generateCorpus({ terms: 120, seed: 11 });

describe.for(['de', 'ru'] as const)('vocabulary ≡ SearchableMap (%s)', (lang) => {
	const words = new Set<string>();
	for (const f of files.filter((file) => file.path.startsWith(`${lang}/`))) {
		for (const token of tokenize(f.source)) {
			const term = analyzeTerm(lang, token);
			if (term) words.add(term);
		}
	}
	const terms = [...words];
	const tree = new SearchableMap<number>();
	terms.forEach((t, i) => {
		tree.set(t, i);
	});
	const vocabulary = new Vocabulary(new PackedStrings(PackedStrings.pack(terms)), buildVocabulary(terms));
	const rng = createRng(7, `vocabulary-${lang}`);
	const letters = [...new Set(terms.join(''))];
	const edit = (word: string): string => {
		const at = rng.int(0, word.length);
		const letter = rng.pick(letters);
		const kind = rng.int(0, 3);
		if (kind === 0) return word.slice(0, at) + letter + word.slice(at);
		if (kind === 1) return word.slice(0, at) + word.slice(at + 1);
		if (kind === 2) return word.slice(0, at) + letter + word.slice(at + 1);
		return word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
	};
	const queries = Array.from({ length: 1500 }, () => {
		let q = rng.pick(terms);
		for (let e = rng.int(0, 3); e > 0; e--) q = edit(q);
		return rng.chance(0.15) ? q.slice(0, rng.int(1, 4)) : q;
	});

	it('has a few thousand words', () => {
		expect(terms.length).toBeGreaterThan(2000);
	});

	it('finds exact words', () => {
		for (const q of queries) expect(vocabulary.get(q), q).toBe(tree.get(q));
	});

	it('lists words by prefix in the tree iterator order', () => {
		for (const q of queries) {
			const prefix = q.slice(0, rng.int(1, Math.max(1, q.length)));
			expect([...vocabulary.prefixed(prefix)], prefix).toEqual([...tree.atPrefix(prefix)].map(([, id]) => id));
		}
	});

	it('lists words within 1, 2 and 3 edits, with their distances, in the fuzzy search order', () => {
		let found = 0;
		for (const q of queries) {
			for (const d of [1, 2, 3]) {
				const expected = [...tree.fuzzyGet(q, d).values()].map(([id, distance]) => [id, distance]);
				found += expected.length;
				expect(vocabulary.fuzzy(q, d), `${q} ±${d}`).toEqual(expected);
			}
		}
		expect(found).toBeGreaterThan(queries.length);
	});
});
