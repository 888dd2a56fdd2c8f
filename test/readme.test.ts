/** The README is the front door: its dependency table names every package we install, and why. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

it('the README’s dependency table names every dependency and dev dependency (types aside)', () => {
	const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, Record<string, string> | undefined>;
	const names = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})].filter(
		(name) => !name.startsWith('@types/'),
	);
	const table = readFileSync('README.md', 'utf8')
		.split('\n')
		.filter((line) => line.startsWith('| '))
		.map((line) => line.split('|')[1] ?? '');
	const named = new Set(
		table.flatMap((cell) =>
			cell
				.replace(/\(dev\)/g, '')
				.split(',')
				.map((n) => n.trim()),
		),
	);
	expect(names.filter((name) => !named.has(name))).toEqual([]);
});
