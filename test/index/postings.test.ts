/**
 * The typed-array postings score exactly as MiniSearch 7 does: the same documents, in the same order, with
 * the same scores to the last bit, the same matched words, for exact words, prefixes, typos, term boosts,
 * field boosts, OR and AND, on a generated glossary's sections; and the best few results, picked without sorting
 * them all, are the first few of them all.
 */
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { createRng, generateCorpus } from '../../scripts/bench/synthetic-corpus.ts';
import { buildGlossary } from '../../src/core/content/build-glossary.ts';
import { answerSections } from '../../src/core/content/types.ts';
import { PostingsBuilder, PostingsIndex, type QuerySpec } from '../../src/core/search/postings.ts';
import { PackedStrings } from '../../src/core/search/sorted-strings.ts';
import { analyzeTerm, tokenize } from '../../src/core/text/analyzer.ts';

const FIELDS = ['title', 'aliases', 'heading', 'body'];
const BOOST = { title: 2, aliases: 1.5, heading: 4, body: 1 };

describe('postings ≡ MiniSearch', () => {
	const { glossary } = buildGlossary(generateCorpus({ terms: 60, seed: 3 }));
	if (!glossary) throw new Error('corpus does not load');
	const lang = 'de' as const;
	const process = (t: string) => analyzeTerm(lang, t);
	const docs = [...(glossary.articles.get(lang)?.values() ?? [])].flatMap((a) =>
		answerSections(a).map((s) => ({
			title: a.title,
			aliases: a.aliases.join(' · '),
			heading: s.heading,
			body: s.text,
		})),
	);
	const mini = new MiniSearch<(typeof docs)[number] & { i: number }>({
		idField: 'i',
		fields: FIELDS,
		tokenize,
		processTerm: process,
	});
	mini.addAll(docs.map((d, i) => ({ ...d, i })));
	const builder = new PostingsBuilder(FIELDS.length, tokenize, process);
	for (const d of docs) builder.add([d.title, d.aliases, d.heading, d.body]);
	const postings = new PostingsIndex(builder.finish());
	const packed = new PackedStrings(postings.data.terms);
	const vocabulary = Array.from({ length: packed.size }, (_, i) => packed.at(i));
	const rng = createRng(5, 'postings-test');

	const queries = Array.from({ length: 150 }, (_, n) => {
		const words = Array.from({ length: rng.int(1, 4) }, () => {
			const w = rng.pick(vocabulary);
			// Some words misspelt or cut short, so that typo and prefix expansion run.
			return rng.chance(0.3) ? `${w.slice(0, -1)}x` : rng.chance(0.2) ? w.slice(0, Math.max(3, w.length - 2)) : w;
		});
		return { words, n };
	});

	it.for([
		['OR, typos and prefixes, all fields boosted', 'or'],
		['AND, prefixes and fractional typos, headings only', 'and'],
	] as const)('%s', ([, mode]) => {
		for (const { words, n } of queries) {
			const fuzzy = (t: string) => (mode === 'and' ? 0.2 : t.length >= 8 ? 2 : t.length >= 3 ? 1 : false);
			const prefix = (t: string, i: number, all: string[]) => mode === 'and' || (i === all.length - 1 && t.length >= 4);
			const boostTerm = (t: string) => (n % 3 === 0 && t === words[0] ? 0.2 : 1);
			const expected = mini.search(words.join(' '), {
				tokenize: (text) => text.split(' '),
				processTerm: (t) => t,
				fuzzy,
				prefix,
				boostTerm,
				combineWith: mode === 'and' ? 'AND' : 'OR',
				...(mode === 'and' ? { fields: ['heading'] } : { boost: BOOST, weights: { fuzzy: 0.5, prefix: 0.4 } }),
			});
			const specs: QuerySpec[] = words.map((term, i, all) => ({
				term,
				fuzzy: fuzzy(term),
				prefix: prefix(term, i, all),
				boost: boostTerm(term),
			}));
			const got = postings.search(specs, {
				fields:
					mode === 'and'
						? [{ field: 2, boost: 1 }]
						: FIELDS.map((f, field) => ({ field, boost: BOOST[f as keyof typeof BOOST] })),
				...(mode === 'and' ? { combineWith: 'and' as const } : { weights: { fuzzy: 0.5, prefix: 0.4 } }),
			});
			expect(
				got.hits.map((h) => h.doc),
				words.join(' '),
			).toEqual(expected.map((r) => r.id));
			expect(got.hits.map((h) => h.score)).toEqual(expected.map((r) => r.score));
			// The best few without sorting all: the same as the first few of all, ties in the same order.
			for (const k of [1, 7, 30]) expect(got.top(k)).toEqual(got.hits.slice(0, k));
			const even = (doc: number) => doc % 2 === 0;
			expect(got.top(10, even)).toEqual(got.hits.filter((h) => even(h.doc)).slice(0, 10));
			for (const [k, r] of expected.slice(0, 20).entries()) {
				const doc = got.hits[k]?.doc ?? -1;
				expect(got.queryTerms(doc)).toEqual(r.queryTerms);
				expect(new Set(got.terms(doc))).toEqual(new Set(r.terms));
			}
			// (after reading `got`: results are valid until the next query on the index.)
			// Restricted to ranges of documents: the same as filtering MiniSearch's results.
			const ranges: [number, number][] = [
				[n % 50, (n % 50) + 30],
				[200 + (n % 7), 260],
			];
			const inRange = (doc: number) => ranges.some(([a, b]) => doc >= a && doc < b);
			const restricted = postings.search(specs, {
				fields:
					mode === 'and'
						? [{ field: 2, boost: 1 }]
						: FIELDS.map((f, field) => ({ field, boost: BOOST[f as keyof typeof BOOST] })),
				...(mode === 'and' ? { combineWith: 'and' as const } : { weights: { fuzzy: 0.5, prefix: 0.4 } }),
				ranges,
			});
			const filtered = expected.filter((r) => inRange(r.id as number));
			expect(restricted.hits.map((h) => [h.doc, h.score])).toEqual(filtered.map((r) => [r.id, r.score]));
		}
	});
});

