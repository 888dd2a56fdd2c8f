/**
 * Splits the evaluation set into a training half and a held-out test half, ONCE per batch of rows. It is kept so the
 * splits can be reproduced and checked (questions.test.ts asserts the rows still match it), not to be re-run to move
 * rows.
 *
 * - Batch 1 (every id that is not `<lang>-2NN`, `<lang>-3NN`, `<lang>-4NN`, `<lang>-5NN` or `<lang>-6NN`): split a
 *   single time with `npx tsx test/search/eval/split.ts --write`, seed SPLIT_SEED. `assignSplits` only ever looks at
 *   batch-1 ids, so later batches cannot change it.
 * - Batch 2 (ids `<lang>-2NN`): split a single time with `npx tsx test/search/eval/split.ts --write-batch2`, seed
 *   BATCH2_SEED, which writes only those rows' split fields.
 * - Batch 3 (ids `<lang>-3NN`): split a single time with `npx tsx test/search/eval/split.ts --write-batch3`, seed
 *   BATCH3_SEED, which writes only those rows' split fields.
 * - Batch 4 (ids `<lang>-4NN`): split a single time with `npx tsx test/search/eval/split.ts --write-batch4`, seed
 *   BATCH4_SEED, which writes only those rows' split fields.
 * - Batch 5 (ids `<lang>-5NN`): split a single time with `npx tsx test/search/eval/split.ts --write-batch5`, seed
 *   BATCH5_SEED, which writes only those rows' split fields.
 * - Batch 6 (ids `<lang>-6NN`): split a single time with `npx tsx test/search/eval/split.ts --write-batch6`, seed
 *   BATCH6_SEED, which writes only those rows' split fields.
 *
 * All are stratified per language of the question: each language's rows of the batch, in id order, are shuffled with
 * a seeded PRNG (mulberry32) and the first half (rounded down) is 'train', the rest 'test'.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ROWS_BY_LANGUAGE } from './questions.ts';
import type { EvalRow, EvalSplit } from './types.ts';

export const SPLIT_SEED = 20261130;
export const BATCH2_SEED = 20261201;
export const BATCH3_SEED = 20261202;
export const BATCH4_SEED = 20261203;
export const BATCH5_SEED = 20261204;
export const BATCH6_SEED = 20261209;

/** Batch-2 rows have ids `<lang>-2NN` (batch 1 stops below 200 in every language). */
export function isBatch2(id: string): boolean {
	return /^[a-z]+-2\d\d$/.test(id);
}

/** Batch-3 rows have ids `<lang>-3NN` (batch 2 stops below 300 in every language). */
export function isBatch3(id: string): boolean {
	return /^[a-z]+-3\d\d$/.test(id);
}

/** Batch-4 rows have ids `<lang>-4NN` (batch 3 stops below 400 in every language). */
export function isBatch4(id: string): boolean {
	return /^[a-z]+-4\d\d$/.test(id);
}

/** Batch-5 rows have ids `<lang>-5NN` (batch 4 stops below 500 in every language). */
export function isBatch5(id: string): boolean {
	return /^[a-z]+-5\d\d$/.test(id);
}

/** Batch-6 rows have ids `<lang>-6NN` (batch 5 stops below 600 in every language). */
export function isBatch6(id: string): boolean {
	return /^[a-z]+-6\d\d$/.test(id);
}

/** Batch-1 rows are every id that belongs to no later batch. */
export function isBatch1(id: string): boolean {
	return !isBatch2(id) && !isBatch3(id) && !isBatch4(id) && !isBatch5(id) && !isBatch6(id);
}

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

/** Shuffles each language's ids (in id order) with one PRNG stream, languages in a fixed order; first half 'train'. */
export function splitByLanguage(
	byLanguage: Readonly<Record<string, readonly EvalRow[]>>,
	seed: number,
	include: (id: string) => boolean,
): Map<string, EvalSplit> {
	const random = mulberry32(seed);
	const splits = new Map<string, EvalSplit>();
	for (const lang of Object.keys(byLanguage).sort()) {
		const ids = (byLanguage[lang] ?? [])
			.map((row) => row.id)
			.filter(include)
			.sort();
		const order = shuffled(ids, random);
		const half = Math.floor(order.length / 2);
		order.forEach((id, index) => {
			splits.set(id, index < half ? 'train' : 'test');
		});
	}
	return splits;
}

