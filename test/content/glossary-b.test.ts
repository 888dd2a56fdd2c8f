/**
 * Glossary B (test/fixtures/glossary-b/): a second, independent glossary and its blind question set, kept for measuring
 * whether answers generalise (issue 9). This test only checks the fixture itself: the content loads with no problems
 * through the loader the bot uses, and every row points at a term and section that exist. It runs no question through
 * the engine.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/adapters/fs/read-content.ts';
import { buildGlossary, formatProblem } from '../../src/core/content/build-glossary.ts';
import { parseArticle } from '../../src/core/content/parse-article.ts';
import { CONTENT_LANGUAGES, type ContentLanguage, resolveLocale } from '../../src/core/locales.ts';
import { GLOSSARY_B_ROWS } from '../fixtures/glossary-b/questions.ts';
import { assignGlossaryBSplits, glossaryBLanguage } from '../fixtures/glossary-b/split.ts';

const CONTENT = fileURLToPath(new URL('../fixtures/glossary-b/content', import.meta.url));
const TERMS = ['moderator', 'pull-request', 'rate-limit', 'slowmode', 'webhook'];

const files = readContentFiles(CONTENT);
const { glossary, problems, fileCount } = buildGlossary(files);
const articles = files.flatMap((file) => parseArticle(file).article ?? []);
const sectionIds = (lang: string, term: string) =>
	articles
		.find((a) => a.lang === lang && a.id === term)
		?.sections.filter((s) => !s.isGroup)
		.map((s) => s.id) ?? [];

describe('glossary B content', () => {
	it('validates with zero errors and zero warnings', () => {
		expect(problems.map((p) => formatProblem(p))).toEqual([]);
		expect(glossary).toBeDefined();
	});

	it('has its 5 terms in all six languages, each with the same 6 to 8 sections and a definition', () => {
		expect(fileCount).toBe(TERMS.length * CONTENT_LANGUAGES.length);
		for (const lang of CONTENT_LANGUAGES) {
			const terms = articles.filter((a) => a.lang === lang).map((a) => a.id);
			expect(terms.sort(), lang).toEqual(TERMS);
		}
		for (const term of TERMS) {
			const english = sectionIds('en', term);
			expect(english, term).toContain('definition');
			expect(english.length, term).toBeGreaterThanOrEqual(6);
			expect(english.length, term).toBeLessThanOrEqual(8);
			for (const lang of CONTENT_LANGUAGES) {
				expect([...sectionIds(lang, term)].sort(), `${lang}/${term}`).toEqual([...english].sort());
			}
		}
	});
});

describe('glossary B questions', () => {
	const languageOf = (id: string) => glossaryBLanguage({ id }) as ContentLanguage;

	it('has 30 rows per language with unique ids, 5 of them off-topic', () => {
		expect(new Set(GLOSSARY_B_ROWS.map((row) => row.id)).size).toBe(GLOSSARY_B_ROWS.length);
		for (const lang of CONTENT_LANGUAGES) {
			const rows = GLOSSARY_B_ROWS.filter((row) => languageOf(row.id) === lang);
			expect(rows, lang).toHaveLength(30);
			expect(rows.filter((row) => row.expect === 'not-found').length, lang).toBe(5);
			expect(rows.filter((row) => row.tags.includes('off-topic')).length, lang).toBe(5);
		}
	});

	it('expects only terms and sections that exist, in the question language and in the language the asker gets', () => {
		const missing: string[] = [];
		for (const row of GLOSSARY_B_ROWS) {
			if (row.expect === 'not-found') continue;
			const { term, section } = row.expect;
			for (const lang of new Set([languageOf(row.id), resolveLocale(row.locale).lang])) {
				if (!sectionIds(lang, term).includes(section)) missing.push(`${row.id}: ${lang}/${term}#${section}`);
			}
		}
		expect(missing).toEqual([]);
	});

	it('asks about every answerable section of every term', () => {
		const asked = new Set(
			GLOSSARY_B_ROWS.flatMap((row) => (row.expect === 'not-found' ? [] : `${row.expect.term}#${row.expect.section}`)),
		);
		const all = TERMS.flatMap((term) => sectionIds('en', term).map((section) => `${term}#${section}`));
		expect(all.filter((key) => !asked.has(key))).toEqual([]);
	});

	it('keeps the one seeded split: 15 train and 15 test per language', () => {
		const splits = assignGlossaryBSplits(GLOSSARY_B_ROWS);
		expect(GLOSSARY_B_ROWS.filter((row) => splits.get(row.id) !== row.split).map((row) => row.id)).toEqual([]);
		for (const lang of CONTENT_LANGUAGES) {
			const rows = GLOSSARY_B_ROWS.filter((row) => languageOf(row.id) === lang);
			expect(rows.filter((row) => row.split === 'train').length, lang).toBe(15);
		}
	});
});
