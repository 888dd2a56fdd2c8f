import { type Client, Status } from 'discord.js';
import { Gauge, type Registry } from 'prom-client';

/** discord.js's shard states, by name, for the one-hot status gauge. */
const STATUS_NAMES = Object.entries(Status)
	.filter(([, value]) => typeof value === 'number')
	.map(
		([name, value]) => [value as number, name.replace(/[A-Z]/g, (c, i) => (i ? '_' : '') + c.toLowerCase())] as const,
	);

export interface ShardState {
	id: number;
	status: string;
	ready: boolean;
	/** Heartbeat round trip in ms; -1 before the first heartbeat. */
	pingMs: number;
}

/** The gateway connection of this process: each of its shards' state (one shard unless discord.js shards it). */
export function gatewayState(client: Client): ShardState[] {
	return client.ws.shards.map((shard) => ({
		id: shard.id,
		status: STATUS_NAMES.find(([value]) => value === shard.status)?.[1] ?? 'unknown',
		ready: shard.status === Status.Ready,
		pingMs: shard.ping,
	}));
}

/** Gateway ping and shard status, read from the client whenever Prometheus scrapes. */
export function registerGatewayMetrics(registry: Registry, client: Client): void {
	new Gauge({
		name: 'glossary_gateway_ping_seconds',
		help: 'Heartbeat round trip to the Discord gateway, per shard (absent until the first heartbeat).',
		labelNames: ['shard'] as const,
		registers: [registry],
		collect() {
			this.reset();
			for (const shard of gatewayState(client)) {
				if (shard.pingMs >= 0) this.set({ shard: String(shard.id) }, shard.pingMs / 1000);
			}
		},
	});
	new Gauge({
		name: 'glossary_gateway_shard_status',
		help: 'Gateway connection state of each shard: 1 for its current status, 0 for the others.',
		labelNames: ['shard', 'status'] as const,
		registers: [registry],
		collect() {
			this.reset();
			for (const shard of gatewayState(client)) {
				for (const [, name] of STATUS_NAMES)
					this.set({ shard: String(shard.id), status: name }, name === shard.status ? 1 : 0);
			}
		},
	});
	new Gauge({
		name: 'glossary_gateway_shard_ready',
		help: 'Whether each shard is connected and ready (1) or not (0).',
		labelNames: ['shard'] as const,
		registers: [registry],
		collect() {
			this.reset();
			for (const shard of gatewayState(client)) this.set({ shard: String(shard.id) }, shard.ready ? 1 : 0);
		},
	});
}
