/**
 * Written words numbered as first met, each found straight from the text it occurs in: the text is split as
 * `tokenize` splits it (runs of letters and digits, `[\p{L}\p{N}]+`) and each run is hashed and looked up in
 * place, so a word met again makes no string and no Map look-up. A 5,000-term build meets ~16 million words,
 * ~100,000 of them distinct per language; a string and a Map look-up each were a sixth of the build.
 */
export class WordNumbers {
	readonly #words: string[] = [];
	#hashes = new Int32Array(1024);
	/** Open addressing: a word's number + 1, or 0 for an empty slot. */
	#slots = new Int32Array(1 << 12);

	get size(): number {
		return this.#words.length;
	}

	word(id: number): string {
		return this.#words[id] ?? '';
	}

	/** The number of `word`, numbering it if new. */
	id(word: string): number {
		let hash = SEED;
		for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), PRIME);
		return this.#number(word, 0, word.length, hash);
	}

	/** Pushes the number of each word of `text`, in order, numbering those not met before. */
	scan(text: string, out: { push(id: number): void }): void {
		const length = text.length;
		let start = -1;
		let hash = SEED;
		for (let i = 0; i < length; ) {
			const c = text.charCodeAt(i);
			// Code units past the surrogates' range are rare enough to be classed one call at a time.
			const width = c < 0xd800 || c > 0xdfff ? classOf(c) : surrogateWidth(text, i);
			if (width > 0) {
				if (start < 0) {
					start = i;
					hash = SEED;
				}
				hash = Math.imul(hash ^ c, PRIME);
				if (width === 2) hash = Math.imul(hash ^ text.charCodeAt(i + 1), PRIME);
				i += width;
				continue;
			}
			if (start >= 0) out.push(this.#number(text, start, i, hash));
			start = -1;
			i -= width;
		}
		if (start >= 0) out.push(this.#number(text, start, length, hash));
	}

	#number(text: string, start: number, end: number, hash: number): number {
		const mask = this.#slots.length - 1;
		for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
			const entry = this.#slots[slot] ?? 0;
			if (entry === 0) return this.#add(text.slice(start, end), hash, slot);
			const id = entry - 1;
			if (this.#hashes[id] === hash && sameText(this.#words[id] ?? '', text, start, end)) return id;
		}
	}

	#add(word: string, hash: number, slot: number): number {
		const id = this.#words.length;
		this.#words.push(word);
		if (id === this.#hashes.length) {
			const hashes = new Int32Array(id * 2);
			hashes.set(this.#hashes);
			this.#hashes = hashes;
		}
		this.#hashes[id] = hash;
		this.#slots[slot] = id + 1;
		// At most half full, so that a look-up probes a slot or two.
		if (this.#words.length * 2 > this.#slots.length) this.#rehash();
		return id;
	}

	#rehash(): void {
		const slots = new Int32Array(this.#slots.length * 2);
		const mask = slots.length - 1;
		for (let id = 0; id < this.#words.length; id++) {
			let slot = (this.#hashes[id] ?? 0) & mask;
			while (slots[slot] !== 0) slot = (slot + 1) & mask;
			slots[slot] = id + 1;
		}
		this.#slots = slots;
	}
}

// FNV-1a over UTF-16 code units.
const SEED = 0x811c9dc5 | 0;
const PRIME = 0x01000193;

function sameText(word: string, text: string, start: number, end: number): boolean {
	if (word.length !== end - start) return false;
	for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
	return true;
}

const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 code unit outside surrogates: 0 not looked at yet, 1 a letter or digit, −1 not. Filled as met. */
const CLASSES = new Int8Array(0x10000);

/** 1 for a letter or digit, −1 for any other code unit (outside the surrogates' range). */
function classOf(c: number): number {
	const known = CLASSES[c] ?? 0;
	if (known !== 0) return known;
	const kind = WORD_CHARACTER.test(String.fromCharCode(c)) ? 1 : -1;
	CLASSES[c] = kind;
	return kind;
}

/**
 * At a surrogate: 2 for a pair that is a letter or digit (past the Basic Multilingual Plane), −2 for another
 * pair, −1 for a lone surrogate (never a letter). Negative: how far to skip.
 */
function surrogateWidth(text: string, i: number): number {
	const c = text.charCodeAt(i);
	const next = text.charCodeAt(i + 1);
	if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return -1;
	return WORD_CHARACTER.test(text.slice(i, i + 2)) ? 2 : -2;
}
