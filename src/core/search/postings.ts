import { PackedStrings, type PackedStringsData } from './sorted-strings.ts';
import { buildVocabulary, type Near, Vocabulary, type VocabularyData } from './vocabulary.ts';

/**
 * A BM25+ inverted index with MiniSearch 7's exact scoring (same formula, parameters, field boosts, prefix and
 * typo weights, order of summation and of ties), stored in typed arrays instead of one Map per term, field
 * and document. At 180,000 sections MiniSearch's Maps took ~870 MB of heap; these arrays take a few tens of
 * MB and load from the compiled index without being rebuilt. The vocabulary's prefix and typo look-ups give
 * what MiniSearch's radix tree gives, in its order (see vocabulary.ts), from typed arrays as well.
 */

/** What the compiled index stores of one postings index. */
export interface PostingsData {
	fieldCount: number;
	documentCount: number;
	/**
	 * Vocabulary in order of first occurrence, packed: hundreds of thousands of words as a string each were a
	 * quarter of the heap at 5,000 terms, and most of the objects a full collection walks.
	 */
	terms: PackedStringsData;
	/** Postings of term t in field f: `docs[offsets[t*F+f] .. offsets[t*F+f+1])`, ascending. */
	offsets: Uint32Array;
	/** Two bytes a posting when the documents fit (a language's sections, up to ~10,000 terms), else four. */
	docs: Uint16Array | Uint32Array;
	/** Term frequency per posting, one byte when every frequency fits, else two (saturating at 65,535). */
	freqs: Uint8Array | Uint16Array;
	/** Distinct tokens of each document's field: `fieldLength[doc*F+f]`. */
	fieldLength: Uint32Array;
	avgFieldLength: Float64Array;
	/** Look-up tables of `terms`: exact, prefix and typo. */
	vocabulary: VocabularyData;
}

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
export const DEFAULT_WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
const MAX_FUZZY = 6;

class Growable {
	array = new Uint32Array(1024);
	length = 0;
	push(value: number): void {
		if (this.length === this.array.length) {
			const next = new Uint32Array(this.array.length * 2);
			next.set(this.array);
			this.array = next;
		}
		this.array[this.length++] = value;
	}
}

/**
 * A list of document numbers kept from query to query: it grows to what the largest query needed and is
 * then reused, where a new array per query and per word (thousands of documents for a short prefix) was a
 * good part of what a query left for the garbage collector.
 */
class Reused {
	values = new Uint32Array(256);
	length = 0;
	push(value: number): void {
		if (this.length === this.values.length) {
			const next = new Uint32Array(this.values.length * 2);
			next.set(this.values);
			this.values = next;
		}
		this.values[this.length++] = value;
	}
	view(): Uint32Array {
		return this.values.subarray(0, this.length);
	}
}

/** Fills a postings index document by document, the way MiniSearch's `add` does. */
export class PostingsBuilder {
	private readonly termIds = new Map<string, number>();
	private readonly terms: string[] = [];
	private readonly pTerm = new Growable();
	private readonly pDocField = new Growable();
	private readonly pFreq = new Growable();
	private readonly lengths = new Growable();
	private readonly avg: Float64Array;
	private count = 0;
	// One field's frequencies by term number, valid where `freqStamp` holds the field's stamp: a Map per field
	// and document was much of what a 180,000-section build left for the garbage collector.
	private freq = new Uint32Array(1024);
	private freqStamp = new Int32Array(1024);
	private stamp = 0;
	private readonly seen = new Growable();
	private scratch = new Int32Array(256);

	private readonly fieldCount: number;
	private readonly tokenize: (text: string) => string[];
	private readonly processTerm: (term: string) => string | null;

	constructor(fieldCount: number, tokenize: (text: string) => string[], processTerm: (term: string) => string | null) {
		this.fieldCount = fieldCount;
		this.tokenize = tokenize;
		this.processTerm = processTerm;
		this.avg = new Float64Array(fieldCount);
	}

