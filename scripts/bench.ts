/**
 * `npm run bench`: the production path, measured. For each glossary size (the bundled content, then generated
 * glossaries of 500 and 5,000 terms × 6 languages; 20,000 with `--sizes`), it writes the content to a temporary
 * directory, runs `glossary-bot build` on it, then starts the real `glossary-bot serve-http` in a fresh child
 * process and plays Discord: once its embedded database has opened, signed interactions sent one at a time for
 * latency (questions, questions with a typo, names, names with a typo in one word of a two-word name, autocomplete
 * prefixes; every input distinct), then 32 connections for throughput. It prints build time, ready time (spawn → `/healthz` answers), resident
 * memory from /proc, p50/p99 per kind, hit@1, and a plain Fuse.js scan of the same sections in this process.
 * It measures; it does not judge: the exit code is 0 whatever the figures.
 *
 * Options: `--sizes 0,500,5000,20000` (0 = the bundled content; default 0,500,5000), `--n 300` inputs per kind,
 * `--duration 5` seconds of throughput, `--reuse DIR` to keep the content and index between runs, `--storage
 * none` to run without the embedded database (by default the server records every question in PGlite, as it
 * does out of the box, in a fresh directory per size; `none` tells that database's memory and latency apart),
 * `--launch bare` to start the server as plain `node` rather than with the container image's memory settings.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import autocannon from 'autocannon';
import Fuse from 'fuse.js';
import { SERVER_LAUNCH_ENV } from '../src/adapters/server-launch.ts';
import { parseArticle } from '../src/core/content/parse-article.ts';
import { answerSections, type ContentFile } from '../src/core/content/types.ts';
import { type ContentLanguage, LOCALE_FOR_LANGUAGE } from '../src/core/locales.ts';
import {
	DEFAULT_VOCABULARY_SIZE,
	generateCorpus,
	makePrefixes,
	makeQueries,
	makeTwoWordTypos,
	type Q,
	readContentFiles,
} from './bench/synthetic-corpus.ts';
import { commandInteraction, type Keys, keyPair, type Signed, signedRequest } from './signed-requests.ts';

const SEED = 20_240_601;
const ROOT = join(dirname(new URL(import.meta.url).pathname), '..');
const BIN = join(ROOT, 'bin', 'glossary-bot.js');
const TARGET_SIZE = 5_000;
const TARGETS = { readyMs: 3_000, buildMs: 60_000, rssMb: 400, askP99: 10, completeP99: 5, typoNameHit: 0.95 };
const FUSE_MAX_QUERIES = 30;
const SETTLE_MS = 15_000;
const FUSE_MAX_MS = 20_000;

function arg(name: string): string | undefined {
	const i = process.argv.indexOf(name);
	return i >= 0 ? process.argv[i + 1] : undefined;
}
const SIZES = (arg('--sizes') ?? '0,500,5000')
	.split(',')
	.map(Number)
	.filter((n) => Number.isInteger(n) && n >= 0);
const N = Math.max(20, Number(arg('--n') ?? 300) || 300);
/** `--vocabulary N`: distinct words per language in the generated glossaries (default 40,000). */
const VOCABULARY = Math.max(1_000, Number(arg('--vocabulary') ?? DEFAULT_VOCABULARY_SIZE) || DEFAULT_VOCABULARY_SIZE);
/** `--name-words N`: term names made of N distinct words per language, so that names share words (default: all). */
const NAME_WORDS = Number(arg('--name-words') ?? 0) || undefined;
const DURATION = Math.max(1, Number(arg('--duration') ?? 5) || 5);
/** `--storage embedded` (the default, as a server runs out of the box: PGlite records every question) or `none`. */
const STORAGE = arg('--storage') === 'none' ? 'none' : 'embedded';
/**
 * `--reuse DIR`: keep each size's content and built index in DIR/<terms> and use them again on the next run, to
 * iterate on the server alone (build time is then not measured; the embedded database is still made anew).
 */
const REUSE = arg('--reuse');
/**
 * `--launch image` (the default): the server starts with the memory settings the container image gives it
 * (SERVER_LAUNCH_ENV); `--launch bare` starts plain `node`, as `npm start` outside a container does.
 */
const LAUNCH = arg('--launch') === 'bare' ? 'bare' : 'image';
const progress = (message: string) => process.stderr.write(`${message}\n`);

