/**
 * The name index stored in columns answers as before, and its bigram filter in front of Fuse.js misses no
 * name: for words cut from names, with typos, run together, and unrelated, in every language, Fuse over the
 * filtered names gives exactly what Fuse over all of the language's names gives.
 */
import { describe, expect, it } from 'vitest';
import { createRng, generateCorpus } from '../../scripts/bench/synthetic-corpus.ts';
import { readContentFiles } from '../../src/adapters/fs/read-content.ts';
import { RANKING } from '../../src/core/answer/ranking-config.ts';
import { buildGlossary } from '../../src/core/content/build-glossary.ts';
import { CONTENT_LANGUAGES } from '../../src/core/locales.ts';
import { TermIndex } from '../../src/core/search/term-index.ts';
import { foldName } from '../../src/core/text/normalize.ts';

describe('term index: names holding a word', () => {
	const { glossary } = buildGlossary(generateCorpus({ terms: 150, seed: 13 }));
	if (!glossary) throw new Error('corpus does not load');
	const index = new TermIndex(glossary);
	const loaded = new TermIndex(structuredClone(index.dump()));
	const rng = createRng(17, 'term-index-test');
	const names = [...glossary.articles.values()].flatMap((articles) =>
		[...articles.values()].flatMap((a) => [a.title, ...a.aliases].map(foldName)),
	);
	const letters = [...new Set(names.join('').replace(/ /g, ''))];
	const word = (): string => {
		const name = rng.pick(names);
		let w = name.replace(/ /g, rng.chance(0.5) ? '' : 'x');
		const from = rng.int(0, Math.max(0, w.length - 5));
		w = w.slice(from, from + rng.int(5, 34));
		for (let e = rng.int(0, 3); e > 0; e--) {
			const at = rng.int(0, w.length - 1);
			w = w.slice(0, at) + rng.pick(letters) + w.slice(at + (rng.chance(0.5) ? 1 : 0));
		}
		return rng.chance(0.1) ? Array.from({ length: rng.int(5, 12) }, () => rng.pick(letters)).join('') : w;
	};

	it('gives what Fuse over every name of the language gives', () => {
		let total = 0;
		for (let i = 0; i < 800; i++) {
			const w = word();
			const lang = rng.pick(CONTENT_LANGUAGES);
			// Positions in the list handed to Fuse differ; names, scores and order must not.
			const found = (scanAll: boolean) =>
				index.namesContaining(w, lang, 10, scanAll).map(({ item, score }) => ({ item, score }));
			const all = found(true);
			total += all.length;
			expect(found(false), `${w} (${lang})`).toEqual(all);
		}
		expect(total).toBeGreaterThan(400);
	});

	it('answers the same when loaded from its stored columns', () => {
		for (let i = 0; i < 200; i++) {
			const w = word();
			const lang = rng.pick(CONTENT_LANGUAGES);
			const options = { limit: 10 };
			expect(loaded.lookup(w, lang, RANKING.names, options), w).toEqual(index.lookup(w, lang, RANKING.names, options));
			expect(loaded.mentionedIn(`what is ${w}?`), w).toEqual(index.mentionedIn(`what is ${w}?`));
		}
	});
});

describe('term index: a word of longer names that only one term has', () => {
	const { glossary } = buildGlossary(readContentFiles('content'));
	if (!glossary) throw new Error('content does not load');
	const index = new TermIndex(glossary);
	const named = (question: string) => index.mentionedIn(question, undefined, true).map((m) => [m.termId, m.score]);

	it.each([
		[
			'is a planner just an advisor',
			[
				['financial-advisor', 0.5],
				['financialplanner', 0.5],
			],
		],
		['do advisers have to put my interests first', [['financial-advisor', 0.5]]],
		['vad gör en planerare', [['financialplanner', 0.5]]],
		// The stemmer cuts "planificatorul" (the planner) to "planif", but it parts from the name's "planificator"
		// only in its article ending.
		['ce face planificatorul', [['financialplanner', 0.5]]],
	])('%j names that term, below any name written in full', (question, expected) => {
		expect(named(question)).toEqual(expected);
	});

	it.each([
		// "office" is in the back office's names and the front office's.
		'who works in the office',
		// Short words are too often something else.
		'which agent should I call',
		// A stemmer cuts "valorant" to "valor", a word of "broker de valori": more than an ending.
		'cine e cel mai bun agent din valorant',
	])('%j names nothing', (question) => {
		expect(named(question)).toEqual([]);
	});

	it('is not looked for when a name is written in full', () => {
		expect(named('stockbroker or planner').map(([id]) => id)).toEqual(['stockbroker']);
	});
});
