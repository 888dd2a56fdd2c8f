import { RANKING } from '../answer/ranking-config.ts';
import type { Glossary } from '../content/types.ts';
import type { ContentLanguage } from '../locales.ts';
import { analyzeTerm, tokenize } from '../text/analyzer.ts';
import { PostingsBuilder, type PostingsData, PostingsIndex, type QuerySpec, type SearchSpec } from './postings.ts';
import {
	ALIASES,
	type AnalysedSection,
	analyseSections,
	BODY,
	END,
	HEADING,
	IntList,
	type LanguageWords,
	Marks,
	type SectionConsumer,
	TITLE,
} from './section-analysis.ts';

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
const FIELDS = ['title', 'aliases', 'heading', 'body'] as const;
const BOOST = RANKING.fields;
const NAME_WEIGHT = RANKING.nameWeight;

const ALL_FIELDS = FIELDS.map((name, field) => ({ field, boost: BOOST[name] }));
const HEADING_ONLY = [{ field: FIELDS.indexOf('heading'), boost: 1 }];

export interface LooseEndings {
	minLength: number;
	letters: number;
	/** A shorter unknown word matches the known word it becomes without its last `trim` letters at most… */
	trim: number;
	/** …when that word has this many letters at least ("graini" → "grain", "perdel" → "perd"). */
	minStem: number;
}

/**
 * Adds a prefix query for each long word the language does not know, cut by a few letters: a stemmer leaves
 * some derivations whole ("automatisering" beside "automatiseras" → "automatiser"); and for each shorter one,
 * the known word it ends in a letter or two after. Returns each added query's word.
 */
function looseQueries(
	words: readonly string[],
	vocab: PostingsIndex,
	loose: LooseEndings,
	downweight: ReadonlySet<string> | undefined,
	queries: QuerySpec[],
): Map<string, string> {
	const origin = new Map<string, string>();
	for (const term of words) {
		if (vocab.has(term)) continue;
		const boost = downweight?.has(term) ? NAME_WEIGHT : 1;
		if (term.length < loose.minLength) {
			const known = knownStemOf(term, vocab, loose);
			if (known && !words.includes(known) && !origin.has(known)) {
				origin.set(known, term);
				queries.push({ term: known, fuzzy: false, prefix: false, boost });
			}
			continue;
		}
		const cut = term.slice(0, term.length - loose.letters);
		if (words.includes(cut) || origin.has(cut)) continue;
		origin.set(cut, term);
		queries.push({ term: cut, fuzzy: false, prefix: true, boost });
	}
	return origin;
}

/**
 * The known word an unknown one becomes without a letter or two: stemmers strip some endings and not others
 * ("grainy" → "graini" beside "grain", Romanian "perdelele" → "perdel" beside "perdele" → "perd").
 */
function knownStemOf(term: string, vocab: PostingsIndex, loose: LooseEndings): string | undefined {
	for (let k = 1; k <= loose.trim && term.length - k >= loose.minStem; k++) {
		const short = term.slice(0, term.length - k);
		if (vocab.has(short)) return short;
	}
	return undefined;
}

/** One language's index as the compiled index file stores it. */
export interface SectionIndexData {
	lang: ContentLanguage;
	postings: PostingsData;
	/** Per document: its term (index into `termIds`) and section id (index into `sectionIds`). */
	docTerm: Uint32Array;
	docSection: Uint32Array;
}

export interface SectionIndexDump {
	termIds: string[];
	sectionIds: string[];
	languages: SectionIndexData[];
}

interface LanguageIndex {
	postings: PostingsIndex;
	docTerm: Uint32Array;
	docSection: Uint32Array;
	/** Each term's documents, as runs `[start, end)` (one run: a term's sections are added together). */
	runs: Map<number, [number, number][]>;
}

function termRuns(docTerm: Uint32Array): Map<number, [number, number][]> {
	const runs = new Map<number, [number, number][]>();
	let start = 0;
	for (let doc = 1; doc <= docTerm.length; doc++) {
		if (doc < docTerm.length && docTerm[doc] === docTerm[start]) continue;
		const term = docTerm[start] ?? 0;
		const list = runs.get(term) ?? [];
		list.push([start, doc]);
		runs.set(term, list);
		start = doc;
	}
	return runs;
}

/**
 * One BM25+ index per content language over the answerable sections, with that language's analysis
 * (stopwords, Snowball stemming, diacritic folding), scored exactly as MiniSearch scores (see postings.ts).
 * Its vocabulary also tells which language a question is written in and which words need typo expansion.
 * Built from a glossary, or loaded from the compiled index file without analysing any text again.
 */
export class SectionIndex {
	private readonly indexes = new Map<ContentLanguage, LanguageIndex>();
	private readonly termIds: string[];
	private readonly sectionIds: string[];
	private readonly termNumbers: Map<string, number>;

