/**
 * Settings a server process cannot give itself once it runs, so they are given where it is started: the
 * container image sets them (Dockerfile `ENV`, checked against this by test/ops/deploy-files.test.ts) and
 * `npm run bench` starts `serve-http` with them (`--launch bare` measures plain `node` instead). Measured at
 * 5,000 terms × 6 languages with the embedded database, together they cut RSS after the bench's burst by ~60 MB
 * (docs/operations.md has the figures).
 *
 * - `--max-semi-space-size=2`: V8 doubles the young generation up to 2 × 16 MB whenever enough survives a
 *   scavenge (reading the index and any burst of requests do), and never gives it back; 2 × 2 MB serves
 *   requests of a few hundred KB of garbage each. V8 sizes it when the isolate is made: a flag at run time is
 *   too late (and its growth factor cannot be lowered at run time reliably).
 * - `MALLOC_ARENA_MAX=2`: glibc gives each thread that allocates (the database's worker, V8's compiler and GC
 *   helpers) an arena of its own, up to 8 per core, and keeps what was freed in each: ~55 MB of arenas after the
 *   burst, most of it free.
 * - `glibc.malloc.mmap_threshold=131072`: blocks of 128 KB and more are mapped and unmapped on their own
 *   (glibc's default raises the threshold after the first such block is freed, and later ones then stay in an
 *   arena for good).
 */
export const SERVER_LAUNCH_ENV: Readonly<Record<string, string>> = {
	NODE_OPTIONS: '--max-semi-space-size=2',
	MALLOC_ARENA_MAX: '2',
	GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=131072',
};
