import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
	);

describe('layers', () => {
	it('the core imports nothing from commands/: the router is handed the commands', () => {
		const offenders = files('src/core').filter((f) => /from\s+['"][^'"]*\/commands\//.test(readFileSync(f, 'utf8')));
		expect(offenders).toEqual([]);
	});
});
