import type { Server } from 'node:http';
import type { Client } from 'discord.js';
import type { GatewayObserver } from '../discord/gateway.ts';
import type { Logger } from '../logger.ts';
import { gatewayState, registerGatewayMetrics } from './gateway-metrics.ts';
import { createHealthServer, type HealthRoutes, listen } from './health-server.ts';
import { createMetrics } from './metrics.ts';
import { type ContentSource, commandNames, trackContent } from './operations.ts';
import { answerManagerScrapes } from './sharding.ts';

export interface GatewayOps {
	routes: HealthRoutes;
	observe: GatewayObserver;
	/** Called once logged in: the gateway gauges and readiness read the client from then on. */
	connected(client: Client): void;
}

/** Metrics and readiness of one gateway process; a shard process also answers its manager's scrapes. */
export function gatewayOps(content: ContentSource, isShard: boolean): GatewayOps {
	const metrics = createMetrics({ commands: commandNames() });
	trackContent(metrics, content);
	let client: Client | undefined;
	if (isShard) answerManagerScrapes(metrics.registry);
	return {
		observe: (event) => metrics.interaction({ surface: 'gateway', ...event }),
		connected(ready) {
			client = ready;
			registerGatewayMetrics(metrics.registry, ready);
			if (isShard) metrics.registry.setDefaultLabels({ shard: ready.ws.shards.map((s) => s.id).join(',') });
		},
		routes: {
			metrics: metrics.registry,
			content: () => ({ ...content.status() }),
			readiness() {
				const shards = client ? gatewayState(client) : [];
				const { terms } = content.status();
				return { ready: shards.length > 0 && shards.every((s) => s.ready), detail: { content: { terms }, shards } };
			},
		},
	};
}

/** Starts the HEALTH_PORT listener; null (after logging why) when the port cannot be had. */
export async function startHealthListener(routes: HealthRoutes, port: number, logger: Logger): Promise<Server | null> {
	const host = process.env.HOST?.trim() || '0.0.0.0';
	const server = createHealthServer(routes);
	try {
		const bound = await listen(server, port, host);
		logger.info({ event: 'health', host, port: bound }, 'health and metrics listening');
		return server;
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
		logger.fatal({ err: { code }, host, port }, 'could not listen for health checks (HEALTH_PORT)');
		return null;
	}
}
