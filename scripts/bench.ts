/**
 * `npm run bench`: start-up, heap, question and term-lookup latency and hit@1 of the answer engine on
 * synthetic glossaries of 1, 500 and 5,000 terms (six languages each, plus the real content), with a
 * time-boxed plain Fuse.js baseline. Progress goes to stderr, the results table to stdout. It measures;
 * it does not judge: the exit code is 0 whether the targets are met or not.
 *
 * Options: `--sizes 1,500` to run other sizes.
 */
import { availableParallelism, loadavg } from 'node:os';
import Fuse from 'fuse.js';
import { type Answer, createEngine, type Engine } from '../src/core/answer/engine.ts';
import { buildGlossary, formatProblem } from '../src/core/content/build-glossary.ts';
import { answerSections, type Glossary, getArticle } from '../src/core/content/types.ts';
import type { ContentLanguage } from '../src/core/locales.ts';
import { generateCorpus, type L, makeQueries, type Q } from './bench/synthetic-corpus.ts';

const SEED = 20_240_601;
const QUERIES = 200;
const WARMUP = 20;
const FUSE_MAX_QUERIES = 50;
const FUSE_MAX_MS = 20_000;
const TARGETS = { questionP99: 20, lookupP99: 5, readyMs: 5_000, heapMb: 600 };
const TARGET_SIZE = 5_000;

const sizesArg = process.argv.indexOf('--sizes');
const SIZES =
	sizesArg >= 0
		? (process.argv[sizesArg + 1] ?? '')
				.split(',')
				.map(Number)
				.filter((n) => Number.isInteger(n) && n > 0)
		: [1, 500, TARGET_SIZE];

const progress = (message: string) => process.stderr.write(`${message}\n`);

interface Latency {
	p50: number;
	p99: number;
	hit: number;
	n: number;
	errors: number;
	/** Per measured item: was the answer the expected one. */
	hits: boolean[];
	/** How many measured items got each answer status. */
	statuses: Record<string, number>;
	/** The first error the engine threw, if any. */
	firstError?: string;
}

interface SizeResult {
	terms: number;
	files: number;
	sections: number;
	generateMs: number;
	glossaryMs: number;
	engineMs: number;
	heapMb: number | undefined;
	heapDeltaMb: number | undefined;
	/** Of the delta, what the glossary alone holds (measured before the engine is built). */
	heapGlossaryMb: number | undefined;
	questions: Latency;
	typoQuestions: Latency;
	lookups: Latency;
	typoLookups: Latency;
	fuse: Latency & { ms: number };
	/** Per measured question: does it contain its term's title. */
	withTitle: boolean[];
	failure?: string;
}

function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return Number.NaN;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

function heapMb(): number | undefined {
	if (!globalThis.gc) return undefined;
	globalThis.gc();
	globalThis.gc();
	return process.memoryUsage().heapUsed / 2 ** 20;
}

