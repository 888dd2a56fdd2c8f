export type Deadline<T> = { done: true; value: T } | { done: false };

/**
 * The work's value if it settles within `ms`, else `{ done: false }` (the work goes on). Discord drops an
 * interaction not acknowledged within 3 s: past this deadline the adapters defer, then deliver the answer later.
 */
export async function withinDeadline<T>(work: Promise<T>, ms: number): Promise<Deadline<T>> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const deadline = new Promise<{ done: false }>((resolve) => {
		timer = setTimeout(() => resolve({ done: false }), ms);
	});
	try {
		return await Promise.race([work.then((value) => ({ done: true as const, value })), deadline]);
	} finally {
		clearTimeout(timer);
	}
}

/** Discord's 3 s acknowledgement window, less room for the network. */
export const DEFER_AFTER_MS = 2000;
