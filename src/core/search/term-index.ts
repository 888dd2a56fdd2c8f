import Fuse, { type FuseResult } from 'fuse.js';
import type { Glossary } from '../content/types.ts';
import { CONTENT_LANGUAGES, type ContentLanguage, DEFAULT_LANGUAGE } from '../locales.ts';
import { analyzeTerm, isStopword, tokenize } from '../text/analyzer.ts';
import { foldName } from '../text/normalize.ts';
import { FuseScores } from './fuse-scores.ts';
import { PostingsBuilder, type PostingsData, PostingsIndex, type QuerySpec } from './postings.ts';
import { PackedStrings, type PackedStringsData, SortedStrings } from './sorted-strings.ts';
import { wordFit } from './word-fit.ts';

export interface NameEntry {
	termId: string;
	lang: ContentLanguage;
	/** As written: a title, an alias, or the term id. */
	name: string;
	folded: string;
	/** Folded words of the name that carry meaning (not stopwords in any language). */
	content: string[];
	kind: 'title' | 'alias' | 'id';
}

export interface TermMatch {
	termId: string;
	/** The name that matched, and its language. */
	name: string;
	lang: ContentLanguage;
	/** 1 = exact name, lower = fuzzier. */
	score: number;
	/** Every name of this term found, with the words of the input that matched it (typos included). */
	names: { name: string; words: string[] }[];
}

const splitWords = (folded: string) => folded.split(' ').filter((w) => w !== '');

function isStopwordAnywhere(word: string): boolean {
	return CONTENT_LANGUAGES.some((lang) => isStopword(lang, word));
}

// Edit distance allowed for a word: none for short words (too many false friends), 1, then 2 for long ones.
/**
 * How a name found for something typed as a name scores (`lookup`), 0..1. A name spelled exactly scores 1; a
 * name found through its words scores `base`, less `fuse` × Fuse.js's score of the whole name, less `coverage`
 * × the share of its words not typed, less `wordFit` × how far the typed words are from fitting the name's words
 * one by one (word-fit.ts; only for several words typed whole, not in autocomplete). One long word found
 * inside a longer name scores `contained` less `fuse` × Fuse's score. A name in another language than the
 * asker's loses `otherLanguage`, a term's id `id`.
 */
export interface NameWeights {
	base: number;
	fuse: number;
	coverage: number;
	wordFit: number;
	contained: number;
	otherLanguage: number;
	id: number;
	/**
	 * A word of several typed whole (`/define`) this long is looked for within one edit, and this long within two: a swap
	 * of two letters is two edits to the word index, and where names share a word, the name the other word was
	 * typed for is found only through that word.
	 */
	oneEdit: number;
	twoEdits: number;
}

const fuzziness = (word: string): number | false => (word.length >= 9 ? 2 : word.length >= 5 ? 1 : false);

/** Keys sorted, each with a run of name numbers: `entries[offsets[k] .. offsets[k + 1])`. */
interface MultimapData {
	keys: PackedStringsData;
	offsets: Uint32Array;
	entries: Uint32Array;
}

/** What the compiled index file stores of the name index: one column per field of a name, packed. */
export interface TermIndexDump {
	termIds: string[];
	/** Per name: its term (into `termIds`), language (into CONTENT_LANGUAGES), kind (into KINDS). */
	entryTerm: Uint32Array;
	entryLang: Uint8Array;
	entryKind: Uint8Array;
	names: PackedStringsData;
	folded: PackedStringsData;
	/** Per name: its content words stemmed in its own language, space-separated. */
	stems: PackedStringsData;
	/** Folded name (and compound written together) → names; `lang:stem` → names holding that stem. */
	exact: MultimapData;
	byStem: MultimapData;
	words: PostingsData;
}

const KINDS: readonly NameEntry['kind'][] = ['title', 'alias', 'id'];
const ONE_FIELD = [{ field: 0, boost: 1 }];
const NAME_FUSE = { keys: ['folded'], includeScore: true, ignoreLocation: true, threshold: 0.34 };
const NONE = new Uint32Array(0);

/** Sorted keys with their runs of name numbers. */
class Multimap {
	readonly #keys: SortedStrings;
	readonly #data: MultimapData;

	constructor(data: MultimapData) {
		this.#keys = new SortedStrings(data.keys);
		this.#data = data;
	}

