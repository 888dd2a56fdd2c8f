import { SubstringDistance } from './substring-distance.ts';

/** A text that matched, by its position in the list given, with Fuse.js's score (lower is closer). */
export interface Scored {
	index: number;
	score: number;
}

const MAX_BITS = 32;
const NORM_DIGITS = 1000;

/**
 * The results of `new Fuse(texts, { keys: [one key], includeScore: true, ignoreLocation: true, threshold })
 * .search(pattern)`, worked out without Fuse: the same texts, scores and order. Fuse's Bitap search with
 * `ignoreLocation` scores a text by the fewest edits from the pattern to some part of it, divided by the
 * pattern's length (0.001 at least; 0 for the whole text), and rejects it above `threshold`; the score is
 * then raised to the text's field norm (1 / √words, to three digits), and results are sorted by score, then
 * position. Ranking a look-up's 60 candidate names with Fuse built an index, a record per name and a Bitap
 * array per name and error level: a third of the memory an autocomplete allocated.
 *
 * Patterns longer than 32 letters, which Fuse cuts into pieces, get `undefined`: ask Fuse.
 */
export class FuseScores {
	readonly #near = new SubstringDistance();
	readonly #norms = new Map<number, number>();

	rank(pattern: string, texts: readonly string[], threshold: number): Scored[] | undefined {
		const lower = pattern.toLowerCase();
		const n = lower.length;
		if (n > MAX_BITS) return undefined;
		let errors = 0;
		while (errors + 1 < n && (errors + 1) / n <= threshold) errors++;
		const out: Scored[] = [];
		texts.forEach((raw, index) => {
			if (raw.trim() === '') return;
			const text = raw.toLowerCase();
			let bitap: number;
			if (text === lower) bitap = 0;
			else {
				const k = this.#near.distance(lower, text, errors);
				if (k > errors) return;
				bitap = Math.max(0.001, k / n);
			}
			// Math.pow as Fuse calls it, so that scores are equal to the last bit.
			// biome-ignore lint/style/useExponentiationOperator: the same function Fuse calls
			out.push({ index, score: Math.pow(bitap === 0 ? Number.EPSILON : bitap, this.#norm(raw)) });
		});
		return out.sort((a, b) => (a.score === b.score ? a.index - b.index : a.score < b.score ? -1 : 1));
	}

	#norm(text: string): number {
		let words = 0;
		let inWord = false;
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			const separator = (code >= 9 && code <= 13) || code === 32 || code === 160;
			if (!separator && !inWord) words++;
			inWord = !separator;
		}
		words ||= 1;
		let norm = this.#norms.get(words);
		if (norm === undefined) {
			// biome-ignore lint/style/useExponentiationOperator: the same function Fuse calls
			norm = Math.round(NORM_DIGITS / Math.pow(words, 0.5)) / NORM_DIGITS;
			this.#norms.set(words, norm);
		}
		return norm;
	}
}
