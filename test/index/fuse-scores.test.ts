/**
 * FuseScores gives what Fuse.js gives for one key with `ignoreLocation`: the same names, the same scores to the
 * last bit, in the same order, for parts of names with up to four edits, whole names, names in capitals, at the
 * two thresholds the name index uses, and patterns over 32 letters (which Fuse cuts into pieces).
 */
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { createRng, generateCorpus } from '../../scripts/bench/synthetic-corpus.ts';
import { buildGlossary } from '../../src/core/content/build-glossary.ts';
import { FuseScores } from '../../src/core/search/fuse-scores.ts';
import { foldName } from '../../src/core/text/normalize.ts';

describe('Fuse.js scores without Fuse', () => {
	const { glossary } = buildGlossary(generateCorpus({ terms: 120, seed: 5 }));
	if (!glossary) throw new Error('corpus does not load');
	const names = [...glossary.articles.values()].flatMap((articles) =>
		[...articles.values()].flatMap((a) => [a.title, ...a.aliases, a.id].map(foldName)),
	);
	const rng = createRng(3, 'fuse-scores-test');
	const letters = [...new Set(names.join('').replace(/ /g, ''))];
	const scores = new FuseScores();

	it('ranks names as Fuse does', () => {
		let found = 0;
		let asked = 0;
		let long = 0;
		let longFound = 0;
		for (let t = 0; t < 1500; t++) {
			const name = rng.pick(names);
			// Two names together: a pattern over 32 letters, one of Fuse's pieces or more finding nothing.
			let w = rng.chance(0.2) ? `${name} ${rng.pick(names)} ${rng.pick(names)}` : name;
			if (rng.chance(0.5)) {
				const from = rng.int(0, Math.max(0, w.length - 3));
				w = w.slice(from, from + rng.int(1, 34));
			}
			for (let e = rng.int(0, 4); e > 0; e--) {
				const at = rng.int(0, w.length - 1);
				w = w.slice(0, at) + rng.pick(letters) + w.slice(at + (rng.chance(0.5) ? 1 : 0));
			}
			if (rng.chance(0.05)) w = w.toUpperCase();
			w = w.trim();
			if (w === '') continue;
			const threshold = rng.pick([0.34, 0.5]);
			const texts = [name, ...Array.from({ length: rng.int(1, 60) }, () => rng.pick(names))];
			if (rng.chance(0.1)) texts.push(w);
			const fuse = new Fuse(
				texts.map((folded) => ({ folded })),
				{ keys: ['folded'], includeScore: true, ignoreLocation: true, threshold },
			);
			const expected = fuse.search(w).map((r) => ({ index: r.refIndex, score: r.score }));
			const mine = scores.rank(w, texts, threshold);
			asked++;
			found += expected.length;
			if (w.length > 32) {
				long++;
				longFound += expected.length;
			}
			expect(mine, `${w} (${threshold})`).toEqual(expected);
		}
		expect(asked).toBeGreaterThan(1200);
		expect(found).toBeGreaterThan(2000);
		expect(long).toBeGreaterThan(100);
		expect(longFound).toBeGreaterThan(100);
	});
});
