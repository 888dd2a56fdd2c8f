import type { Shard, ShardingManager } from 'discord.js';
import {
	AggregatorRegistry,
	Counter,
	collectDefaultMetrics,
	Gauge,
	type MetricObjectWithValues,
	type MetricValue,
	Registry,
} from 'prom-client';
import type { Readiness } from './health-server.ts';

/**
 * Metrics and readiness under discord.js sharding: each shard is its own process with its own registry, and only
 * the manager listens on HEALTH_PORT. On a scrape the manager asks every live shard for its metrics over the IPC
 * channel discord.js already opened, and merges them; each shard's series carry a `shard` label.
 */

type MetricsJson = MetricObjectWithValues<MetricValue<string>>[];
interface MetricsRequest {
	glossaryMetrics: number;
}
interface MetricsReply {
	glossaryMetricsReply: number;
	metrics: MetricsJson;
}

// A shard busy answering still replies within milliseconds; one that does not is reported without its series.
const SHARD_REPLY_MS = 2000;

/** In a shard process: answer the manager's metrics requests with this registry's series. */
export function answerManagerScrapes(registry: Registry): void {
	process.on('message', (message: unknown) => {
		const id = (message as Partial<MetricsRequest> | null)?.glossaryMetrics;
		if (typeof id !== 'number' || !process.send) return;
		void registry.getMetricsAsJSON().then((metrics) => {
			const reply: MetricsReply = { glossaryMetricsReply: id, metrics: metrics as MetricsJson };
			process.send?.(reply);
		});
	});
}

export interface ManagerOps {
	readiness(): Readiness;
	metrics(): Promise<string>;
	contentType: string;
}

/** In the manager: watches every shard (ready, deaths, restarts) and merges the shards' metrics on a scrape. */
export function watchShards(manager: ShardingManager): ManagerOps {
	const registry = new Registry();
	collectDefaultMetrics({ register: registry });
	registry.setDefaultLabels({ shard: 'manager' });
	const restarts = new Counter({
		name: 'glossary_shard_restarts_total',
		help: 'Shard processes that died and were started again by the sharding manager.',
		labelNames: ['shard'] as const,
		registers: [registry],
	});
	new Gauge({
		name: 'glossary_shard_process_ready',
		help: 'Whether each shard process is running and its gateway connection ready (1) or not (0).',
		labelNames: ['shard'] as const,
		registers: [registry],
		collect() {
			this.reset();
			for (const shard of shardList(manager)) this.set({ shard: String(shard.id) }, shard.ready ? 1 : 0);
		},
	});
	const spawned = new Map<number, number>();
	manager.on('shardCreate', (shard) => {
		shard.on('spawn', () => {
			const count = (spawned.get(shard.id) ?? 0) + 1;
			spawned.set(shard.id, count);
			if (count > 1) restarts.inc({ shard: String(shard.id) });
		});
	});
	let next = 0;

	async function scrapeShard(shard: Shard): Promise<MetricsJson | undefined> {
		if (!shard.process) return undefined;
		next += 1;
		const id = next;
		return new Promise((resolve) => {
			const timer = setTimeout(() => finish(undefined), SHARD_REPLY_MS);
			const onMessage = (message: unknown) => {
				const reply = message as Partial<MetricsReply> | null;
				if (reply?.glossaryMetricsReply === id) finish(reply.metrics);
			};
			const finish = (value: MetricsJson | undefined) => {
				clearTimeout(timer);
				shard.off('message', onMessage);
				resolve(value);
			};
			shard.on('message', onMessage);
			shard.send({ glossaryMetrics: id } satisfies MetricsRequest).catch(() => finish(undefined));
		});
	}

	return {
		contentType: registry.contentType,
		readiness() {
			const shards = shardList(manager).map((shard) => ({
				id: shard.id,
				ready: shard.ready,
				running: shard.process !== null,
				restarts: Math.max(0, (spawned.get(shard.id) ?? 0) - 1),
			}));
			const all = shards.length === manager.totalShards && shards.every((s) => s.ready);
			return { ready: all, detail: { totalShards: manager.totalShards, shards } };
		},
		async metrics() {
			const own = (await registry.getMetricsAsJSON()) as MetricsJson;
			const children = await Promise.all(shardList(manager).map(scrapeShard));
			const merged = AggregatorRegistry.aggregate([own, ...children.filter((m) => m !== undefined)]);
			return merged.metrics();
		},
	};
}

function shardList(manager: ShardingManager): Shard[] {
	return [...manager.shards.values()].sort((a, b) => a.id - b.id);
}
