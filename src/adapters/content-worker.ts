import { parentPort, workerData } from 'node:worker_threads';
import { runInBackground } from './background-thread.ts';
import { type ContentSource, ensureIndex } from './content-pipeline.ts';

/** Worker thread: validates the content and (re)builds the index file, off the thread that answers users. */
const { source } = workerData as { source: ContentSource };
// A build takes a core for up to a minute at 5,000 terms: the answers that the old glossary still gives come first.
runInBackground();
try {
	const outcome = ensureIndex(source, { progress: (message) => parentPort?.postMessage({ progress: message }) });
	parentPort?.postMessage({ outcome });
} catch (error) {
	parentPort?.postMessage({ failure: (error as Error).message });
}
