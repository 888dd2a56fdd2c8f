/**
 * `npm run eval`: top-1 accuracy of the shipped ranking configuration on both halves of each question set
 * (scripts/eval/sets.ts: the bundled glossary's, and those of blind glossaries B to E, each written for another glossary
 * by another author).
 * `--misses` lists the training halves' misses (the test halves' are reported by the known-miss test only).
 * `--train` prints the training halves alone: what to look at while writing rules.
 * `--record` writes every miss of both halves to test/search/eval/known-misses.ts.
 */
import { writeFileSync } from 'node:fs';
import { evaluate, formatReport, type RowResult, wanted } from './eval/evaluate.ts';
import { loadEngine } from './eval/load.ts';
import { half, QUESTION_SETS } from './eval/sets.ts';

const misses: RowResult[] = [];
for (const set of QUESTION_SETS) {
	const engine = loadEngine(set.content);
	const train = evaluate(engine, half(set, 'train'));
	const test = evaluate(engine, half(set, 'test'));
	console.log(`# ${set.name} (${set.content})`);
	console.log(formatReport('training half', train));
	if (!process.argv.includes('--train')) console.log(formatReport('test half (held out)', test));
	if (process.argv.includes('--misses')) {
		for (const r of train.results.filter((x) => !x.ok)) {
			console.log(`  miss ${r.row.id} [${r.row.locale}] ${JSON.stringify(r.row.q)} → ${r.got}, want ${wanted(r.row)}`);
		}
	}
	misses.push(...[...train.results, ...test.results].filter((r) => !r.ok));
}

if (process.argv.includes('--record')) {
	misses.sort((a, b) => a.row.id.localeCompare(b.row.id, 'en', { numeric: true }));
	const body = misses.map((r) => `\t'${r.row.id}': '${r.got}',`).join('\n');
	const source = `/**
 * Known misses of the question sets: the wrong answer each of these rows gets today (written by
 * \`npm run eval -- --record\`). The eval test asserts exactly these, so that any drift, better or worse, is
 * seen; when a row starts passing, re-record. Rows of both halves are listed; only the training halves'
 * were looked at when rules were written.
 */
export const KNOWN_MISSES: Readonly<Record<string, string>> = {
${body}
};
`;
	writeFileSync('test/search/eval/known-misses.ts', source);
	console.log(`recorded ${misses.length} known misses in test/search/eval/known-misses.ts`);
}
