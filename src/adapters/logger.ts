import { pino } from 'pino';

export type Logger = pino.Logger;

/** JSON lines on stdout; secrets are censored wherever they appear in a logged object. */
export function createLogger(level: string): Logger {
	return pino({
		level,
		base: { pid: process.pid },
		redact: {
			paths: ['token', '*.token', 'config.token', 'headers.authorization', '*.headers.authorization'],
			censor: '[redacted]',
		},
	});
}
