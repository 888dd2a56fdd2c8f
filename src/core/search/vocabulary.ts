import SearchableMap from 'minisearch/SearchableMap';
import { AbsenceFilter } from './absence-filter.ts';
import type { PackedStrings } from './sorted-strings.ts';

/**
 * An index's vocabulary in typed arrays, answering what MiniSearch's radix tree (SearchableMap) answers (exact
 * look-up, words with a prefix, words within an edit distance) with the same words, distances and order.
 *
 * Why not keep the tree: at 5,000 terms × 6 languages its Maps took ~80 MB of heap and most of a query's
 * time went into walking it for typos (a Levenshtein row per tree node visited, a string per node). Here:
 * - exact and prefix look-ups are binary searches over the words sorted by code unit;
 * - typo candidates come from a bigram index with the q-gram count filter: a word of length m within edit
 *   distance d of a query of length n shares at least T = max(n, m) − 1 − 2d of its bigrams (counted with
 *   multiplicity). Each bigram's words are sorted by length, so only words of length n − d … n + d are read;
 *   the few candidates that reach T are checked with a bounded Levenshtein distance. A query too short for
 *   the filter (T < 1) scans the words of a fitting length instead;
 * - the order in which the tree would have given its results is kept as ranks computed when the index is
 *   built (its fuzzy search walks each node's keys in insertion order, its iterator in reverse), because
 *   scores are summed in that order and ties keep it: answers stay identical to the last bit.
 */
export interface VocabularyData {
	/** Word ids sorted by the word, in code-unit order. */
	sorted: Uint32Array;
	/** Each id's position in the order the radix tree's fuzzy search visits words. */
	fuzzyRank: Uint32Array;
	/** Ids in the order the radix tree's iterator (prefix search) yields them, and each id's position there. */
	prefixOrder: Uint32Array;
	prefixRank: Uint32Array;
	/**
	 * Bigram index: sorted bigram keys; the words holding key k are `gramWords[gramOffsets[k] .. [k+1])`,
	 * ordered by word length, then id.
	 */
	gramKeys: Uint32Array;
	gramOffsets: Uint32Array;
	gramWords: Uint32Array;
	/** How many times the word holds the bigram (two bytes only if some word holds one more than 255 times). */
	gramCounts: Uint8Array | Uint16Array;
}

type Tree = Map<string, unknown>;

/** Builds the look-up tables for `terms` (id = position), from the radix tree MiniSearch would have built. */
export function buildVocabulary(terms: readonly string[]): VocabularyData {
	const map = new SearchableMap<number>();
	terms.forEach((term, i) => {
		map.set(term, i);
	});
	const tree = (map as unknown as { _tree: Tree })._tree;
	const fuzzyOrder: number[] = [];
	const prefixOrder: number[] = [];
	walk(tree, fuzzyOrder, false);
	walk(tree, prefixOrder, true);
	const sorted = Uint32Array.from(terms.keys()).sort((a, b) => compare(terms[a] ?? '', terms[b] ?? ''));
	return {
		sorted,
		fuzzyRank: ranks(fuzzyOrder, terms.length),
		prefixOrder: Uint32Array.from(prefixOrder),
		prefixRank: ranks(prefixOrder, terms.length),
		...bigramIndex(terms),
	};
}

/** Leaves in the order MiniSearch visits them: keys in insertion order (fuzzy search) or reversed (iterator). */
function walk(node: Tree, out: number[], reverse: boolean): void {
	const keys = [...node.keys()];
	if (reverse) keys.reverse();
	for (const key of keys) {
		const child = node.get(key);
		if (key === '') out.push(child as number);
		else walk(child as Tree, out, reverse);
	}
}

