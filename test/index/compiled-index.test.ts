/**
 * The compiled index gives the same answers as the glossary it was built from: every question of the ranking
 * sets (test/search/ranking.test.ts rows, in every language; the evaluation set, in each asker's language), through ask, define and
 * autocomplete, and every section's text; then the same on a generated glossary with sampled questions.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, makeQueries } from '../../scripts/bench/synthetic-corpus.ts';
import { ensureIndex, loadContent } from '../../src/adapters/content-pipeline.ts';
import {
	analysisStamp,
	hashContent,
	loadIndexFile,
	readIndexHead,
	writeIndexFile,
} from '../../src/adapters/fs/index-file.ts';
import { readContentFiles } from '../../src/adapters/fs/read-content.ts';
import { createEngine, type Engine } from '../../src/core/answer/engine.ts';
import { RANKING } from '../../src/core/answer/ranking-config.ts';
import { buildGlossary } from '../../src/core/content/build-glossary.ts';
import { answerSections, type ContentFile } from '../../src/core/content/types.ts';
import { CONTENT_LANGUAGES, type ContentLanguage, resolveLocale } from '../../src/core/locales.ts';
import { compileContent } from '../../src/core/search/compile-content.ts';
import { EVAL_ROWS } from '../search/eval/questions.ts';

const work = mkdtempSync(join(tmpdir(), 'glossary-index-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Both engines: built in memory from the files, and loaded from an index file written from them. */
function pair(files: ContentFile[], name: string): { memory: Engine; loaded: Engine; close: () => void } {
	const stamp = { contentHash: hashContent(files), fingerprint: 'test', analysis: analysisStamp() };
	const compiled = compileContent(files, stamp);
	if (!compiled.index) throw new Error('content does not load');
	const file = join(work, `${name}.idx`);
	writeIndexFile(file, compiled.index);
	const loaded = loadIndexFile(file);
	return {
		memory: createEngine(compiled.index.glossary),
		loaded: createEngine(loaded.glossary, RANKING, {
			terms: loaded.terms,
			sections: loaded.sections,
			lexicon: loaded.lexicon,
			kinds: loaded.kinds,
		}),
		close: loaded.close,
	};
}