/** Times `run` over `items` after `WARMUP` warm-up calls, and checks each answer with `expected`. */
function measure<T>(
	items: T[],
	run: (item: T) => Answer,
	expected: (item: T, answer: Answer) => boolean,
	label: string,
): Latency {
	for (const item of items.slice(0, WARMUP)) {
		try {
			run(item);
		} catch {
			// counted below
		}
	}
	const times: number[] = [];
	const hits: boolean[] = [];
	const statuses: Record<string, number> = {};
	let errors = 0;
	let firstError: string | undefined;
	const measured = items.slice(WARMUP);
	for (const [i, item] of measured.entries()) {
		const start = performance.now();
		let answer: Answer | undefined;
		try {
			answer = run(item);
		} catch (error) {
			errors++;
			firstError ??= `${JSON.stringify(item)}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
		}
		times.push(performance.now() - start);
		hits.push(answer !== undefined && expected(item, answer));
		const status = answer?.status ?? 'error';
		statuses[status] = (statuses[status] ?? 0) + 1;
		if ((i + 1) % 100 === 0) progress(`    ${label}: ${i + 1}/${measured.length}`);
	}
	times.sort((a, b) => a - b);
	return {
		p50: percentile(times, 50),
		p99: percentile(times, 99),
		hit: hits.filter(Boolean).length / Math.max(1, measured.length),
		n: measured.length,
		errors,
		hits,
		statuses,
		...(firstError === undefined ? {} : { firstError }),
	};
}

interface FuseDoc {
	termId: string;
	sectionId: string;
	title: string;
	heading: string;
	text: string;
}

/** The baseline: one plain Fuse.js list per language over every answerable section's text. */
function fuseBaseline(glossary: Glossary, questions: Q[]): Latency & { ms: number } {
	const lists = new Map<ContentLanguage, Fuse<FuseDoc>>();
	const fuseFor = (lang: ContentLanguage) => {
		let fuse = lists.get(lang);
		if (!fuse) {
			const docs = [...(glossary.articles.get(lang)?.values() ?? [])].flatMap((article) =>
				answerSections(article).map((s) => ({
					termId: article.id,
					sectionId: s.id,
					title: article.title,
					heading: s.heading,
					text: s.text,
				})),
			);
			fuse = new Fuse(docs, {
				keys: ['title', 'heading', 'text'],
				ignoreLocation: true,
				threshold: 0.4,
				ignoreDiacritics: true,
				includeScore: true,
			});
			lists.set(lang, fuse);
		}
		return fuse;
	};
	const started = performance.now();
	const times: number[] = [];
	let hits = 0;
	for (const q of questions) {
		if (times.length >= FUSE_MAX_QUERIES || performance.now() - started >= FUSE_MAX_MS) break;
		const fuse = fuseFor(q.lang);
		const start = performance.now();
		const top = fuse.search(q.text, { limit: 1 })[0];
		times.push(performance.now() - start);
		if (top?.item.termId === q.termId && top.item.sectionId === q.sectionId) hits++;
		if (times.length % 10 === 0)
			progress(`    fuse: ${times.length} queries, ${((performance.now() - started) / 1000).toFixed(1)} s`);
	}
	const ms = performance.now() - started;
	times.sort((a, b) => a - b);
	return {
		p50: percentile(times, 50),
		p99: percentile(times, 99),
		hit: hits / Math.max(1, times.length),
		n: times.length,
		errors: 0,
		hits: [],
		statuses: {},
		ms,
	};
}

const EMPTY: Latency = { p50: Number.NaN, p99: Number.NaN, hit: Number.NaN, n: 0, errors: 0, hits: [], statuses: {} };

function runSize(terms: number): SizeResult {
	const tag = `[${terms.toLocaleString('en')} term${terms === 1 ? '' : 's'}]`;
	const heapBefore = heapMb();
	progress(`${tag} generating the corpus…`);
	const generateStart = performance.now();
	let files = generateCorpus({ terms, seed: SEED });
	const generateMs = performance.now() - generateStart;
	progress(`${tag} ${files.length} files in ${(generateMs / 1000).toFixed(1)} s; sampling queries…`);
	const queries = makeQueries(files, { n: QUERIES + WARMUP, seed: SEED + terms });
	const result: SizeResult = {
		terms,
		files: files.length,
		sections: 0,
		generateMs,
		glossaryMs: Number.NaN,
		engineMs: Number.NaN,
		heapMb: undefined,
		heapDeltaMb: undefined,
		heapGlossaryMb: undefined,
		questions: EMPTY,
		typoQuestions: EMPTY,
		lookups: EMPTY,
		typoLookups: EMPTY,
		fuse: { ...EMPTY, ms: 0 },
		withTitle: [],
	};

	progress(`${tag} loading: buildGlossary…`);
	const readyStart = performance.now();
	const built = buildGlossary(files);
	result.glossaryMs = performance.now() - readyStart;
	const { glossary } = built;
	// Only what a running bot keeps stays alive for the heap figures: the glossary, then the engine too.
	files = [];
	const heapGlossary = heapMb();
	if (!glossary) {
		const errors = built.problems.filter((p) => p.severity === 'error');
		for (const p of errors.slice(0, 20)) progress(`  ${formatProblem(p)}`);
		result.failure = `the corpus does not load: ${errors.length} errors`;
		progress(`${tag} ${result.failure}`);
		return result;
	}
	progress(`${tag} loading: createEngine…`);
	const engineStart = performance.now();
	const engine: Engine = createEngine(glossary);
	result.engineMs = performance.now() - engineStart;
	result.files = built.fileCount;
	result.sections = [...glossary.articles.values()].reduce(
		(n, byTerm) => n + [...byTerm.values()].reduce((m, a) => m + answerSections(a).length, 0),
		0,
	);
	const heapAfter = heapMb();
	result.heapMb = heapAfter;
	result.heapDeltaMb = heapAfter !== undefined && heapBefore !== undefined ? heapAfter - heapBefore : undefined;
	result.heapGlossaryMb =
		heapGlossary !== undefined && heapBefore !== undefined ? heapGlossary - heapBefore : undefined;
	progress(
		`${tag} ready in ${((result.glossaryMs + result.engineMs) / 1000).toFixed(1)} s, heap ${result.heapMb?.toFixed(0) ?? 'n/a'} MB`,
	);

	const ask = (q: Q) => engine.ask(q.text, q.lang);
	const answers = (q: Q, a: Answer) => a.status === 'answer' && a.termId === q.termId && a.sectionId === q.sectionId;
	const define = (l: L) => engine.define(l.text, l.lang);
	const defines = (l: L, d: Answer) => d.status === 'answer' && d.termId === l.termId;
	progress(`${tag} questions…`);
	result.questions = measure(queries.questions, ask, answers, 'questions');
	progress(`${tag} questions with a typo…`);
	result.typoQuestions = measure(queries.typoQuestions, ask, answers, 'typo questions');
	// Which questions name their term: those find the article first, the others search every section.
	result.withTitle = queries.questions.slice(WARMUP).map((q) => {
		const title = getArticle(glossary, q.lang, q.termId)?.title;
		return title !== undefined && q.text.includes(title);
	});
	progress(`${tag} term lookups…`);
	result.lookups = measure(queries.lookups, define, defines, 'lookups');
	result.typoLookups = measure(queries.typoLookups, define, defines, 'typo lookups');
	progress(`${tag} Fuse.js baseline (at most ${FUSE_MAX_QUERIES} queries or ${FUSE_MAX_MS / 1000} s)…`);
	result.fuse = fuseBaseline(glossary, queries.questions.slice(WARMUP));
	return result;
}

// ── Report ───────────────────────────────────────────────────────────────────────────────────────────

const ms = (v: number) => (Number.isNaN(v) ? '–' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const pct = (v: number) => (Number.isNaN(v) ? '–' : `${(v * 100).toFixed(0)}%`);
const pair = (l: Latency) => `${ms(l.p50)} / ${ms(l.p99)}`;
const outcomes = (l: Latency) =>
	['answer', 'suggestions', 'not-found'].map((s) => pct((l.statuses[s] ?? 0) / Math.max(1, l.n))).join(' / ');

function table(results: SizeResult[]): string {
	const target = results.find((r) => r.terms === TARGET_SIZE);
	const verdict = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? 'met' : 'NOT met');
	const rows: [string, (r: SizeResult) => string, string, boolean | undefined][] = [
		['files / answer sections', (r) => `${r.files} / ${r.sections}`, '', undefined],
		['generate corpus (s)', (r) => (r.generateMs / 1000).toFixed(1), '', undefined],
		[
			'ready: buildGlossary + createEngine (ms)',
			(r) => `${ms(r.glossaryMs + r.engineMs)} (${ms(r.glossaryMs)} + ${ms(r.engineMs)})`,
			`≤ ${TARGETS.readyMs}`,
			target && target.glossaryMs + target.engineMs <= TARGETS.readyMs,
		],
		[
			'heap used after GC (MB)',
			(r) => (r.heapMb === undefined ? 'n/a' : r.heapMb.toFixed(0)),
			`≤ ${TARGETS.heapMb}`,
			target?.heapMb === undefined ? undefined : target.heapMb <= TARGETS.heapMb,
		],
		[
			'  of which loaded: glossary + engine (MB)',
			(r) =>
				r.heapDeltaMb === undefined || r.heapGlossaryMb === undefined
					? 'n/a'
					: `${r.heapGlossaryMb.toFixed(0)} + ${(r.heapDeltaMb - r.heapGlossaryMb).toFixed(0)}`,
			'',
			undefined,
		],
		[
			'question p50 / p99 (ms)',
			(r) => pair(r.questions),
			`p99 ≤ ${TARGETS.questionP99}`,
			target && target.questions.p99 <= TARGETS.questionP99,
		],
		[
			'question with typo p50 / p99 (ms)',
			(r) => pair(r.typoQuestions),
			`p99 ≤ ${TARGETS.questionP99}`,
			target && target.typoQuestions.p99 <= TARGETS.questionP99,
		],
		['question hit@1 (exact / typo)', (r) => `${pct(r.questions.hit)} / ${pct(r.typoQuestions.hit)}`, '', undefined],
		[
			'  exact, naming the term / not (n)',
			(r) => {
				const split = (named: boolean) => r.questions.hits.filter((_, i) => r.withTitle[i] === named);
				const rate = (list: boolean[]) => pct(list.filter(Boolean).length / list.length);
				return `${rate(split(true))} (${split(true).length}) / ${rate(split(false))} (${split(false).length})`;
			},
			'',
			undefined,
		],
		['  exact: answer / suggestions / not-found', (r) => outcomes(r.questions), '', undefined],
		[
			'lookup p50 / p99 (ms)',
			(r) => pair(r.lookups),
			`p99 ≤ ${TARGETS.lookupP99}`,
			target && target.lookups.p99 <= TARGETS.lookupP99,
		],
		[
			'lookup with typo p50 / p99 (ms)',
			(r) => pair(r.typoLookups),
			`p99 ≤ ${TARGETS.lookupP99}`,
			target && target.typoLookups.p99 <= TARGETS.lookupP99,
		],
		['lookup hit@1 (exact / typo)', (r) => `${pct(r.lookups.hit)} / ${pct(r.typoLookups.hit)}`, '', undefined],
		['  typo: answer / suggestions / not-found', (r) => outcomes(r.typoLookups), '', undefined],
		['Fuse baseline: queries run (s)', (r) => `${r.fuse.n} (${(r.fuse.ms / 1000).toFixed(1)} s)`, '', undefined],
		['Fuse baseline p50 / p99 (ms)', (r) => pair(r.fuse), '', undefined],
		['Fuse baseline hit@1', (r) => pct(r.fuse.hit), '', undefined],
		['Fuse p50 / engine p50', (r) => `${(r.fuse.p50 / r.questions.p50).toFixed(0)}×`, '', undefined],
	];
	const header = [
		'',
		...results.map((r) => `${r.terms.toLocaleString('en')} term${r.terms === 1 ? '' : 's'}`),
		`target at ${TARGET_SIZE.toLocaleString('en')}`,
		'',
	];
	const body = rows.map(([label, cell, goal, ok]) => [
		label,
		...results.map((r) => (r.failure ? '–' : cell(r))),
		goal,
		verdict(ok),
	]);
	const all = [header, ...body];
	const widths = header.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
	const line = (row: string[]) =>
		`| ${row.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
	const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
	return [line(header), rule, ...body.map(line)].join('\n');
}

function main(): void {
	if (!globalThis.gc) progress('global.gc is not available (run with node --expose-gc): heap figures are left out');
	// The vocabularies are learnt once and cached: learn them now, so they count in no size's heap figures.
	generateCorpus({ terms: 0, seed: SEED });
	const started = performance.now();
	const loadBefore = loadavg()[0] ?? 0;
	const results: SizeResult[] = [];
	for (const terms of SIZES) {
		results.push(runSize(terms));
		globalThis.gc?.();
	}
	const seconds = (performance.now() - started) / 1000;
	const errors = results.flatMap((r) => {
		const sets = [r.questions, r.typoQuestions, r.lookups, r.typoLookups];
		if (!sets.some((l) => l.errors > 0)) return [];
		const first = sets.find((l) => l.firstError)?.firstError ?? '';
		return [
			`${r.terms} terms: the engine threw on ${r.questions.errors + r.typoQuestions.errors} questions and ${r.lookups.errors + r.typoLookups.errors} lookups (counted as misses); the first:`,
			...first
				.split('\n')
				.slice(0, 6)
				.map((line) => `    ${line}`),
		];
	});
	const out = [
		`glossary-bot bench: six languages per generated term, plus the real content; seed ${SEED}; Node ${process.version}; ${seconds.toFixed(0)} s in all`,
		`${QUERIES} questions and ${QUERIES} lookups per kind after ${WARMUP} warm-ups; hit@1 = the answer's term (and section, for questions) is the expected one`,
		// Timings are only as good as the machine was quiet: a load above the core count inflates them.
		`${availableParallelism()} cores; 1-minute load average ${loadBefore.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end`,
		'',
		table(results),
		'',
		...results.flatMap((r) => (r.failure ? [`${r.terms} terms: ${r.failure}`] : [])),
		...errors,
	];
	process.stdout.write(`${out.join('\n').trimEnd()}\n`);
}

main();
