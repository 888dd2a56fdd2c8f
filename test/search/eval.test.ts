/**
 * The question sets (scripts/eval/sets.ts), both halves, row by row: each row gets its expected answer, or the
 * exact wrong answer recorded for it as a known miss. Accuracy figures are printed by `npm run eval`.
 */
import { describe, expect, it } from 'vitest';
import { answerRow, shown, wanted } from '../../scripts/eval/evaluate.ts';
import { loadEngine } from '../../scripts/eval/load.ts';
import { QUESTION_SETS } from '../../scripts/eval/sets.ts';
import { KNOWN_MISSES } from './eval/known-misses.ts';

for (const set of QUESTION_SETS) {
	const engine = loadEngine(set.content);
	describe(`${set.name}: every row answers as expected, or as its recorded known miss`, () => {
		for (const row of set.rows) {
			const miss = KNOWN_MISSES[row.id];
			const title = `${row.id} [${row.split}] ${JSON.stringify(row.q)} → ${wanted(row)}${miss ? ` (known miss: ${miss})` : ''}`;
			it(title, () => {
				expect(shown(answerRow(engine, row))).toBe(miss ?? wanted(row));
			});
		}
	});
}

it('lists no known miss for a row that does not exist', () => {
	const ids = new Set(QUESTION_SETS.flatMap((set) => set.rows.map((r) => r.id)));
	expect(Object.keys(KNOWN_MISSES).filter((id) => !ids.has(id))).toEqual([]);
});
