import type { Glossary } from '../content/types.ts';
import type { ContentLanguage } from '../locales.ts';
import { analyzeOnce, analyzeTerm } from '../text/analyzer.ts';
import { foldName } from '../text/normalize.ts';
import {
	type AnalysedSection,
	analyseSections,
	END,
	type LanguageWords,
	Marks,
	type SectionConsumer,
	Tally,
	TITLE,
} from './section-analysis.ts';
import { type PackedStringsData, packCounts, SortedStrings } from './sorted-strings.ts';

/** One language's lexicon as stored: sorted word tables with parallel counts (see sorted-strings.ts). */
interface LanguageData {
	lang: ContentLanguage;
	words: PackedStringsData;
	df: Uint16Array | Uint32Array;
	/** Folded written words, and for each the position of its analysed word in `words`. */
	surface: PackedStringsData;
	analysedAt: Uint32Array;
	sections: number;
}

/** What the compiled index file stores of the lexicon (so that loading analyses no section text). */
export interface LexiconDump {
	langs: LanguageData[];
	/** Folded headings, each with its section: a term (index into `termIds`) and a section id (into `sectionIds`). */
	headings: PackedStringsData;
	headingTerm: Uint32Array;
	headingSection: Uint32Array;
	termIds: string[];
	sectionIds: string[];
}

interface LanguageLexicon {
	words: SortedStrings;
	df: Uint16Array | Uint32Array;
	surface: SortedStrings;
	analysedAt: Uint32Array;
	sections: number;
}

/** The words of every language's sections, for reading questions: IDF, diacritic-free spellings, compounds. */
export class Lexicon {
	private readonly langs = new Map<ContentLanguage, LanguageLexicon>();
	private readonly stored: LexiconDump;
	private readonly headings: SortedStrings;

	constructor(glossary: Glossary | LexiconDump) {
		this.stored = 'headings' in glossary ? glossary : LexiconBuilder.build(glossary);
		for (const l of this.stored.langs) {
			this.langs.set(l.lang, {
				words: new SortedStrings(l.words),
				df: l.df,
				surface: new SortedStrings(l.surface),
				analysedAt: l.analysedAt,
				sections: l.sections,
			});
		}
		this.headings = new SortedStrings(this.stored.headings);
	}

	dump(): LexiconDump {
		return this.stored;
	}

	has(lang: ContentLanguage, analysed: string): boolean {
		return this.langs.get(lang)?.words.has(analysed) ?? false;
	}

	/** The analysed form of a written word in `lang`, whatever its diacritics; null for a stopword. */
	analyse(lang: ContentLanguage, word: string): string | null {
		const analysed = analyzeTerm(lang, word);
		if (analysed === null) return null;
		const folded = foldName(word);
		// A word typed without its diacritics may stem to another known word ("peretii" to "peret" of "perete",
		// where "pereții" is "per"): the glossary's own spelling of it decides, when it has one.
		if (!this.has(lang, analysed) || folded === word.toLowerCase()) {
			const lexicon = this.langs.get(lang);
			const at = lexicon?.surface.indexOf(folded) ?? -1;
			if (lexicon && at >= 0) return lexicon.words.at(lexicon.analysedAt[at] ?? 0);
		}
		return analysed;
	}

	/**
	 * Whether a written word, analysed in `lang`, is a word the glossary uses there. `once`: a spelling tried
	 * once (a slip's candidate), kept out of the analyser's cache.
	 */
	knowsStem(lang: ContentLanguage, word: string, once = false): boolean {
		const analysed = once ? analyzeOnce(lang, word) : analyzeTerm(lang, word);
		return analysed !== null && this.has(lang, analysed);
	}

	/** Whether a written word (folded) is one the glossary uses in `lang`. */
	knowsWord(lang: ContentLanguage, folded: string): boolean {
		return this.langs.get(lang)?.surface.has(folded) ?? false;
	}

	/** The section whose heading (in any language, or an earlier wording) is exactly this text. */
	sectionHeaded(text: string): { termId: string; sectionId: string } | undefined {
		const at = this.headings.indexOf(foldName(text));
		if (at < 0) return undefined;
		const termId = this.stored.termIds[this.stored.headingTerm[at] ?? 0] ?? '';
		return { termId, sectionId: this.stored.sectionIds[this.stored.headingSection[at] ?? 0] ?? '' };
	}

