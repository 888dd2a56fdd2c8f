import type { ShardingManager } from 'discord.js';

/**
 * The content each shard serves, for the sharding manager's /healthz. Every shard process loads and reloads its own
 * copy of the content, so a reload can succeed on one shard and fail on another: each shard tells the manager its
 * status over the IPC channel discord.js already opened, whenever it changes, and the manager shows all of them.
 */

export interface ShardContentStatus {
	hash: string;
	terms: number;
	reload: string;
}

/**
 * Set by the manager in each shard's environment: the hash of the content that shard last served. A shard started
 * again while the content on disk is broken goes on serving that content instead of exiting (and being started
 * again, and exiting, in a loop).
 */
export const SERVED_HASH_ENV = 'GLOSSARY_SERVED_HASH';

interface StatusMessage {
	glossaryContent: ShardContentStatus;
}

interface Source {
	status(): ShardContentStatus;
	onStatus(listener: (status: ShardContentStatus) => void): void;
}

/** In a shard process: tell the manager the content status now and after every change. */
export function reportContentToManager(content: Source): void {
	const send = (status: ShardContentStatus) => {
		// With a callback, a closed channel (the manager is gone) is reported to it rather than thrown as an 'error' event.
		if (process.connected) process.send?.({ glossaryContent: status } satisfies StatusMessage, undefined, {}, () => {});
	};
	send(content.status());
	content.onStatus(send);
}

// A shard with a failed reload is the one to look at first; one still building or starting next.
const RANK = (reload: string) => (reload.startsWith('failed') ? 0 : reload === 'ok' ? 3 : 1);

/** In the manager: the last status of every live shard, summed up the way one process reports its own. */
export function collectShardContent(manager: ShardingManager): () => Record<string, unknown> {
	const byShard = new Map<number, ShardContentStatus>();
	manager.on('shardCreate', (shard) => {
		shard.on('message', (message: unknown) => {
			const status = (message as Partial<StatusMessage> | null)?.glossaryContent;
			if (!status || typeof status.hash !== 'string') return;
			byShard.set(shard.id, status);
			// discord.js forks every (re)start of the shard with this object as its environment.
			(shard.env as Record<string, unknown>)[SERVED_HASH_ENV] = status.hash;
		});
		// A restarted shard loads the content again and reports anew.
		shard.on('death', () => byShard.delete(shard.id));
	});
	return () => {
		const shards = [...manager.shards.keys()]
			.sort((a, b) => a - b)
			.map((id) => ({ id, ...(byShard.get(id) ?? { reload: 'starting' }) }));
		const reported = shards.filter((s): s is ShardContentStatus & { id: number } => 'hash' in s);
		const hashes = new Set(reported.map((s) => s.hash));
		const worst = [...shards].sort((a, b) => RANK(a.reload) - RANK(b.reload))[0];
		return {
			// While shards disagree (one reloaded, another not yet) there is no one hash or term count to show.
			hash: hashes.size > 1 ? 'mixed' : (reported[0]?.hash ?? ''),
			terms: reported.length > 0 ? Math.min(...reported.map((s) => s.terms)) : 0,
			reload: worst?.reload ?? 'starting',
			shards,
		};
	};
}
