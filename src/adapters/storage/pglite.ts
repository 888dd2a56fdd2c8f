import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../start-worker.ts';
import type { Db, Queryable } from './db.ts';
import type { WorkerBody, WorkerReply } from './pglite-worker.ts';

// From sources (tsx, tests) the worker and the child need the TypeScript loader too; built code runs as it is.
const FROM_SOURCES = import.meta.url.endsWith('.ts');
const EXT = FROM_SOURCES ? 'ts' : 'js';
const EXEC_ARGV = FROM_SOURCES ? ['--import', 'tsx'] : [];

/**
 * Embedded PostgreSQL (WebAssembly) in a data directory: nothing to install or start. It runs in a worker thread
 * (see pglite-worker.ts); PGlite's own worker mode is made for browser tabs and needs Web Locks, which Node 20
 * lacks. A new directory is first created by a short-lived child process (see pglite-init.ts).
 */
export async function openPglite(dataDir: string): Promise<Db> {
	if (!dataDir.includes('://')) {
		mkdirSync(dataDir, { recursive: true });
		if (!existsSync(join(dataDir, 'PG_VERSION'))) await initInChild(dataDir);
	}
	// PGlite is the process's only WebAssembly. V8's optimising tier compiled its 9 MB module again in the
	// background: ~60 MB more resident and seconds of CPU at start on a busy machine, for statements that run off
	// the answering thread anyway. The baseline compiler alone serves them (read when the module is compiled).
	setFlagsFromString('--liftoff-only');
	const worker = startWorker(new URL(`./pglite-worker.${EXT}`, import.meta.url), {
		workerData: { dataDir },
		resourceLimits: WORKER_LIMITS,
	});
	const client = new WorkerClient(worker);
	try {
		await client.opened;
	} catch (error) {
		await worker.terminate();
		throw error;
	}
	worker.unref();
	return client.db();
}

/**
 * The worker's young generation. V8 grows a thread's new space up to 32 MB, all of it resident, when a stream of
 * statements keeps it busy: the worker's JavaScript only relays statements and rows (its live heap is ~10 MB),
 * so 1 MB semi-spaces serve it as fast. Measured alone (3,000 inserted rows): 161 → 128 MB resident.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 3 };

function initInChild(dataDir: string): Promise<void> {
	const script = fileURLToPath(new URL(`./pglite-init.${EXT}`, import.meta.url));
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--liftoff-only', ...EXEC_ARGV, script, dataDir], {
			stdio: ['ignore', 'ignore', 'pipe'],
		});
		// Creating the directory is seconds of CPU while the server already answers: it gives way to them.
		try {
			if (child.pid !== undefined) setPriority(child.pid, 10);
		} catch {
			// Gone already, or not allowed: it runs at the server's priority.
		}
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => {
			stderr = (stderr + chunk.toString()).slice(-2000);
		});
		child.once('error', reject);
		child.once('exit', (code) =>
			code === 0 ? resolve() : reject(new Error(`creating the database in ${dataDir} failed (${code}): ${stderr}`)),
		);
	});
}

type Pending = { resolve: (rows: unknown[]) => void; reject: (error: Error) => void };

/** The main thread's side: numbered requests, answers matched by number, one transaction or lock at a time. */
class WorkerClient {
	readonly opened: Promise<void>;
	readonly #worker: Worker;
	readonly #pending = new Map<number, Pending>();
	#next = 1;
	#chain: Promise<unknown> = Promise.resolve();
	#gone: Error | undefined;

	constructor(worker: Worker) {
		this.#worker = worker;
		this.opened = new Promise((resolve, reject) => {
			worker.on('message', (reply: WorkerReply) => {
				if ('opened' in reply) resolve();
				else if ('failed' in reply) reject(new Error(reply.failed));
				else this.#settle(reply);
			});
			worker.once('error', (error) => this.#fail(error, reject));
			worker.once('exit', (code) => this.#fail(new Error(`database worker exited (${code})`), reject));
		});
	}

	#settle(reply: Extract<WorkerReply, { id: number }>): void {
		const pending = this.#pending.get(reply.id);
		this.#pending.delete(reply.id);
		if (this.#pending.size === 0) this.#worker.unref();
		if (!pending) return;
		if ('rows' in reply) pending.resolve(reply.rows);
		else pending.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
	}

	#fail(error: Error, reject: (error: Error) => void): void {
		this.#gone ??= error;
		reject(error);
		for (const pending of this.#pending.values()) pending.reject(error);
		this.#pending.clear();
	}

	#send(body: WorkerBody): Promise<unknown[]> {
		if (this.#gone) return Promise.reject(this.#gone);
		const id = this.#next++;
		// An idle database never keeps the process alive; one with a statement under way does, until it answers.
		if (this.#pending.size === 0) this.#worker.ref();
		return new Promise((resolve, reject) => {
			this.#pending.set(id, { resolve, reject });
			this.#worker.postMessage({ id, ...body });
		});
	}

	/** Runs `fn` alone: nothing else reaches the single connection until it is done. */
	#serial<T>(fn: () => Promise<T>): Promise<T> {
		const next = this.#chain.then(fn, fn);
		this.#chain = next.catch(() => undefined);
		return next;
	}

	// Statements inside a transaction or lock go straight through: the chain is already held for them.
	readonly #raw: Queryable = {
		query: async <R>(sql: string, params: unknown[] = []) => (await this.#send({ sql, params })) as R[],
	};

	db(): Db {
		const raw = this.#raw;
		return {
			engine: 'pglite',
			query: (sql, params) => this.#serial(() => raw.query(sql, params)),
			transaction: (fn) =>
				this.#serial(async () => {
					await raw.query('BEGIN');
					try {
						const out = await fn(raw);
						await raw.query('COMMIT');
						return out;
					} catch (error) {
						await raw.query('ROLLBACK').catch(() => undefined);
						throw error;
					}
				}),
			withLock: (key, fn) =>
				this.#serial(async () => {
					await raw.query('SELECT pg_advisory_lock($1)', [key]);
					try {
						return await fn(raw);
					} finally {
						await raw.query('SELECT pg_advisory_unlock($1)', [key]);
					}
				}),
			close: () => this.#serial(() => this.#close()),
		};
	}

	async #close(): Promise<void> {
		if (this.#gone) return;
		await this.#send({ close: true }).catch(() => undefined);
		await this.#worker.terminate();
	}
}
