import { join } from 'node:path';
import { ShardingManager } from 'discord.js';
import dotenv from 'dotenv';
import { COMMANDS } from '../../commands/index.ts';
import { type Config, ConfigError, type Mode, parseConfig } from '../adapters/config.ts';
import { deployCommands } from '../adapters/discord/deploy.ts';
import { startGateway } from '../adapters/discord/gateway.ts';
import { defaultContentDir, packageRoot } from '../adapters/fs/read-content.ts';
import { LiveContent } from '../adapters/live-content.ts';
import { createLogger } from '../adapters/logger.ts';
import { gatewayOps, startHealthListener } from '../adapters/metrics/gateway-ops.ts';
import { collectShardContent, reportContentToManager, SERVED_HASH_ENV } from '../adapters/metrics/shard-content.ts';
import { watchShards } from '../adapters/metrics/sharding.ts';
import { shardingStorageProblem } from '../adapters/storage/config.ts';
import { startStorage } from '../adapters/storage/start.ts';
import { createCooldown } from '../core/cooldown.ts';
import { withStorage } from '../core/feedback/with-storage.ts';
import { createTranslator } from '../core/i18n/translator.ts';
import { createRouter } from '../core/route-interaction.ts';
import { describeDiscordFailure } from './discord-failure.ts';

type Io = { out: (s: string) => void; err: (s: string) => void };

// After SIGTERM, the gateway gets this long to close before the process leaves anyway.
const SHUTDOWN_GRACE_MS = 4000;

export function readConfig(mode: Mode, io: Io): Config | undefined {
	// .env fills only what the environment does not already set.
	dotenv.config({ quiet: true });
	try {
		// In a shard process SHARDS is the ShardingManager's shard id for discord.js (0 for the first), not ours.
		const env = process.env.SHARDING_MANAGER ? { ...process.env, SHARDS: undefined } : process.env;
		return parseConfig(env, mode);
	} catch (error) {
		if (error instanceof ConfigError) {
			io.err(`glossary-bot ${mode}: ${error.message}\n`);
			return undefined;
		}
		throw error;
	}
}

export async function runDeploy(io: Io): Promise<number> {
	const config = readConfig('deploy-commands', io);
	if (!config) return 1;
	try {
		const result = await deployCommands(config, createTranslator(), COMMANDS);
		io.out(
			`registered ${result.names.length} commands (${result.names.map((n) => `/${n}`).join(', ')}) ${result.scope === 'guild' ? `to server ${config.guildId}` : 'globally (may take up to an hour to appear)'}\n`,
		);
		return 0;
	} catch (error) {
		io.err(`glossary-bot deploy-commands: ${describeDiscordFailure(error, config.apiUrl, 'the registration')}\n`);
		return 1;
	}
}

export function waitForSignal(): Promise<NodeJS.Signals> {
	return new Promise((resolve) => {
		const on = (signal: NodeJS.Signals) => resolve(signal);
		process.once('SIGTERM', on);
		process.once('SIGINT', on);
	});
}

