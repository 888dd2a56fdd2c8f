import { AbsenceFilter } from './absence-filter.ts';

/**
 * Lists of strings packed into a few long strings with end offsets: tens of thousands of words or names cost
 * a handful of string objects and one typed array, instead of an object each that the garbage collector walks
 * on every full collection. The list is cut into chunks of 1,024 strings so that a chunk with only Latin-1
 * letters is stored one byte per letter even when another chunk holds Cyrillic.
 */
export interface PackedStringsData {
	chunks: string[];
	/** End of string i within its chunk (`i >> CHUNK_BITS`); string i starts where string i − 1 ends, or at 0. */
	ends: Uint32Array;
}

const CHUNK_BITS = 10;
const CHUNK = 1 << CHUNK_BITS;

export class PackedStrings {
	protected readonly chunks: string[];
	protected readonly ends: Uint32Array;

	constructor(data: PackedStringsData) {
		this.chunks = data.chunks;
		this.ends = data.ends;
	}

	static pack(strings: readonly string[]): PackedStringsData {
		const chunks: string[] = [];
		const ends = new Uint32Array(strings.length);
		for (let c = 0; c < strings.length; c += CHUNK) {
			let at = 0;
			const part = strings.slice(c, c + CHUNK);
			part.forEach((s, i) => {
				at += s.length;
				ends[c + i] = at;
			});
			chunks.push(part.join(''));
		}
		return { chunks, ends };
	}

	get data(): PackedStringsData {
		return { chunks: this.chunks, ends: this.ends };
	}

	get size(): number {
		return this.ends.length;
	}

	at(i: number): string {
		return this.chunks[i >> CHUNK_BITS]?.slice(this.start(i), this.ends[i] ?? 0) ?? '';
	}

	length(i: number): number {
		return (this.ends[i] ?? 0) - this.start(i);
	}

	/** The packed string that holds string i, from `start(i)` to `ends[i]`: read in place, no string made. */
	chunk(i: number): string {
		return this.chunks[i >> CHUNK_BITS] ?? '';
	}

	start(i: number): number {
		return (i & (CHUNK - 1)) === 0 ? 0 : (this.ends[i - 1] ?? 0);
	}

	end(i: number): number {
		return this.ends[i] ?? 0;
	}

	/** Whether string i starts with `prefix`, without making a string. */
	startsWith(i: number, prefix: string): boolean {
		const start = this.start(i);
		return (this.ends[i] ?? 0) - start >= prefix.length && this.chunk(i).startsWith(prefix, start);
	}

	/** String i compared with `value` by code unit, without making a string. */
	compare(i: number, value: string): number {
		const text = this.chunks[i >> CHUNK_BITS] ?? '';
		const start = this.start(i);
		const length = (this.ends[i] ?? 0) - start;
		const common = Math.min(length, value.length);
		for (let k = 0; k < common; k++) {
			const d = text.charCodeAt(start + k) - value.charCodeAt(k);
			if (d !== 0) return d;
		}
		return length - value.length;
	}
}

const MEMO_SIZE = 4096;
const MEMO_KEY_LENGTH = 40;

/**
 * Distinct strings sorted by code unit: a position per string, found by binary search. The last few thousand
 * answers are remembered: reading one question asks about the same words in every language, several times.
 * A Bloom filter answers most look-ups of strings the table does not hold at once.
 */
export class SortedStrings extends PackedStrings {
	readonly #memo = new Map<string, number>();
	readonly #filter: AbsenceFilter;

	constructor(data: PackedStringsData) {
		super(data);
		this.#filter = new AbsenceFilter(this.ends.length);
		for (let i = 0; i < this.ends.length; i++)
			this.#filter.add(this.chunks[i >> CHUNK_BITS] ?? '', this.start(i), this.ends[i] ?? 0);
	}

	/** The distinct strings sorted, packed; `strings` gives them in the table's order. */
	static build(values: Iterable<string>): { table: SortedStrings; strings: string[] } {
		const strings = [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
		return { table: new SortedStrings(PackedStrings.pack(strings)), strings };
	}

	/** Position of `value`, or −1. */
	indexOf(value: string): number {
		if (!this.#filter.mayHold(value)) return -1;
		const known = this.#memo.get(value);
		if (known !== undefined) return known;
		const at = this.#search(value);
		// Words only: a whole question (a heading look-up) would fill the memory with long strings.
		if (value.length > MEMO_KEY_LENGTH) return at;
		if (this.#memo.size >= MEMO_SIZE) this.#memo.clear();
		this.#memo.set(value, at);
		return at;
	}

	#search(value: string): number {
		let lo = 0;
		let hi = this.ends.length - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >>> 1;
			const order = this.compare(mid, value);
			if (order === 0) return mid;
			if (order < 0) lo = mid + 1;
			else hi = mid - 1;
		}
		return -1;
	}

	has(value: string): boolean {
		return this.indexOf(value) >= 0;
	}
}

/** Counts in the narrowest unsigned typed array that holds them. */
export function packCounts(values: ArrayLike<number>): Uint16Array | Uint32Array {
	let max = 0;
	for (let i = 0; i < values.length; i++) max = Math.max(max, values[i] ?? 0);
	return max < 65_536 ? Uint16Array.from(values as ArrayLike<number>) : Uint32Array.from(values as ArrayLike<number>);
}
