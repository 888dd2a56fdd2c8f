/**
 * Runs the bot's CLI (`node bin/glossary-bot.js <args>`) as a child process for end-to-end tests, collects its
 * output and parses its pino JSON log lines.
 *
 *   const bot = await startBot(['serve'], { DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiBase, ... });
 *   await bot.waitForLog((l) => l.msg === 'ready');
 *   ...
 *   expect(await bot.stop('SIGTERM')).toMatchObject({ code: 0 });
 *   afterAll(() => killAllBots());
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is test/e2e/bot-process.ts). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BOT_ENTRY = 'bin/glossary-bot.js';

/** A parsed JSON log line (pino: `level` 10–60, `time`, `msg`, plus bindings and fields). */
export interface LogLine {
	level?: number;
	time?: number;
	msg?: string;
	[key: string]: unknown;
}

export interface ExitInfo {
	code: number | null;
	signal: NodeJS.Signals | null;
	/** For stop(): from sending the signal to the exit. For `exited`: since the process was spawned. */
	durationMs: number;
}

export interface StartOptions {
	/** Default: the repository root. */
	cwd?: string;
	/**
	 * Pass the whole parent environment through. Default false: only PATH, HOME, temp-dir and locale variables are
	 * inherited, so the test's (or the developer's) DISCORD_* and VITEST* variables cannot leak into the bot.
	 */
	inheritEnv?: boolean;
	/** Extra `node` flags before the script, e.g. `['--enable-source-maps']`. */
	nodeArgs?: string[];
}

