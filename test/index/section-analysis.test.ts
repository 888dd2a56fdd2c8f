/**
 * The build analyses each section's words once and hands them to the postings, the lexicon and the kind model
 * (src/core/search/section-analysis.ts). Each index must hold what analysing the section's text on its own
 * gives: here every index is built again the plain way (tokenize, compound parts, analyzeTerm per token,
 * Maps keyed by strings), on the bundled glossary and on a generated one in six languages, and compared.
 */
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/synthetic-corpus.ts';
import { readContentFiles } from '../../src/adapters/fs/read-content.ts';
import { buildGlossary } from '../../src/core/content/build-glossary.ts';
import { answerSections, type ContentFile, type Glossary } from '../../src/core/content/types.ts';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../../src/core/locales.ts';
import { buildSectionIndexes } from '../../src/core/search/build-indexes.ts';
import { KindModel } from '../../src/core/search/kind-model.ts';
import { Lexicon } from '../../src/core/search/lexicon.ts';
import { PostingsBuilder } from '../../src/core/search/postings.ts';
import { SectionIndex } from '../../src/core/search/section-index.ts';
import { PackedStrings, type PackedStringsData } from '../../src/core/search/sorted-strings.ts';
import { analyzeTerm, tokenize } from '../../src/core/text/analyzer.ts';
import { compoundTokenizer } from '../../src/core/text/compounds.ts';
import { foldName } from '../../src/core/text/normalize.ts';

function articlesOf(glossary: Glossary, lang: ContentLanguage) {
	return [...(glossary.articles.get(lang)?.values() ?? [])];
}

/** Each language's postings, every field tokenized (compounds with their parts) and analysed on its own. */
function plainPostings(glossary: Glossary, lang: ContentLanguage) {
	const articles = articlesOf(glossary, lang);
	const texts = articles.flatMap((a) => [a.title, ...a.aliases, ...a.sections.flatMap((s) => [s.heading, s.text])]);
	const builder = new PostingsBuilder(4, compoundTokenizer(lang, texts), (t) => analyzeTerm(lang, t));
	for (const a of articles) {
		for (const s of answerSections(a)) {
			builder.add([a.title, a.aliases.join(' · '), [s.heading, ...s.seedHeadings].join(' · '), s.text]);
		}
	}
	return builder.finish();
}

/** Sections per analysed word, and each folded written word's analysed form (the last written without diacritics, or the first). */
function plainLexicon(glossary: Glossary, lang: ContentLanguage) {
	const df = new Map<string, number>();
	const surface = new Map<string, string>();
	for (const a of articlesOf(glossary, lang)) {
		for (const s of answerSections(a)) {
			const seen = new Set<string>();
			const text = `${a.title} ${a.aliases.join(' ')} ${s.heading} ${s.seedHeadings.join(' ')} ${s.text}`;
			for (const word of tokenize(text)) {
				const analysed = analyzeTerm(lang, word);
				if (analysed === null) continue;
				seen.add(analysed);
				const folded = foldName(word);
				if (!surface.has(folded) || folded === word.toLowerCase()) surface.set(folded, analysed);
			}
			for (const w of seen) df.set(w, (df.get(w) ?? 0) + 1);
		}
	}
	return { df: sorted(df), surface: sorted(surface) };
}

/** Sections of any kind and of each kind holding each analysed word of a section's heading and text. */
function plainKinds(glossary: Glossary, lang: ContentLanguage) {
	const all = new Map<string, number>();
	const byKind = new Map<string, Map<string, number>>();
	for (const a of articlesOf(glossary, lang)) {
		for (const s of answerSections(a)) {
			const words = new Set(tokenize(`${s.heading} ${s.text}`).flatMap((w) => analyzeTerm(lang, w) ?? []));
			for (const w of words) all.set(w, (all.get(w) ?? 0) + 1);
			for (const kind of s.kinds.filter((k) => k !== 'topic')) {
				const df = byKind.get(kind) ?? new Map<string, number>();
				for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
				byKind.set(kind, df);
			}
		}
	}
	return { all: sorted(all), byKind: [...byKind].map(([kind, df]) => [kind, sorted(df)]) };
}

function sorted<V>(map: Map<string, V>): [string, V][] {
	return [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function strings(data: PackedStringsData): string[] {
	const packed = new PackedStrings(data);
	return Array.from({ length: packed.size }, (_, i) => packed.at(i));
}

function storedLexicon(lexicon: Lexicon, lang: ContentLanguage) {
	const l = lexicon.dump().langs.find((x) => x.lang === lang);
	if (!l) throw new Error(`no lexicon for ${lang}`);
	const words = strings(l.words);
	return {
		df: words.map((w, i) => [w, l.df[i]]),
		surface: strings(l.surface).map((w, i) => [w, words[l.analysedAt[i] ?? 0]]),
	};
}

function storedKinds(kinds: KindModel, lang: ContentLanguage) {
	const l = kinds.dump().find((x) => x.lang === lang);
	if (!l) throw new Error(`no kind model for ${lang}`);
	const words = strings(l.words);
	const column = (df: ArrayLike<number>) => words.flatMap((w, i) => ((df[i] ?? 0) > 0 ? [[w, df[i]]] : []));
	return { all: column(l.all), byKind: l.byKind.map(({ kind, df }) => [kind, column(df)]) };
}

function glossaryOf(files: ContentFile[]): Glossary {
	const { glossary } = buildGlossary(files);
	if (!glossary) throw new Error('content does not load');
	return glossary;
}

describe.each([
	['the bundled glossary', () => glossaryOf(readContentFiles('content'))],
	['a generated glossary of 80 terms', () => glossaryOf(generateCorpus({ terms: 80, seed: 11 }))],
])('one analysis per section, on %s', (_, load) => {
	const glossary = load();
	const shared = buildSectionIndexes(glossary);

	it.each(CONTENT_LANGUAGES)('gives the postings of analysing each field on its own (%s)', (lang) => {
		const stored = shared.sections.dump().languages.find((l) => l.lang === lang);
		expect(stored?.postings).toEqual(plainPostings(glossary, lang));
	});

	it.each(CONTENT_LANGUAGES)('gives the lexicon of analysing each section on its own (%s)', (lang) => {
		const plain = plainLexicon(glossary, lang);
		expect(plain.df.length).toBeGreaterThan(0);
		expect(storedLexicon(shared.lexicon, lang)).toEqual(plain);
	});

	it.each(CONTENT_LANGUAGES)('gives the kind counts of analysing each section on its own (%s)', (lang) => {
		const plain = plainKinds(glossary, lang);
		expect(plain.all.length).toBeGreaterThan(0);
		expect(storedKinds(shared.kinds, lang)).toEqual(plain);
	});

	it('builds each index alone as it builds it beside the others', () => {
		expect(new SectionIndex(glossary).dump()).toEqual(shared.sections.dump());
		expect(new Lexicon(glossary).dump()).toEqual(shared.lexicon.dump());
		expect(new KindModel(glossary).dump()).toEqual(shared.kinds.dump());
	});
});