export async function runServe(io: Io): Promise<number> {
	const config = readConfig('serve', io);
	if (!config) return 1;
	const logger = createLogger(config.logLevel);
	process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));

	if (config.shards !== undefined && !process.env.SHARDING_MANAGER) {
		let problem: string | undefined;
		try {
			problem = shardingStorageProblem(process.env);
		} catch (error) {
			problem = (error as Error).message;
		}
		if (problem) {
			io.err(`glossary-bot serve: ${problem}\n`);
			return 1;
		}
		return runShardManager(config, logger);
	}

	// discord.js reads SHARDS itself (as JSON, set by the ShardingManager for its children); ours is consumed.
	if (!process.env.SHARDING_MANAGER) delete process.env.SHARDS;

	const live = startLiveContent(config, logger, io);
	if (!live) return 1;
	const ctx = live.ctx;
	// Listen before connecting: a SIGTERM that arrives while logging in must still end the process cleanly.
	const signalled = waitForSignal();
	const ops = gatewayOps(live, Boolean(process.env.SHARDING_MANAGER));
	if (process.env.SHARDING_MANAGER) reportContentToManager(live);
	// Under sharding only the manager listens; a shard answers the manager's scrapes instead.
	const health =
		config.healthPort !== undefined && !process.env.SHARDING_MANAGER
			? await startHealthListener(ops.routes, config.healthPort, logger)
			: undefined;
	if (health === null) {
		await live.stop();
		return 1;
	}
	const storage = await startStorage(process.env, () => ctx.engine.glossary, logger, io, 'serve');
	if (!storage) {
		health?.close();
		await live.stop();
		return 1;
	}
	// The privileged Message Content intent only while some server uses auto-answer (read at start).
	const messageContent = await storage.settings.anyAutoAnswer().catch(() => false);
	let bot: Awaited<ReturnType<typeof startGateway>>;
	try {
		bot = await startGateway(
			config,
			live.contextWith({
				cooldown: createCooldown(),
				recorder: storage.recorder,
				settings: storage.settings,
				reports: storage.reports,
			}),
			withStorage(createRouter(COMMANDS)),
			logger,
			ops.observe,
			{ messageContent },
		);
		ops.connected(bot.client);
	} catch (error) {
		const name = (error as Error).name;
		logger.fatal({ err: { name, message: (error as Error).message } }, 'could not connect to Discord');
		io.err(`glossary-bot serve: ${describeDiscordFailure(error, config.apiUrl, 'the login')}\n`);
		health?.close();
		await live.stop();
		await storage.close().catch(() => undefined);
		return 1;
	}
	const signal = await signalled;
	logger.info({ signal }, 'shutting down');
	setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
	health?.close();
	await live.stop();
	await bot.stop();
	await storage.close().catch(() => undefined);
	logger.info('stopped');
	return 0;
}

/**
 * Loads the content (from the compiled index, built first if stale) and keeps it live: SIGHUP reloads, and so
 * do changes under the content directory unless CONTENT_WATCH=off. Undefined (report logged) if broken.
 */
export function startLiveContent(
	config: Config,
	logger: ReturnType<typeof createLogger>,
	io: Io,
): LiveContent | undefined {
	const contentDir = config.contentDir ?? defaultContentDir();
	// A shard the manager starts again keeps serving what it served if the content is broken meanwhile.
	const served = process.env.SHARDING_MANAGER ? process.env[SERVED_HASH_ENV] : undefined;
	const source = { contentDir, indexFile: config.indexFile, reloadMemoryMb: config.reloadMemoryMb };
	const live = LiveContent.start(source, logger, { served });
	if (!live) {
		io.err(
			`glossary-bot: the content in ${contentDir} is broken or missing; nothing is served until it is fixed (see the log, or run glossary-bot check)\n`,
		);
		return undefined;
	}
	process.on('SIGHUP', () => void live.reload('SIGHUP'));
	if (config.watchContent) live.watch();
	return live;
}

/** Gateway sharding: one process per shard, each running this same `serve` (discord.js reads its shard ids). */
async function runShardManager(config: Config, logger: ReturnType<typeof createLogger>): Promise<number> {
	const manager = new ShardingManager(join(packageRoot(), 'bin', 'glossary-bot.js'), {
		token: config.token,
		totalShards: config.shards ?? 'auto',
		shardArgs: ['serve'],
		mode: 'process',
		respawn: true,
	});
	let stopping = false;
	manager.on('shardCreate', (shard) => {
		logger.info({ shard: shard.id }, 'shard launched');
		shard.on('death', (child) => {
			if (stopping) return;
			const exitCode = 'exitCode' in child ? child.exitCode : undefined;
			logger.warn({ shard: shard.id, exitCode }, 'shard process exited; the manager starts it again');
		});
		// A shard that fails to come back is reported, never allowed to crash the manager.
		shard.on('error', (err) => logger.error({ shard: shard.id, err }, 'shard error'));
	});
	// Each shard process serves its own copy of the content: a reload request goes to every one.
	process.on('SIGHUP', () => {
		for (const shard of manager.shards.values()) shard.process?.kill('SIGHUP');
	});
	const ops = watchShards(manager);
	const content = collectShardContent(manager);
	const health =
		config.healthPort !== undefined
			? await startHealthListener({ readiness: ops.readiness, metrics: ops, content }, config.healthPort, logger)
			: undefined;
	if (health === null) return 1;
	await manager.spawn({ timeout: 60_000 });
	logger.info({ event: 'ready', shards: manager.totalShards }, 'all shards ready');
	const signal = await waitForSignal();
	stopping = true;
	logger.info({ signal }, 'shutting down shards');
	setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
	health?.close();
	for (const shard of manager.shards.values()) shard.kill();
	return 0;
}
