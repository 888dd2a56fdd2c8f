import { describe, expect, it } from 'vitest';
import { generateCorpus, makeQueries, readContentFiles } from '../../scripts/bench/synthetic-corpus.ts';
import { buildGlossary, formatProblem } from '../../src/core/content/build-glossary.ts';
import { getArticle, getSection } from '../../src/core/content/types.ts';
import { CONTENT_LANGUAGES } from '../../src/core/locales.ts';

const errorsOf = (files: Parameters<typeof buildGlossary>[0]) =>
	buildGlossary(files)
		.problems.filter((p) => p.severity === 'error')
		.map((p) => formatProblem(p));

describe('synthetic corpus', () => {
	const files = generateCorpus({ terms: 30, seed: 7 });
	const real = new Set(readContentFiles().map((f) => f.path));
	const generated = files.filter((f) => !real.has(f.path));

	it('adds 30 terms in all six languages to the real content, and loads with zero errors', () => {
		expect(generated).toHaveLength(30 * CONTENT_LANGUAGES.length);
		expect(files.length).toBe(real.size + generated.length);
		// Errors the real content has on its own (while an article is being written) are not the generator's.
		const realErrors = new Set(errorsOf(files.filter((f) => real.has(f.path))));
		expect(errorsOf(files).filter((e) => !realErrors.has(e))).toEqual([]);
		expect(errorsOf(generateCorpus({ terms: 30, seed: 7, includeReal: false }))).toEqual([]);
	});

	it('is deterministic for a seed', () => {
		expect(generateCorpus({ terms: 30, seed: 7 })).toEqual(files);
		expect(generateCorpus({ terms: 30, seed: 8 })).not.toEqual(files);
		expect(makeQueries(files, { n: 20, seed: 3 })).toEqual(makeQueries(files, { n: 20, seed: 3 }));
	});

	it('draws words from a distribution, not one word repeated', () => {
		const body = generated.map((f) => f.source.split('\n---\n')[1] ?? '').join(' ');
		const words = body.toLowerCase().match(/\p{L}+/gu) ?? [];
		expect(new Set(words).size).toBeGreaterThan(words.length / 20);
	});

	it('gives every query an expected answer that exists', () => {
		const { glossary } = buildGlossary(generateCorpus({ terms: 30, seed: 7, includeReal: false }));
		expect(glossary).toBeDefined();
		if (!glossary) return;
		const queries = makeQueries(generated, { n: 50, seed: 3 });
		for (const list of [queries.questions, queries.typoQuestions, queries.lookups, queries.typoLookups]) {
			expect(list).toHaveLength(50);
		}
		for (const [i, q] of queries.questions.entries()) {
			const article = getArticle(glossary, q.lang, q.termId);
			expect(article, `${q.lang}/${q.termId}`).toBeDefined();
			if (article) expect(getSection(article, q.sectionId)?.isGroup, `${q.termId}#${q.sectionId}`).toBe(false);
			expect(queries.typoQuestions[i]).toMatchObject({ lang: q.lang, termId: q.termId, sectionId: q.sectionId });
			expect(queries.typoQuestions[i]?.text).not.toBe(q.text);
		}
		for (const l of queries.lookups) {
			const article = getArticle(glossary, l.lang, l.termId);
			expect(article && [article.title, ...article.aliases]).toContain(l.text);
		}
	});
});