	/** Inverse document frequency; a word no section holds counts as the rarest. */
	idf(lang: ContentLanguage, analysed: string): number {
		const lexicon = this.langs.get(lang);
		if (!lexicon) return 0;
		const at = lexicon.words.indexOf(analysed);
		const df = at >= 0 ? (lexicon.df[at] ?? 0) : 0;
		return Math.log(1 + (lexicon.sections + 1) / (df + 0.5));
	}
}

interface LanguageCount {
	words: LanguageWords;
	/** Sections each analysed word (by its number in `words`) occurs in: how much a word says (its IDF). */
	df: Tally;
	/**
	 * Written words with their diacritics folded → the analysed word. Stemming depends on the diacritics
	 * ("lucrează" stems to "lucr", "lucreaza" does not), so a question typed without them is mapped back.
	 */
	surface: Map<string, string>;
	sections: number;
	/** Written words already spelt, so that each is folded once (the words of 30,000 sections are mostly repeats). */
	met: Marks;
}

/** Counts each language's words from the shared analysis (see section-analysis.ts), then packs the counts. */
export class LexiconBuilder implements SectionConsumer {
	readonly #headings = new Map<string, { termId: string; sectionId: string }>();
	readonly #langs: LanguageData[] = [];
	#current: LanguageCount | undefined;
	/** Analysed words already counted in the current section. */
	readonly #seen = new Marks();

	static build(glossary: Glossary): LexiconDump {
		const builder = new LexiconBuilder();
		analyseSections(glossary, [builder]);
		return builder.finish();
	}

	language(words: LanguageWords): void {
		this.#finishLanguage();
		this.#current = { words, df: new Tally(), surface: new Map(), sections: 0, met: new Marks() };
	}

	section({ article, section, words: ids, bounds }: AnalysedSection): void {
		const current = this.#current;
		if (!current) return;
		current.sections++;
		for (const heading of [section.heading, ...section.seedHeadings]) {
			const key = foldName(heading);
			if (key !== '' && !this.#headings.has(key))
				this.#headings.set(key, { termId: article.id, sectionId: section.id });
		}
		const { words } = current;
		this.#seen.clear();
		// The article's names, the section's headings and its text.
		for (let k = bounds[TITLE] ?? 0; k < (bounds[END] ?? 0); k++) {
			const id = ids[k] ?? 0;
			const a = words.analysed(id);
			if (a < 0) continue;
			if (current.met.mark(id)) spell(current.surface, words.written(id), words.analysedWord(a));
			if (this.#seen.mark(a)) current.df.add(a);
		}
	}

	#finishLanguage(): void {
		if (this.#current) this.#langs.push(packLanguage(this.#current));
		this.#current = undefined;
	}

	finish(): LexiconDump {
		this.#finishLanguage();
		const headings = this.#headings;
		const { table, strings } = SortedStrings.build(headings.keys());
		const termIds = [...new Set([...headings.values()].map((h) => h.termId))];
		const sectionIds = [...new Set([...headings.values()].map((h) => h.sectionId))];
		const termAt = new Map(termIds.map((id, i) => [id, i]));
		const sectionAt = new Map(sectionIds.map((id, i) => [id, i]));
		const of = (key: string) => headings.get(key) ?? { termId: '', sectionId: '' };
		return {
			langs: this.#langs,
			headings: table.data,
			headingTerm: Uint32Array.from(strings, (key) => termAt.get(of(key).termId) ?? 0),
			headingSection: Uint32Array.from(strings, (key) => sectionAt.get(of(key).sectionId) ?? 0),
			termIds,
			sectionIds,
		};
	}
}

/** Records a written word's spelling, once per distinct word (a second sighting would change nothing). */
function spell(surface: Map<string, string>, word: string, analysed: string): void {
	const folded = foldName(word);
	// A word written without diacritics is its own spelling, whatever else folds to it ("fata", "față").
	if (!surface.has(folded) || folded === word.toLowerCase()) surface.set(folded, analysed);
}

function packLanguage(counted: LanguageCount): LanguageData {
	const { words: table, df } = counted;
	const present: string[] = [];
	for (let a = 0; a < table.analysedSize; a++) if (df.get(a) > 0) present.push(table.analysedWord(a));
	const words = SortedStrings.build(present);
	const surface = SortedStrings.build(counted.surface.keys());
	return {
		lang: table.lang,
		words: words.table.data,
		df: packCounts(words.strings.map((w) => df.get(table.analysedNumber(w)))),
		surface: surface.table.data,
		// Every analysed word a written word maps to is counted in `df`: it came from a section's words.
		analysedAt: Uint32Array.from(surface.strings, (w) => words.table.indexOf(counted.surface.get(w) ?? '')),
		sections: counted.sections,
	};
}