	constructor(glossary: Glossary | SectionIndexDump) {
		const dump = 'languages' in glossary ? glossary : SectionIndexBuilder.build(glossary);
		this.termNumbers = new Map(dump.termIds.map((id, i) => [id, i]));
		this.termIds = dump.termIds;
		this.sectionIds = dump.sectionIds;
		for (const data of dump.languages) {
			this.indexes.set(data.lang, {
				postings: new PostingsIndex(data.postings),
				docTerm: data.docTerm,
				docSection: data.docSection,
				runs: termRuns(data.docTerm),
			});
		}
	}
	/** What the compiled index file stores. */
	dump(): SectionIndexDump {
		return {
			termIds: this.termIds,
			sectionIds: this.sectionIds,
			languages: [...this.indexes].map(([lang, index]) => ({
				lang,
				postings: index.postings.data,
				docTerm: index.docTerm,
				docSection: index.docSection,
			})),
		};
	}

	private rangesOf(index: LanguageIndex, terms: ReadonlySet<string>): [number, number][] {
		const out: [number, number][] = [];
		for (const termId of terms) {
			const n = this.termNumbers.get(termId);
			if (n !== undefined) out.push(...(index.runs.get(n) ?? []));
		}
		return out.sort((a, b) => a[0] - b[0]);
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
			looseEndings,
		}: {
			terms?: ReadonlySet<string>;
			boostSections?: (sectionId: string) => boolean;
			boostFactor?: number;
			/** Analysed words that count for little (the term's own names, present in all its sections). */
			downweight?: ReadonlySet<string>;
			limit?: number;
			/** An unknown word this long also matches the known words that begin with all but its last `letters`. */
			looseEndings?: LooseEndings | undefined;
		} = {},
	): SectionHit[] {
		const index = this.indexes.get(lang);
		if (!index) return [];
		// Analysed words must not be analysed again: stemming twice changes them ("certifiering" → "certifier").
		const wanted = typeof question === 'string' ? this.queryTerms(question, lang) : question.analysed;
		if (wanted.length === 0) return [];
		const vocab = index.postings;
		const words = wanted
			.join(' ')
			.split(' ')
			.filter((w) => w !== '');
		const queries: QuerySpec[] = words.map((term, i, all) => ({
			term,
			// Typo expansion only for words the language does not know: known words are taken as written,
			// which keeps a question's cost near one exact look-up per word.
			fuzzy: vocab.has(term) ? false : term.length >= 8 ? 2 : term.length >= 3 ? 1 : false,
			prefix: i === all.length - 1 && term.length >= 4 && !vocab.has(term),
			boost: downweight?.has(term) ? NAME_WEIGHT : 1,
		}));
		const origin = looseEndings ? looseQueries(words, vocab, looseEndings, downweight, queries) : new Map();
		// With named terms, only their sections are scored: the same results as scoring all and filtering.
		const ranges = terms ? this.rangesOf(index, terms) : undefined;
		const options: SearchSpec = { fields: ALL_FIELDS, weights: { fuzzy: 0.5, prefix: 0.4 } };
		if (ranges) options.ranges = ranges;
		const results = vocab.search(queries, options);
		const termWanted = terms ? (doc: number) => terms.has(this.termIds[index.docTerm[doc] ?? 0] ?? '') : () => true;
		const top = results.top(limit * 3, termWanted);
		const hits = top.map((r) => {
			const termId = this.termIds[index.docTerm[r.doc] ?? 0] ?? '';
			const sectionId = this.sectionIds[index.docSection[r.doc] ?? 0] ?? '';
			const queryTerms = [...new Set(results.queryTerms(r.doc).map((t) => origin.get(t) ?? t))];
			// Words that count for little (the term's names) do not count towards coverage either.
			const counted = downweight ? wanted.filter((w) => !downweight.has(w)) : wanted;
			const basis = counted.length > 0 ? counted : wanted;
			const coverage = queryTerms.filter((t) => basis.includes(t)).length / basis.length;
			// Coordination: a section with all the asked words beats one that repeats a single common one.
			// A section the question's shape asks for keeps half credit even without the words.
			const wantedShape = boostSections?.(sectionId) ?? false;
			const credit = wantedShape ? Math.max(coverage, 0.5) : coverage;
			let score = r.score * credit * credit;
			if (wantedShape) score *= boostFactor;
			const exactly = results.exactWords(r.doc).filter((t) => !origin.has(t));
			return {
				termId,
				sectionId,
				score,
				coverage,
				exact: exactly.length > 0,
				matched: exactly,
				fuzzyMatched: queryTerms.filter((t) => !exactly.includes(t)),
			};
		});
		return hits.sort((a, b) => b.score - a.score).slice(0, limit);
	}

	/** Section headings that start with what was typed (autocomplete), its last word completed to `maxCompletions` words at most. */
	headings(prefix: string, lang: ContentLanguage, limit: number, maxCompletions?: number): SectionHit[] {
		const index = this.indexes.get(lang);
		if (!index || prefix.trim() === '') return [];
		const queries = tokenize(prefix).flatMap((word): QuerySpec[] => {
			const term = analyzeTerm(lang, word);
			return term ? [{ term, fuzzy: 0.2, prefix: true, boost: 1, maxCompletions }] : [];
		});
		const results = index.postings.search(queries, { fields: HEADING_ONLY, combineWith: 'and' });
		return results.top(limit).map((r) => ({
			termId: this.termIds[index.docTerm[r.doc] ?? 0] ?? '',
			sectionId: this.sectionIds[index.docSection[r.doc] ?? 0] ?? '',
			score: r.score,
			coverage: 1,
			exact: true,
			matched: [],
			fuzzyMatched: [],
		}));
	}
}

