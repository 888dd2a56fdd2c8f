import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildResult, buildGlossary } from '../../core/content/build-glossary.ts';
import type { ContentFile } from '../../core/content/types.ts';

/** The package root, found from this file whether it runs from `src/` (tsx) or `dist/src/` (built). */
export function packageRoot(): string {
	let dir = dirname(fileURLToPath(import.meta.url));
	while (!existsSync(join(dir, 'package.json'))) {
		const parent = dirname(dir);
		if (parent === dir) throw new Error('package.json not found above the glossary-bot sources');
		dir = parent;
	}
	return dir;
}

export function defaultContentDir(): string {
	return join(packageRoot(), 'content');
}

export class ContentDirError extends Error {}

/** Reads every file below `dir`, sorted, with paths relative to it. */
export function readContentFiles(dir: string): ContentFile[] {
	const root = resolve(dir);
	if (!existsSync(root) || !statSync(root).isDirectory()) {
		throw new ContentDirError(`content directory not found: ${root}`);
	}
	const files: ContentFile[] = [];
	const walk = (d: string) => {
		for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
			if (entry.name.startsWith('.')) continue;
			const full = join(d, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.isFile() && entry.name.endsWith('.md')) {
				files.push({ path: relative(root, full).split(sep).join('/'), source: readFileSync(full, 'utf8') });
			}
		}
	};
	walk(root);
	return files;
}

export function loadContentDir(dir: string): BuildResult {
	return buildGlossary(readContentFiles(dir));
}
