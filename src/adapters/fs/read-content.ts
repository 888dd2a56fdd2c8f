import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type BuildResult, buildGlossary } from '../../core/content/build-glossary.ts';
import type { ContentFile } from '../../core/content/types.ts';
import { listMarkdown } from './list-markdown.ts';
import { packageRoot } from './package-root.ts';

export { packageRoot };

export function defaultContentDir(): string {
	return join(packageRoot(), 'content');
}

export class ContentDirError extends Error {}

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
