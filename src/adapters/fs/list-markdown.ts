import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

// A module of its own: the index's freshness check lists the articles, and must not load the Markdown and YAML
// parsers that reading them needs (a one-shot CLI answer from a fresh index parses nothing).

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
