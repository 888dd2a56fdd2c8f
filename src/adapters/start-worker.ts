import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker thread running `file` (a sibling module's URL). Node 20 ignores `--import` in a worker's execArgv, so
 * from sources (tsx, tests) the worker registers tsx itself and then imports the TypeScript file; built code
 * runs as it is.
 */
export function startWorker(file: URL, options: WorkerOptions): Worker {
	if (!file.pathname.endsWith('.ts')) return new Worker(file, options);
	const tsx = import.meta.resolve('tsx/esm/api');
	const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(file.href)}); })`;
	return new Worker(boot, { ...options, eval: true });
}