	/** Adds one document; `fields[f]` is the text of field f. Returns its number. */
	add(fields: readonly string[]): number {
		const doc = this.document();
		for (let f = 0; f < this.fieldCount; f++) {
			const tokens = this.tokenize(fields[f] ?? '');
			if (this.scratch.length < tokens.length) this.scratch = new Int32Array(tokens.length * 2);
			let n = 0;
			for (const token of tokens) {
				const term = this.processTerm(token);
				if (term) this.scratch[n++] = this.number(term);
			}
			this.field(f, new Set(tokens).size, this.scratch, n);
		}
		return doc;
	}

	/** The number of an analysed word, numbering it if new (in order of first occurrence, as `terms` lists them). */
	number(term: string): number {
		let id = this.termIds.get(term);
		if (id === undefined) {
			id = this.terms.length;
			this.termIds.set(term, id);
			this.terms.push(term);
		}
		return id;
	}

	/** Starts a document whose fields the caller analysed itself; `field` then takes them in order. */
	document(): number {
		return this.count++;
	}

	/**
	 * Field `f` of the latest document: how many distinct tokens it has (before analysis, stopwords included:
	 * BM25's field length), and its words' numbers (see `number`), `terms[0..count)`.
	 */
	field(f: number, distinct: number, terms: ArrayLike<number>, count: number): void {
		const doc = this.count - 1;
		this.lengths.push(distinct);
		// MiniSearch's running average, computed the same way so that scores match to the last bit.
		this.avg[f] = ((this.avg[f] ?? 0) * doc + distinct) / (doc + 1);
		if (this.freq.length < this.terms.length) this.growFreq();
		const stamp = ++this.stamp;
		this.seen.length = 0;
		for (let k = 0; k < count; k++) {
			const id = terms[k] as number;
			if (this.freqStamp[id] === stamp) this.freq[id] = (this.freq[id] as number) + 1;
			else {
				this.freqStamp[id] = stamp;
				this.freq[id] = 1;
				this.seen.push(id);
			}
		}
		for (let k = 0; k < this.seen.length; k++) {
			const id = this.seen.array[k] as number;
			this.pTerm.push(id);
			this.pDocField.push(doc * this.fieldCount + f);
			this.pFreq.push(this.freq[id] as number);
		}
	}

	private growFreq(): void {
		const size = Math.max(this.terms.length, this.freq.length * 2);
		const freq = new Uint32Array(size);
		freq.set(this.freq);
		const stamps = new Int32Array(size);
		stamps.set(this.freqStamp);
		this.freq = freq;
		this.freqStamp = stamps;
	}

	finish(): PostingsData {
		const F = this.fieldCount;
		const T = this.terms.length;
		const n = this.pTerm.length;
		const offsets = new Uint32Array(T * F + 1);
		for (let i = 0; i < n; i++) {
			const docField = this.pDocField.array[i] ?? 0;
			const slot = (this.pTerm.array[i] ?? 0) * F + (docField % F);
			offsets[slot + 1] = (offsets[slot + 1] ?? 0) + 1;
		}
		for (let s = 1; s < offsets.length; s++) offsets[s] = (offsets[s] ?? 0) + (offsets[s - 1] ?? 0);
		const cursor = offsets.slice(0, T * F);
		const docs = this.count <= 65_536 ? new Uint16Array(n) : new Uint32Array(n);
		let maxFreq = 0;
		for (let i = 0; i < n; i++) maxFreq = Math.max(maxFreq, this.pFreq.array[i] ?? 0);
		const freqs = maxFreq <= 255 ? new Uint8Array(n) : new Uint16Array(n);
		// Documents were added in order, so each posting list comes out ascending (a stable counting sort).
		for (let i = 0; i < n; i++) {
			const docField = this.pDocField.array[i] ?? 0;
			const slot = (this.pTerm.array[i] ?? 0) * F + (docField % F);
			const at = cursor[slot] ?? 0;
			cursor[slot] = at + 1;
			docs[at] = Math.floor(docField / F);
			freqs[at] = Math.min(65_535, this.pFreq.array[i] ?? 0);
		}
		return {
			fieldCount: F,
			documentCount: this.count,
			terms: PackedStrings.pack(this.terms),
			offsets,
			docs,
			freqs,
			fieldLength: this.lengths.array.slice(0, this.lengths.length),
			avgFieldLength: this.avg,
			vocabulary: buildVocabulary(this.terms),
		};
	}
}