// ── Playing Discord ──────────────────────────────────────────────────────────────────────────────────

let nextId = 1_300_000_000_000_000_000n;
type Kind = 'ask' | 'define' | 'complete';

function interaction(kind: Kind, text: string, lang: ContentLanguage): string {
	return commandInteraction({
		id: String(nextId++),
		command: kind === 'ask' ? 'ask' : 'define',
		option: kind === 'ask' ? 'question' : 'term',
		value: text,
		locale: LOCALE_FOR_LANGUAGE[lang],
		focused: kind === 'complete',
		client: 'bench',
	});
}

/** The term and section an answer shows, read from its "show to channel" button (`gb|show|lang|term|section`). */
function answered(json: unknown): { termId?: string; sectionId?: string; first?: string } {
	const text = JSON.stringify(json);
	const show = /"custom_id":"gb\|show\|[a-z]+\|([^"|]+)(?:\|([^"|]+))?"/.exec(text);
	if (show) return { termId: show[1], sectionId: show[2] };
	const choice = /"choices":\[\{"name":"[^"]*","value":"([^"#]+)(?:#([^"]+))?"/.exec(text);
	if (choice) return { termId: choice[1], sectionId: choice[2], first: choice[1] };
	return {};
}

// ── Measuring ────────────────────────────────────────────────────────────────────────────────────────

interface Latency {
	p50: number;
	p99: number;
	hit: number;
	n: number;
	errors: number;
	/** The server's CPU time (all its threads, from /proc) per request: what load on a shared machine leaves alone. */
	cpu: number;
	/** The server's own time per request, from its Server-Timing header: the round trip less network and client. */
	server: { p50: number; p99: number };
}

const EMPTY: Latency = {
	p50: Number.NaN,
	p99: Number.NaN,
	hit: Number.NaN,
	n: 0,
	errors: 0,
	cpu: Number.NaN,
	server: { p50: Number.NaN, p99: Number.NaN },
};

function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return Number.NaN;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

type Item = { text: string; lang: ContentLanguage; termId: string; sectionId?: string };

/**
 * Collects this process's young generation now. The bench holds the generated glossary and makes a request, a
 * signature and a reply per input: its own scavenges (~250 in a run, up to tens of ms each on a busy machine)
 * fell inside 2–3 of each kind's 300 timed round trips, i.e. in the p99, time the server never spent. Collected
 * before the timer starts, no scavenge of the bench's falls inside one (measured with a GC observer).
 */
const collectYoung: () => void = (() => {
	setFlagsFromString('--expose-gc');
	const gc = runInNewContext('gc') as (options: { type: 'minor' }) => void;
	return () => gc({ type: 'minor' });
})();

/** Signed requests one at a time; hit = the answer shows the expected term (and section, for questions). */
async function sequential(
	url: string,
	keys: Keys,
	kind: Kind,
	items: Item[],
	label: string,
	pid: number | undefined,
): Promise<Latency> {
	const times: number[] = [];
	const serverTimes: number[] = [];
	let hits = 0;
	let errors = 0;
	// A few warm-up requests, with inputs of their own, so that JIT compilation is not measured.
	for (const item of items.slice(0, 10))
		await post(url, signedRequest(interaction(kind, `${item.text}x`, item.lang), keys.privateKey));
	const cpuBefore = cpuMs(pid);
	for (const item of items) {
		const request = signedRequest(interaction(kind, item.text, item.lang), keys.privateKey);
		collectYoung();
		// From here to the parsed reply: the whole HTTP round trip of a real signed request.
		const start = performance.now();
		const res = await post(url, request);
		times.push(performance.now() - start);
		if (res.serverMs !== undefined) serverTimes.push(res.serverMs);
		if (!res.ok) {
			errors++;
			continue;
		}
		const got = answered(res.json);
		if (got.termId === item.termId && (item.sectionId === undefined || got.sectionId === item.sectionId)) hits++;
	}
	const cpu = (cpuMs(pid) - cpuBefore) / items.length;
	times.sort((a, b) => a - b);
	serverTimes.sort((a, b) => a - b);
	progress(`    ${label}: ${items.length} requests, p50 ${fmt(percentile(times, 50))} ms`);
	return {
		p50: percentile(times, 50),
		p99: percentile(times, 99),
		hit: hits / items.length,
		n: items.length,
		errors,
		cpu,
		server: { p50: percentile(serverTimes, 50), p99: percentile(serverTimes, 99) },
	};
}

/** CPU time a process has used, user and system, all threads (clock ticks of 10 ms: fine over 300 requests). */
function cpuMs(pid: number | undefined): number {
	try {
		// Fields after the command name, which is in parentheses and may hold spaces: utime, stime are 14th, 15th.
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
		return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
	} catch {
		return Number.NaN;
	}
}

async function post(url: string, r: Signed): Promise<{ ok: boolean; json: unknown; serverMs?: number }> {
	try {
		const res = await fetch(`${url}/interactions`, { method: 'POST', headers: r.headers, body: r.body });
		const timing = /app;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '');
		const json: unknown = await res.json();
		return timing ? { ok: res.status === 200, json, serverMs: Number(timing[1]) } : { ok: res.status === 200, json };
	} catch {
		return { ok: false, json: undefined };
	}
}

async function throughput(url: string, keys: Keys, items: Item[]) {
	const requests = items.map((q) => signedRequest(interaction('ask', q.text, q.lang), keys.privateKey));
	const r = await autocannon({
		url: `${url}/interactions`,
		connections: 32,
		duration: DURATION,
		workers: 1,
		requests: requests.map((s) => ({
			method: 'POST' as const,
			path: '/interactions',
			headers: s.headers,
			body: s.body,
		})),
	});
	return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx };
}

