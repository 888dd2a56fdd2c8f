import type { PGliteOptions } from '@electric-sql/pglite';

/**
 * PGlite's own start parameters (single-user Postgres, no parallel workers), with Postgres' memory settings cut
 * to what a usage log needs. PGlite runs Postgres with shared_buffers = 128 MB, and touching them made the
 * engine ~290 MB resident; 8 MB of buffers leaves it ~130 MB (the files stay in the OS page cache, and the
 * report's queries read a few thousand rows). WebAssembly's initial memory cannot go below the module's own
 * 128 MB minimum (PGlite refuses it), so only the pages Postgres touches count.
 */
const START_PARAMS = [
	'--single',
	'-F',
	'-O',
	'-j',
	...[
		'search_path=public',
		'exit_on_error=false',
		'log_checkpoints=false',
		'max_worker_processes=0',
		'max_parallel_workers=0',
		'max_parallel_workers_per_gather=0',
		'io_method=sync',
		'max_parallel_maintenance_workers=0',
		'shared_buffers=8MB',
		'temp_buffers=1MB',
		'wal_buffers=256kB',
		'work_mem=2MB',
		'maintenance_work_mem=8MB',
	].flatMap((setting) => ['-c', setting]),
];

export const PGLITE_OPTIONS: PGliteOptions = { startParams: START_PARAMS };
