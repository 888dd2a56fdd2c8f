/**
 * Settings a server process cannot give itself once it runs, so they are given where it is started: the
 * container image sets them (Dockerfile `ENV`, checked against this by test/ops/deploy-files.test.ts) and
 * `npm run bench` starts `serve-http` with them (`--launch bare` measures plain `node` instead). Measured at
 * 5,000 terms × 6 languages with the embedded database, together they cut RSS after the bench's burst from 417
 * to 370 MB (docs/operations.md has the figures).
 *
 * - `--max-semi-space-size=4`: V8 doubles the young generation up to 2 × 16 MB whenever enough survives a
 *   scavenge (reading the index and any burst of requests do), and never gives it back. 2 × 4 MB: ~25 MB less
 *   resident, for more scavenges (in the bench's request phases 514 instead of 137, 1.4 s instead of 0.7 s of
 *   pauses, the longest 61 ms instead of 54 ms); 2 × 2 MB saved a few MB more for 919 scavenges and 2.0 s. V8
 *   sizes it when the isolate is made: a flag at run time is too late, and lowering its growth factor at run time
 *   does not hold (V8 resets it to 2 whenever another flag is set).
 * - `MALLOC_ARENA_MAX=2`: glibc gives each thread that allocates (the database's worker, V8's compiler and GC
 *   helpers) an arena of its own, up to 8 per core, and keeps what was freed in each: ~55 MB of arenas after the
 *   burst, most of it free.
 * - `glibc.malloc.mmap_threshold=131072`: blocks of 128 KB and more are mapped and unmapped on their own
 *   (glibc's default raises the threshold after the first such block is freed, and later ones then stay in an
 *   arena for good).
 */
export const SERVER_LAUNCH_ENV: Readonly<Record<string, string>> = {
	NODE_OPTIONS: '--max-semi-space-size=4',
	MALLOC_ARENA_MAX: '2',
	GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=131072',
};
