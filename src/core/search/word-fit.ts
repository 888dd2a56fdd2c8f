/**
 * How well a typed name fits a term's name word by word. Fuse.js scores the typed text as one pattern against
 * the whole name: where names share a word ("maker wale", "maker arkething"), a typo in the other word leaves
 * them tied, since Fuse finds the shared word in both and counts a swap of two letters as two edits. Here each
 * typed word goes to its nearest word of the name, a swap counting as one edit (optimal string alignment), and
 * the name's words that no typed word comes near count against it.
 */

/** Edits from a to b (insert, delete, substitute, swap two neighbours), or `max` + 1 once it must exceed `max`. */
export function alignmentDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const m = b.length;
	let before = new Int32Array(m + 1);
	let previous = Int32Array.from({ length: m + 1 }, (_, j) => j);
	let current = new Int32Array(m + 1);
	for (let i = 1; i <= a.length; i++) {
		current[0] = i;
		let rowMin = i;
		for (let j = 1; j <= m; j++) {
			const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
			let value = Math.min(
				(previous[j - 1] as number) + cost,
				(previous[j] as number) + 1,
				(current[j - 1] as number) + 1,
			);
			if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
				value = Math.min(value, (before[j - 2] as number) + 1);
			current[j] = value;
			if (value < rowMin) rowMin = value;
		}
		if (rowMin > max) return max + 1;
		[before, previous, current] = [previous, current, before];
	}
	return Math.min(previous[m] as number, max + 1);
}

/** 1 for the same word, falling with each edit relative to the longer word's length; 0 when nothing is alike. */
function likeness(a: string, b: string): number {
	const longer = Math.max(a.length, b.length);
	if (longer === 0) return 1;
	return 1 - alignmentDistance(a, b, longer) / longer;
}

/** A name word counts as typed when some typed word is at least this alike (half its letters right). */
const MATCHED = 0.5;

/**
 * 0..1: the typed words' mean likeness to their nearest name word, times the share of the name's words that
 * some typed word is alike to. 1 when every typed word is a word of the name and every word of it is typed.
 */
export function wordFit(typed: readonly string[], name: readonly string[]): number {
	if (typed.length === 0 || name.length === 0) return 0;
	const matched = new Set<number>();
	let sum = 0;
	for (const t of typed) {
		let best = 0;
		name.forEach((n, k) => {
			const l = likeness(t, n);
			if (l >= MATCHED) matched.add(k);
			if (l > best) best = l;
		});
		sum += best;
	}
	return (sum / typed.length) * (matched.size / name.length);
}
