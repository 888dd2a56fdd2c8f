/**
 * Every reply key the code asks i18next for exists in the source locale (en-US), so a typo in a key shows up here
 * rather than as the raw key in someone's Discord. Keys are read from the code: `t('…')` and notices.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const files = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
	);

function flatten(value: unknown, prefix = ''): string[] {
	if (value === null || typeof value !== 'object') return [prefix];
	return Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
}

it('every reply key used in the core and the commands exists in en-US', () => {
	const known = new Set(flatten(JSON.parse(readFileSync('src/locales/en-US/replies.json', 'utf8'))));
	const used = new Map<string, string>();
	for (const file of [...files('src/core'), ...files('commands')]) {
		const source = readFileSync(file, 'utf8');
		for (const m of source.matchAll(/\bt\(\s*'([a-zA-Z.]+)'/g)) used.set(m[1] ?? '', file);
		for (const m of source.matchAll(/renderNotice\(\s*'([a-zA-Z.]+)'/g)) used.set(m[1] ?? '', file);
		for (const m of source.matchAll(/\|\s*'(errors\.[a-zA-Z]+)'/g)) used.set(m[1] ?? '', file);
	}
	expect(used.size).toBeGreaterThan(30);
	expect([...used].filter(([key]) => !known.has(key)).map(([key, file]) => `${file}: ${key}`)).toEqual([]);
});
