import type { Article } from '../content/types.ts';
import type { ResolvedByClick } from '../storage.ts';
import { foldName } from '../text/normalize.ts';

export interface AliasSuggestion {
	file: string;
	termId: string;
	lang: string;
	aliases: string[];
	/** How many did-you-mean clicks taught them. */
	clicks: number;
}

// An alias is a name, not a sentence: longer questions teach the ranking, not the term's names.
const MAX_ALIAS_WORDS = 4;

/**
 * Aliases learned from did-you-mean clicks: the words someone typed, then the term they picked. Only short
 * texts that are not already a name of that term in that language.
 */
export function suggestAliases(
	clicks: readonly ResolvedByClick[],
	articleOf: (lang: string, termId: string) => Article | undefined,
): AliasSuggestion[] {
	const byFile = new Map<string, AliasSuggestion & { known: Set<string> }>();
	for (const click of clicks) {
		const article = articleOf(click.lang, click.termId);
		const words = click.normalized.split(' ').filter(Boolean);
		if (!article || words.length === 0 || words.length > MAX_ALIAS_WORDS) continue;
		const entry = byFile.get(article.file) ?? {
			file: article.file,
			termId: click.termId,
			lang: click.lang,
			aliases: [],
			clicks: 0,
			known: new Set([article.title, ...article.aliases].map(foldName)),
		};
		byFile.set(article.file, entry);
		if (entry.known.has(click.normalized)) continue;
		entry.known.add(click.normalized);
		entry.aliases.push(aliasText(click.question));
		entry.clicks += click.count;
	}
	return [...byFile.values()]
		.filter((e) => e.aliases.length > 0)
		.map(({ known: _, ...rest }) => rest)
		.sort((a, b) => b.clicks - a.clicks || a.file.localeCompare(b.file));
}

/** The question as typed, lower-cased, without the punctuation around it, and safe as a YAML scalar. */
function aliasText(question: string): string {
	const text = question
		.trim()
		.replace(/^[\s"'¿¡«„]+|[\s?!.,;:"'»“]+$/gu, '')
		.toLowerCase();
	return /^[\p{L}\p{N}][\p{L}\p{N} '-]*$/u.test(text) ? text : JSON.stringify(text);
}

/**
 * A unified diff adding `aliases` to an article's front matter, for `git apply` (paths as `a/content/...`).
 * Undefined when the front matter cannot be found or already lists them all.
 */
export function aliasPatch(path: string, source: string, aliases: readonly string[]): string | undefined {
	const lines = source.split('\n');
	// A final newline ends the last line; it is not an empty line of its own.
	if (lines.at(-1) === '') lines.pop();
	if (lines[0] !== '---') return undefined;
	const end = lines.indexOf('---', 1);
	if (end < 0) return undefined;
	const key = lines.findIndex((l, i) => i > 0 && i < end && /^aliases:\s*$/.test(l));
	let at: number;
	let added: string[];
	if (key >= 0) {
		at = key + 1;
		while (at < end && /^\s+-\s/.test(lines[at] ?? '')) at++;
		const indent = /^(\s+)-/.exec(lines[key + 1] ?? '')?.[1] ?? '  ';
		added = aliases.map((a) => `${indent}- ${a}`);
	} else if (lines.some((l, i) => i < end && /^aliases:/.test(l))) {
		// An inline list (`aliases: [a, b]`) is left to the author rather than rewritten.
		return undefined;
	} else {
		at = end;
		added = ['aliases:', ...aliases.map((a) => `  - ${a}`)];
	}
	if (added.length === 0) return undefined;
	const before = lines.slice(Math.max(0, at - 3), at);
	const after = lines.slice(at, at + 3);
	const start = at - before.length + 1;
	return [
		`--- a/${path}`,
		`+++ b/${path}`,
		`@@ -${start},${before.length + after.length} +${start},${before.length + added.length + after.length} @@`,
		...before.map((l) => ` ${l}`),
		...added.map((l) => `+${l}`),
		...after.map((l) => ` ${l}`),
		'',
	].join('\n');
}