export interface QuerySpec {
	term: string;
	/** Maximum edit distance, or a fraction of the term's length (MiniSearch's `fuzzy`). */
	fuzzy: number | false;
	prefix: boolean;
	boost: number;
	/**
	 * At most this many completions of a prefix (autocomplete: two letters complete to thousands of words): those
	 * that can add the most to a score, prefix weight times idf in the searched fields, visited in their order.
	 */
	maxCompletions?: number;
}

export interface SearchSpec {
	/** Field numbers to search, in MiniSearch's field order, with their boosts. */
	fields: readonly { field: number; boost: number }[];
	weights?: { fuzzy: number; prefix: number };
	combineWith?: 'or' | 'and';
	/**
	 * Only documents in these ascending, disjoint `[start, end)` ranges: the same results as filtering
	 * afterwards (scores do not depend on which documents are visited), without visiting the others.
	 */
	ranges?: readonly (readonly [number, number])[];
}

/** One result, as MiniSearch's `search` would return it (score includes the number of words matched). */
export interface RawHit {
	doc: number;
	score: number;
}

/**
 * The results of one query: documents in the order MiniSearch finds them, with their scores; best first
 * through `top` (ties in the order found, as MiniSearch's stable sort leaves them). Valid until the next query.
 */
export class QueryResults {
	private readonly order: ArrayLike<number>;
	private readonly scores: Float64Array;
	private readonly index: PostingsIndex;
	private readonly sources: string[];
	private readonly matched: Matched;
	private readonly derived: { term: number; source: number; exact: boolean }[];
	private readonly fields: readonly number[];

	constructor(
		order: ArrayLike<number>,
		scores: Float64Array,
		index: PostingsIndex,
		sources: string[],
		matched: Matched,
		derived: { term: number; source: number; exact: boolean }[],
		fields: readonly number[],
	) {
		this.order = order;
		this.scores = scores;
		this.index = index;
		this.sources = sources;
		this.matched = matched;
		this.derived = derived;
		this.fields = fields;
	}

	/** Every result, best first. */
	get hits(): RawHit[] {
		return this.top(this.order.length);
	}

	/**
	 * The best `n` results (of those `keep` accepts), best first: what sorting them all and taking the first
	 * `n` gives, without sorting them all. A common word matches thousands of sections; a question needs ~30.
	 */
	top(n: number, keep: (doc: number) => boolean = () => true): RawHit[] {
		const { order, scores } = this;
		// Positions in `order`; the heap's root is the worst kept: lowest score, then latest found.
		const heap: number[] = [];
		const worse = (a: number, b: number) =>
			(scores[a] ?? 0) < (scores[b] ?? 0) || ((scores[a] ?? 0) === (scores[b] ?? 0) && a > b);
		for (let i = 0; i < order.length && n > 0; i++) {
			if (!keep(order[i] ?? 0)) continue;
			if (heap.length < n) siftUp(heap, i, worse);
			else if (worse(heap[0] ?? 0, i)) siftDown(heap, i, worse);
		}
		heap.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
		return heap.map((i) => ({ doc: order[i] ?? 0, score: scores[i] ?? 0 }));
	}

	/** Distinct query words this document matched (MiniSearch's `queryTerms`). */
	queryTerms(doc: number): string[] {
		return this.matched.of(doc).map((i) => this.sources[i] ?? '');
	}

	/**
	 * Whether the document has one of the query's words exactly (MiniSearch: some `queryTerms` entry is among
	 * `terms`). Any such word was also visited as its own exact match, so those visits are enough to check.
	 */
	hasExactWord(doc: number): boolean {
		return this.derived.some(({ term, exact }) => exact && this.fields.some((f) => this.index.contains(term, f, doc)));
	}

