/**
 * Checks shared by the blind glossaries' fixture tests (test/fixtures/glossary-*): the content loads through the
 * loader the bot uses, with the same sections in every language, and every question row points at a term and
 * section that exist, with the one seeded split. They run no question through the engine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/adapters/fs/read-content.ts';
import { buildGlossary, formatProblem } from '../../src/core/content/build-glossary.ts';
import { parseArticle } from '../../src/core/content/parse-article.ts';
import { inferKinds } from '../../src/core/content/section-kinds.ts';
import { CONTENT_LANGUAGES, type ContentLanguage, resolveLocale } from '../../src/core/locales.ts';
import { rowLanguage } from '../fixtures/blind-split.ts';
import type { EvalRow, EvalSplit } from '../search/eval/types.ts';

export interface BlindGlossary {
	name: string;
	/** Absolute path of the content directory. */
	content: string;
	terms: readonly string[];
	rows: readonly EvalRow[];
	splits: (rows: readonly EvalRow[]) => Map<string, EvalSplit>;
	/** How often each answerable section is asked about, at least. */
	minAsks: number;
	/**
	 * The sections (`term#section`) that declare no kind and whose id implies none, so their kind is read from their
	 * headings: `check` warns about each once, in its English file, by design. None when left out.
	 */
	headingRead?: readonly string[];
}

/** The glossary loaded as the bot loads it, and its articles as parsed one by one. */
export function loadBlindGlossary(content: string) {
	const files = readContentFiles(content);
	const built = buildGlossary(files);
	const articles = files.flatMap((file) => parseArticle(file).article ?? []);
	const sectionIds = (lang: string, term: string) =>
		articles
			.find((a) => a.lang === lang && a.id === term)
			?.sections.filter((s) => !s.isGroup)
			.map((s) => s.id) ?? [];
	return { ...built, articles, sectionIds };
}

export function checkBlindGlossary(set: BlindGlossary): void {
	const { glossary, problems, fileCount, articles, sectionIds } = loadBlindGlossary(set.content);
	const headingRead = set.headingRead ?? [];
	const inLanguage = (lang: ContentLanguage) => set.rows.filter((row) => rowLanguage(row) === lang);

	describe(`${set.name} content`, () => {
		it('validates with zero errors, warning only about the sections whose kind is read from their headings', () => {
			expect(problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([]);
			const warned = problems.map((p) => {
				const [lang = '', file = ''] = p.file.split('/');
				const section = /^section "([a-z0-9-]+)" has no kind/.exec(p.message)?.[1];
				return section ? `${lang}/${file.replace(/\.md$/, '')}#${section}` : formatProblem(p);
			});
			expect(warned.sort()).toEqual(headingRead.map((key) => `en/${key}`).sort());
			expect(glossary).toBeDefined();
		});

		it('has its terms in all six languages, each with the same 6 to 8 sections and a definition', () => {
			expect(fileCount).toBe(set.terms.length * CONTENT_LANGUAGES.length);
			for (const lang of CONTENT_LANGUAGES) {
				expect(
					articles
						.filter((a) => a.lang === lang)
						.map((a) => a.id)
						.sort(),
					lang,
				).toEqual([...set.terms]);
			}
			for (const term of set.terms) {
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

	describe(`${set.name} questions`, () => {
		it('has 30 rows per language with unique ids, 5 of them off-topic', () => {
			expect(new Set(set.rows.map((row) => row.id)).size).toBe(set.rows.length);
			for (const lang of CONTENT_LANGUAGES) {
				expect(inLanguage(lang), lang).toHaveLength(30);
				expect(inLanguage(lang).filter((row) => row.expect === 'not-found').length, lang).toBe(5);
				expect(inLanguage(lang).filter((row) => row.tags.includes('off-topic')).length, lang).toBe(5);
			}
		});

		it('expects only terms and sections that exist, in the question language and in the language the asker gets', () => {
			const missing: string[] = [];
			for (const row of set.rows) {
				if (row.expect === 'not-found') continue;
				const { term, section } = row.expect;
				for (const lang of new Set([rowLanguage(row), resolveLocale(row.locale).lang])) {
					if (!sectionIds(lang, term).includes(section)) missing.push(`${row.id}: ${lang}/${term}#${section}`);
				}
			}
			expect(missing).toEqual([]);
		});

		it(`asks about every answerable section of every term at least ${set.minAsks} times`, () => {
			const asked = new Map<string, number>();
			for (const row of set.rows) {
				if (row.expect === 'not-found') continue;
				const key = `${row.expect.term}#${row.expect.section}`;
				asked.set(key, (asked.get(key) ?? 0) + 1);
			}
			const all = set.terms.flatMap((term) => sectionIds('en', term).map((section) => `${term}#${section}`));
			expect(all.filter((key) => (asked.get(key) ?? 0) < set.minAsks)).toEqual([]);
		});

		it('keeps the one seeded split: 15 train and 15 test per language', () => {
			const splits = set.splits(set.rows);
			expect(set.rows.filter((row) => splits.get(row.id) !== row.split).map((row) => row.id)).toEqual([]);
			for (const lang of CONTENT_LANGUAGES) {
				expect(inLanguage(lang).filter((row) => row.split === 'train').length, lang).toBe(15);
			}
		});
	});
}

/**
 * A blind glossary gives section kinds three ways, like a real author's: declared after the id (`{#id kind=cost}`),
 * implied by a conventional id, and not at all, so the bot reads them from the headings. Asserts exactly which
 * English sections are declared and which are read from headings; every other one must have the kinds its id implies.
 */
export function checkKindSources(
	name: string,
	content: string,
	sources: { answerable: number; declared: readonly string[]; headingRead: readonly string[] },
): void {
	describe(`${name} content`, () => {
		it('gives kinds three ways: declared, implied by a conventional id, and read from headings', () => {
			const en = loadBlindGlossary(content).articles.filter((a) => a.lang === 'en');
			const answerable = en.flatMap((a) => a.sections.filter((s) => !s.isGroup).map((s) => ({ term: a.id, s })));
			const key = ({ term, s }: (typeof answerable)[number]) => `${term}#${s.id}`;
			expect(answerable).toHaveLength(sources.answerable);
			const declared = en.flatMap((a) =>
				[...readFileSync(join(content, 'en', `${a.id}.md`), 'utf8').matchAll(/\{#([a-z0-9-]+) kind=/g)].map(
					(m) => `${a.id}#${m[1]}`,
				),
			);
			expect(declared.sort()).toEqual([...sources.declared].sort());
			const implied = answerable.filter((x) => !sources.declared.includes(key(x)) && inferKinds(x.s.id).length > 0);
			expect(implied).toHaveLength(sources.answerable - sources.declared.length - sources.headingRead.length);
			for (const x of implied) expect(x.s.kinds, key(x)).toEqual(inferKinds(x.s.id));
			expect(
				answerable
					.filter(({ s }) => s.kinds.length === 0)
					.map(key)
					.sort(),
			).toEqual([...sources.headingRead].sort());
		});
	});
}
