import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { runInBackground } from '../background-thread.ts';
import { PGLITE_OPTIONS } from './pglite-options.ts';

/**
 * Worker thread hosting the embedded database: Postgres in WebAssembly runs each statement synchronously, so on
 * the thread that answers users a batch of usage rows stalled every request behind it for tens of ms. Here it
 * runs beside them. One statement at a time, in the order received; the main thread keeps transactions whole.
 */
export type WorkerBody = { sql: string; params: unknown[] } | { close: true };
export type WorkerRequest = WorkerBody & { id: number };
export type WorkerReply =
	| { id: number; rows: unknown[] }
	| { id: number; error: { message: string; code?: string | undefined } }
	| { opened: true }
	| { failed: string };

const port = parentPort;
const { dataDir } = workerData as { dataDir: string };

async function serve(): Promise<void> {
	if (!port) return;
	// Recording usage never comes before an answer: on 2 cores this thread cost the bench's autocomplete ~1 ms of p99.
	runInBackground();
	const pg = await PGlite.create(dataDir, PGLITE_OPTIONS);
	let chain: Promise<unknown> = Promise.resolve();
	port.on('message', (request: WorkerRequest) => {
		chain = chain.then(() => handle(pg, request));
	});
	port.postMessage({ opened: true } satisfies WorkerReply);
}

async function handle(pg: PGlite, request: WorkerRequest): Promise<void> {
	if ('close' in request) {
		await pg.close().catch(() => undefined);
		port?.postMessage({ id: request.id, rows: [] } satisfies WorkerReply);
		port?.close();
		return;
	}
	try {
		const result = await pg.query(request.sql, request.params);
		port?.postMessage({ id: request.id, rows: result.rows } satisfies WorkerReply);
	} catch (error) {
		const e = error as Error & { code?: string };
		port?.postMessage({ id: request.id, error: { message: e.message, code: e.code } } satisfies WorkerReply);
	}
}

serve().catch((error: unknown) => port?.postMessage({ failed: (error as Error).message } satisfies WorkerReply));