/** Resident memory of a process, from the kernel (heap alone misses buffers and typed arrays). */
function rssMb(pid: number | undefined): { rss: number; peak: number } {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
		return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
	} catch {
		return { rss: Number.NaN, peak: Number.NaN };
	}
}

/** The server's own view of its memory (its /metrics): V8 heap used and reserved, and memory outside the heap. */
async function heapMb(url: string): Promise<{ used: number; total: number; external: number }> {
	try {
		const text = await (await fetch(`${url}/metrics`)).text();
		const mb = (name: string) => Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)`, 'm').exec(text)?.[1]) / 2 ** 20;
		return {
			used: mb('nodejs_heap_size_used_bytes'),
			total: mb('nodejs_heap_size_total_bytes'),
			external: mb('nodejs_external_memory_bytes'),
		};
	} catch {
		return { used: Number.NaN, total: Number.NaN, external: Number.NaN };
	}
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.once('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const address = s.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			s.close(() => resolve(port));
		});
	});
}

async function waitReady(url: string, child: ChildProcess, timeoutMs: number): Promise<boolean> {
	const end = Date.now() + timeoutMs;
	while (Date.now() < end && child.exitCode === null) {
		try {
			const res = await fetch(`${url}/healthz`);
			if (res.status === 200) return true;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 20));
	}
	return false;
}

/**
 * Waits until the server has written usage events to its embedded database, i.e. until that database is open: a
 * fresh one is created by a child process first (seconds to tens of seconds on a busy machine), and memory measured
 * before it opens leaves its ~60–90 MB out. Returns the seconds waited, or NaN if it did not open in time.
 */
async function waitForDatabase(url: string, timeoutMs: number): Promise<number> {
	const start = performance.now();
	while (performance.now() - start < timeoutMs) {
		try {
			const text = await (await fetch(`${url}/metrics`)).text();
			if (Number(/^glossary_event_queue_written_total (\S+)/m.exec(text)?.[1] ?? 0) > 0)
				return (performance.now() - start) / 1000;
		} catch {
			// answering again in a moment
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	return Number.NaN;
}

/** A plain Fuse.js list over the same sections (one language at a time), as a baseline. */
function fuseBaseline(files: readonly ContentFile[], questions: Q[]): Latency {
	const byLang = new Map<ContentLanguage, Fuse<{ termId: string; sectionId: string; text: string }>>();
	const times: number[] = [];
	let hits = 0;
	const started = performance.now();
	for (const q of questions) {
		if (times.length >= FUSE_MAX_QUERIES || performance.now() - started > FUSE_MAX_MS) break;
		let fuse = byLang.get(q.lang);
		if (!fuse) {
			const docs = files
				.filter((f) => f.path.startsWith(`${q.lang}/`))
				.flatMap((f) => {
					const a = parseArticle(f).article;
					if (!a) return [];
					return answerSections(a).map((s) => ({
						termId: a.id,
						sectionId: s.id,
						text: `${a.title} ${s.heading} ${s.text}`,
					}));
				});
			fuse = new Fuse(docs, { keys: ['text'], ignoreLocation: true, threshold: 0.4, ignoreDiacritics: true });
			byLang.set(q.lang, fuse);
		}
		const start = performance.now();
		const top = fuse.search(q.text, { limit: 1 })[0];
		times.push(performance.now() - start);
		if (top?.item.termId === q.termId && top.item.sectionId === q.sectionId) hits++;
	}
	times.sort((a, b) => a - b);
	return {
		p50: percentile(times, 50),
		p99: percentile(times, 99),
		hit: hits / Math.max(1, times.length),
		n: times.length,
		errors: 0,
		cpu: Number.NaN,
		server: EMPTY.server,
	};
}

/**
 * Waits, before the timed requests, until the embedded database is open. A server answers from the moment it is
 * ready, while its fresh database is still being created (by a child process, seconds of CPU) and then opened (in a
 * worker thread of the server): at 5,000 terms on a loaded 2-core machine that took 5–7 s after ready, so the
 * first timed kind, /ask, ran beside it from first to last. How long it took is printed in its own row. A few
 * questions of their own are asked first: what they record tells when the database has opened.
 */
async function databaseOpen(url: string, keys: Keys, items: Item[], result: SizeResult, tag: string): Promise<void> {
	for (const item of items.slice(0, 5))
		await post(url, signedRequest(interaction('ask', `${item.text} y`, item.lang), keys.privateKey));
	const waited = await waitForDatabase(url, 120_000);
	result.databaseMs = waited * 1000;
	if (Number.isNaN(waited)) result.buildNote += ' the embedded database had not opened 120 s after ready.';
	else progress(`${tag} the embedded database opened ${waited.toFixed(1)} s after ready`);
}

// ── One size ─────────────────────────────────────────────────────────────────────────────────────────

interface SizeResult {
	label: string;
	files: number;
	generateMs: number;
	buildMs: number;
	buildNote: string;
	readyMs: number;
	/** From ready until the embedded database had opened (before the timed requests); NaN without one. */
	databaseMs: number;
	rssReady: number;
	rssAfter: number;
	rssPeak: number;
	rssSettled: number;
	heap: { used: number; total: number; external: number };
	ask: Latency;
	askTypo: Latency;
	define: Latency;
	typoName: Latency;
	complete: Latency;
	rps: number;
	rpsP99: number;
	rpsErrors: number;
	fuse: Latency;
	failure?: string;
}

function writeTree(dir: string, files: readonly ContentFile[]): void {
	for (const f of files) {
		const path = join(dir, f.path);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, f.source);
	}
}

/** `glossary-bot build` in a child process, timed into `result`. */
function buildIndex(terms: number, contentDir: string, indexFile: string, result: SizeResult, tag: string): void {
	progress(`${tag} glossary-bot build…`);
	const buildStart = performance.now();
	// Building holds the whole parsed glossary at once: beyond a few thousand terms it needs more than V8's
	// default heap (serving from the built index does not).
	const heap = terms > 5_000 ? ['--max-old-space-size=12288'] : [];
	const build = spawnSync(process.execPath, [...heap, BIN, 'build', '--content', contentDir, '--out', indexFile], {
		encoding: 'utf8',
		maxBuffer: 64 * 2 ** 20,
	});
	result.buildMs = performance.now() - buildStart;
	if (build.status !== 0) {
		result.buildNote = `build exited ${build.status}: ${(build.stderr || build.stdout).split('\n')[0]?.slice(0, 120)}`;
		result.buildMs = Number.NaN;
		progress(`${tag} ${result.buildNote}`);
	}
}

async function runSize(terms: number, keys: Keys): Promise<SizeResult> {
	const label = terms === 0 ? 'bundled' : `${terms.toLocaleString('en')} terms`;
	const tag = `[${label}]`;
	const work = REUSE ? join(REUSE, String(terms)) : mkdtempSync(join(tmpdir(), 'glossary-bench-'));
	const contentDir = join(work, 'content');
	const indexFile = join(work, 'glossary.index');
	const reused = REUSE !== undefined && existsSync(indexFile);
	rmSync(join(work, 'data'), { recursive: true, force: true });
	const result: SizeResult = {
		label,
		files: 0,
		generateMs: 0,
		buildMs: Number.NaN,
		buildNote: '',
		readyMs: Number.NaN,
		databaseMs: Number.NaN,
		rssReady: Number.NaN,
		rssAfter: Number.NaN,
		rssPeak: Number.NaN,
		rssSettled: Number.NaN,
		heap: { used: Number.NaN, total: Number.NaN, external: Number.NaN },
		ask: EMPTY,
		askTypo: EMPTY,
		define: EMPTY,
		typoName: EMPTY,
		complete: EMPTY,
		rps: Number.NaN,
		rpsP99: Number.NaN,
		rpsErrors: 0,
		fuse: EMPTY,
	};
	let child: ChildProcess | undefined;
	try {
		progress(`${tag} generating the content…`);
		const started = performance.now();
		const files =
			terms === 0
				? readContentFiles()
				: generateCorpus({
						terms,
						seed: SEED,
						vocabulary: VOCABULARY,
						...(NAME_WORDS ? { nameWords: NAME_WORDS } : {}),
					});
		if (!reused) writeTree(contentDir, files);
		result.generateMs = performance.now() - started;
		result.files = files.length;
		progress(`${tag} ${files.length} files in ${(result.generateMs / 1000).toFixed(1)} s; sampling inputs…`);
		const queries = makeQueries(files, { n: N, seed: SEED + terms });
		const twoWord = makeTwoWordTypos(files, { n: N, seed: SEED + terms });
		const prefixes = makePrefixes(files, { n: N, seed: SEED + terms });

		if (reused) result.buildNote = `content and index reused from ${work} (--reuse): build not measured`;
		else buildIndex(terms, contentDir, indexFile, result, tag);

		const port = await freePort();
		const url = `http://127.0.0.1:${port}`;
		progress(`${tag} starting serve-http…`);
		const spawnAt = performance.now();
		// BENCH_SERVER_NODE_FLAGS: Node flags for the server alone (a heap limit, --cpu-prof), to measure their effect.
		const flags = (process.env.BENCH_SERVER_NODE_FLAGS ?? '').split(' ').filter((f) => f !== '');
		child = spawn(process.execPath, [...flags, BIN, 'serve-http'], {
			env: {
				PATH: process.env.PATH,
				...(LAUNCH === 'image' ? SERVER_LAUNCH_ENV : {}),
				DISCORD_PUBLIC_KEY: keys.publicHex,
				DISCORD_CLIENT_ID: '1200000000000000000',
				CONTENT_DIR: contentDir,
				INDEX_FILE: indexFile,
				PORT: String(port),
				HOST: '127.0.0.1',
				LOG_LEVEL: 'warn',
				CONTENT_WATCH: 'off',
				// A fresh embedded database per size, in the temporary directory (not the checkout's ./data).
				DATA_DIR: STORAGE === 'none' ? 'none' : join(work, 'data'),
			},
			// BENCH_SERVER_STDOUT: a file for the server's standard output (what --trace-gc prints, for one).
			stdio: [
				'ignore',
				process.env.BENCH_SERVER_STDOUT ? openSync(process.env.BENCH_SERVER_STDOUT, 'a') : 'ignore',
				'pipe',
			],
		});
		let stderr = '';
		child.stderr?.on('data', (d: Buffer) => {
			stderr = (stderr + d.toString()).slice(-4000);
		});
		if (!(await waitReady(url, child, 600_000))) {
			result.failure = `serve-http did not become ready: ${stderr.split('\n').slice(-3).join(' ')}`;
			return result;
		}
		result.readyMs = performance.now() - spawnAt;
		result.rssReady = rssMb(child.pid).rss;
		progress(`${tag} ready in ${(result.readyMs / 1000).toFixed(2)} s, RSS ${result.rssReady.toFixed(0)} MB`);

		if (STORAGE === 'embedded') await databaseOpen(url, keys, queries.questions, result, tag);
		result.ask = await sequential(url, keys, 'ask', queries.questions, 'ask', child.pid);
		result.askTypo = await sequential(url, keys, 'ask', queries.typoQuestions, 'ask with a typo', child.pid);
		result.define = await sequential(url, keys, 'define', queries.lookups, 'define', child.pid);
		result.typoName = await sequential(url, keys, 'define', twoWord, 'define, typo in a two-word name', child.pid);
		result.complete = await sequential(url, keys, 'complete', prefixes, 'autocomplete', child.pid);
		progress(`${tag} throughput, 32 connections for ${DURATION} s…`);
		const t = await throughput(url, keys, [...queries.questions, ...queries.typoQuestions]);
		result.rps = t.rps;
		result.rpsP99 = t.p99;
		result.rpsErrors = t.errors;
		const memory = rssMb(child.pid);
		result.rssAfter = memory.rss;
		result.rssPeak = memory.peak;
		result.heap = await heapMb(url);
		// V8 gives garbage back after a few idle seconds (its memory reducer starts after 8 s): a server between
		// bursts sits at this figure, not at the one right after the burst.
		await new Promise((r) => setTimeout(r, SETTLE_MS));
		result.rssSettled = rssMb(child.pid).rss;
		if (child.exitCode !== null || child.signalCode !== null)
			result.buildNote += ` serve-http exited during the run (${child.exitCode ?? child.signalCode}): ${stderr.split('\n').slice(-8).join(' | ')}`;
		child.kill('SIGTERM');
		child = undefined;
		progress(`${tag} Fuse.js baseline (at most ${FUSE_MAX_QUERIES} questions or ${FUSE_MAX_MS / 1000} s)…`);
		result.fuse = fuseBaseline(files, queries.questions);
		return result;
	} finally {
		child?.kill('SIGTERM');
		if (!REUSE) rmSync(work, { recursive: true, force: true });
	}
}

