/**
 * Integrity of the evaluation set only; the engine is not run here (that is `npm run eval`/`npm run tune`).
 * Expected sections are checked against the articles on disk in every content language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_LANGUAGES, isSupportedLocale, SUPPORTED_LOCALES } from '../../../src/core/locales.ts';
import { EVAL_ROWS, questionLanguage, ROWS_BY_LANGUAGE } from './questions.ts';
import {
	assignBatch2Splits,
	assignBatch3Splits,
	assignBatch4Splits,
	assignBatch5Splits,
	assignBatch6Splits,
	assignSplits,
	isBatch1,
	isBatch2,
	isBatch3,
	isBatch4,
	isBatch5,
	isBatch6,
} from './split.ts';

const contentDir = new URL('../../../content/', import.meta.url);
/** A heading and its section id; attributes after the id (`{#id kind=cost}`) are allowed. */
const HEADING = /^(#{2,3}) .*\{#([a-z0-9-]+)(?:\s[^}]*)?\}\s*$/;

/** Answerable section ids of one article: headings with text of their own (not a `##` that only groups `###`). */
function answerableSections(lang: string, term: string): Set<string> {
	const lines = readFileSync(new URL(`${lang}/${term}.md`, contentDir), 'utf8').split('\n');
	const sections = new Set<string>();
	lines.forEach((line, index) => {
		const match = HEADING.exec(line);
		if (!match?.[2]) return;
		const next = lines.slice(index + 1).find((l) => l.trim() !== '');
		if (next !== undefined && HEADING.test(next)) return;
		sections.add(match[2]);
	});
	return sections;
}

function terms(lang: string): string[] {
	return readdirSync(new URL(`${lang}/`, contentDir))
		.filter((file) => file.endsWith('.md'))
		.map((file) => file.slice(0, -3));
}

const SECTIONS = new Map(
	CONTENT_LANGUAGES.map((lang) => [lang, new Map(terms(lang).map((term) => [term, answerableSections(lang, term)]))]),
);
const OFF_TOPIC_MIN = 30;
const PER_LANGUAGE_MIN = 50;

describe('evaluation set integrity', () => {
	it('has unique ids of the form <language>-<nnn>, grouped by the language of the question', () => {
		const ids = EVAL_ROWS.map((row) => row.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const [lang, rows] of Object.entries(ROWS_BY_LANGUAGE)) {
			for (const row of rows) expect(row.id).toMatch(new RegExp(`^${lang}-\\d{3}$`));
		}
	});

	it('expects only terms and answerable sections that exist in every content language', () => {
		for (const row of EVAL_ROWS) {
			if (row.expect === 'not-found') continue;
			for (const lang of CONTENT_LANGUAGES) {
				const sections = SECTIONS.get(lang)?.get(row.expect.term);
				expect(sections, `${row.id}: no article ${lang}/${row.expect.term}.md`).toBeDefined();
				expect(sections?.has(row.expect.section), `${row.id}: ${lang}/${row.expect.term} #${row.expect.section}`).toBe(
					true,
				);
			}
		}
	});

	it('covers every answerable section of every English article at least once', () => {
		const expected = new Set(
			EVAL_ROWS.flatMap((row) => (row.expect === 'not-found' ? [] : [`${row.expect.term}#${row.expect.section}`])),
		);
		const missing = [...(SECTIONS.get('en') ?? new Map<string, Set<string>>())].flatMap(([term, sections]) =>
			[...sections].map((section) => `${term}#${section}`).filter((key) => !expected.has(key)),
		);
		expect(missing).toEqual([]);
	});

	it(`has at least ${PER_LANGUAGE_MIN} questions per language and ${OFF_TOPIC_MIN} off-topic ones`, () => {
		for (const lang of CONTENT_LANGUAGES) {
			expect(ROWS_BY_LANGUAGE[lang]?.length ?? 0, lang).toBeGreaterThanOrEqual(PER_LANGUAGE_MIN);
		}
		const offTopic = EVAL_ROWS.filter((row) => row.expect === 'not-found');
		expect(offTopic.length).toBeGreaterThanOrEqual(OFF_TOPIC_MIN);
		for (const lang of CONTENT_LANGUAGES) {
			expect(
				offTopic.some((row) => questionLanguage(row) === lang),
				lang,
			).toBe(true);
		}
	});

	it('tags agree with the rows: off-topic means not-found, fallback means an unserved locale', () => {
		for (const row of EVAL_ROWS) {
			expect(row.tags.includes('off-topic'), row.id).toBe(row.expect === 'not-found');
			expect(row.tags.includes('fallback'), row.id).toBe(!isSupportedLocale(row.locale));
			if (row.tags.includes('fallback')) expect(questionLanguage(row), row.id).toBe('en');
			if (row.tags.includes('cross-language') && isSupportedLocale(row.locale)) {
				expect(SUPPORTED_LOCALES[row.locale], row.id).not.toBe(questionLanguage(row));
			}
		}
	});

	it('has both halves in every language of each batch, about half each, exactly as split.ts assigned them once', () => {
		const batches = [
			{ name: 'batch 1', splits: assignSplits(ROWS_BY_LANGUAGE), inBatch: isBatch1 },
			{ name: 'batch 2', splits: assignBatch2Splits(ROWS_BY_LANGUAGE), inBatch: isBatch2 },
			{ name: 'batch 3', splits: assignBatch3Splits(ROWS_BY_LANGUAGE), inBatch: isBatch3 },
			{ name: 'batch 4', splits: assignBatch4Splits(ROWS_BY_LANGUAGE), inBatch: isBatch4 },
			{ name: 'batch 5', splits: assignBatch5Splits(ROWS_BY_LANGUAGE), inBatch: isBatch5 },
			{ name: 'batch 6', splits: assignBatch6Splits(ROWS_BY_LANGUAGE), inBatch: isBatch6 },
		];
		for (const { name, splits, inBatch } of batches) {
			for (const [lang, all] of Object.entries(ROWS_BY_LANGUAGE)) {
				const rows = all.filter((row) => inBatch(row.id));
				expect(rows.length, `${name} ${lang}`).toBeGreaterThan(0);
				const train = rows.filter((row) => row.split === 'train').length;
				expect(train, `${name} ${lang}`).toBeGreaterThan(0);
				expect(Math.abs(rows.length - 2 * train), `${name} ${lang}`).toBeLessThanOrEqual(1);
				for (const row of rows) expect(row.split, `${name} ${row.id}`).toBe(splits.get(row.id));
			}
		}
		const assigned = batches.reduce((count, { splits }) => count + splits.size, 0);
		expect(assigned).toBe(EVAL_ROWS.length);
	});
});
