/** Spacing between public answers one user aims at someone: enough to stop `to:` being used to spam. */
export const POINT_COOLDOWN_MS = 30_000;

/** A per-user rate limit. Held by an adapter (one per process) and handed to handlers in the context. */
export interface Cooldown {
	/** True, and the user's turn is used, when the user may act now; false while they must wait. */
	take(userId: string): boolean;
}

export function createCooldown(ms = POINT_COOLDOWN_MS, now: () => number = Date.now): Cooldown {
	const last = new Map<string, number>();
	return {
		take(userId) {
			const at = now();
			const previous = last.get(userId);
			if (previous !== undefined && at - previous < ms) return false;
			// Forget expired entries now and then, so the map stays as small as the set of recent users.
			if (last.size > 10_000) for (const [id, t] of last) if (at - t >= ms) last.delete(id);
			last.set(userId, at);
			return true;
		},
	};
}
