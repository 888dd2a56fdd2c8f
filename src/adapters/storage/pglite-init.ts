import { PGlite } from '@electric-sql/pglite';
import { PGLITE_OPTIONS } from './pglite-options.ts';

/**
 * Child process: creates a new embedded database directory (Postgres' initdb) and exits. Creating one takes
 * ~500 MB that a process keeps once it has touched it (even a worker thread's exit returns only part of it);
 * in a process of its own it is all given back when it exits, and the server only ever opens a ready directory.
 */
const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: pglite-init DATA_DIR');
const pg = await PGlite.create(dataDir, PGLITE_OPTIONS);
await pg.query('SELECT 1');
await pg.close();