	/**
	 * The query's words that the document has exactly, in `queryTerms` order (MiniSearch: the `queryTerms`
	 * entries that are among `terms`; as above, their own exact visits are enough to check).
	 */
	exactWords(doc: number): string[] {
		return this.queryTerms(doc).filter((word) =>
			this.derived.some(
				({ term, exact }) =>
					exact && this.index.termIs(term, word) && this.fields.some((f) => this.index.contains(term, f, doc)),
			),
		);
	}

	/** Words of the document that matched, exactly or through a prefix or typo (MiniSearch's `terms`). */
	terms(doc: number): string[] {
		const out: string[] = [];
		for (const { term } of this.derived) {
			const word = this.index.termAt(term);
			if (!out.includes(word) && this.fields.some((f) => this.index.contains(term, f, doc))) out.push(word);
		}
		return out;
	}
}

export class PostingsIndex {
	private readonly words: PackedStrings;
	private readonly vocabulary: Vocabulary;
	private readonly F: number;
	// Scratch space for one query at a time (the event loop runs one at a time).
	private readonly passScore: Float64Array;
	private readonly passStamp: Int32Array;
	private readonly totalScore: Float64Array;
	private readonly totalStamp: Int32Array;
	private readonly masks: Uint32Array;
	private readonly maskStamps: Int32Array;
	private stamp = 0;
	/** idf by document count, for counts up to 1,023 (0 until first needed; an idf is never 0). */
	private readonly idfs = new Float64Array(1024);
	// The documents one word found, those found so far (in order), and their scores: valid until the next query.
	private readonly pass = new Reused();
	private readonly order = new Reused();
	private scores = new Float64Array(256);

	readonly data: PostingsData;

	constructor(data: PostingsData) {
		this.data = data;
		this.F = data.fieldCount;
		this.words = new PackedStrings(data.terms);
		this.vocabulary = new Vocabulary(this.words, data.vocabulary);
		const n = data.documentCount;
		this.passScore = new Float64Array(n);
		this.passStamp = new Int32Array(n);
		this.totalScore = new Float64Array(n);
		this.totalStamp = new Int32Array(n);
		this.masks = new Uint32Array(n);
		this.maskStamps = new Int32Array(n);
	}

	get documentCount(): number {
		return this.data.documentCount;
	}

	has(term: string): boolean {
		return this.vocabulary.has(term);
	}

	termAt(id: number): string {
		return this.words.at(id);
	}

	termIs(id: number, word: string): boolean {
		return this.words.compare(id, word) === 0;
	}

