import { type Article, answerSections, type Glossary, type Section } from '../content/types.ts';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../locales.ts';
import { analyzeOnce } from '../text/analyzer.ts';
import { compoundTokenizer } from '../text/compounds.ts';
import { WordNumbers } from './word-numbers.ts';

/**
 * One pass over a glossary's answerable sections that tokenises, stems and folds each section's words once and
 * hands the result to every index built from them (postings, lexicon, kind model). Each of them analysed
 * the text on its own: three passes over 180,000 sections at 5,000 terms, most of the build's time.
 */

/**
 * A language's written words, numbered as first met, each analysed (stopword, stem, fold) once; analysed
 * words are numbered too, so that the indexes count in arrays instead of Maps keyed by strings.
 */
export class LanguageWords {
	readonly lang: ContentLanguage;
	readonly #numbers = new WordNumbers();
	/** Per written word: the number of its analysed form, or −1 for a stopword. */
	#analysed = new Int32Array(1024);
	readonly #analysedIds = new Map<string, number>();
	readonly #analysedWords: string[] = [];
	/** Per written word: its compound parts' numbers, once asked for. */
	readonly #parts: (Int32Array | undefined)[] = [];
	readonly #split: (text: string) => string[];

	constructor(lang: ContentLanguage, split: (text: string) => string[]) {
		this.lang = lang;
		this.#split = split;
	}

	/** How many written words are numbered: every number is below it. */
	get size(): number {
		return this.#numbers.size;
	}

	/** How many analysed words are numbered. */
	get analysedSize(): number {
		return this.#analysedWords.length;
	}

	/** The number of a written word (as tokenised, case kept), numbering and analysing it if new. */
	id(word: string): number {
		const before = this.#numbers.size;
		const id = this.#numbers.id(word);
		this.#analyseFrom(before);
		return id;
	}

	/** Pushes the number of each word of `text` (as `tokenize` splits it), numbering and analysing new ones. */
	scan(text: string, out: IntList): void {
		const before = this.#numbers.size;
		this.#numbers.scan(text, out);
		this.#analyseFrom(before);
	}

	#analyseFrom(first: number): void {
		const size = this.#numbers.size;
		if (size > this.#analysed.length) this.#analysed = grown(this.#analysed, size * 2);
		for (let id = first; id < size; id++) {
			// Without analyzeTerm's cache: this table is the cache, and filling the shared one would push out the
			// words that questions ask for.
			const analysed = analyzeOnce(this.lang, this.#numbers.word(id));
			this.#analysed[id] = analysed === null ? -1 : this.#analysedId(analysed);
		}
	}

	#analysedId(analysed: string): number {
		let a = this.#analysedIds.get(analysed);
		if (a === undefined) {
			a = this.#analysedWords.length;
			this.#analysedIds.set(analysed, a);
			this.#analysedWords.push(analysed);
		}
		return a;
	}

	written(id: number): string {
		return this.#numbers.word(id);
	}

	/** The number of a written word's analysed form; −1 for a stopword. */
	analysed(id: number): number {
		return this.#analysed[id] ?? -1;
	}

	analysedWord(a: number): string {
		return this.#analysedWords[a] ?? '';
	}

	/** The number of an analysed word, or −1 if no written word analyses to it. */
	analysedNumber(analysed: string): number {
		return this.#analysedIds.get(analysed) ?? -1;
	}

	/** The written numbers of a word's compound parts (see compounds.ts); empty for most words. */
	parts(id: number): Int32Array {
		let parts = this.#parts[id];
		if (parts === undefined) {
			// The compound tokenizer yields a word, then its parts.
			const split = this.#split(this.written(id));
			parts = split.length > 1 ? Int32Array.from(split.slice(1), (part) => this.id(part)) : NO_PARTS;
			this.#parts[id] = parts;
		}
		return parts;
	}
}

const NO_PARTS = new Int32Array(0);

/** Where each text of a section starts in `AnalysedSection.words`; `END` is where the last one ends. */
export const TITLE = 0;
export const ALIASES = 1;
export const HEADING = 2;
export const SEED_HEADINGS = 3;
export const BODY = 4;
export const END = 5;

