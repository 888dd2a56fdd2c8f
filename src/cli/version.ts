import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../adapters/fs/package-root.ts';

/** The installed package's version, for `--version`. */
export function packageVersion(): string {
	return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: string }).version ?? '';
}