	/** Whether `doc` has term `id` in field `f` (binary search in the ascending posting list). */
	contains(id: number, f: number, doc: number): boolean {
		const { offsets, docs } = this.data;
		let lo = offsets[id * this.F + f] ?? 0;
		let hi = (offsets[id * this.F + f + 1] ?? 0) - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >>> 1;
			const at = docs[mid] ?? 0;
			if (at === doc) return true;
			if (at < doc) lo = mid + 1;
			else hi = mid - 1;
		}
		return false;
	}

	/**
	 * Every document whose words in `field` share bigrams with `word`, with an upper bound of how many bigrams
	 * of its text (words apart) it shares: a document whose field holds `word` within e edits reaches at
	 * least |word| − 1 − 2e (a filter that lets a scan look at few documents and miss none).
	 */
	bigramOverlap(word: string, field: number, visit: (doc: number, shared: number) => void): void {
		const { offsets, docs, freqs } = this.data;
		this.vocabulary.forEachSharing(word, (id, shared) => {
			const end = offsets[id * this.F + field + 1] ?? 0;
			for (let p = offsets[id * this.F + field] ?? 0; p < end; p++) visit(docs[p] ?? 0, shared * (freqs[p] ?? 1));
		});
	}

	search(queries: readonly QuerySpec[], spec: SearchSpec): QueryResults {
		const weights = spec.weights ?? DEFAULT_WEIGHTS;
		const sources: string[] = [];
		const matched = new Matched(this.masks, this.maskStamps, ++this.stamp);
		const derived: { term: number; source: number; exact: boolean }[] = [];
		const and = spec.combineWith === 'and';
		const order = this.order;
		order.length = 0;
		let totalStamp = ++this.stamp;
		queries.forEach((query, q) => {
			let source = sources.indexOf(query.term);
			if (source < 0) {
				source = sources.length;
				sources.push(query.term);
			}
			const passStamp = ++this.stamp;
			this.pass.length = 0;
			this.expand(query, weights, spec.fields, (term, weight, exact) => {
				derived.push({ term, source, exact });
				this.termResults(term, weight, query.boost, spec, passStamp);
			});
			const found = this.pass.values;
			const count = this.pass.length;
			if (q === 0 || !and) {
				// OR (and the first word of AND): new documents join at the end, in the order they were found.
				for (let k = 0; k < count; k++) {
					const doc = found[k] as number;
					if (this.totalStamp[doc] === totalStamp) {
						this.totalScore[doc] = (this.totalScore[doc] ?? 0) + (this.passScore[doc] ?? 0);
					} else {
						this.totalStamp[doc] = totalStamp;
						this.totalScore[doc] = this.passScore[doc] ?? 0;
						order.push(doc);
					}
					matched.add(doc, source);
				}
			} else {
				// AND: only documents found by every word, in the order the latest word found them.
				order.length = 0;
				const next = ++this.stamp;
				for (let k = 0; k < count; k++) {
					const doc = found[k] as number;
					if (this.totalStamp[doc] !== totalStamp) continue;
					this.totalScore[doc] = (this.totalScore[doc] ?? 0) + (this.passScore[doc] ?? 0);
					matched.add(doc, source);
					order.push(doc);
				}
				for (let k = 0; k < order.length; k++) this.totalStamp[order.values[k] as number] = next;
				totalStamp = next;
			}
		});
		return this.results(sources, matched, derived, spec);
	}

	private results(
		sources: string[],
		matched: Matched,
		derived: { term: number; source: number; exact: boolean }[],
		spec: SearchSpec,
	): QueryResults {
		const order = this.order.view();
		if (this.scores.length < order.length) this.scores = new Float64Array(this.order.values.length);
		const scores = this.scores.subarray(0, order.length);
		order.forEach((doc, i) => {
			scores[i] = (this.totalScore[doc] ?? 0) * (matched.count(doc) || 1);
		});
		return new QueryResults(
			order,
			scores,
			this,
			sources,
			matched,
			derived,
			spec.fields.map((f) => f.field),
		);
	}

	/** BM25's inverse document frequency of a word in `df` documents (remembered for the common small counts). */
	private idf(df: number): number {
		const known = df < this.idfs.length ? (this.idfs[df] as number) : 0;
		if (known > 0) return known;
		const { documentCount } = this.data;
		const idf = Math.log(1 + (documentCount - df + 0.5) / (df + 0.5));
		if (df < this.idfs.length) this.idfs[df] = idf;
		return idf;
	}

	/** The exact word, then prefix completions, then typo neighbours: MiniSearch's order and weights. */
	private expand(
		query: QuerySpec,
		weights: { fuzzy: number; prefix: number },
		fields: SearchSpec['fields'],
		visit: (term: number, weight: number, exact: boolean) => void,
	): void {
		const exact = this.vocabulary.get(query.term);
		if (exact !== undefined) visit(exact, 1, true);
		let fuzzy: Near[] | undefined;
		if (query.fuzzy !== false) {
			const f = query.fuzzy;
			const maxDistance = f < 1 ? Math.min(MAX_FUZZY, Math.round(query.term.length * f)) : f;
			if (maxDistance) fuzzy = this.vocabulary.fuzzy(query.term, maxDistance);
		}
		if (query.prefix) {
			const all = this.vocabulary.prefixed(query.term);
			const max = query.maxCompletions ?? all.length;
			for (const id of all.length > max ? this.strongest(all, query.term, max, fields) : all) {
				const weight = prefixWeight(weights.prefix, this.words.length(id), query.term.length);
				if (weight !== undefined) visit(id, weight, false);
			}
		}
		if (fuzzy) {
			for (const [id, distance] of fuzzy) {
				// Words already visited as completions of the prefix are not visited again (MiniSearch deletes them).
				if (!distance || (query.prefix && this.words.startsWith(id, query.term))) continue;
				const length = this.words.length(id);
				visit(id, (weights.fuzzy * length) / (length + distance), false);
			}
		}
	}

	/**
	 * The `max` completions with the highest prefix weight × idf in `fields` (an upper bound of what they add),
	 * ties to the earlier, kept in their order. Chosen with a heap of `max`: two letters complete to thousands of
	 * words, and sorting them all took a fifth of an autocomplete.
	 */
	private strongest(ids: Uint32Array, prefix: string, max: number, fields: SearchSpec['fields']): Uint32Array {
		const { offsets } = this.data;
		// Positions in `ids`; the root is the weakest kept: the lowest bound, then the latest.
		const heap = new Uint32Array(max);
		const bounds = new Float64Array(max);
		let size = 0;
		const weaker = (a: number, b: number) =>
			(bounds[a] as number) < (bounds[b] as number) ||
			((bounds[a] as number) === (bounds[b] as number) && (heap[a] as number) > (heap[b] as number));
		const swap = (a: number, b: number) => {
			const p = heap[a] as number;
			heap[a] = heap[b] as number;
			heap[b] = p;
			const w = bounds[a] as number;
			bounds[a] = bounds[b] as number;
			bounds[b] = w;
		};
		for (let i = 0; i < ids.length; i++) {
			const id = ids[i] as number;
			let idf = 0;
			for (const { field, boost } of fields) {
				const df = (offsets[id * this.F + field + 1] ?? 0) - (offsets[id * this.F + field] ?? 0);
				if (df > 0) idf = Math.max(idf, boost * this.idf(df));
			}
			const bound = idf * (prefixWeight(1, this.words.length(id), prefix.length) ?? 0);
			if (size < max) {
				let at = size++;
				heap[at] = i;
				bounds[at] = bound;
				while (at > 0 && weaker(at, (at - 1) >> 1)) {
					swap(at, (at - 1) >> 1);
					at = (at - 1) >> 1;
				}
			} else if (bound > (bounds[0] as number)) {
				heap[0] = i;
				bounds[0] = bound;
				for (let at = 0; ; ) {
					const left = 2 * at + 1;
					if (left >= size) break;
					const right = left + 1;
					const child = right < size && weaker(right, left) ? right : left;
					if (!weaker(child, at)) break;
					swap(at, child);
					at = child;
				}
			}
		}
		const kept = heap.subarray(0, size).sort();
		for (let k = 0; k < size; k++) kept[k] = ids[kept[k] as number] as number;
		return kept;
	}

	private termResults(term: number, termWeight: number, termBoost: number, spec: SearchSpec, passStamp: number): void {
		const { offsets, docs } = this.data;
		const F = this.F;
		for (const { field, boost } of spec.fields) {
			const from = offsets[term * F + field] ?? 0;
			const to = offsets[term * F + field + 1] ?? 0;
			if (to === from) continue;
			const idf = this.idf(to - from);
			const base = termWeight * termBoost * boost * 1;
			// A method, not a closure per word and field: an autocomplete's prefix expands to dozens of words, and
			// their closures were a quarter of what it allocated.
			if (!spec.ranges) this.scorePostings(from, to, field, base, idf, passStamp);
			else
				for (const [start, end] of spec.ranges)
					this.scorePostings(
						lowerBound(docs, from, to, start),
						lowerBound(docs, from, to, end),
						field,
						base,
						idf,
						passStamp,
					);
		}
	}

	/** BM25 of one word in one field, for its postings from `start` to `end`, added to this pass's scores. */
	private scorePostings(start: number, end: number, field: number, base: number, idf: number, passStamp: number): void {
		const { docs, freqs, fieldLength, avgFieldLength } = this.data;
		const F = this.F;
		const avg = avgFieldLength[field] ?? 0;
		for (let p = start; p < end; p++) {
			const doc = docs[p] ?? 0;
			const tf = freqs[p] ?? 0;
			const length = fieldLength[doc * F + field] ?? 0;
			const raw = idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * length) / avg)));
			const weighted = base * raw;
			if (this.passStamp[doc] === passStamp) this.passScore[doc] = (this.passScore[doc] ?? 0) + weighted;
			else {
				this.passStamp[doc] = passStamp;
				this.passScore[doc] = weighted;
				this.pass.push(doc);
			}
		}
	}
}