/** Each field's words in the shared analysis: from the first text's start to the last's end (see section-analysis.ts). */
const FIELD_TEXTS: readonly [number, number][] = [
	[TITLE, ALIASES],
	[ALIASES, HEADING],
	// A section's earlier headings are searched as its heading.
	[HEADING, BODY],
	[BODY, END],
];

interface LanguageBuild {
	lang: ContentLanguage;
	words: LanguageWords;
	builder: PostingsBuilder;
	/** Per analysed word of `words`: its number in `builder`, or −1 until first indexed. */
	termOf: Int32Array;
	docTerm: number[];
	docSection: number[];
}

/**
 * The postings of every language's answerable sections, from the shared analysis: the title, aliases, heading
 * (with its earlier wordings) and text of each section as four fields, compounds followed by their parts.
 */
export class SectionIndexBuilder implements SectionConsumer {
	readonly #termNumber: Map<string, number>;
	readonly #termIds: string[];
	readonly #sectionIds: string[] = [];
	readonly #sectionNumber = new Map<string, number>();
	readonly #languages: SectionIndexData[] = [];
	#current: LanguageBuild | undefined;
	/** Written words already counted in the current field (BM25's field length counts distinct tokens). */
	readonly #distinct = new Marks();
	#distinctCount = 0;
	/** The current field's words, as postings numbers. */
	readonly #terms = new IntList();

	constructor(termIds: string[]) {
		this.#termIds = termIds;
		this.#termNumber = new Map(termIds.map((id, i) => [id, i]));
	}

	static build(glossary: Glossary): SectionIndexDump {
		const builder = new SectionIndexBuilder(glossary.termIds);
		analyseSections(glossary, [builder]);
		return builder.finish();
	}

	language(words: LanguageWords): void {
		this.#finishLanguage();
		const builder = new PostingsBuilder(FIELDS.length, tokenize, (term) => analyzeTerm(words.lang, term));
		this.#current = { lang: words.lang, words, builder, termOf: new Int32Array(0), docTerm: [], docSection: [] };
	}

	section(analysed: AnalysedSection): void {
		const current = this.#current;
		if (!current) return;
		current.builder.document();
		for (const [f, [from, to]] of FIELD_TEXTS.entries()) {
			this.#field(current, f, analysed, analysed.bounds[from] ?? 0, analysed.bounds[to] ?? 0);
		}
		let s = this.#sectionNumber.get(analysed.section.id);
		if (s === undefined) {
			s = this.#sectionIds.length;
			this.#sectionNumber.set(analysed.section.id, s);
			this.#sectionIds.push(analysed.section.id);
		}
		current.docTerm.push(this.#termNumber.get(analysed.article.id) ?? 0);
		current.docSection.push(s);
	}

	/** One field: each written word, then its compound parts, as the compound tokenizer yields them. */
	#field(current: LanguageBuild, f: number, analysed: AnalysedSection, from: number, to: number): void {
		this.#distinct.clear();
		this.#distinctCount = 0;
		this.#terms.length = 0;
		for (let k = from; k < to; k++) {
			const id = analysed.words[k] ?? 0;
			this.#take(current, id);
			for (const part of current.words.parts(id)) this.#take(current, part);
		}
		current.builder.field(f, this.#distinctCount, this.#terms.values, this.#terms.length);
	}

	#take(current: LanguageBuild, id: number): void {
		if (this.#distinct.mark(id)) this.#distinctCount++;
		const term = this.#term(current, current.words.analysed(id));
		if (term >= 0) this.#terms.push(term);
	}

	/** The postings number of an analysed word (−1: a stopword), numbered in order of first occurrence. */
	#term(current: LanguageBuild, a: number): number {
		if (a < 0) return -1;
		if (a >= current.termOf.length) {
			const next = new Int32Array(Math.max(1024, current.words.analysedSize * 2)).fill(-1);
			next.set(current.termOf);
			current.termOf = next;
		}
		let term = current.termOf[a] ?? -1;
		if (term < 0) {
			term = current.builder.number(current.words.analysedWord(a));
			current.termOf[a] = term;
		}
		return term;
	}

	#finishLanguage(): void {
		const current = this.#current;
		if (!current) return;
		this.#languages.push({
			lang: current.lang,
			postings: current.builder.finish(),
			docTerm: Uint32Array.from(current.docTerm),
			docSection: Uint32Array.from(current.docSection),
		});
		this.#current = undefined;
	}

	finish(): SectionIndexDump {
		this.#finishLanguage();
		return { termIds: this.#termIds, sectionIds: this.#sectionIds, languages: this.#languages };
	}
}
