import { answerSections, type Glossary, getArticle } from '../content/types.ts';
import { type ContentLanguage, DEFAULT_LANGUAGE } from '../locales.ts';
import { buildSectionIndexes } from '../search/build-indexes.ts';
import { KindModel } from '../search/kind-model.ts';
import { TermIndex } from '../search/term-index.ts';
import { cleanInput, foldName } from '../text/normalize.ts';
import { ask } from './ask.ts';
import { define } from './define.ts';
import { RANKING, type RankingConfig } from './ranking-config.ts';
import type { Answer, Shown, Suggestion } from './types.ts';
import type { Readers } from './understand.ts';

export type { Answer, AnswerStatus, AnswerTrace, Shown, Suggestion } from './types.ts';

export interface Engine {
	readonly glossary: Glossary;
	define(term: string, lang: ContentLanguage): Answer;
	ask(question: string, lang: ContentLanguage): Answer;
	/** Terms (and, for the best term, its sections) for autocomplete, best first. */
	complete(typed: string, lang: ContentLanguage, limit: number): Suggestion[];
	show(termId: string, sectionId: string | undefined, lang: ContentLanguage): Shown | undefined;
	/** A term's title in `lang`, or in English where it has no article in `lang`, without reading the article. */
	titleOf(termId: string, lang: ContentLanguage): string | undefined;
	/** Term ids sorted by their title in `lang`, in that language's own alphabetical order. */
	sortedTerms(lang: ContentLanguage): string[];
	/** Every term a text names (titles and aliases in any language, inflections, small typos), best first. */
	termsIn(text: string, limit: number): Suggestion[];
	/** The same glossary and indexes answering with other weights (`npm run tune`). */
	withConfig(config: RankingConfig): Engine;
}

/** `prebuilt`: indexes loaded from the compiled index file instead of built from the glossary. */
export function createEngine(
	glossary: Glossary,
	config: RankingConfig = RANKING,
	prebuilt?: Omit<Readers, 'kinds'> & Partial<Pick<Readers, 'kinds'>>,
): Engine {
	const readers: Readers = prebuilt
		? { ...prebuilt, kinds: prebuilt.kinds ?? new KindModel(glossary) }
		: {
				terms: new TermIndex(glossary),
				...buildSectionIndexes(glossary),
			};
	return assemble(glossary, readers, config, new Map());
}

function assemble(
	glossary: Glossary,
	readers: Readers,
	config: RankingConfig,
	sortedCache: Map<ContentLanguage, string[]>,
): Engine {
	const show = (termId: string, sectionId: string | undefined, lang: ContentLanguage): Shown | undefined => {
		const own = getArticle(glossary, lang, termId);
		const article = own ?? getArticle(glossary, DEFAULT_LANGUAGE, termId);
		if (!article) return undefined;
		const section =
			(sectionId ? article.sections.find((s) => s.id === sectionId && !s.isGroup) : undefined) ??
			article.sections.find((s) => s.kinds.includes('definition')) ??
			answerSections(article)[0];
		if (!section) return undefined;
		return { article, section, untranslated: own === undefined };
	};

	/** A choice picked from autocomplete arrives as its value: `term-id` or `term-id#section-id`. */
	const byId = (value: string): Suggestion | undefined => {
		const [termId, sectionId] = value.trim().split('#');
		if (!termId || !glossary.related.has(termId)) return undefined;
		const article = getArticle(glossary, DEFAULT_LANGUAGE, termId);
		if (sectionId !== undefined && !article?.sections.some((s) => s.id === sectionId && !s.isGroup)) return undefined;
		return sectionId === undefined ? { termId } : { termId, sectionId };
	};

	const sortedTerms = (lang: ContentLanguage): string[] => {
		const cached = sortedCache.get(lang);
		if (cached) return cached;
		// Each language's own collation: å, ä, ö after z in Swedish; Cyrillic order in Russian.
		const collator = new Intl.Collator(lang === 'en' ? 'en' : lang, { sensitivity: 'base' });
		// By the name index's titles, which are the articles' own (or English) titles: reading every article for its
		// title took ~0.6 s of a 5,000-term server's start.
		const title = (id: string) => readers.terms.titleOf(id, lang) ?? readers.terms.titleOf(id, DEFAULT_LANGUAGE) ?? id;
		const titled = glossary.termIds.map((id) => ({ id, title: title(id) }));
		const sorted = titled.sort((a, b) => collator.compare(a.title, b.title)).map((t) => t.id);
		sortedCache.set(lang, sorted);
		return sorted;
	};

	const complete = (typed: string, lang: ContentLanguage, limit: number): Suggestion[] => {
		const text = cleanInput(typed).slice(0, 100);
		if (foldName(text) === '')
			return sortedTerms(lang)
				.slice(0, limit)
				.map((termId) => ({ termId }));
		const out: Suggestion[] = [];
		const push = (s: Suggestion) => {
			if (out.length < limit && !out.some((o) => o.termId === s.termId && o.sectionId === s.sectionId)) out.push(s);
		};
		const completions = config.limits.autocompleteCompletions;
		const matches = readers.terms.lookup(text, lang, config.names, { limit, maxCompletions: completions });
		for (const m of matches) push({ termId: m.termId });
		const first = matches[0];
		if (first && first.score >= config.thresholds.defineConfident) {
			const article = show(first.termId, undefined, lang)?.article;
			for (const section of article ? answerSections(article) : [])
				push({ termId: first.termId, sectionId: section.id });
		}
		for (const hit of readers.sections.headings(text, lang, limit, completions))
			push({ termId: hit.termId, sectionId: hit.sectionId });
		return out;
	};

	return {
		glossary,
		define: (term, lang) => {
			const picked = byId(term);
			return picked ? { status: 'answer', ...picked, suggestions: [] } : define(term, lang, readers.terms, config);
		},
		ask: (question, lang) => {
			const picked = byId(question);
			if (!picked) return ask(question, lang, glossary, readers, config);
			const sectionId = picked.sectionId ?? show(picked.termId, undefined, lang)?.section.id;
			return { status: 'answer', termId: picked.termId, ...(sectionId ? { sectionId } : {}), suggestions: [] };
		},
		complete,
		show,
		titleOf: (termId, lang) => readers.terms.titleOf(termId, lang) ?? readers.terms.titleOf(termId, DEFAULT_LANGUAGE),
		sortedTerms,
		termsIn: (text, limit) =>
			readers.terms
				.mentionedIn(cleanInput(text).slice(0, config.limits.messageChars))
				.slice(0, limit)
				.map((m) => ({ termId: m.termId })),
		withConfig: (other) => assemble(glossary, readers, other, sortedCache),
	};
}