// ── Report ───────────────────────────────────────────────────────────────────────────────────────────

const fmt = (v: number) => (Number.isNaN(v) ? '–' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const pct = (v: number) => (Number.isNaN(v) ? '–' : `${(v * 100).toFixed(0)}%`);
const pair = (l: Latency) => `${fmt(l.p50)} / ${fmt(l.p99)}${l.errors > 0 ? ` (${l.errors} failed)` : ''}`;

function table(results: SizeResult[]): string {
	const target = results.find((r) => r.label === `${TARGET_SIZE.toLocaleString('en')} terms` && !r.failure);
	const verdict = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? 'met' : 'NOT met');
	const rows: [string, (r: SizeResult) => string, string, boolean | undefined][] = [
		['content files', (r) => String(r.files), '', undefined],
		['write content (s)', (r) => (r.generateMs / 1000).toFixed(1), '', undefined],
		[
			'glossary-bot build (s)',
			(r) => (Number.isNaN(r.buildMs) ? 'n/a' : (r.buildMs / 1000).toFixed(1)),
			'≤ 60',
			target && !Number.isNaN(target.buildMs) ? target.buildMs <= TARGETS.buildMs : undefined,
		],
		[
			'ready: spawn → /healthz (s)',
			(r) => (r.readyMs / 1000).toFixed(2),
			'≤ 3',
			target && target.readyMs <= TARGETS.readyMs,
		],
		[
			'embedded database open, after ready (s)',
			(r) => (Number.isNaN(r.databaseMs) ? 'n/a' : (r.databaseMs / 1000).toFixed(1)),
			'',
			undefined,
		],
		[
			'RSS ready / after / peak / 15 s later (MB)',
			(r) => `${fmt(r.rssReady)} / ${fmt(r.rssAfter)} / ${fmt(r.rssPeak)} / ${fmt(r.rssSettled)}`,
			'≤ 400',
			target && Math.max(r0(target.rssAfter), r0(target.rssReady)) <= TARGETS.rssMb,
		],
		[
			'after: V8 heap used / reserved, external (MB)',
			(r) => `${fmt(r.heap.used)} / ${fmt(r.heap.total)}, ${fmt(r.heap.external)}`,
			'',
			undefined,
		],
		['/ask p50 / p99 (ms)', (r) => pair(r.ask), 'p99 ≤ 10', target && target.ask.p99 <= TARGETS.askP99],
		['/ask, typo p50 / p99 (ms)', (r) => pair(r.askTypo), 'p99 ≤ 10', target && target.askTypo.p99 <= TARGETS.askP99],
		['/define p50 / p99 (ms)', (r) => pair(r.define), '', undefined],
		['/define, typo in 2-word name p50 / p99', (r) => pair(r.typoName), '', undefined],
		[
			'autocomplete p50 / p99 (ms)',
			(r) => pair(r.complete),
			'p99 ≤ 5',
			target && target.complete.p99 <= TARGETS.completeP99,
		],
		[
			'in the server (Server-Timing) p50 / p99 (ms): ask',
			(r) => `${fmt(r.ask.server.p50)} / ${fmt(r.ask.server.p99)}`,
			'',
			undefined,
		],
		[
			'in the server p50 / p99 (ms): autocomplete',
			(r) => `${fmt(r.complete.server.p50)} / ${fmt(r.complete.server.p99)}`,
			'',
			undefined,
		],
		[
			'server CPU per request (ms): ask / typo / define / autocomplete',
			(r) => [r.ask, r.askTypo, r.define, r.complete].map((l) => fmt(l.cpu)).join(' / '),
			'',
			undefined,
		],
		['hit@1 ask / ask typo', (r) => `${pct(r.ask.hit)} / ${pct(r.askTypo.hit)}`, '', undefined],
		[
			'hit@1 define / typo 2-word name',
			(r) => `${pct(r.define.hit)} / ${pct(r.typoName.hit)}`,
			'typo ≥ 95%',
			target && target.typoName.hit >= TARGETS.typoNameHit,
		],
		['autocomplete: first choice is the term', (r) => pct(r.complete.hit), '', undefined],
		['32 connections: req/s, p99 ms, errors', (r) => `${fmt(r.rps)}, ${fmt(r.rpsP99)}, ${r.rpsErrors}`, '', undefined],
		['Fuse.js scan p50 / p99 (ms), n', (r) => `${pair(r.fuse)}, ${r.fuse.n}`, '', undefined],
		['Fuse.js hit@1 / ask hit@1', (r) => `${pct(r.fuse.hit)} / ${pct(r.ask.hit)}`, '', undefined],
		['Fuse p50 / engine /ask p50', (r) => `${(r.fuse.p50 / r.ask.p50).toFixed(0)}×`, '', undefined],
	];
	const header = ['', ...results.map((r) => r.label), `target at ${TARGET_SIZE.toLocaleString('en')}`, ''];
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
	return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

const launchSettings = () =>
	Object.entries(SERVER_LAUNCH_ENV)
		.map(([k, v]) => `${k}=${v}`)
		.join(' ');

const r0 = (v: number) => (Number.isNaN(v) ? 0 : v);

async function main(): Promise<void> {
	progress('bench: compiling (npm run build) so that bin/glossary-bot.js runs the current sources…');
	const tsc = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
	if (tsc.status !== 0) progress('bench: npm run build failed; measuring whatever dist/ holds');
	const keys = keyPair();
	const started = performance.now();
	const loadBefore = loadavg()[0] ?? 0;
	const results: SizeResult[] = [];
	for (const terms of SIZES) {
		try {
			results.push(await runSize(terms, keys));
		} catch (error) {
			progress(`bench: size ${terms} failed: ${(error as Error).stack ?? String(error)}`);
		}
	}
	const out = [
		`glossary-bot bench: the real serve-http, one fresh process per size; generated glossaries have six languages per term plus the bundled content, ${VOCABULARY.toLocaleString('en')} distinct words per language${NAME_WORDS ? `, names made of ${NAME_WORDS} of them` : ''}; seed ${SEED}; Node ${process.version}; ${((performance.now() - started) / 1000).toFixed(0)} s in all`,
		`${N} distinct signed requests per kind, one at a time, once the embedded database has opened (client-side wall time of the whole round trip, keep-alive; the bench's young generation collected before each, outside the timer); hit@1 = the reply shows the expected term (and section, for /ask)`,
		`launch: ${LAUNCH === 'image' ? `as the container image starts it (${launchSettings()})` : 'bare node (--launch bare)'}`,
		`storage: ${STORAGE === 'none' ? 'none (DATA_DIR=none: nothing recorded)' : 'embedded PGlite, as out of the box (a fresh one per size)'}`,
		`${availableParallelism()} cores; 1-minute load average ${loadBefore.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end`,
		'',
		table(results),
		'',
		...results.flatMap((r) => [
			...(r.failure ? [`${r.label}: ${r.failure}`] : []),
			...(r.buildNote ? [`${r.label}: ${r.buildNote}`] : []),
		]),
	];
	process.stdout.write(`${out.join('\n').trimEnd()}\n`);
}

main().then(
	() => {
		process.exitCode = 0;
	},
	(error: unknown) => {
		progress(`bench: ${(error as Error).stack ?? String(error)}`);
		process.exitCode = 0;
	},
);
