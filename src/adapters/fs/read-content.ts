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

/**
 * Every article below `dir` (`*.md`, dot-folders such as `.index/` skipped), sorted, as its full path and its
 * path relative to `dir` with `/` separators.
 */
export function listMarkdown(dir: string): { full: string; path: string }[] {
	const root = resolve(dir);
	const out: { full: string; path: string }[] = [];
	const walk = (d: string) => {
		for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
			if (entry.name.startsWith('.')) continue;
			const full = join(d, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.isFile() && entry.name.endsWith('.md'))
				out.push({ full, path: relative(root, full).split(sep).join('/') });
		}
	};
	walk(root);
	return out;
}

/** Reads every article below `dir`, sorted, with paths relative to it. */
export function readContentFiles(dir: string): ContentFile[] {
	const root = resolve(dir);
	if (!existsSync(root) || !statSync(root).isDirectory()) {
		throw new ContentDirError(`content directory not found: ${root}`);
	}
	return listMarkdown(root).map(({ full, path }) => ({ path, source: readFileSync(full, 'utf8') }));
}

export function loadContentDir(dir: string): BuildResult {
	return buildGlossary(readContentFiles(dir));
}