export interface BotProcess {
	readonly child: ChildProcess;
	readonly pid: number | undefined;
	/** Complete stdout / stderr lines received so far (without the newline). */
	readonly stdout: string[];
	readonly stderr: string[];
	/** Stdout lines that parsed as JSON objects, in order. */
	readonly logs: LogLine[];
	/** Resolves when the process has exited and its output is fully collected. */
	readonly exited: Promise<ExitInfo>;
	/** Null while running. */
	readonly exitInfo: ExitInfo | null;
	/**
	 * Resolves with the first log line (already logged or logged later) matching `predicate`. Rejects after `timeoutMs`
	 * or when the process exits first, with the tail of its output.
	 */
	waitForLog(predicate: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
	/**
	 * Sends `signal` (default SIGTERM) and resolves when the process exits. If it is still running after `timeoutMs`
	 * it is SIGKILLed and the promise rejects (a graceful shutdown that hangs is a bug).
	 */
	stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<ExitInfo>;
	/** SIGKILLs the process if it is still running and waits for it. Idempotent; safe in afterAll. */
	kill(): Promise<void>;
	/** The last `lines` lines of stdout and stderr, for error messages. */
	tail(lines?: number): string;
}

const INHERITED = ['PATH', 'HOME', 'TMPDIR', 'TEMP', 'TMP', 'SYSTEMROOT', 'LANG', 'LC_ALL', 'TZ'];
const running = new Set<BotProcess>();

process.once('exit', () => {
	for (const bot of running) bot.child.kill('SIGKILL');
});

function baseEnv(inherit: boolean): Record<string, string> {
	// No database unless a test asks for one (DATA_DIR or DATABASE_URL): parallel bots must not share ./data, and
	// the embedded engine's start-up would slow every bot on a busy machine.
	const env: Record<string, string> = { DATA_DIR: 'none' };
	for (const [key, value] of Object.entries(process.env)) {
		if (value !== undefined && (inherit || INHERITED.includes(key))) env[key] = value;
	}
	return env;
}

/** Splits a stream into lines, keeping a partial last line until more data or the end arrives. */
function collectLines(stream: NodeJS.ReadableStream | null, onLine: (line: string) => void): Promise<void> {
	if (!stream) return Promise.resolve();
	return new Promise((resolve) => {
		let pending = '';
		stream.setEncoding('utf8');
		stream.on('data', (chunk: string) => {
			pending += chunk;
			let newline = pending.indexOf('\n');
			while (newline !== -1) {
				onLine(pending.slice(0, newline).replace(/\r$/, ''));
				pending = pending.slice(newline + 1);
				newline = pending.indexOf('\n');
			}
		});
		const finish = () => {
			if (pending.length > 0) onLine(pending);
			pending = '';
			resolve();
		};
		stream.on('end', finish);
		stream.on('close', finish);
	});
}

/** Spawns `node <nodeArgs...>` (e.g. `['-e', code]` or `[script, ...args]`) and wraps it as a BotProcess. */
export function startNode(
	nodeArgs: string[],
	env: Record<string, string> = {},
	options: StartOptions = {},
): Promise<BotProcess> {
	const spawnedAt = Date.now();
	const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...nodeArgs], {
		cwd: options.cwd ?? REPO_ROOT,
		env: { ...baseEnv(options.inheritEnv ?? false), ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const stdout: string[] = [];
	const stderr: string[] = [];
	const logs: LogLine[] = [];
	const logListeners = new Set<(line: LogLine) => void>();
	const exitListeners = new Set<() => void>();
	let exitInfo: ExitInfo | null = null;

	const stdoutDone = collectLines(child.stdout, (line) => {
		stdout.push(line);
		if (!line.startsWith('{')) return;
		let parsed: unknown;
		try {
			parsed = JSON.parse(line);
		} catch {
			return;
		}
		if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return;
		logs.push(parsed as LogLine);
		for (const listener of logListeners) listener(parsed as LogLine);
	});
	const stderrDone = collectLines(child.stderr, (line) => stderr.push(line));

	const exited = new Promise<ExitInfo>((resolve) => {
		child.once('exit', (code, signal) => {
			// Give the pipes a moment to drain; a grandchild holding them open must not block us forever.
			const drained = Promise.all([stdoutDone, stderrDone]);
			const cap = new Promise<void>((r) => setTimeout(r, 1000).unref());
			void Promise.race([drained, cap]).then(() => {
				exitInfo = { code, signal, durationMs: Date.now() - spawnedAt };
				running.delete(bot);
				for (const listener of exitListeners) listener();
				resolve(exitInfo);
			});
		});
	});

	const tail = (lines = 20): string => {
		const out = stdout.slice(-lines).join('\n');
		const err = stderr.slice(-lines).join('\n');
		return `--- stdout (last ${lines} of ${stdout.length} lines) ---\n${out}\n--- stderr (last ${lines} of ${stderr.length} lines) ---\n${err}`;
	};

	const bot: BotProcess = {
		child,
		get pid() {
			return child.pid;
		},
		stdout,
		stderr,
		logs,
		exited,
		get exitInfo() {
			return exitInfo;
		},
		tail,
		waitForLog(predicate, timeoutMs = 10_000) {
			const existing = logs.find(predicate);
			if (existing) return Promise.resolve(existing);
			return new Promise((resolve, reject) => {
				const cleanup = () => {
					clearTimeout(timer);
					logListeners.delete(onLog);
					exitListeners.delete(onExit);
				};
				const onLog = (line: LogLine) => {
					if (!predicate(line)) return;
					cleanup();
					resolve(line);
				};
				const onExit = () => {
					cleanup();
					const how = exitInfo?.signal ? `signal ${exitInfo.signal}` : `code ${exitInfo?.code}`;
					reject(new Error(`waitForLog: the process exited (${how}) before a matching log line\n${tail()}`));
				};
				const timer = setTimeout(() => {
					cleanup();
					reject(new Error(`waitForLog: no matching log line within ${timeoutMs} ms\n${tail()}`));
				}, timeoutMs);
				logListeners.add(onLog);
				if (exitInfo) onExit();
				else exitListeners.add(onExit);
			});
		},
		async stop(signal = 'SIGTERM', timeoutMs = 10_000) {
			if (exitInfo) return { ...exitInfo, durationMs: 0 };
			const sentAt = Date.now();
			child.kill(signal);
			let timer: NodeJS.Timeout | undefined;
			const timedOut = new Promise<'timeout'>((resolve) => {
				timer = setTimeout(() => resolve('timeout'), timeoutMs);
			});
			const result = await Promise.race([exited, timedOut]);
			clearTimeout(timer);
			if (result === 'timeout') {
				child.kill('SIGKILL');
				await exited;
				throw new Error(`stop: still running ${timeoutMs} ms after ${signal}; killed with SIGKILL\n${tail()}`);
			}
			return { code: result.code, signal: result.signal, durationMs: Date.now() - sentAt };
		},
		async kill() {
			if (exitInfo) return;
			child.kill('SIGKILL');
			await exited;
		},
	};
	running.add(bot);

	return new Promise((resolve, reject) => {
		child.once('spawn', () => resolve(bot));
		child.once('error', (error) => {
			running.delete(bot);
			reject(error);
		});
	});
}

/**
 * Spawns the bot CLI: `node bin/glossary-bot.js <args>` from the repository root, with a minimal environment plus
 * `env` (see StartOptions.inheritEnv).
 */
export function startBot(args: string[], env: Record<string, string>, options: StartOptions = {}): Promise<BotProcess> {
	return startNode([BOT_ENTRY, ...args], env, options);
}

/** SIGKILLs every process started here that is still running; for afterAll. */
export async function killAllBots(): Promise<void> {
	await Promise.all([...running].map((bot) => bot.kill()));
}