describe('postings beyond 65,536 documents', () => {
	it('keep four-byte document numbers, and find the last documents', () => {
		const builder = new PostingsBuilder(
			1,
			(t) => t.split(' '),
			(t) => t,
		);
		for (let i = 0; i < 70_000; i++) builder.add([i % 1000 === 999 ? `common rare${i}` : 'common']);
		const postings = new PostingsIndex(builder.finish());
		expect(postings.data.docs).toBeInstanceOf(Uint32Array);
		const found = postings.search([{ term: 'rare69999', fuzzy: false, prefix: false, boost: 1 }], {
			fields: [{ field: 0, boost: 1 }],
		});
		expect(found.hits.map((h) => h.doc)).toEqual([69_999]);
		const typo = postings.search([{ term: 'rare6999', fuzzy: 1, prefix: true, boost: 1 }], {
			fields: [{ field: 0, boost: 1 }],
		});
		// The exact word first; the prefix completion past 65,535 found too.
		const docs = typo.hits.map((h) => h.doc);
		expect(docs[0]).toBe(6999);
		expect(docs).toContain(69_999);
	});
});

describe('a prefix completed to at most maxCompletions words', () => {
	const words = ['apple', 'apex', ...Array(19).fill('apple'), 'apparatus', ...Array(5).fill('apples')];
	const builder = new PostingsBuilder(
		1,
		(t) => t.split(' '),
		(t) => t,
	);
	for (const w of words) builder.add([w]);
	const postings = new PostingsIndex(builder.finish());
	const field = [{ field: 0, boost: 1 }];
	const search = (maxCompletions?: number) =>
		postings.search([{ term: 'ap', fuzzy: false, prefix: true, boost: 1, maxCompletions }], { fields: field }).hits;

	it('keeps the completions that can score highest (rare and short), with their scores and order', () => {
		const all = search();
		expect(all).toHaveLength(words.length);
		const kept = new Set(['apex', 'apparatus']);
		// apex and apparatus are each in one document (high idf); apple in twenty, apples in five.
		expect(search(2)).toEqual(all.filter((h) => kept.has(words[h.doc] ?? '')));
		expect(search(3)).toEqual(all.filter((h) => words[h.doc] !== 'apple'));
	});

	it('changes nothing when the prefix has no more completions than that', () => {
		expect(search(4)).toEqual(search());
		expect(search(100)).toEqual(search());
	});
});
