import { spawn } from 'node:child_process';

export const BIN = 'bin/glossary-bot.js';

export interface Run {
	code: number | null;
	stdout: string;
	stderr: string;
}

/**
 * Runs the installed CLI to completion, without colour unless `env` asks for it; `input` is piped to standard
 * input (closed at once when absent).
 */
export function run(args: string[], input?: string, env: Record<string, string> = { NO_COLOR: '1' }): Promise<Run> {
	return new Promise((resolve, reject) => {
		const base = { ...process.env };
		delete base.FORCE_COLOR;
		delete base.NO_COLOR;
		const child = spawn(process.execPath, [BIN, ...args], { env: { ...base, ...env } });
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (d: string) => {
			stdout += d;
		});
		child.stderr.setEncoding('utf8').on('data', (d: string) => {
			stderr += d;
		});
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, stdout, stderr }));
		// A command that exits before reading its input (help, a usage error) closes the pipe: writing to it then
		// fails with EPIPE, which says nothing about the command and would be an unhandled error of the test run.
		child.stdin.on('error', (error: NodeJS.ErrnoException) => {
			if (error.code !== 'EPIPE') reject(error);
		});
		child.stdin.end(input ?? '');
	});
}
