/**
 * Packed strings are read in place (no string made per look-up): each reading agrees with the plain string it
 * stands for, across chunk boundaries, for empty strings, Cyrillic next to Latin, and prefixes longer than the
 * string.
 */
import { describe, expect, it } from 'vitest';
import { PackedStrings } from '../../src/core/search/sorted-strings.ts';

const words = Array.from({ length: 2_500 }, (_, i) =>
	i % 7 === 0 ? '' : i % 3 === 0 ? `слово${i}` : `word${i.toString(36)}`,
);
const packed = new PackedStrings(PackedStrings.pack(words));
const sign = (n: number) => Math.sign(n);

describe('packed strings', () => {
	it('give back every string, with its length and place', () => {
		expect(packed.size).toBe(words.length);
		words.forEach((w, i) => {
			expect(packed.at(i)).toBe(w);
			expect(packed.length(i)).toBe(w.length);
			expect(packed.chunk(i).slice(packed.start(i), packed.end(i))).toBe(w);
		});
	});

	it('compare and match prefixes as the strings do', () => {
		const probes = ['', 'w', 'word', 'word1', 'wordzz', 'слово', 'слово3', 'x', 'word10x'];
		words.forEach((w, i) => {
			for (const p of [...probes, w, `${w}x`, w.slice(0, -1)]) {
				expect(sign(packed.compare(i, p))).toBe(w < p ? -1 : w > p ? 1 : 0);
				expect(packed.startsWith(i, p)).toBe(w.startsWith(p));
			}
		});
	});
});
