import { answerSections, type Glossary } from '../content/types.ts';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../locales.ts';
import { analyzeTerm, tokenize } from '../text/analyzer.ts';
import { foldName } from '../text/normalize.ts';

interface LanguageLexicon {
	/** Sections each analysed word occurs in: how much a word says (its IDF). */
	df: Map<string, number>;
	/**
	 * Written words with their diacritics folded → the analysed word. Stemming depends on the diacritics
	 * ("lucrează" stems to "lucr", "lucreaza" does not), so a question typed without them is mapped back.
	 */
	surface: Map<string, string>;
	sections: number;
}

/** What the compiled index file stores of the lexicon (so that loading analyses no section text). */
export interface LexiconDump {
	langs: [lang: ContentLanguage, df: [string, number][], surface: [string, string][], sections: number][];
	headings: [key: string, termId: string, sectionId: string][];
}

/** The words of every language's sections, for reading questions: IDF, diacritic-free spellings, compounds. */
export class Lexicon {
	private readonly langs = new Map<ContentLanguage, LanguageLexicon>();
	/** Every section's heading and earlier headings, folded: a question that is a heading asks for that section. */
	private readonly headings = new Map<string, { termId: string; sectionId: string }>();

	constructor(glossary: Glossary | LexiconDump) {
		if ('headings' in glossary) {
			for (const [lang, df, surface, sections] of glossary.langs)
				this.langs.set(lang, { df: new Map(df), surface: new Map(surface), sections });
			for (const [key, termId, sectionId] of glossary.headings) this.headings.set(key, { termId, sectionId });
			return;
		}
		for (const lang of CONTENT_LANGUAGES) {
			const lexicon: LanguageLexicon = { df: new Map(), surface: new Map(), sections: 0 };
			for (const article of glossary.articles.get(lang)?.values() ?? []) {
				const names = `${article.title} ${article.aliases.join(' ')}`;
				for (const section of answerSections(article)) {
					lexicon.sections++;
					for (const heading of [section.heading, ...section.seedHeadings]) {
						const key = foldName(heading);
						if (key !== '' && !this.headings.has(key))
							this.headings.set(key, { termId: article.id, sectionId: section.id });
					}
					const seen = new Set<string>();
					for (const word of tokenize(
						`${names} ${section.heading} ${section.seedHeadings.join(' ')} ${section.text}`,
					)) {
						const analysed = analyzeTerm(lang, word);
						if (analysed === null) continue;
						seen.add(analysed);
						const folded = foldName(word);
						if (!lexicon.surface.has(folded)) lexicon.surface.set(folded, analysed);
					}
					for (const analysed of seen) lexicon.df.set(analysed, (lexicon.df.get(analysed) ?? 0) + 1);
				}
			}
			this.langs.set(lang, lexicon);
		}
	}

	dump(): LexiconDump {
		return {
			langs: [...this.langs].map(([lang, l]) => [lang, [...l.df], [...l.surface], l.sections]),
			headings: [...this.headings].map(([key, h]) => [key, h.termId, h.sectionId]),
		};
	}

	has(lang: ContentLanguage, analysed: string): boolean {
		return this.langs.get(lang)?.df.has(analysed) ?? false;
	}

	/** The analysed form of a written word in `lang`, whatever its diacritics; null for a stopword. */
	analyse(lang: ContentLanguage, word: string): string | null {
		const analysed = analyzeTerm(lang, word);
		if (analysed === null || this.has(lang, analysed)) return analysed;
		return this.langs.get(lang)?.surface.get(foldName(word)) ?? analysed;
	}

	/** Whether a written word, analysed in `lang`, is a word the glossary uses there. */
	knowsStem(lang: ContentLanguage, word: string): boolean {
		const analysed = analyzeTerm(lang, word);
		return analysed !== null && this.has(lang, analysed);
	}

	/** Whether a written word (folded) is one the glossary uses in `lang`. */
	knowsWord(lang: ContentLanguage, folded: string): boolean {
		return this.langs.get(lang)?.surface.has(folded) ?? false;
	}

	/** The section whose heading (in any language, or an earlier wording) is exactly this text. */
	sectionHeaded(text: string): { termId: string; sectionId: string } | undefined {
		return this.headings.get(foldName(text));
	}

	/** Inverse document frequency; a word no section holds counts as the rarest. */
	idf(lang: ContentLanguage, analysed: string): number {
		const lexicon = this.langs.get(lang);
		if (!lexicon) return 0;
		const df = lexicon.df.get(analysed) ?? 0;
		return Math.log(1 + (lexicon.sections + 1) / (df + 0.5));
	}
}
