import { describe, expect, it } from 'vitest';
import { createRng } from '../../scripts/bench/synthetic-corpus.ts';
import { AbsenceFilter } from '../../src/core/search/absence-filter.ts';
import { SortedStrings } from '../../src/core/search/sorted-strings.ts';

const rng = createRng(11, 'absence-filter');
const word = () =>
	Array.from({ length: rng.int(3, 14) }, () => rng.pick([...'abcdefghijklmnopqrstuvwxyzäöüșțабвгдеж'])).join('');

describe('the absence filter', () => {
	const held = [...new Set(Array.from({ length: 20_000 }, word))];
	const filter = new AbsenceFilter(held.length);
	const text = held.join('');
	let at = 0;
	for (const w of held) {
		filter.add(text, at, at + w.length);
		at += w.length;
	}

	it('never says a held string is absent (added from a slice of a longer text)', () => {
		expect(held.filter((w) => !filter.mayHold(w))).toEqual([]);
	});

	it('says nearly every other string is absent', () => {
		const heldSet = new Set(held);
		const others = Array.from({ length: 20_000 }, word).filter((w) => !heldSet.has(w));
		const maybe = others.filter((w) => filter.mayHold(w)).length;
		expect(maybe / others.length).toBeLessThan(0.01);
	});

	it('leaves a sorted table finding exactly what it holds', () => {
		const { table, strings } = SortedStrings.build(held.slice(0, 5000));
		for (const [i, w] of strings.entries()) expect(table.indexOf(w)).toBe(i);
		for (const w of held.slice(5000, 6000)) expect(table.indexOf(w)).toBe(-1);
	});
});
