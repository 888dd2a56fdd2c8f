/**
 * Glossary C (test/fixtures/glossary-c/): a third, independent glossary and its blind question set, kept for measuring
 * whether answers generalise (issue 9). This test only checks the fixture itself: the content loads with no problems
 * through the loader the bot uses, and every row points at a term and section that exist. It runs no question through
 * the engine.
 *
 * Like a real author's glossary, it gives section kinds three ways: declared (`{#fast-lenses kind=cost}`), implied by a
 * conventional id (`{#risks}`, `{#raw-vs-jpeg}`), and not at all (`## Common mistakes {#mistakes}`), so the bot must read
 * those kinds from the headings. `check` warns about each of the last once, in its English file, by design, so the
 * only problems allowed are exactly those warnings, for exactly the sections listed in HEADING_READ.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/adapters/fs/read-content.ts';
import { buildGlossary, formatProblem } from '../../src/core/content/build-glossary.ts';
import { parseArticle } from '../../src/core/content/parse-article.ts';
import { CONTENT_LANGUAGES, type ContentLanguage, resolveLocale } from '../../src/core/locales.ts';
import { GLOSSARY_C_ROWS } from '../fixtures/glossary-c/questions.ts';
import { assignGlossaryCSplits, glossaryCLanguage } from '../fixtures/glossary-c/split.ts';

const CONTENT = fileURLToPath(new URL('../fixtures/glossary-c/content', import.meta.url));
const TERMS = ['aperture', 'depth-of-field', 'iso', 'shutter-speed', 'white-balance'];
/** The sections that declare no kind and whose id implies none: their kind is read from their headings. */
const HEADING_READ = [
	'aperture#mistakes',
	'depth-of-field#focus-stacking',
	'depth-of-field#mistakes',
	'iso#noise',
	'shutter-speed#long-exposure-gear',
	'white-balance#grey-card',
	'white-balance#mixed-light',
];

const files = readContentFiles(CONTENT);
const { glossary, problems, fileCount } = buildGlossary(files);
const articles = files.flatMap((file) => parseArticle(file).article ?? []);
const sectionIds = (lang: string, term: string) =>
	articles
		.find((a) => a.lang === lang && a.id === term)
		?.sections.filter((s) => !s.isGroup)
		.map((s) => s.id) ?? [];

describe('glossary C content', () => {
	it('validates with zero errors, warning only about the sections whose kind is read from their headings', () => {
		expect(problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([]);
		const warned = problems.map((p) => {
			const [lang = '', file = ''] = p.file.split('/');
			const section = /^section "([a-z0-9-]+)" has no kind/.exec(p.message)?.[1];
			return section ? `${lang}/${file.replace(/\.md$/, '')}#${section}` : formatProblem(p);
		});
		const expected = HEADING_READ.map((key) => `en/${key}`);
		expect(warned.sort()).toEqual(expected.sort());
		expect(glossary).toBeDefined();
	});

	it('gives kinds three ways: declared, implied by a conventional id, and read from headings', () => {
		const unkinded = articles
			.filter((a) => a.lang === 'en')
			.flatMap((a) => a.sections.filter((s) => !s.isGroup && s.kinds.length === 0).map((s) => `${a.id}#${s.id}`));
		expect(unkinded.sort()).toEqual([...HEADING_READ].sort());
		const en = articles.filter((a) => a.lang === 'en').flatMap((a) => a.sections);
		expect(en.filter((s) => s.kinds.length > 0).length).toBe(35 - HEADING_READ.length);
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

describe('glossary C questions', () => {
	const languageOf = (id: string) => glossaryCLanguage({ id }) as ContentLanguage;

	it('has 30 rows per language with unique ids, 5 of them off-topic', () => {
		expect(new Set(GLOSSARY_C_ROWS.map((row) => row.id)).size).toBe(GLOSSARY_C_ROWS.length);
		for (const lang of CONTENT_LANGUAGES) {
			const rows = GLOSSARY_C_ROWS.filter((row) => languageOf(row.id) === lang);
			expect(rows, lang).toHaveLength(30);
			expect(rows.filter((row) => row.expect === 'not-found').length, lang).toBe(5);
			expect(rows.filter((row) => row.tags.includes('off-topic')).length, lang).toBe(5);
		}
	});

	it('expects only terms and sections that exist, in the question language and in the language the asker gets', () => {
		const missing: string[] = [];
		for (const row of GLOSSARY_C_ROWS) {
			if (row.expect === 'not-found') continue;
			const { term, section } = row.expect;
			for (const lang of new Set([languageOf(row.id), resolveLocale(row.locale).lang])) {
				if (!sectionIds(lang, term).includes(section)) missing.push(`${row.id}: ${lang}/${term}#${section}`);
			}
		}
		expect(missing).toEqual([]);
	});

	it('asks about every answerable section of every term at least 3 times', () => {
		const asked = new Map<string, number>();
		for (const row of GLOSSARY_C_ROWS) {
			if (row.expect === 'not-found') continue;
			const key = `${row.expect.term}#${row.expect.section}`;
			asked.set(key, (asked.get(key) ?? 0) + 1);
		}
		const all = TERMS.flatMap((term) => sectionIds('en', term).map((section) => `${term}#${section}`));
		expect(all.filter((key) => (asked.get(key) ?? 0) < 3)).toEqual([]);
	});

	it('keeps the one seeded split: 15 train and 15 test per language', () => {
		const splits = assignGlossaryCSplits(GLOSSARY_C_ROWS);
		expect(GLOSSARY_C_ROWS.filter((row) => splits.get(row.id) !== row.split).map((row) => row.id)).toEqual([]);
		for (const lang of CONTENT_LANGUAGES) {
			const rows = GLOSSARY_C_ROWS.filter((row) => languageOf(row.id) === lang);
			expect(rows.filter((row) => row.split === 'train').length, lang).toBe(15);
		}
	});
});
