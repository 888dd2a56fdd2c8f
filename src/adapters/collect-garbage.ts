import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * One full garbage collection, now. Loading a compiled index leaves its JSON part behind as garbage (a string
 * of up to twice its bytes, and the parser's temporaries: ~100 MB at 5,000 terms); left alone, V8 collects it
 * with a full mark-compact during the first requests, a pause of tens to hundreds of milliseconds under them
 * (the bench's /ask p99 at 5,000 terms). A server pays it before it says it is ready instead.
 *
 * Node exposes `gc` only with --expose-gc; the flag can be set at run time, and a context made after that
 * has the function (the main context does not, so nothing else sees it).
 */
export function collectGarbage(): void {
	let gc = (globalThis as { gc?: () => void }).gc;
	if (!gc) {
		setFlagsFromString('--expose-gc');
		gc = runInNewContext('gc') as (() => void) | undefined;
	}
	gc?.();
}

// V8 lets the heap grow to up to 4× what a full collection leaves live before it collects again: a server with
// ~100 MB of live index and caches reached 300 MB of heap under a burst of requests, all of it resident. 1.5×
// kept RSS after the bench's burst at 5,000 terms ~100 MB lower; 1.25× another ~22 MB (442 → 420 MB, the old
// space 137 → 115 MB over ~95 MB live), for more of V8's (mostly concurrent) collections, with no change in
// /ask latency or throughput that the bench could tell from its noise.
const HEAP_GROWING_PERCENT = 25;

/**
 * Bounds the heap's growth between full collections for a long-running server, unless Node was started with a
 * growth setting of its own (NODE_OPTIONS or a flag). V8 reads this flag each time it sets the next limit, so
 * setting it at run time takes effect at the next full collection. A server sets it before it reads its index.
 */
export function boundHeapGrowth(env: Record<string, string | undefined>, execArgv: readonly string[]): void {
	const given = [...execArgv, env.NODE_OPTIONS ?? ''].some((flag) => /heap[-_]growing[-_]percent/.test(flag));
	if (!given) setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

/**
 * Scavenges (collections of the young generation, one every dozen requests or so) done by the main thread alone,
 * unless Node was started with `--parallel-scavenge` or `--no-parallel-scavenge` (NODE_OPTIONS cannot carry it).
 * V8 splits a scavenge between the main thread and helper threads and waits for every helper to finish its share:
 * on a small, shared machine a helper that the OS has set aside holds the whole pause for a scheduler slice. At
 * 5,000 terms, load 3–8 on 2 cores, the ~130 scavenges of the bench's one-at-a-time requests paused 350–1,350 ms
 * in all (90th percentile 4.6–15 ms, the longest 32–288 ms) against 270–330 ms (90th 4.6–5.4, longest 19–62 ms)
 * on the main thread alone. V8 reads this flag at every scavenge, so setting it at run time holds (unlike
 * `--single-threaded-gc`, which would also stop concurrent marking that V8 has already set up: it crashed).
 */
export function scavengeOnMainThread(execArgv: readonly string[]): void {
	if (!execArgv.some((flag) => /^--(no-)?parallel[-_]scavenge(=|$)/.test(flag)))
		setFlagsFromString('--no-parallel-scavenge');
}

/** The young generation's fill (0..1) at which an idle server collects it rather than let a request do so. */
const IDLE_SCAVENGE_FILL = 0.5;
/** How long no request may have arrived before the server counts as idle. */
const QUIET_MS = 5;

/**
 * Collects the young generation while the server is idle, when it is at least half full: once no request has
 * been in flight for 5 ms. Discord's interactions reach a bot one by one, seconds apart on most servers: a
 * scavenge left to V8 falls inside whichever answer fills the young generation (one /ask in ten at 5,000
 * terms) and holds it for 1–5 ms more, longer on a busy machine; made in the quiet after an answer it holds
 * none, and it is cheaper, since nothing of an answer in progress is alive to be copied.
 *
 * Not at once after a reply: a client that sends its next request straight away (the bench's one-at-a-time
 * phase, ~1 ms later) then met a scavenge in progress. Collecting whenever the last reply had gone, at 5,000
 * terms: 200 scavenges instead of 131 in the 1,500 one-at-a-time requests, 150 of them still overlapping a
 * request. Under a burst some request is always in flight, and V8 collects as before.
 */
export function scavengeWhenIdle(server: Pick<Server, 'on'>, fill = IDLE_SCAVENGE_FILL): void {
	const minor = minorCollector();
	let inFlight = 0;
	const timer = setTimeout(() => {
		if (inFlight === 0 && youngFill() >= fill) minor();
	}, QUIET_MS);
	// It fires once now (nothing to collect yet, most likely); `refresh` re-arms it after each reply.
	timer.unref();
	server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
		inFlight++;
		res.once('close', () => {
			inFlight--;
			// Re-armed by every reply: it fires only after QUIET_MS without one (and is checked for requests then).
			if (inFlight === 0) timer.refresh();
		});
	});
}

function minorCollector(): () => void {
	setFlagsFromString('--expose-gc');
	const gc = runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;
	return () => gc({ type: 'minor' });
}

/** How full the young generation's current semi-space is. */
export function youngFill(): number {
	const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
	if (!young) return 0;
	const capacity = young.space_used_size + young.space_available_size;
	return capacity > 0 ? young.space_used_size / capacity : 0;
}