	static pack(map: ReadonlyMap<string, readonly number[]>): MultimapData {
		const { table, strings } = SortedStrings.build(map.keys());
		const offsets = new Uint32Array(strings.length + 1);
		const entries: number[] = [];
		strings.forEach((key, k) => {
			entries.push(...(map.get(key) ?? []));
			offsets[k + 1] = entries.length;
		});
		return { keys: table.data, offsets, entries: Uint32Array.from(entries) };
	}

	get(key: string): Uint32Array | undefined {
		const k = this.#keys.indexOf(key);
		if (k < 0) return undefined;
		return this.#data.entries.subarray(this.#data.offsets[k] ?? 0, this.#data.offsets[k + 1] ?? 0);
	}

	has(key: string): boolean {
		return this.#keys.indexOf(key) >= 0;
	}
}

/** The content words of a folded name: those that are not stopwords in any language (or all, if none is). */
/**
 * A name read from the index, its content words worked out when read: a look-up by name ranks up to 60
 * candidates and reads no one's content words. A class with the getter on its prototype, not an object
 * literal with a getter: Node 20's V8 puts such literals partly in the old generation as they are made
 * (~150 bytes each, freed only by a full collection; ~4.7 KB per autocomplete at 5,000 terms).
 */
class StoredName implements NameEntry {
	readonly termId: string;
	readonly lang: ContentLanguage;
	readonly name: string;
	readonly folded: string;
	readonly kind: NameEntry['kind'];
	#content: string[] | undefined;

	constructor(termId: string, lang: ContentLanguage, name: string, folded: string, kind: NameEntry['kind']) {
		this.termId = termId;
		this.lang = lang;
		this.name = name;
		this.folded = folded;
		this.kind = kind;
	}

	get content(): string[] {
		this.#content ??= contentWords(this.folded);
		return this.#content;
	}
}

function contentWords(folded: string): string[] {
	const words = splitWords(folded);
	const content = words.filter((w) => !isStopwordAnywhere(w));
	return content.length > 0 ? content : words;
}

/**
 * Every name of every term in every language: exact look-up by folded name, a word index (BM25+ postings over
 * a typed-array vocabulary, scored as MiniSearch scores) for word-level candidates with prefixes and typos,
 * Fuse.js to re-rank those few candidates by fuzzy similarity of the whole name. Names are stored in columns
 * (packed strings, typed arrays) and made into objects only when they are candidates: at 5,000 terms × 6
 * languages there are 160,000 names, and an object per name and per look-up key took ~130 MB of heap.
 */
export class TermIndex {
	readonly #stored: TermIndexDump;
	readonly #names: PackedStrings;
	readonly #folded: PackedStrings;
	readonly #stems: PackedStrings;
	private readonly exact: Multimap;
	private readonly byStem: Multimap;
	private readonly words: PostingsIndex;
	readonly #scores = new FuseScores();

