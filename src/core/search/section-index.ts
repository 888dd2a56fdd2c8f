import MiniSearch, { type SearchResult } from 'minisearch';
import { RANKING } from '../answer/ranking-config.ts';
import { answerSections, type Glossary } from '../content/types.ts';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../locales.ts';
import { analyzeTerm, tokenize } from '../text/analyzer.ts';

interface SectionDoc {
	key: string;
	termId: string;
	sectionId: string;
	title: string;
	aliases: string;
	heading: string;
	body: string;
}

export interface SectionHit {
	termId: string;
	sectionId: string;
	score: number;
	/** Share of the question's meaningful words that this section matched. */
	coverage: number;
	/** True when at least one question word matched exactly (not only through a typo or prefix). */
	exact: boolean;
	/** The question's analysed words this section matched: exactly, and by prefix or with a typo. */
	matched: string[];
	fuzzyMatched: string[];
}

// Per-field weights (a heading names what a section is about; the article's names say which term it is)
// and the weight of the term's own names live in the one ranking configuration.
const BOOST = RANKING.fields;
const NAME_WEIGHT = RANKING.nameWeight;

/**
 * One BM25+ index (MiniSearch) per content language over the answerable sections, with that language's
 * analysis (stopwords, Snowball stemming, diacritic folding). Also keeps each language's vocabulary, which
 * tells which words need typo expansion.
 */
export class SectionIndex {
	private readonly indexes = new Map<ContentLanguage, MiniSearch<SectionDoc>>();
	private readonly vocabulary = new Map<ContentLanguage, Set<string>>();

	constructor(glossary: Glossary) {
		for (const lang of CONTENT_LANGUAGES) {
			const vocab = new Set<string>();
			const process = (term: string) => {
				const analysed = analyzeTerm(lang, term);
				if (analysed !== null) vocab.add(analysed);
				return analysed;
			};
			const index = new MiniSearch<SectionDoc>({
				idField: 'key',
				fields: ['title', 'aliases', 'heading', 'body'],
				storeFields: ['termId', 'sectionId'],
				tokenize,
				processTerm: process,
			});
			const docs: SectionDoc[] = [];
			for (const article of glossary.articles.get(lang)?.values() ?? []) {
				for (const section of answerSections(article)) {
					docs.push({
						key: `${article.id}#${section.id}`,
						termId: article.id,
						sectionId: section.id,
						title: article.title,
						aliases: article.aliases.join(' · '),
						heading: [section.heading, ...section.seedHeadings].join(' · '),
						body: section.text,
					});
				}
			}
			index.addAll(docs);
			this.indexes.set(lang, index);
			this.vocabulary.set(lang, vocab);
		}
	}

	/** Meaningful analysed words of a question in one language. */
	queryTerms(question: string, lang: ContentLanguage): string[] {
		const out: string[] = [];
		for (const word of tokenize(question)) {
			const term = analyzeTerm(lang, word);
			if (term !== null && !out.includes(term)) out.push(term);
		}
		return out;
	}

	/**
	 * Ranks sections of `lang` for a question. `terms` limits the search to those terms' sections;
	 * `boostSections` lifts section ids the question's shape asks for (a list question → `types`).
	 */
	search(
		question: string | { analysed: string[] },
		lang: ContentLanguage,
		{
			terms,
			boostSections,
			boostFactor = 1.6,
			downweight,
			limit = 10,
		}: {
			terms?: ReadonlySet<string>;
			boostSections?: (sectionId: string) => boolean;
			boostFactor?: number;
			/** Analysed words that count for little (the term's own names, present in all its sections). */
			downweight?: ReadonlySet<string>;
			limit?: number;
		} = {},
	): SectionHit[] {
		const index = this.indexes.get(lang);
		const vocab = this.vocabulary.get(lang);
		if (!index || !vocab) return [];
		// Analysed words must not be analysed again: stemming twice changes them ("certifiering" → "certifier").
		const wanted = typeof question === 'string' ? this.queryTerms(question, lang) : question.analysed;
		if (wanted.length === 0) return [];
		const results: SearchResult[] = index.search(wanted.join(' '), {
			// Already analysed: the index's analyser must not run twice.
			tokenize: (text) => text.split(' '),
			processTerm: (term) => term,
			boost: BOOST,
			// Typo expansion only for words the language does not know: known words are taken as written,
			// which keeps a question's cost near one exact look-up per word.
			fuzzy: (term) => (vocab.has(term) ? false : term.length >= 8 ? 2 : term.length >= 3 ? 1 : false),
			prefix: (term, i, all) => i === all.length - 1 && term.length >= 4 && !vocab.has(term),
			weights: { fuzzy: 0.5, prefix: 0.4 },
			...(downweight ? { boostTerm: (term: string) => (downweight.has(term) ? NAME_WEIGHT : 1) } : {}),
			combineWith: 'OR',
			...(terms ? { filter: (r: SearchResult) => terms.has(r.termId as string) } : {}),
		});
		const hits = results.slice(0, limit * 3).map((r) => {
			// Words that count for little (the term's names) do not count towards coverage either.
			const counted = downweight ? wanted.filter((w) => !downweight.has(w)) : wanted;
			const basis = counted.length > 0 ? counted : wanted;
			const coverage = r.queryTerms.filter((t) => basis.includes(t)).length / basis.length;
			// Coordination: a section with all the asked words beats one that repeats a single common one.
			// A section the question's shape asks for keeps half credit even without the words.
			const wantedShape = boostSections?.(r.sectionId as string) ?? false;
			const credit = wantedShape ? Math.max(coverage, 0.5) : coverage;
			let score = r.score * credit * credit;
			if (wantedShape) score *= boostFactor;
			return {
				termId: r.termId as string,
				sectionId: r.sectionId as string,
				score,
				coverage,
				exact: r.queryTerms.some((t) => r.terms.includes(t)),
				matched: r.queryTerms.filter((t) => r.terms.includes(t)),
				fuzzyMatched: r.queryTerms.filter((t) => !r.terms.includes(t)),
			};
		});
		return hits.sort((a, b) => b.score - a.score).slice(0, limit);
	}

	/** Section headings that start with what was typed (autocomplete). */
	headings(prefix: string, lang: ContentLanguage, limit: number): SectionHit[] {
		const index = this.indexes.get(lang);
		if (!index || prefix.trim() === '') return [];
		return index
			.search(prefix, { fields: ['heading'], prefix: true, fuzzy: 0.2, combineWith: 'AND' })
			.slice(0, limit)
			.map((r) => ({
				termId: r.termId as string,
				sectionId: r.sectionId as string,
				score: r.score,
				coverage: 1,
				exact: true,
				matched: [],
				fuzzyMatched: [],
			}));
	}
}
