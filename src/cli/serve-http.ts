import type { AddressInfo } from 'node:net';
import { REST } from 'discord.js';
import { COMMANDS } from '../../commands/index.ts';
import { scavengeWhenIdle } from '../adapters/collect-garbage.ts';
import { createInteractionsServer } from '../adapters/http/interactions-server.ts';
import { createLogger } from '../adapters/logger.ts';
import { healthRoutes } from '../adapters/metrics/health-server.ts';
import { createMetrics } from '../adapters/metrics/metrics.ts';
import { commandNames, trackContent } from '../adapters/metrics/operations.ts';
import { registerQueueMetrics } from '../adapters/metrics/queue-metrics.ts';
import { startStorage } from '../adapters/storage/start.ts';
import { createCooldown } from '../core/cooldown.ts';
import { withStorage } from '../core/feedback/with-storage.ts';
import { createRouter } from '../core/route-interaction.ts';
import { readConfig, startLiveContent, waitForSignal } from './serve.ts';

type Io = { out: (s: string) => void; err: (s: string) => void };

// After SIGTERM, requests in flight get this long to finish before the process leaves anyway.
const SHUTDOWN_GRACE_MS = 4000;

/**
 * `glossary-bot serve-http`: Discord's Interactions Endpoint URL. Stateless, so any number of replicas can run
 * behind a reverse proxy. Listens on PORT (default 8080) and HOST (default 0.0.0.0).
 */
export async function runServeHttp(io: Io): Promise<number> {
	const config = readConfig('serve-http', io);
	if (!config?.publicKey) return 1;
	const logger = createLogger(config.logLevel);
	process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));

	const live = startLiveContent(config, logger, io);
	if (!live) return 1;
	const ctx = live.ctx;
	const storage = await startStorage(process.env, () => ctx.engine.glossary, logger, io, 'serve-http', {
		background: true,
	});
	if (!storage) {
		await live.stop();
		return 1;
	}
	const metrics = createMetrics({ commands: commandNames() });
	trackContent(metrics, live);
	registerQueueMetrics(metrics.registry, () => storage.queueStats());
	let draining = false;
	const server = createInteractionsServer({
		publicKey: config.publicKey,
		// Each replica keeps its own cooldowns: a user spread over replicas gets at most one turn per replica.
		ctx: live.contextWith({
			cooldown: createCooldown(),
			recorder: storage.recorder,
			settings: storage.settings,
			reports: storage.reports,
		}),
		content: () => live.status(),
		router: withStorage(createRouter(COMMANDS)),
		logger,
		rest: new REST(config.apiUrl ? { api: config.apiUrl } : {}),
		onAnswered: (event) => metrics.interaction({ surface: 'http', ...event }),
		routes: healthRoutes({
			// Not ready once draining: a proxy that probes /readyz stops sending before the process leaves.
			readiness: () => ({ ready: !draining, detail: { terms: live.status().terms } }),
			metrics: metrics.registry,
			content: () => ({ ...live.status() }),
		}),
	});
	scavengeWhenIdle(server);
	const host = config.host;
	try {
		await new Promise<void>((resolve, reject) => {
			server.once('error', reject);
			server.listen(config.port, host, () => {
				server.off('error', reject);
				resolve();
			});
		});
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
		logger.fatal({ err: { code }, host, port: config.port }, 'could not listen');
		io.err(`glossary-bot serve-http: could not listen on ${host}:${config.port} (${code})\n`);
		await live.stop();
		await storage.close();
		return 1;
	}
	const port = (server.address() as AddressInfo).port;
	logger.info({ event: 'ready', host, port, terms: ctx.engine.glossary.termIds.length }, 'ready');

	const signal = await waitForSignal();
	logger.info({ signal }, 'shutting down');
	draining = true;
	setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
	await live.stop();
	await new Promise<void>((resolve) => server.close(() => resolve()));
	// What is still queued gets one last chance to be written.
	await storage.close().catch(() => undefined);
	logger.info('stopped');
	return 0;
}