/**
 * One section's written words, as numbers of its language's `LanguageWords`: the article's title and aliases,
 * the section's heading, earlier headings and text, one after another (`bounds` says where each starts).
 * Reused from section to section: a consumer keeps nothing of it but what it counts.
 */
export interface AnalysedSection {
	article: Article;
	section: Section;
	words: Int32Array;
	bounds: Int32Array;
}

/** What a pass hands each section to: an index that counts its words. */
export interface SectionConsumer {
	/** A language starts: its sections follow, numbered by `words`. */
	language(words: LanguageWords): void;
	section(analysed: AnalysedSection): void;
}

class SectionWords implements AnalysedSection {
	article!: Article;
	section!: Section;
	readonly #list = new IntList();
	readonly bounds = new Int32Array(END + 1);
	#articleEnd = 0;

	get words(): Int32Array {
		return this.#list.values;
	}

	/** Starts an article's sections: its title and aliases go first in every one. */
	startArticle(article: Article, table: LanguageWords): void {
		this.article = article;
		this.#list.length = 0;
		table.scan(article.title, this.#list);
		this.bounds[ALIASES] = this.#list.length;
		for (const alias of article.aliases) table.scan(alias, this.#list);
		this.#articleEnd = this.#list.length;
	}

	startSection(section: Section, table: LanguageWords): void {
		this.section = section;
		const list = this.#list;
		list.length = this.#articleEnd;
		this.bounds[HEADING] = list.length;
		table.scan(section.heading, list);
		this.bounds[SEED_HEADINGS] = list.length;
		for (const heading of section.seedHeadings) table.scan(heading, list);
		this.bounds[BODY] = list.length;
		table.scan(section.text, list);
		this.bounds[END] = list.length;
	}
}

/** The texts whose words a compound's parts must be (see compoundTokenizer). */
function compoundTexts(articles: readonly Article[]): string[] {
	return articles.flatMap((a) => [a.title, ...a.aliases, ...a.sections.flatMap((s) => [s.heading, s.text])]);
}

/**
 * Analyses every answerable section once, language by language in `CONTENT_LANGUAGES` order and each
 * language's articles in glossary order, and hands each to every consumer in turn.
 */
export function analyseSections(glossary: Glossary, consumers: readonly SectionConsumer[]): void {
	for (const lang of CONTENT_LANGUAGES) {
		const articles = [...(glossary.articles.get(lang)?.values() ?? [])];
		const table = new LanguageWords(lang, compoundTokenizer(lang, compoundTexts(articles)));
		for (const consumer of consumers) consumer.language(table);
		const scratch = new SectionWords();
		for (const article of articles) {
			scratch.startArticle(article, table);
			for (const section of answerSections(article)) {
				scratch.startSection(section, table);
				for (const consumer of consumers) consumer.section(scratch);
			}
		}
	}
}

/**
 * Marks on numbered items, cleared all at once by taking a new stamp: which words a section or field has
 * already counted, without a Set per section.
 */
export class Marks {
	#stamps = new Int32Array(1024);
	#stamp = 0;

	/** Forgets every mark. */
	clear(): void {
		this.#stamp++;
	}

	/** Marks item `i`; false if it was marked already. */
	mark(i: number): boolean {
		if (i >= this.#stamps.length) this.#stamps = grown(this.#stamps, i * 2 + 1);
		if (this.#stamps[i] === this.#stamp + 1) return false;
		this.#stamps[i] = this.#stamp + 1;
		return true;
	}
}

/** Counts by item number, growing as numbers grow. */
export class Tally {
	#counts = new Uint32Array(1024);

	add(i: number): void {
		if (i >= this.#counts.length) this.#counts = grown(this.#counts, i * 2 + 1);
		this.#counts[i] = (this.#counts[i] ?? 0) + 1;
	}

	get(i: number): number {
		return this.#counts[i] ?? 0;
	}
}

/** Numbers pushed one after another, into an array kept from section to section. */
export class IntList {
	values = new Int32Array(1024);
	length = 0;

	push(value: number): void {
		if (this.length === this.values.length) this.values = grown(this.values, this.length * 2);
		this.values[this.length++] = value;
	}
}

function grown<T extends Int32Array | Uint32Array>(array: T, size: number): T {
	const next = new (array.constructor as new (n: number) => T)(size);
	next.set(array);
	return next;
}
