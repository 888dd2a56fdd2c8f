/**
 * Metamorphic checks of the engine: a question keeps its answer when it is typed without diacritics, or with
 * one typing slip (a letter swapped, dropped or doubled) in any one word of six letters or more. Every row of
 * the question set's training half is varied this way, so the check covers the capability, not one example.
 * A few variants may change: a slip can make another real word, and two slips in a compound are too many. The
 * floor below is the share measured when spelling correction landed, less a small margin.
 */
import { describe, expect, it } from 'vitest';
import { answerRow, shown } from '../../scripts/eval/evaluate.ts';
import { loadEngine } from '../../scripts/eval/load.ts';
import { half, QUESTION_SETS } from '../../scripts/eval/sets.ts';
import { type EvalRow, TRAIN_ROWS } from './eval/questions.ts';

const engine = loadEngine();
const answer = (row: EvalRow, q: string) => shown(answerRow(engine, { ...row, q }));

type Slip = (letters: string[], at: number) => void;
const SLIPS: Record<string, Slip> = {
	swapped: (l, at) => {
		[l[at], l[at + 1]] = [l[at + 1] ?? '', l[at] ?? ''];
	},
	dropped: (l, at) => {
		l.splice(at, 1);
	},
	doubled: (l, at) => {
		l.splice(at, 0, l[at] ?? '');
	},
};

/** Every variant of the question with one slip in the middle of one long word. */
function slipped(q: string, slip: Slip): string[] {
	const words = q.split(' ');
	return words.flatMap((word, i) => {
		const letters = [...word];
		if (letters.length < 6 || !/^\p{L}+$/u.test(word)) return [];
		slip(letters, Math.floor(letters.length / 2));
		return [[...words.slice(0, i), letters.join(''), ...words.slice(i + 1)].join(' ')];
	});
}

const undiacritic = (q: string) => q.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').normalize('NFC');

const answerable = TRAIN_ROWS.filter((row) => row.expect !== 'not-found');

describe('answers survive typing', () => {
	// Every glossary's: the blind ones have words in cases the bundled one never uses ("выдержкой", "pereții").
	for (const set of QUESTION_SETS) {
		it(`without diacritics, every training question keeps its answer (${set.name})`, () => {
			const own = set.content === 'content' ? engine : loadEngine(set.content);
			const shownBy = (row: EvalRow, q: string) => shown(answerRow(own, { ...row, q }));
			const changed = half(set, 'train')
				.filter((row) => undiacritic(row.q) !== row.q)
				.filter((row) => shownBy(row, undiacritic(row.q)) !== shownBy(row, row.q))
				.map((row) => `${row.id}: ${undiacritic(row.q)}`);
			expect(changed).toEqual([]);
		});
	}

	for (const [name, slip] of Object.entries(SLIPS)) {
		it(`with one letter ${name} in a long word, at least 96% of answers stay the same`, () => {
			let same = 0;
			let total = 0;
			for (const row of answerable) {
				const expected = answer(row, row.q);
				for (const variant of slipped(row.q, slip)) {
					total++;
					if (answer(row, variant) === expected) same++;
				}
			}
			console.log(`one letter ${name}: ${same}/${total} answers unchanged`);
			expect(total).toBeGreaterThan(400);
			expect(same / total).toBeGreaterThanOrEqual(0.96);
		});
	}
});
