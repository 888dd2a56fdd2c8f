import Fuse from 'fuse.js';
import type { Glossary } from '../content/types.ts';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../locales.ts';
import { analyzeTerm, isStopword, tokenize } from '../text/analyzer.ts';
import { foldName } from '../text/normalize.ts';
import { PostingsBuilder, type PostingsData, PostingsIndex, type QuerySpec } from './postings.ts';

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
const fuzziness = (word: string): number | false => (word.length >= 9 ? 2 : word.length >= 5 ? 1 : false);

/** What the compiled index file stores of the name index. */
export interface TermIndexDump {
	/** Per name: [term id, language, name as written, folded, meaningful words (or '' when all words are), kind]. */
	entries: [string, ContentLanguage, string, string, string, NameEntry['kind']][];
	/** Per name: its content words stemmed in its own language, space-separated. */
	stems: string[];
	words: PostingsData;
}

const ONE_FIELD = [{ field: 0, boost: 1 }];

/**
 * Every name of every term in every language: exact look-up by folded name, a word index (BM25+ postings over
 * a radix-tree vocabulary, scored as MiniSearch scores) for word-level candidates with prefixes and typos,
 * Fuse.js to re-rank those few candidates by fuzzy similarity of the whole name.
 */
export class TermIndex {
	readonly entries: NameEntry[] = [];
	private readonly exact = new Map<string, NameEntry[]>();
	private readonly words: PostingsIndex;
	private readonly perLanguage = new Map<ContentLanguage, Fuse<NameEntry>>();
	/** Each name's content words stemmed in its own language, and the names each stem appears in. */
	private readonly stemsOf: string[][] = [];
	private readonly byStem = new Map<string, number[]>();

