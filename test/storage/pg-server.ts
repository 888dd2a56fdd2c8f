import { execFileSync } from 'node:child_process';

/** Stops or starts the throw-away PostgreSQL server of `.ci/postgres.sh` (TEST_PG_DIR), to simulate an outage. */
export function pgctl(action: 'stop' | 'start'): void {
	execFileSync('bash', ['.ci/postgres.sh', action], { stdio: 'ignore' });
}
