import { setPriority } from 'node:os';

/**
 * The nice value of a thread that works in the background (the embedded database, a live reload's build).
 * On a machine with few cores, such a thread running beside the one that answers, and beside whoever sends
 * the requests, leaves one of them waiting for the scheduler's next slice (a few ms). At nice 10 it gets ~10%
 * of a core's share against a thread at 0 when they compete, and all of an idle core when they do not.
 */
export const BACKGROUND_NICE = 10;

/**
 * Lowers the calling thread's scheduling priority, only its own: Linux keeps the nice value per thread, and
 * `setPriority` on process 0 means the calling thread there. Anywhere it cannot (another system, a sandbox
 * that forbids it), the thread runs as it would have.
 */
export function runInBackground(): void {
	try {
		setPriority(0, BACKGROUND_NICE);
	} catch {
		// Not lowering the priority changes no result, only who waits on a busy machine.
	}
}
