import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { type BuildResult, buildGlossary } from '../../core/content/build-glossary.ts';
import type { ContentFile } from '../../core/content/types.ts';
import { packageRoot } from './package-root.ts';

export { packageRoot };

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
