/**
 * Splits the evaluation set into a training half and a held-out test half, ONCE. It was run a single time with
 * `npx tsx test/search/eval/split.ts --write`, which wrote each row's `split` field into the language files; it is
 * kept so the split can be reproduced and checked (questions.test.ts asserts the rows still match it), not to be
 * re-run to move rows.
 *
 * Stratified per language of the question: each language's rows, in id order, are shuffled with a seeded PRNG
 * (mulberry32) and the first half (rounded down) is 'train', the rest 'test'.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ROWS_BY_LANGUAGE } from './questions.ts';
import type { EvalRow, EvalSplit } from './types.ts';

export const SPLIT_SEED = 20261130;

/** mulberry32: a tiny, well-known seeded PRNG; Math.random cannot be seeded. */
function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}

/** The split of every row id, languages in a fixed order so one PRNG stream gives one answer. */
export function assignSplits(byLanguage: Readonly<Record<string, readonly EvalRow[]>>): Map<string, EvalSplit> {
	const random = mulberry32(SPLIT_SEED);
	const splits = new Map<string, EvalSplit>();
	for (const lang of Object.keys(byLanguage).sort()) {
		const ids = (byLanguage[lang] ?? []).map((row) => row.id).sort();
		const order = shuffled(ids, random);
		const half = Math.floor(order.length / 2);
		order.forEach((id, index) => {
			splits.set(id, index < half ? 'train' : 'test');
		});
	}
	return splits;
}

function writeSplits(): void {
	const splits = assignSplits(ROWS_BY_LANGUAGE);
	for (const lang of Object.keys(ROWS_BY_LANGUAGE)) {
		const file = fileURLToPath(new URL(`./${lang}.ts`, import.meta.url));
		let source = readFileSync(file, 'utf8');
		for (const row of ROWS_BY_LANGUAGE[lang] ?? []) {
			const pattern = new RegExp(`(id: '${row.id}'[\\s\\S]*?split: ')(train|test)(')`);
			source = source.replace(pattern, `$1${splits.get(row.id)}$3`);
		}
		writeFileSync(file, source);
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	if (process.argv.includes('--write')) writeSplits();
	else console.log('The split is done once; see the header. Pass --write only when splitting a new set.');
}