/** MiniSearch's weight of a completion of a prefix: less the more letters it adds; none for the prefix itself. */
function prefixWeight(weight: number, length: number, prefixLength: number): number | undefined {
	const distance = length - prefixLength;
	return distance ? (weight * length) / (length + 0.3 * distance) : undefined;
}

/**
 * Which distinct query words each document matched (MiniSearch's `queryTerms`): a bit per word in a typed array
 * shared by the index's queries (words are numbered in order of first appearance and matched in query order,
 * so ascending bits are MiniSearch's order). Words past the 31st, rare in a question, go to a Map.
 */
class Matched {
	readonly #masks: Uint32Array;
	readonly #stamps: Int32Array;
	readonly #stamp: number;
	readonly #overflow = new Map<number, number[]>();

	constructor(masks: Uint32Array, stamps: Int32Array, stamp: number) {
		this.#masks = masks;
		this.#stamps = stamps;
		this.#stamp = stamp;
	}

	add(doc: number, source: number): void {
		if (source >= 31) {
			const list = this.#overflow.get(doc) ?? [];
			if (!list.includes(source)) list.push(source);
			this.#overflow.set(doc, list);
			return;
		}
		if (this.#stamps[doc] !== this.#stamp) {
			this.#stamps[doc] = this.#stamp;
			this.#masks[doc] = 0;
		}
		this.#masks[doc] = (this.#masks[doc] ?? 0) | (1 << source);
	}

