/**
 * The sharding manager's view of its shards' content (src/adapters/metrics/shard-content.ts), from the messages the
 * shards send. The manager and shards here are plain event emitters shaped like discord.js's, carrying what it
 * carries (ids, `env`, 'message' and 'death' events); the real processes are exercised in shard-reload.test.ts.
 */
import { EventEmitter } from 'node:events';
import type { ShardingManager } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { collectShardContent, SERVED_HASH_ENV } from '../../src/adapters/metrics/shard-content.ts';

function manager(count: number) {
	const emitter = new EventEmitter() as EventEmitter & {
		shards: Map<number, EventEmitter & { id: number; env: object }>;
	};
	emitter.shards = new Map();
	const content = collectShardContent(emitter as unknown as ShardingManager);
	for (let id = 0; id < count; id++) {
		const shard = Object.assign(new EventEmitter(), { id, env: {} });
		emitter.shards.set(id, shard);
		emitter.emit('shardCreate', shard);
	}
	const report = (id: number, hash: string, terms: number, reload: string) =>
		emitter.shards.get(id)?.emit('message', { glossaryContent: { hash, terms, reload } });
	return { content, report, shard: (id: number) => emitter.shards.get(id) };
}

describe('collectShardContent', () => {
	it('shows shards that have not reported as starting, and the others as they are', () => {
		const m = manager(2);
		expect(m.content()).toEqual({
			hash: '',
			terms: 0,
			reload: 'starting',
			shards: [
				{ id: 0, reload: 'starting' },
				{ id: 1, reload: 'starting' },
			],
		});
		m.report(1, 'aaa', 11, 'ok');
		expect(m.content()).toMatchObject({ hash: 'aaa', terms: 11, reload: 'starting' });
	});

	it('sums up agreeing shards as one process would report itself', () => {
		const m = manager(2);
		m.report(0, 'aaa', 11, 'ok');
		m.report(1, 'aaa', 11, 'ok');
		expect(m.content()).toEqual({
			hash: 'aaa',
			terms: 11,
			reload: 'ok',
			shards: [
				{ id: 0, hash: 'aaa', terms: 11, reload: 'ok' },
				{ id: 1, hash: 'aaa', terms: 11, reload: 'ok' },
			],
		});
	});

	it('says mixed while shards serve different content, and puts a failed reload first', () => {
		const m = manager(3);
		m.report(0, 'new', 12, 'ok');
		m.report(1, 'old', 11, 'building');
		m.report(2, 'old', 11, 'failed: 2 errors');
		expect(m.content()).toMatchObject({ hash: 'mixed', terms: 11, reload: 'failed: 2 errors' });
	});

	it('forgets a dead shard until it reports again, and keeps its served hash for its restart', () => {
		const m = manager(2);
		m.report(0, 'aaa', 11, 'ok');
		m.report(1, 'bbb', 12, 'ok');
		m.shard(1)?.emit('death');
		expect(m.content()).toMatchObject({
			hash: 'aaa',
			reload: 'starting',
			shards: [{ id: 0 }, { id: 1, reload: 'starting' }],
		});
		expect(m.shard(1)?.env).toEqual({ [SERVED_HASH_ENV]: 'bbb' });
	});

	it('ignores messages that are not content reports', () => {
		const m = manager(1);
		m.shard(0)?.emit('message', { glossaryMetricsReply: 1, metrics: [] });
		m.shard(0)?.emit('message', { glossaryContent: { terms: 3 } });
		m.shard(0)?.emit('message', null);
		expect(m.content()).toMatchObject({ reload: 'starting', shards: [{ id: 0, reload: 'starting' }] });
	});
});
