/**
 * A Bloom filter over a table's strings: three bits tell most strings the table does not hold from those it may
 * hold, without a binary search. Spelling correction asks the tables about hundreds of one-slip variants of each
 * unknown word, nearly none of them words: on the cold path of /ask that was a third of the time. 16 bits a
 * string: about one absent string in 500 gets a "maybe" (and is then searched, so answers never change).
 */
export class AbsenceFilter {
	readonly #bits: Uint32Array;
	readonly #mask: number;

	constructor(count: number) {
		let size = 1024;
		while (size < count * 16) size *= 2;
		this.#bits = new Uint32Array(size >>> 5);
		this.#mask = size - 1;
	}

	/** Adds `text.slice(start, end)` (without making the string). */
	add(text: string, start: number, end: number): void {
		const h1 = hash(text, start, end);
		const h2 = second(h1);
		for (let k = 0; k < 3; k++) {
			const bit = (h1 + k * h2) & this.#mask;
			this.#bits[bit >>> 5] = (this.#bits[bit >>> 5] ?? 0) | (1 << (bit & 31));
		}
	}

	/** False when the table certainly does not hold `value`. */
	mayHold(value: string): boolean {
		const h1 = hash(value, 0, value.length);
		const h2 = second(h1);
		for (let k = 0; k < 3; k++) {
			const bit = (h1 + k * h2) & this.#mask;
			if (((this.#bits[bit >>> 5] ?? 0) & (1 << (bit & 31))) === 0) return false;
		}
		return true;
	}
}

/** FNV-1a over UTF-16 code units. */
function hash(text: string, start: number, end: number): number {
	let h = 0x811c9dc5;
	for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return h >>> 0;
}

/** A second, odd hash from the first (double hashing: bit k is h1 + k·h2). */
function second(h1: number): number {
	const h = Math.imul(h1 ^ (h1 >>> 15), 0x2c1b3c6d);
	return (Math.imul(h ^ (h >>> 12), 0x297a2d39) | 1) >>> 0;
}
