/**
 * Scores the engine on rows of the evaluation set (test/search/eval): top-1 term and section, or "nothing
 * found" for off-topic rows, overall and by language, section kind and tag.
 */
import type { Answer, Engine } from '../../src/core/answer/engine.ts';
import { getArticle } from '../../src/core/content/types.ts';
import { resolveLocale } from '../../src/core/locales.ts';
import type { EvalRow } from '../../test/search/eval/questions.ts';
import { questionLanguage } from '../../test/search/eval/questions.ts';

export interface RowResult {
	row: EvalRow;
	ok: boolean;
	got: string;
}

export interface Score {
	correct: number;
	total: number;
}

export interface Report {
	overall: Score;
	byLanguage: Map<string, Score>;
	byKind: Map<string, Score>;
	byTag: Map<string, Score>;
	/** Batch 1 (written with the first engine), batches 2 and 3 (written blind, later): see questions.ts. */
	byBatch: Map<string, Score>;
	/** How the misses fail: wrong term, right term but another kind of section, did you mean, nothing found. */
	byFailure: Map<string, Score>;
	results: RowResult[];
}

export const shown = (a: Answer): string => (a.status === 'answer' ? `${a.termId}#${a.sectionId}` : `(${a.status})`);

export const wanted = (row: EvalRow): string =>
	row.expect === 'not-found' ? '(not-found)' : `${row.expect.term}#${row.expect.section}`;

/** The kind of the section a row expects, read from the content (ids say nothing to the engine). */
function kindOf(row: EvalRow, engine: Engine, rename: (id: string) => string): string {
	if (row.expect === 'not-found') return 'off-topic';
	const article = getArticle(engine.glossary, 'en', row.expect.term);
	const section = article?.sections.find((s) => s.id === rename(row.expect === 'not-found' ? '' : row.expect.section));
	return section?.kinds[0] ?? 'unknown';
}

export function answerRow(engine: Engine, row: EvalRow): Answer {
	return engine.ask(row.q, resolveLocale(row.locale).lang);
}

/** A miss, named by what went wrong only (no wording), so the held-out half can be diagnosed in aggregate. */
function failure(row: EvalRow, answer: Answer, engine: Engine, rename: (id: string) => string): string {
	if (row.expect === 'not-found') return 'answered off-topic';
	const got = shown(answer);
	// Whether the question was read as naming a term, and the right one: a miss by calibration or by subject.
	const subject = answer.trace?.subject;
	const named = subject === undefined ? 'none named' : subject === row.expect.term ? 'subject right' : 'wrong subject';
	if (got.startsWith('(')) return `${got.slice(1, -1)} (${named})`;
	const [term = '', section = ''] = got.split('#');
	if (term !== row.expect.term) return `wrong term (${named})`;
	const kinds = getArticle(engine.glossary, 'en', term)?.sections.find((s) => s.id === section)?.kinds ?? [];
	return `${kindOf(row, engine, rename)} read as ${kinds[0] ?? 'unknown'}`;
}

/** `rename` maps the set's section ids onto a glossary whose ids were changed (the rename test). */
export function evaluate(
	engine: Engine,
	rows: readonly EvalRow[],
	rename: (id: string) => string = (id) => id,
): Report {
	const report: Report = {
		overall: { correct: 0, total: 0 },
		byLanguage: new Map(),
		byKind: new Map(),
		byTag: new Map(),
		byBatch: new Map(),
		byFailure: new Map(),
		results: [],
	};
	const count = (map: Map<string, Score>, key: string, ok: boolean) => {
		const s = map.get(key) ?? { correct: 0, total: 0 };
		s.total++;
		if (ok) s.correct++;
		map.set(key, s);
	};
	for (const row of rows) {
		const answer = answerRow(engine, row);
		const got = shown(answer);
		const want = row.expect === 'not-found' ? '(not-found)' : `${row.expect.term}#${rename(row.expect.section)}`;
		const ok = got === want;
		report.results.push({ row, ok, got });
		report.overall.total++;
		if (ok) report.overall.correct++;
		count(report.byLanguage, questionLanguage(row), ok);
		count(report.byKind, kindOf(row, engine, rename), ok);
		for (const tag of row.tags) count(report.byTag, tag, ok);
		count(report.byBatch, batchOf(row), ok);
		if (!ok) count(report.byFailure, failure(row, answer, engine, rename), false);
	}
	return report;
}

/** Batches 1 to 5 of the bundled glossary's set (ids by hundreds), or the other glossary's prefix ("b"). */
function batchOf(row: EvalRow): string {
	const [first = '', second = ''] = row.id.split('-');
	return /^\d+$/.test(second) ? String(Math.max(1, Math.floor(Number(second) / 100))) : first.toUpperCase();
}

const pct = (s: Score) => (s.total === 0 ? '   -  ' : `${((100 * s.correct) / s.total).toFixed(1).padStart(5)}%`);

export function formatReport(title: string, r: Report): string {
	const lines = [`${title}: ${pct(r.overall)} (${r.overall.correct}/${r.overall.total})`];
	for (const [name, map] of [
		['language', r.byLanguage],
		['kind', r.byKind],
		['tag', r.byTag],
		['batch', r.byBatch],
		['failure', r.byFailure],
	] as const) {
		const cells = [...map.entries()].sort(([a], [b]) => a.localeCompare(b));
		lines.push(
			`  by ${name}: ${cells.map(([k, s]) => `${k} ${name === 'failure' ? s.total : `${pct(s).trim()} (${s.correct}/${s.total})`}`).join(', ')}`,
		);
	}
	return lines.join('\n');
}