	constructor(glossary: Glossary | TermIndexDump) {
		if ('words' in glossary) {
			for (const [termId, lang, name, folded, content, kind] of glossary.entries) {
				this.addEntry({ termId, lang, name, folded, content: splitWords(content || folded), kind });
			}
			this.words = new PostingsIndex(glossary.words);
			glossary.stems.forEach((stems, i) => {
				this.addStems(i, stems === '' ? [] : stems.split(' '));
			});
			return;
		}
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
					const words = splitWords(folded);
					const content = words.filter((w) => !isStopwordAnywhere(w));
					this.addEntry({
						termId: article.id,
						lang,
						name,
						folded,
						content: content.length > 0 ? content : words,
						kind,
					});
				}
			}
		}
		const builder = new PostingsBuilder(1, splitWords, (term) => term);
		for (const entry of this.entries) builder.add([entry.folded]);
		this.words = new PostingsIndex(builder.finish());
		this.entries.forEach((entry, i) => {
			const stems = tokenize(entry.name.toLowerCase()).flatMap((w) => {
				const stem = analyzeTerm(entry.lang, w);
				return stem === null ? [] : [stem];
			});
			this.addStems(i, stems);
		});
	}

	private addStems(i: number, stems: string[]): void {
		const entry = this.entries[i];
		if (!entry) return;
		this.stemsOf.push(stems);
		for (const stem of new Set(stems)) {
			const key = `${entry.lang}:${stem}`;
			const list = this.byStem.get(key);
			if (list) list.push(i);
			else this.byStem.set(key, [i]);
		}
	}

	/** Whether a folded word is, or is part of, some term's name in any language. */
	knowsNameWord(folded: string): boolean {
		return this.words.has(folded) || this.exact.has(folded);
	}

	private addEntry(entry: NameEntry): void {
		this.entries.push(entry);
		const list = this.exact.get(entry.folded);
		if (list) list.push(entry);
		else this.exact.set(entry.folded, [entry]);
		// Compounds written together or apart ("frontoffice" / "front office") find each other.
		const words = splitWords(entry.folded);
		const joined = words.join('');
		if (words.length > 1 && !this.exact.has(joined)) this.exact.set(joined, [entry]);
	}

	/** What the compiled index file stores. */
	dump(): TermIndexDump {
		return {
			entries: this.entries.map((e) => {
				const content = e.content.join(' ');
				return [e.termId, e.lang, e.name, e.folded, content === e.folded ? '' : content, e.kind];
			}),
			stems: this.stemsOf.map((stems) => stems.join(' ')),
			words: this.words.data,
		};
	}

	/** Fuse.js over one language's names, made on first use: only one long word that matched nothing needs it. */
	private fuseFor(lang: ContentLanguage): Fuse<NameEntry> {
		let fuse = this.perLanguage.get(lang);
		if (!fuse) {
			fuse = new Fuse(
				this.entries.filter((e) => e.lang === lang),
				{ keys: ['folded'], includeScore: true, ignoreLocation: true, threshold: 0.34 },
			);
			this.perLanguage.set(lang, fuse);
		}
		return fuse;
	}

	/** Word candidates for a folded text, the way MiniSearch's `search` tokenises and expands it. */
	private searchWords(
		text: string,
		options: { prefix: (term: string, i: number, all: string[]) => boolean; fuzzy: (term: string) => number | false },
	) {
		const terms = splitWords(text);
		const queries: QuerySpec[] = terms.map((term, i) => ({
			term,
			fuzzy: options.fuzzy(term),
			prefix: options.prefix(term, i, terms),
			boost: 1,
		}));
		return this.words.search(queries, { fields: ONE_FIELD });
	}

	exactMatches(folded: string): NameEntry[] {
		return this.exact.get(folded) ?? this.exact.get(folded.replace(/ /g, '')) ?? [];
	}

	/**
	 * Ranks terms for something typed as a term name (`/define`, autocomplete). Exact names first; then names
	 * sharing words, prefixes or near-spellings; then, for one long word, names containing it (German and
	 * Swedish compounds: "kontakt" → "Kundenkontakt").
	 */
	lookup(query: string, lang: ContentLanguage, limit = 10): TermMatch[] {
		const folded = foldName(query);
		if (folded === '') return [];
		const best = new Map<string, TermMatch>();
		const offer = (entry: NameEntry, score: number) => {
			// Prefer the asker's language: it names the term the way they will recognise it.
			const adjusted = score - (entry.lang === lang ? 0 : 0.02) - (entry.kind === 'id' ? 0.01 : 0);
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
		const hits = this.searchWords(folded, {
			prefix: (term, i, all) => i === all.length - 1 && term.length >= 2,
			fuzzy: (term) => fuzziness(term),
		}).hits;
		const candidates = hits.slice(0, 60).flatMap((hit) => {
			const entry = this.entries[hit.doc];
			return entry ? [entry] : [];
		});
		if (candidates.length > 0) {
			const fuse = new Fuse(candidates, { keys: ['folded'], includeScore: true, ignoreLocation: true, threshold: 0.5 });
			for (const result of fuse.search(folded)) {
				const coverage = Math.min(1, queryWords.length / splitWords(result.item.folded).length);
				offer(result.item, 0.95 - (result.score ?? 1) * 0.6 - (1 - coverage) * 0.1);
			}
		}
		if (best.size === 0 && queryWords.length === 1 && folded.length >= 5) {
			for (const result of this.fuseFor(lang).search(folded, { limit })) {
				offer(result.item, 0.8 - (result.score ?? 1) * 0.6);
			}
		}
		return [...best.values()].sort((a, b) => b.score - a.score || a.termId.localeCompare(b.termId)).slice(0, limit);
	}

	/**
	 * Terms named inside a free question ("what roles are client-facing?" → customer-facing). A name counts
	 * only when every word of it that carries meaning is in the question (typos allowed on long words).
	 */
	mentionedIn(question: string): TermMatch[] {
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
			for (const entry of this.exact.get(word) ?? []) offer(entry, 0.9 + 0.1 * entry.content.length, [word]);
		}
		// Words that are spelled like some name's word need no typo expansion, which is the costly part.
		const results = this.searchWords(queryText, {
			prefix: () => false,
			fuzzy: (term) => (this.words.has(term) ? false : fuzziness(term)),
		});
		for (const hit of results.hits.slice(0, 200)) {
			const entry = this.entries[hit.doc];
			if (!entry) continue;
			const matched = new Set(results.terms(hit.doc));
			if (!entry.content.every((w) => matched.has(w))) continue;
			const exactWords = entry.content.filter((w) => words.includes(w)).length;
			// Longer names are more specific ("back office" over "office"); exact spellings over typos.
			offer(
				entry,
				0.6 + 0.1 * entry.content.length + 0.3 * (exactWords / entry.content.length),
				results.queryTerms(hit.doc),
			);
		}
		this.inflectedNames(question, offer);
		return [...found.values()].sort((a, b) => b.score - a.score || a.termId.localeCompare(b.termId));
	}

	/**
	 * Names in another grammatical case or number ("финансового планировщика", "brokerului", "Maklers"):
	 * every content word of the name shares its stem, in the name's language, with a word of the question.
	 * Scored just below names spelled as written.
	 */
	private inflectedNames(question: string, offer: (entry: NameEntry, score: number, words: string[]) => void): void {
		const words = tokenize(question.toLowerCase());
		for (const lang of CONTENT_LANGUAGES) {
			const stems = new Map<string, string>();
			for (const word of words) {
				const stem = analyzeTerm(lang, word);
				if (stem !== null && !stems.has(stem)) stems.set(stem, foldName(word));
			}
			const candidates = new Set<number>();
			for (const stem of stems.keys()) for (const i of this.byStem.get(`${lang}:${stem}`) ?? []) candidates.add(i);
			for (const i of candidates) {
				const entry = this.entries[i];
				const entryStems = entry ? this.stemsOf[i] : undefined;
				if (!entry || !entryStems?.every((s) => stems.has(s))) continue;
				const matched = entryStems.map((s) => stems.get(s) ?? s);
				offer(entry, 0.55 + 0.1 * entry.content.length + 0.2, matched);
			}
		}
	}
}