	constructor(glossary: Glossary | TermIndexDump) {
		this.#stored = 'words' in glossary ? glossary : build(glossary);
		this.#names = new PackedStrings(this.#stored.names);
		this.#folded = new PackedStrings(this.#stored.folded);
		this.#stems = new PackedStrings(this.#stored.stems);
		this.exact = new Multimap(this.#stored.exact);
		this.byStem = new Multimap(this.#stored.byStem);
		this.words = new PostingsIndex(this.#stored.words);
	}

	#titles: { at: Map<string, number>; entry: Int32Array } | undefined;

	/**
	 * A term's title in a language, from the names already held: autocomplete shows up to 25 titles per
	 * keystroke, and reading each article from the index file for its title was a third of building them.
	 */
	titleOf(termId: string, lang: ContentLanguage): string | undefined {
		this.#titles ??= this.titleTable();
		const term = this.#titles.at.get(termId);
		if (term === undefined) return undefined;
		const i = this.#titles.entry[term * CONTENT_LANGUAGES.length + CONTENT_LANGUAGES.indexOf(lang)] ?? -1;
		return i < 0 ? undefined : this.#names.at(i);
	}

	private titleTable() {
		const { termIds, entryTerm, entryLang, entryKind } = this.#stored;
		const entry = new Int32Array(termIds.length * CONTENT_LANGUAGES.length).fill(-1);
		const title = KINDS.indexOf('title');
		for (let i = 0; i < entryTerm.length; i++) {
			if (entryKind[i] !== title) continue;
			const slot = (entryTerm[i] ?? 0) * CONTENT_LANGUAGES.length + (entryLang[i] ?? 0);
			if (entry[slot] === -1) entry[slot] = i;
		}
		return { at: new Map(termIds.map((id, t) => [id, t])), entry };
	}

	/** What the compiled index file stores. */
	dump(): TermIndexDump {
		return this.#stored;
	}

	/** Name number i, as an object (made when it is a candidate, not kept). */
	private entry(i: number): NameEntry {
		return new StoredName(
			this.#stored.termIds[this.#stored.entryTerm[i] ?? 0] ?? '',
			CONTENT_LANGUAGES[this.#stored.entryLang[i] ?? 0] ?? DEFAULT_LANGUAGE,
			this.#names.at(i),
			this.#folded.at(i),
			KINDS[this.#stored.entryKind[i] ?? 0] ?? 'title',
		);
	}

	private stemsOf(i: number): string[] {
		const stems = this.#stems.at(i);
		return stems === '' ? [] : stems.split(' ');
	}

	/** Whether a folded word is, or is part of, some term's name in any language. */
	knowsNameWord(folded: string): boolean {
		return this.words.has(folded) || this.exact.has(folded);
	}

	/**
	 * Fuse.js over one language's names, for one long word that matched nothing: names that hold it, or
	 * something close to it, inside a longer word. Fuse matches when some part of a name is within
	 * ⌊0.34 · n⌋ edits of the word's n letters, so a name it matches shares at least n − 1 − 2 · ⌊0.34 · n⌋
	 * of the word's bigrams: only those names are scored, in their order, as Fuse scores them (FuseScores, without
	 * Fuse's objects), which gives the same results as Fuse over all of the language's names (tens of thousands,
	 * ~20 ms) at a fraction of the cost: a six-letter word shares one bigram with thousands of names, and making
	 * each an object for Fuse took 2–4 ms of an autocomplete. `scanAll` hands Fuse itself every name of the
	 * language (what the filter and the scores are tested against).
	 */
	namesContaining(folded: string, lang: ContentLanguage, limit: number, scanAll = false): FuseResult<NameEntry>[] {
		const n = folded.length;
		let errors = 0;
		while ((errors + 1) / n <= NAME_FUSE.threshold) errors++;
		const needed = n - 1 - 2 * errors;
		const l = CONTENT_LANGUAGES.indexOf(lang);
		if (scanAll)
			return new Fuse(
				this.namesIn(l).map((i) => this.entry(i)),
				NAME_FUSE,
			).search(folded, { limit });
		let names: number[];
		// Fuse cuts words of more than 32 letters into pieces, where the bigram bound does not hold: those score all.
		if (needed < 1 || n > 32) names = this.namesIn(l);
		else {
			const shared = new Map<number, number>();
			this.words.bigramOverlap(folded, 0, (doc, count) => {
				if (this.#stored.entryLang[doc] === l) shared.set(doc, (shared.get(doc) ?? 0) + count);
			});
			names = [...shared].filter(([, count]) => count >= needed).map(([doc]) => doc);
			names.sort((a, b) => a - b);
		}
		return this.ranked(folded, names, NAME_FUSE.threshold).slice(0, limit);
	}

	/** Fuse.js's results for names `names` (numbers), worked out without Fuse's objects (see FuseScores). */
	private ranked(folded: string, names: readonly number[], threshold: number): FuseResult<NameEntry>[] {
		const scored = this.#scores.rank(
			folded,
			names.map((i) => this.#folded.at(i)),
			threshold,
		);
		return scored.map(({ index, score }) => ({ item: this.entry(names[index] ?? 0), refIndex: index, score }));
	}

	private namesIn(l: number): number[] {
		const out: number[] = [];
		this.#stored.entryLang.forEach((entryLang, i) => {
			if (entryLang === l) out.push(i);
		});
		return out;
	}

	/** Word candidates for a folded text, the way MiniSearch's `search` tokenises and expands it. */
	private searchWords(
		text: string,
		options: {
			prefix: (term: string, i: number, all: string[]) => boolean;
			fuzzy: (term: string) => number | false;
			maxCompletions?: number | undefined;
		},
	) {
		const terms = splitWords(text);
		const queries: QuerySpec[] = terms.map((term, i) => ({
			term,
			fuzzy: options.fuzzy(term),
			prefix: options.prefix(term, i, terms),
			boost: 1,
			maxCompletions: options.maxCompletions,
		}));
		return this.words.search(queries, { fields: ONE_FIELD });
	}

	exactMatches(folded: string): NameEntry[] {
		const found = this.exact.get(folded) ?? this.exact.get(folded.replace(/ /g, '')) ?? NONE;
		return Array.from(found, (i) => this.entry(i));
	}

	/**
	 * Ranks terms for something typed as a term name (`/define`, autocomplete). Exact names first; then names
	 * sharing words, prefixes or near-spellings; then, for one long word, names containing it (German and
	 * Swedish compounds: "kontakt" → "Kundenkontakt"). `maxCompletions` bounds the last word's completions
	 * (autocomplete); /define completes it to every word.
	 */
	lookup(
		query: string,
		lang: ContentLanguage,
		w: NameWeights,
		options: { limit: number; maxCompletions?: number | undefined },
	): TermMatch[] {
		const { limit, maxCompletions } = options;
		const folded = foldName(query);
		if (folded === '') return [];
		const best = new Map<string, TermMatch>();
		const offer = (entry: NameEntry, score: number) => {
			// Prefer the asker's language: it names the term the way they will recognise it.
			const adjusted = score - (entry.lang === lang ? 0 : w.otherLanguage) - (entry.kind === 'id' ? w.id : 0);
			const current = best.get(entry.termId);
			if (!current || adjusted > current.score) {
				best.set(entry.termId, {
					termId: entry.termId,
					name: entry.name,
					lang: entry.lang,
					score: adjusted,
					names: [{ name: entry.name, words: [] }],
				});
			}
		};
		for (const entry of this.exactMatches(folded)) offer(entry, 1);

		const queryWords = splitWords(folded);
		// Several words typed whole (`/define`, not autocomplete): a name of several words. One word alone may be
		// part of several names ("financial"), or inside a compound ("kontakt"): those keep Fuse's score alone.
		const whole = maxCompletions === undefined && queryWords.length > 1;
		const hits = this.searchWords(folded, {
			prefix: (term, i, all) => i === all.length - 1 && term.length >= 2,
			fuzzy: (term) =>
				!whole ? fuzziness(term) : term.length >= w.twoEdits ? 2 : term.length >= w.oneEdit ? 1 : false,
			maxCompletions,
		}).top(60);
		if (hits.length > 0) {
			const ranked = this.ranked(
				folded,
				hits.map((hit) => hit.doc),
				0.5,
			);
			for (const result of ranked) {
				const nameWords = splitWords(result.item.folded);
				const coverage = Math.min(1, queryWords.length / nameWords.length);
				const unfit = whole ? 1 - wordFit(queryWords, nameWords) : 0;
				offer(result.item, w.base - (result.score ?? 1) * w.fuse - (1 - coverage) * w.coverage - unfit * w.wordFit);
			}
		}
		if (best.size === 0 && queryWords.length === 1 && folded.length >= 5) {
			for (const result of this.namesContaining(folded, lang, limit)) {
				offer(result.item, w.contained - (result.score ?? 1) * w.fuse);
			}
		}
		return [...best.values()].sort((a, b) => b.score - a.score || a.termId.localeCompare(b.termId)).slice(0, limit);
	}

	/**
	 * Terms named inside a free question ("what roles are client-facing?" → customer-facing). A name counts
	 * only when every word of it that carries meaning is in the question (typos allowed on long words; see
	 * NotNames). With `partial`, a question that names no term in full may name one by a word of its longer
	 * names (PARTIAL_NAME).
	 */
	mentionedIn(question: string, notNames: NotNames = NO_EXCEPTIONS, partial = false): TermMatch[] {
		const folded = foldName(question);
		const words = splitWords(folded).filter((w) => !isStopwordAnywhere(w));
		if (words.length === 0) return [];
		const queryText = words.join(' ');
		const found = new Map<string, TermMatch>();
		const offer = (entry: NameEntry, score: number, matchedWords: string[]) => {
			const current = found.get(entry.termId);
			const names = [...(current?.names ?? []), { name: entry.name, words: matchedWords }];
			if (!current || score > current.score) {
				found.set(entry.termId, { termId: entry.termId, name: entry.name, lang: entry.lang, score, names });
			} else current.names = names;
		};
		// Names written as one word in the question ("frontoffice", "backoffice"), scored as the same name
		// written word by word would be, so that a longer name still counts as the more specific one.
		for (const word of words) {
			for (const i of this.exact.get(word) ?? NONE) {
				const entry = this.entry(i);
				offer(entry, 0.9 + 0.1 * entry.content.length, [word]);
			}
		}
		// Words that are spelled like some name's word need no typo expansion, which is the costly part.
		const results = this.searchWords(queryText, {
			prefix: () => false,
			fuzzy: (term) => (this.words.has(term) || notNames.typo(term) ? false : fuzziness(term)),
		});
		for (const hit of results.top(200)) {
			const entry = this.entry(hit.doc);
			const matched = new Set(results.terms(hit.doc));
			if (!entry.content.every((w) => matched.has(w))) continue;
			if (!this.together(words, results.queryTerms(hit.doc))) continue;
			const exactWords = entry.content.filter((w) => words.includes(w)).length;
			// Longer names are more specific ("back office" over "office"); exact spellings over typos.
			offer(
				entry,
				0.6 + 0.1 * entry.content.length + 0.3 * (exactWords / entry.content.length),
				results.queryTerms(hit.doc),
			);
		}
		this.inflectedNames(question, offer, notNames.inflection, words);
		if (found.size === 0 && partial) this.partialNames(question, offer);
		return [...found.values()].sort((a, b) => b.score - a.score || a.termId.localeCompare(b.termId));
	}

	/**
	 * Whether a name's words stand together in the question: any word between them must be a name's word too
	 * ("back and front office"), not another word ("slow cooker mode" names no slow mode).
	 */
	private together(words: readonly string[], nameWords: readonly string[]): boolean {
		const wanted = new Set(nameWords);
		if (wanted.size < 2) return true;
		// Runs of names' words in the question: one of them must hold every word of this name.
		let run = new Set<string>();
		for (const w of [...words, '']) {
			if (w !== '' && (wanted.has(w) || this.knowsNameWord(w))) {
				run.add(w);
				continue;
			}
			if ([...wanted].every((n) => run.has(n))) return true;
			run = new Set();
		}
		return false;
	}

	/** Names of which the question holds one word that belongs to no other term's names (PARTIAL_NAME). */
	private partialNames(question: string, offer: (entry: NameEntry, score: number, words: string[]) => void): void {
		const words = new Set(tokenize(question.toLowerCase()).filter((w) => w.length >= PARTIAL_NAME.minLength));
		for (const word of words) {
			const folded = foldName(word);
			if (isStopwordAnywhere(folded)) continue;
			const spelled = this.searchWords(folded, { prefix: () => false, fuzzy: () => false }).top(
				PARTIAL_NAME.maxNames + 1,
			);
			const inflected = CONTENT_LANGUAGES.flatMap((lang) => {
				const stem = analyzeTerm(lang, word);
				if (stem === null) return [];
				// An ending, not a longer word that a stemmer cut down to a name's word ("valorant", "valori"): the
				// two spellings part only in their last letters ("izolația", "izolație").
				const cut = word.length - stem.length <= PARTIAL_NAME.ending;
				const sameWord = (i: number) =>
					cut || this.entry(i).content.some((w) => endingsApart(folded, w) <= PARTIAL_NAME.ending);
				return Array.from(this.byStem.get(`${lang}:${stem}`) ?? NONE).filter(sameWord);
			});
			const names = [...new Set([...spelled.map((hit) => hit.doc), ...inflected])];
			if (names.length === 0 || names.length > PARTIAL_NAME.maxNames) continue;
			const entries = names.map((i) => this.entry(i));
			const term = entries[0]?.termId;
			if (entries.some((e) => e.termId !== term || e.content.length < 2)) continue;
			const entry = entries[0];
			if (entry) offer(entry, PARTIAL_NAME.score, [folded]);
		}
	}

	/**
	 * Names in another grammatical case or number ("финансового планировщика", "brokerului", "Maklers"):
	 * every content word of the name shares its stem, in the name's language, with a word of the question.
	 * Scored just below names spelled as written.
	 */
	private inflectedNames(
		question: string,
		offer: (entry: NameEntry, score: number, words: string[]) => void,
		notInflected: (folded: string) => boolean,
		questionWords: readonly string[],
	): void {
		const words = tokenize(question.toLowerCase()).filter((w) => !notInflected(foldName(w)));
		for (const lang of CONTENT_LANGUAGES) {
			const stems = new Map<string, string>();
			for (const word of words) {
				const stem = analyzeTerm(lang, word);
				if (stem !== null && !stems.has(stem)) stems.set(stem, foldName(word));
			}
			const candidates = new Set<number>();
			for (const stem of stems.keys()) for (const i of this.byStem.get(`${lang}:${stem}`) ?? NONE) candidates.add(i);
			for (const i of candidates) {
				const entryStems = this.stemsOf(i);
				if (!entryStems.every((s) => stems.has(s))) continue;
				const entry = this.entry(i);
				const matched = entryStems.map((s) => stems.get(s) ?? s);
				if (!this.together(questionWords, matched)) continue;
				offer(entry, 0.55 + 0.1 * entry.content.length + 0.2, matched);
			}
		}
	}
}

/** How many letters the longer of two words has past the start they share. */
function endingsApart(a: string, b: string): number {
	let shared = 0;
	while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
	return Math.max(a.length, b.length) - shared;
}

/**
 * A word that names one term only as part of its longer names ("planner" of "financial planner", "брокеру" of
 * "биржевой брокер") names that term when the question names none in full. Short words are too often
 * something else ("agent", "sales"), and a word in more names than this is no one term's.
 */
const PARTIAL_NAME = { minLength: 6, maxNames: 40, score: 0.5, ending: 2 };

/**
 * Words of the question that are no name even when they look like one: a word of the question's language is
 * no typo of a name ("разница", difference, is not "розница", retail), and a word of its question shapes no
 * other language's inflection of one ("apart" is not Romanian "apartament").
 */
export interface NotNames {
	typo: (folded: string) => boolean;
	inflection: (folded: string) => boolean;
}
const NO_EXCEPTIONS: NotNames = { typo: () => false, inflection: () => false };

/** Reads every name of every term, then packs the names into columns and the look-up keys into sorted tables. */
function build(glossary: Glossary): TermIndexDump {
	const entries: NameEntry[] = [];
	const exact = new Map<string, number[]>();
	for (const [lang, articles] of glossary.articles) {
		for (const article of articles.values()) {
			const names: [string, NameEntry['kind']][] = [
				[article.title, 'title'],
				...article.aliases.map((a): [string, NameEntry['kind']] => [a, 'alias']),
				[article.id, 'id'],
			];
			const seen = new Set<string>();
			for (const [name, kind] of names) {
				const folded = foldName(name);
				if (folded === '' || seen.has(folded)) continue;
				seen.add(folded);
				const i = entries.length;
				entries.push({ termId: article.id, lang, name, folded, content: contentWords(folded), kind });
				const list = exact.get(folded);
				if (list) list.push(i);
				else exact.set(folded, [i]);
				// Compounds written together or apart ("frontoffice" / "front office") find each other.
				const words = splitWords(folded);
				const joined = words.join('');
				if (words.length > 1 && !exact.has(joined)) exact.set(joined, [i]);
			}
		}
	}
	const builder = new PostingsBuilder(1, splitWords, (term) => term);
	for (const entry of entries) builder.add([entry.folded]);
	const byStem = new Map<string, number[]>();
	const stems = entries.map((entry, i) => {
		const own = tokenize(entry.name.toLowerCase()).flatMap((w) => {
			const stem = analyzeTerm(entry.lang, w);
			return stem === null ? [] : [stem];
		});
		for (const stem of new Set(own)) {
			const key = `${entry.lang}:${stem}`;
			const list = byStem.get(key);
			if (list) list.push(i);
			else byStem.set(key, [i]);
		}
		return own.join(' ');
	});
	const termIds = [...new Set(entries.map((e) => e.termId))];
	const termAt = new Map(termIds.map((id, i) => [id, i]));
	return {
		termIds,
		entryTerm: Uint32Array.from(entries, (e) => termAt.get(e.termId) ?? 0),
		entryLang: Uint8Array.from(entries, (e) => CONTENT_LANGUAGES.indexOf(e.lang)),
		entryKind: Uint8Array.from(entries, (e) => KINDS.indexOf(e.kind)),
		names: PackedStrings.pack(entries.map((e) => e.name)),
		folded: PackedStrings.pack(entries.map((e) => e.folded)),
		stems: PackedStrings.pack(stems),
		exact: Multimap.pack(exact),
		byStem: Multimap.pack(byStem),
		words: builder.finish(),
	};
}