/** The first string of every table row (`['question', …]`) of the ranking sets. */
function rankingQuestions(): string[] {
	const source = readFileSync('test/search/ranking.test.ts', 'utf8');
	const out = new Set<string>();
	for (const m of source.matchAll(/\[\s*(['"])((?:\\.|(?!\1).)*)\1\s*,/g)) {
		out.add((m[2] ?? '').replace(/\\(.)/g, '$1'));
	}
	return [...out];
}

function sameAnswers(
	memory: Engine,
	loaded: Engine,
	questions: readonly string[],
	languages: readonly ContentLanguage[],
): number {
	let compared = 0;
	for (const q of questions) {
		for (const lang of languages) {
			expect(loaded.ask(q, lang), `ask ${q} (${lang})`).toEqual(memory.ask(q, lang));
			expect(loaded.define(q, lang), `define ${q} (${lang})`).toEqual(memory.define(q, lang));
			const typed = q.slice(0, 6);
			expect(loaded.complete(typed, lang, 25), `complete ${typed} (${lang})`).toEqual(memory.complete(typed, lang, 25));
			compared += 3;
		}
	}
	return compared;
}

describe('compiled index: the bundled content', () => {
	const files = readContentFiles('content');
	const { memory, loaded, close } = pair(files, 'bundled');
	afterAll(close);

	it('answers every ranking question the same, in every language', () => {
		const questions = rankingQuestions();
		expect(questions.length).toBeGreaterThan(400);
		expect(sameAnswers(memory, loaded, questions, CONTENT_LANGUAGES)).toBe(
			questions.length * CONTENT_LANGUAGES.length * 3,
		);
	});

	it("answers every question of the evaluation set the same, in its asker's language", () => {
		expect(EVAL_ROWS.length).toBeGreaterThan(100);
		for (const row of EVAL_ROWS) sameAnswers(memory, loaded, [row.q], [resolveLocale(row.locale).lang]);
	});

	it('shows every section with the same Markdown and text, and lists terms the same', () => {
		for (const lang of CONTENT_LANGUAGES) {
			expect(loaded.sortedTerms(lang)).toEqual(memory.sortedTerms(lang));
			// In the order of the titles the articles show, in the language's collation.
			const collator = new Intl.Collator(lang, { sensitivity: 'base' });
			const shownTitle = (id: string) => memory.show(id, undefined, lang)?.article.title ?? id;
			const byShown = [...memory.glossary.termIds].sort((a, b) => collator.compare(shownTitle(a), shownTitle(b)));
			expect(memory.sortedTerms(lang)).toEqual(byShown);
			for (const article of memory.glossary.articles.get(lang)?.values() ?? []) {
				for (const section of answerSections(article)) {
					const a = memory.show(article.id, section.id, lang);
					const b = loaded.show(article.id, section.id, lang);
					expect(b?.section.markdown).toBe(a?.section.markdown);
					expect(b?.section.text).toBe(a?.section.text);
					expect(b?.section.heading).toBe(a?.section.heading);
					expect(b?.article.title).toBe(a?.article.title);
				}
			}
		}
	});

	it('names every term by the title its article shows, or the English one where it has none, without reading it', () => {
		for (const lang of CONTENT_LANGUAGES) {
			for (const termId of memory.glossary.termIds) {
				const title = memory.show(termId, undefined, lang)?.article.title;
				expect(title).toBeDefined();
				expect(memory.titleOf(termId, lang)).toBe(title);
				expect(loaded.titleOf(termId, lang)).toBe(title);
			}
		}
		expect(memory.titleOf('no-such-term', 'en')).toBeUndefined();
		const source =
			'---\nid: gadget\nlang: en\ntitle: Gadget\ndescription: A gadget.\n---\n\n## What is it? {#definition}\n\nA tool.\n';
		const englishOnly = createEngine(buildGlossary([{ path: 'en/gadget.md', source }]).glossary ?? memory.glossary);
		expect(englishOnly.titleOf('gadget', 'sv')).toBe('Gadget');
		expect(englishOnly.show('gadget', undefined, 'sv')?.article.title).toBe('Gadget');
	});
});

describe('compiled index: a generated glossary', () => {
	const files = generateCorpus({ terms: 40, seed: 7 });
	const { memory, loaded, close } = pair(files, 'generated');
	afterAll(close);

	it('answers sampled questions, typos and names the same', () => {
		const set = makeQueries(files, { n: 60, seed: 11 });
		const questions = [...set.questions, ...set.typoQuestions, ...set.lookups, ...set.typoLookups].map((q) => q.text);
		expect(sameAnswers(memory, loaded, questions, CONTENT_LANGUAGES)).toBeGreaterThan(0);
	});
});

describe('compiled index file: stamps and damage', () => {
	it('is reused when the content is unchanged, rebuilt when it changes, and rebuilt when the file is damaged', () => {
		const content = join(work, 'content-copy');
		cpSync('content', content, { recursive: true, filter: (src) => !src.includes('/.index') });
		const first = ensureIndex({ contentDir: content });
		expect(first).toMatchObject({ ok: true, built: true });
		expect(ensureIndex({ contentDir: content })).toMatchObject({ ok: true, built: false });

		const file = join(content, 'en', 'realtor.md');
		writeFileSync(file, readFileSync(file, 'utf8').replace('A realtor is', 'A realtor (changed) is'));
		const changed = ensureIndex({ contentDir: content });
		expect(changed).toMatchObject({ ok: true, built: true });
		if (!first.ok || !changed.ok) throw new Error('unreachable');
		expect(changed.contentHash).not.toBe(first.contentHash);

		// Cut the file after its stamp: the stamp still matches, the rest cannot be read.
		const bytes = readFileSync(changed.file);
		writeFileSync(changed.file, bytes.subarray(0, 4096));
		const loaded = loadContent({ contentDir: content });
		expect(loaded.ok).toBe(true);
		if (loaded.ok) expect(loaded.content.ctx.engine.define('realtor', 'en').termId).toBe('realtor');
	});
});

describe('an index analysed with other language data', () => {
	it('is no index of this version: its head is refused, so the content is indexed again', () => {
		const files = readContentFiles('content');
		const stamp = { contentHash: hashContent(files), fingerprint: 'test', analysis: analysisStamp() };
		const current = compileContent(files, stamp).index;
		const older = compileContent(files, { ...stamp, analysis: 'another-version' }).index;
		if (!current || !older) throw new Error('content does not load');
		writeIndexFile(join(work, 'current.idx'), current);
		writeIndexFile(join(work, 'older.idx'), older);
		expect(readIndexHead(join(work, 'current.idx'))?.meta.contentHash).toBe(stamp.contentHash);
		expect(readIndexHead(join(work, 'older.idx'))).toBeUndefined();
	});
});
