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
 * A pattern longer than 32 letters Fuse cuts into pieces of 32 (the last one ending where the pattern ends) and
 * scores each alone: a text matches when some piece does, and its Bitap score is the mean of the pieces'
 * scores, 1 for a piece that found nothing. So does this: at 5,000 terms, handing those names to Fuse was half of
 * what a /define allocated.
 */
export class FuseScores {
	readonly #near = new SubstringDistance();
	readonly #norms = new Map<number, number>();

	rank(pattern: string, texts: readonly string[], threshold: number): Scored[] {
		const lower = pattern.toLowerCase();
		const pieces = piecesOf(lower);
		const errors = pieces.map((piece) => allowedErrors(piece.length, threshold));
		const out: Scored[] = [];
		texts.forEach((raw, index) => {
			if (raw.trim() === '') return;
			const text = raw.toLowerCase();
			const bitap = text === lower ? 0 : this.#bitap(pieces, errors, text);
			if (bitap === undefined) return;
			// Math.pow as Fuse calls it, so that scores are equal to the last bit.
			// biome-ignore lint/style/useExponentiationOperator: the same function Fuse calls
			out.push({ index, score: Math.pow(bitap === 0 ? Number.EPSILON : bitap, this.#norm(raw)) });
		});
		return out.sort((a, b) => (a.score === b.score ? a.index - b.index : a.score < b.score ? -1 : 1));
	}

	/** Fuse's Bitap score of a text, summed over the pieces in their order; undefined when no piece matches. */
	#bitap(pieces: readonly string[], errors: readonly number[], text: string): number | undefined {
		let total = 0;
		let matched = false;
		pieces.forEach((piece, p) => {
			const allowed = errors[p] ?? 0;
			const k = this.#near.distance(piece, text, allowed);
			if (k > allowed) total += 1;
			else {
				matched = true;
				total += Math.max(0.001, k / piece.length);
			}
		});
		return matched ? total / pieces.length : undefined;
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

/** The edits Fuse's Bitap allows a piece of n letters: it stops at the first count whose score passes `threshold`. */
function allowedErrors(n: number, threshold: number): number {
	let errors = 0;
	while (errors + 1 < n && (errors + 1) / n <= threshold) errors++;
	return errors;
}

/** The pieces Fuse searches for: the pattern itself, or pieces of 32 letters, the last ending with the pattern. */
function piecesOf(pattern: string): string[] {
	if (pattern.length <= MAX_BITS) return [pattern];
	const pieces: string[] = [];
	const whole = pattern.length - (pattern.length % MAX_BITS);
	for (let i = 0; i < whole; i += MAX_BITS) pieces.push(pattern.slice(i, i + MAX_BITS));
	if (whole < pattern.length) pieces.push(pattern.slice(pattern.length - MAX_BITS));
	return pieces;
}