function ranks(order: readonly number[], n: number): Uint32Array {
	const rank = new Uint32Array(n);
	order.forEach((id, position) => {
		rank[id] = position;
	});
	return rank;
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

const bigram = (word: string, i: number) => ((word.charCodeAt(i) << 16) | word.charCodeAt(i + 1)) >>> 0;

function bigramIndex(
	terms: readonly string[],
): Pick<VocabularyData, 'gramKeys' | 'gramOffsets' | 'gramWords' | 'gramCounts'> {
	const listLength = new Map<number, number>();
	const perWord: Map<number, number>[] = terms.map((word) => {
		const grams = new Map<number, number>();
		for (let i = 0; i + 1 < word.length; i++) {
			const key = bigram(word, i);
			grams.set(key, (grams.get(key) ?? 0) + 1);
		}
		for (const key of grams.keys()) listLength.set(key, (listLength.get(key) ?? 0) + 1);
		return grams;
	});
	const gramKeys = Uint32Array.from(listLength.keys()).sort();
	// Words are visited by length, so each bigram's list comes out ordered by length, then id.
	const order = Uint32Array.from(terms.keys()).sort(
		(a, b) => (terms[a] ?? '').length - (terms[b] ?? '').length || a - b,
	);
	const gramOffsets = new Uint32Array(gramKeys.length + 1);
	const slot = new Map<number, number>();
	gramKeys.forEach((key, k) => {
		slot.set(key, k);
		gramOffsets[k + 1] = (gramOffsets[k] ?? 0) + (listLength.get(key) ?? 0);
	});
	const total = gramOffsets[gramKeys.length] ?? 0;
	const gramWords = new Uint32Array(total);
	let most = 0;
	for (const grams of perWord) for (const count of grams.values()) most = Math.max(most, count);
	const gramCounts = most <= 255 ? new Uint8Array(total) : new Uint16Array(total);
	const cursor = gramOffsets.slice(0, gramKeys.length);
	for (const id of order) {
		for (const [key, count] of perWord[id] ?? []) {
			const k = slot.get(key) ?? 0;
			const at = cursor[k] ?? 0;
			cursor[k] = at + 1;
			gramWords[at] = id;
			gramCounts[at] = count;
		}
	}
	return { gramKeys, gramOffsets, gramWords, gramCounts };
}

/** One distinct bigram of a query: its words (of the lengths asked for) and how often the query holds it. */
interface GramList {
	from: number;
	to: number;
	inQuery: number;
}

/**
 * The fewest shared bigrams a candidate must have in the lists that are read: lower reads fewer lists but
 * measures more candidates' distances.
 */
const MIN_SHARED = 3;

/** A typo candidate: the word's id and its edit distance from the query. */
export type Near = [id: number, distance: number];

export class Vocabulary {
	/** The words packed (see sorted-strings.ts): read in place, so a look-up makes no string. */
	readonly #words: PackedStrings;
	readonly #data: VocabularyData;
	readonly #maxLength: number;
	readonly #lengths: Uint16Array;
	// Scratch space for one fuzzy look-up at a time (the event loop runs one at a time), made on first use.
	#scratch: { counts: Uint32Array; stamps: Uint32Array; touched: Uint32Array } | undefined;
	#stamp = 0;
	/** Ids by word length, for queries too short for the bigram filter; made on first use. */
	#byLength: { ids: Uint32Array; offsets: Uint32Array } | undefined;
	readonly #row: Int32Array[] = [new Int32Array(64), new Int32Array(64)];
	readonly #filter: AbsenceFilter;

	constructor(words: PackedStrings, data: VocabularyData) {
		this.#words = words;
		this.#data = data;
		const n = words.size;
		this.#filter = new AbsenceFilter(n);
		this.#lengths = new Uint16Array(n);
		let max = 0;
		for (let i = 0; i < n; i++) {
			this.#filter.add(words.chunk(i), words.start(i), words.end(i));
			const length = words.length(i);
			this.#lengths[i] = Math.min(65_535, length);
			if (length > max) max = length;
		}
		this.#maxLength = max;
	}

	get size(): number {
		return this.#words.size;
	}

	/** The id of a word, if the vocabulary has it. */
	get(word: string): number | undefined {
		if (!this.#filter.mayHold(word)) return undefined;
		const { sorted } = this.#data;
		const at = this.#lowerBound(word);
		const id = sorted[at];
		return id !== undefined && this.#words.compare(id, word) === 0 ? id : undefined;
	}

	has(word: string): boolean {
		return this.get(word) !== undefined;
	}

	/** Ids of the words that start with `prefix` (itself included), in the radix tree iterator's order. */
	prefixed(prefix: string): Uint32Array {
		const { sorted, prefixOrder, prefixRank } = this.#data;
		const from = this.#lowerBound(prefix);
		let lo = from;
		let hi = sorted.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (this.#words.startsWith(sorted[mid] ?? 0, prefix)) lo = mid + 1;
			else hi = mid;
		}
		if (lo === from) return prefixOrder.subarray(0, 0);
		// The words under one node of the tree are consecutive in its iteration order: one slice of it.
		let first = Number.MAX_SAFE_INTEGER;
		for (let i = from; i < lo; i++) first = Math.min(first, prefixRank[sorted[i] ?? 0] ?? 0);
		return prefixOrder.subarray(first, first + (lo - from));
	}

	/** Words within `maxDistance` edits of `word` (itself included, at distance 0), in the tree's fuzzy order. */
	fuzzy(word: string, maxDistance: number): Near[] {
		const n = word.length;
		if (n - maxDistance > this.#maxLength) return [];
		const out: Near[] = [];
		const check = (id: number) => {
			if (Math.abs((this.#lengths[id] as number) - n) > maxDistance) return;
			const distance = this.#distance(word, id, maxDistance);
			if (distance <= maxDistance) out.push([id, distance]);
		};
		// A word of length m within d edits shares at least max(n, m) − 1 − 2d bigrams: none necessarily while
		// that is below 1 (m and n up to 2d + 1), so those lengths are scanned; longer words come from bigrams.
		const wide = 2 * maxDistance + 1;
		if (n <= wide) {
			this.#lengthCandidates(n - maxDistance, wide, check);
			if (n + maxDistance > wide) this.#bigramCandidates(word, maxDistance, wide + 1, check);
		} else this.#bigramCandidates(word, maxDistance, n - maxDistance, check);
		const { fuzzyRank } = this.#data;
		return out.sort((a, b) => (fuzzyRank[a[0]] ?? 0) - (fuzzyRank[b[0]] ?? 0));
	}

	/**
	 * Words sharing enough bigrams with `word` to be within `maxDistance` edits of it (see the class comment).
	 * The longest lists (a bigram such as "er" lists thousands of words) are left unread while what they could
	 * add leaves at least MIN_SHARED bigrams to be found in the others: a word reaching the bound reaches the
	 * bound less what was left unread, and `check` measures each candidate's distance exactly.
	 */
	#bigramCandidates(word: string, maxDistance: number, shortest: number, check: (id: number) => void): void {
		const n = word.length;
		const lists = this.#gramLists(word, shortest, n + maxDistance).sort((a, b) => b.to - b.from - (a.to - a.from));
		const least = Math.max(n, shortest) - 1 - 2 * maxDistance;
		let unread = 0;
		let skipped = 0;
		while (skipped < lists.length && unread + (lists[skipped]?.inQuery ?? 0) <= least - MIN_SHARED)
			unread += lists[skipped++]?.inQuery ?? 0;
		this.#tallyLists(lists.slice(skipped), (id, shared) => {
			const m = this.#lengths[id] as number;
			if (shared + unread >= Math.max(n, m) - 1 - 2 * maxDistance) check(id);
		});
	}

	#scratchSpace(): { counts: Uint32Array; stamps: Uint32Array; touched: Uint32Array } {
		if (!this.#scratch) {
			const n = this.#words.size;
			this.#scratch = { counts: new Uint32Array(n), stamps: new Uint32Array(n), touched: new Uint32Array(n) };
		}
		return this.#scratch;
	}

	/**
	 * Every word sharing bigrams with `word`, with how many it shares (counted with multiplicity): a word
	 * holding an approximate occurrence of `word` with e edits shares at least |word| − 1 − 2e of them.
	 */
	forEachSharing(word: string, visit: (id: number, shared: number) => void): void {
		this.#tally(word, 0, this.#maxLength, visit);
	}

	/** The bigrams each word of length shortest … longest shares with `word`, tallied in typed scratch arrays. */
	#tally(word: string, shortest: number, longest: number, visit: (id: number, shared: number) => void): void {
		this.#tallyLists(this.#gramLists(word, shortest, longest), visit);
	}

	/** How much of the lists' bigrams each word in them shares with the query. */
	#tallyLists(lists: readonly GramList[], visit: (id: number, shared: number) => void): void {
		const { gramWords, gramCounts } = this.#data;
		const { counts, stamps, touched } = this.#scratchSpace();
		const stamp = ++this.#stamp;
		let touchedCount = 0;
		for (const { from, to, inQuery } of lists) {
			for (let p = from; p < to; p++) {
				const id = gramWords[p] as number;
				const shared = Math.min(inQuery, gramCounts[p] as number);
				if (stamps[id] === stamp) counts[id] = (counts[id] as number) + shared;
				else {
					stamps[id] = stamp;
					counts[id] = shared;
					touched[touchedCount++] = id;
				}
			}
		}
		for (let i = 0; i < touchedCount; i++) visit(touched[i] as number, counts[touched[i] as number] as number);
	}

	/** Per distinct bigram of `word`: how often it occurs there, and its words of length min … max. */
	#gramLists(word: string, min: number, max: number): GramList[] {
		const { gramKeys, gramOffsets, gramWords } = this.#data;
		const grams = new Map<number, number>();
		for (let i = 0; i + 1 < word.length; i++) {
			const key = bigram(word, i);
			grams.set(key, (grams.get(key) ?? 0) + 1);
		}
		const lists: GramList[] = [];
		const lengths = this.#lengths;
		const firstLonger = (from: number, to: number, length: number) => {
			let lo = from;
			let hi = to;
			while (lo < hi) {
				const mid = (lo + hi) >>> 1;
				if ((lengths[gramWords[mid] ?? 0] ?? 0) < length) lo = mid + 1;
				else hi = mid;
			}
			return lo;
		};
		for (const [key, inQuery] of grams) {
			const k = lowerBound(gramKeys, key);
			if (gramKeys[k] !== key) {
				lists.push({ from: 0, to: 0, inQuery });
				continue;
			}
			const start = gramOffsets[k] ?? 0;
			const end = gramOffsets[k + 1] ?? 0;
			const from = firstLonger(start, end, min);
			lists.push({ from, to: firstLonger(from, end, max + 1), inQuery });
		}
		return lists;
	}

	/** Every word of length `shortest` … `longest`. */
	#lengthCandidates(shortest: number, longest: number, check: (id: number) => void): void {
		if (!this.#byLength) this.#byLength = byLength(this.#lengths, this.#maxLength);
		const { ids, offsets } = this.#byLength;
		const from = offsets[Math.max(0, shortest)] ?? 0;
		const to = offsets[Math.min(this.#maxLength, longest) + 1] ?? 0;
		for (let i = from; i < to; i++) check(ids[i] ?? 0);
	}

	/** Levenshtein distance of a and word `id`, or maxDistance + 1 as soon as it must exceed maxDistance. */
	#distance(a: string, id: number, maxDistance: number): number {
		const b = this.#words.chunk(id);
		const at = this.#words.start(id) - 1;
		const m = this.#words.length(id);
		if (this.#row[0] === undefined || (this.#row[0]?.length ?? 0) <= m) {
			this.#row[0] = new Int32Array(m + 1);
			this.#row[1] = new Int32Array(m + 1);
		}
		let previous = this.#row[0] as Int32Array;
		let current = this.#row[1] as Int32Array;
		for (let j = 0; j <= m; j++) previous[j] = j;
		for (let i = 1; i <= a.length; i++) {
			current[0] = i;
			let rowMin = i;
			const ca = a.charCodeAt(i - 1);
			for (let j = 1; j <= m; j++) {
				const cost = ca === b.charCodeAt(at + j) ? 0 : 1;
				const value = Math.min((previous[j - 1] ?? 0) + cost, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1);
				current[j] = value;
				if (value < rowMin) rowMin = value;
			}
			if (rowMin > maxDistance) return maxDistance + 1;
			const swap = previous;
			previous = current;
			current = swap;
		}
		return Math.min(previous[m] ?? 0, maxDistance + 1);
	}

	/** First position in `sorted` whose word is ≥ `word`. */
	#lowerBound(word: string): number {
		const { sorted } = this.#data;
		let lo = 0;
		let hi = sorted.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (this.#words.compare(sorted[mid] ?? 0, word) < 0) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}
}

function byLength(lengths: Uint16Array, maxLength: number): { ids: Uint32Array; offsets: Uint32Array } {
	const offsets = new Uint32Array(maxLength + 2);
	for (const l of lengths) offsets[l + 1] = (offsets[l + 1] ?? 0) + 1;
	for (let l = 1; l < offsets.length; l++) offsets[l] = (offsets[l] ?? 0) + (offsets[l - 1] ?? 0);
	const cursor = offsets.slice(0, maxLength + 1);
	const ids = new Uint32Array(lengths.length);
	lengths.forEach((l, id) => {
		const at = cursor[l] ?? 0;
		cursor[l] = at + 1;
		ids[at] = id;
	});
	return { ids, offsets };
}

function lowerBound(keys: Uint32Array, key: number): number {
	let lo = 0;
	let hi = keys.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if ((keys[mid] ?? 0) < key) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