/** The split of every batch-1 row id (later batches' ids are left out, so the first split never changes). */
export function assignSplits(byLanguage: Readonly<Record<string, readonly EvalRow[]>>): Map<string, EvalSplit> {
	return splitByLanguage(byLanguage, SPLIT_SEED, isBatch1);
}

/** The split of every batch-2 row id (`<lang>-2NN`), with its own seed. */
export function assignBatch2Splits(byLanguage: Readonly<Record<string, readonly EvalRow[]>>): Map<string, EvalSplit> {
	return splitByLanguage(byLanguage, BATCH2_SEED, isBatch2);
}

/** The split of every batch-3 row id (`<lang>-3NN`), with its own seed. */
export function assignBatch3Splits(byLanguage: Readonly<Record<string, readonly EvalRow[]>>): Map<string, EvalSplit> {
	return splitByLanguage(byLanguage, BATCH3_SEED, isBatch3);
}

/** The split of every batch-4 row id (`<lang>-4NN`), with its own seed. */
export function assignBatch4Splits(byLanguage: Readonly<Record<string, readonly EvalRow[]>>): Map<string, EvalSplit> {
	return splitByLanguage(byLanguage, BATCH4_SEED, isBatch4);
}

/** The split of every batch-5 row id (`<lang>-5NN`), with its own seed. */
export function assignBatch5Splits(byLanguage: Readonly<Record<string, readonly EvalRow[]>>): Map<string, EvalSplit> {
	return splitByLanguage(byLanguage, BATCH5_SEED, isBatch5);
}

/** The split of every batch-6 row id (`<lang>-6NN`), with its own seed. */
export function assignBatch6Splits(byLanguage: Readonly<Record<string, readonly EvalRow[]>>): Map<string, EvalSplit> {
	return splitByLanguage(byLanguage, BATCH6_SEED, isBatch6);
}

/** Writes the split field of exactly the rows in `splits`; other rows are not touched. */
function writeSplits(splits: ReadonlyMap<string, EvalSplit>): void {
	for (const lang of Object.keys(ROWS_BY_LANGUAGE)) {
		const file = fileURLToPath(new URL(`./${lang}.ts`, import.meta.url));
		let source = readFileSync(file, 'utf8');
		for (const row of ROWS_BY_LANGUAGE[lang] ?? []) {
			const split = splits.get(row.id);
			if (split === undefined) continue;
			const pattern = new RegExp(`(id: '${row.id}'[\\s\\S]*?split: ')(train|test)(')`);
			source = source.replace(pattern, `$1${split}$3`);
		}
		writeFileSync(file, source);
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	if (process.argv.includes('--write')) writeSplits(assignSplits(ROWS_BY_LANGUAGE));
	else if (process.argv.includes('--write-batch2')) writeSplits(assignBatch2Splits(ROWS_BY_LANGUAGE));
	else if (process.argv.includes('--write-batch3')) writeSplits(assignBatch3Splits(ROWS_BY_LANGUAGE));
	else if (process.argv.includes('--write-batch4')) writeSplits(assignBatch4Splits(ROWS_BY_LANGUAGE));
	else if (process.argv.includes('--write-batch5')) writeSplits(assignBatch5Splits(ROWS_BY_LANGUAGE));
	else if (process.argv.includes('--write-batch6')) writeSplits(assignBatch6Splits(ROWS_BY_LANGUAGE));
	else {
		console.log(
			'Each batch is split once; see the header. Pass --write (batch 1), --write-batch2, --write-batch3, --write-batch4, --write-batch5 or --write-batch6 only when splitting a new set.',
		);
	}
}