	count(doc: number): number {
		let n = this.#overflow.get(doc)?.length ?? 0;
		for (let m = this.mask(doc); m !== 0; m &= m - 1) n++;
		return n;
	}

	of(doc: number): number[] {
		const out: number[] = [];
		const mask = this.mask(doc);
		for (let i = 0; i < 31; i++) if (mask & (1 << i)) out.push(i);
		return [...out, ...(this.#overflow.get(doc) ?? [])];
	}

	private mask(doc: number): number {
		return this.#stamps[doc] === this.#stamp ? (this.#masks[doc] ?? 0) : 0;
	}
}

/** Adds `item` to a binary heap whose root is the item `worse` puts first. */
function siftUp(heap: number[], item: number, worse: (a: number, b: number) => boolean): void {
	let at = heap.length;
	heap.push(item);
	while (at > 0) {
		const parent = (at - 1) >> 1;
		if (!worse(item, heap[parent] ?? 0)) break;
		heap[at] = heap[parent] ?? 0;
		at = parent;
	}
	heap[at] = item;
}

/** Replaces the heap's root by `item` and restores the heap. */
function siftDown(heap: number[], item: number, worse: (a: number, b: number) => boolean): void {
	let at = 0;
	for (;;) {
		const left = 2 * at + 1;
		if (left >= heap.length) break;
		const right = left + 1;
		const child = right < heap.length && worse(heap[right] ?? 0, heap[left] ?? 0) ? right : left;
		if (!worse(heap[child] ?? 0, item)) break;
		heap[at] = heap[child] ?? 0;
		at = child;
	}
	heap[at] = item;
}

/** First position in `docs[from..to)` (ascending) holding a document ≥ `doc`. */
function lowerBound(docs: Uint16Array | Uint32Array, from: number, to: number, doc: number): number {
	let lo = from;
	let hi = to;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if ((docs[mid] ?? 0) < doc) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
