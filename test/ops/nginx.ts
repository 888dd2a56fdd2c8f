/**
 * Debian's nginx, started by a test on 127.0.0.1 with everything (config, pid, logs, temp files) in a temporary
 * directory, in front of the repository's own proxy config (deploy/nginx/glossary-bot.conf).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../e2e/bot-process.ts';

export const DEPLOY_CONFIG = join(REPO_ROOT, 'deploy', 'nginx', 'glossary-bot.conf');

/** The nginx binary, or undefined when it is not installed (`.ci/run` installs it). */
export function findNginx(): string | undefined {
	for (const candidate of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx']) {
		if (existsSync(candidate)) return candidate;
	}
	try {
		return execFileSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).trim() || undefined;
	} catch {
		return undefined;
	}
}

/** The deploy config with its upstream servers and listen port replaced: nothing else changes. */
export function templateConfig(source: string, replicas: number[], listenPort: number): string {
	const upstream = /^(\s*)server\s+\S+:8080(\s[^;]*)?;\s*$/gm;
	const found = source.match(upstream)?.length ?? 0;
	if (found === 0) throw new Error(`${DEPLOY_CONFIG}: no "server …:8080" lines in the upstream`);
	let first = true;
	const withUpstreams = source.replace(upstream, (_line, indent: string, params: string | undefined) => {
		if (!first) return '';
		first = false;
		return replicas.map((port) => `${indent}server 127.0.0.1:${port}${params ?? ''};`).join('\n');
	});
	if (!/^\s*listen 80;\s*$/m.test(withUpstreams)) throw new Error(`${DEPLOY_CONFIG}: no "listen 80;" line`);
	return withUpstreams.replace(/^(\s*)listen 80;\s*$/m, `$1listen 127.0.0.1:${listenPort};`);
}

export interface Nginx {
	readonly dir: string;
	/** Access log lines: `status upstream_addrs upstream_statuses`, one per request. */
	accessLog(): string[];
	errorLog(): string;
	stop(): Promise<void>;
}

/** Writes nginx.conf around the templated deploy config and starts nginx in the foreground (daemon off). */
export async function startNginx(binary: string, dir: string, replicas: number[], listenPort: number): Promise<Nginx> {
	for (const sub of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
		mkdirSync(join(dir, sub), { recursive: true });
	writeFileSync(
		join(dir, 'glossary-bot.conf'),
		templateConfig(readFileSync(DEPLOY_CONFIG, 'utf8'), replicas, listenPort),
	);
	const isRoot = process.getuid?.() === 0;
	writeFileSync(
		join(dir, 'nginx.conf'),
		[
			// As root (CI), workers would otherwise drop to `nobody`, who cannot enter the private temp directory.
			isRoot ? 'user root root;' : '',
			'worker_processes 1;',
			'daemon off;',
			`pid ${join(dir, 'nginx.pid')};`,
			`error_log ${join(dir, 'error.log')} warn;`,
			'events { worker_connections 1024; }',
			'http {',
			'    log_format replicas "$status $upstream_addr $upstream_status";',
			`    access_log ${join(dir, 'access.log')} replicas;`,
			`    client_body_temp_path ${join(dir, 'client_body')};`,
			`    proxy_temp_path ${join(dir, 'proxy')};`,
			`    fastcgi_temp_path ${join(dir, 'fastcgi')};`,
			`    uwsgi_temp_path ${join(dir, 'uwsgi')};`,
			`    scgi_temp_path ${join(dir, 'scgi')};`,
			`    include ${join(dir, 'glossary-bot.conf')};`,
			'}',
			'',
		].join('\n'),
	);
	const args = ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')];
	execFileSync(binary, [...args, '-t'], { stdio: 'pipe' });
	const child: ChildProcess = spawn(binary, args, { stdio: 'ignore' });
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	await waitForPort(listenPort, 10_000);
	const read = (name: string) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : '');
	return {
		dir,
		accessLog: () => read('access.log').split('\n').filter(Boolean),
		errorLog: () => read('error.log'),
		async stop() {
			if (child.exitCode !== null) return;
			child.kill('SIGQUIT');
			const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
			await exited;
			clearTimeout(timer);
		},
	};
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		try {
			await fetch(`http://127.0.0.1:${port}/nope`);
			return;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	throw new Error(`nginx did not listen on 127.0.0.1:${port} within ${timeoutMs} ms`);
}
