/**
 * The validator on tiny in-memory content trees: every mistake an author can make is reported with the file and
 * line to fix, and any error means no glossary at all.
 */
import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../../src/core/content/build-glossary.ts';
import type { ContentFile } from '../../src/core/content/types.ts';
import { CONTENT_LANGUAGES } from '../../src/core/locales.ts';

const TERMS = {
	apple: { title: 'Apple', alias: 'apples', other: 'pear' },
	pear: { title: 'Pear', alias: 'pears', other: 'apple' },
	plum: { title: 'Plum', alias: 'plums', other: 'apple' },
};

/** A valid article: its definition links to the other term on the paragraph's second line. */
function articleSource(id: keyof typeof TERMS, lang: string): string {
	const { title, alias, other } = TERMS[id];
	return `---
id: ${id}
lang: ${lang}
title: ${title}
description: The ${id} in ${lang}.
aliases:
  - ${alias}
examples:
  - A ${id} example
---

## What is it? {#definition}

A ${id} is a fruit,
often eaten with a [${other}](/${other}).

## Kinds {#kinds}

There are many kinds of ${id}.
`;
}

/** Apple and pear in all six languages: a clean tree. */
function baseTree(): ContentFile[] {
	return CONTENT_LANGUAGES.flatMap((lang) =>
		(['apple', 'pear'] as const).map((id) => ({ path: `${lang}/${id}.md`, source: articleSource(id, lang) })),
	);
}

/** The base tree with some files' text changed; an edit that changes nothing is a broken test. */
function edited(edits: Record<string, (source: string) => string>, files = baseTree()): ContentFile[] {
	return files.map((file) => {
		const edit = edits[file.path];
		if (!edit) return file;
		const source = edit(file.source);
		if (source === file.source) throw new Error(`the edit of ${file.path} changed nothing`);
		return { ...file, source };
	});
}

const sourceOf = (files: ContentFile[], path: string) => files.find((f) => f.path === path)?.source ?? '';

/** 1-based line of the `nth` line containing `text`. */
function lineOf(source: string, text: string, nth = 1): number {
	const lines = source.split('\n');
	const index = lines.findIndex(
		(line, i) => line.includes(text) && lines.slice(0, i + 1).filter((l) => l.includes(text)).length === nth,
	);
	if (index < 0) throw new Error(`no line ${nth} containing "${text}"`);
	return index + 1;
}

function errorsOf(files: ContentFile[]) {
	const { glossary, problems } = buildGlossary(files);
	const errors = problems.filter((p) => p.severity === 'error');
	return { glossary, errors, where: errors.map((p) => `${p.file}:${p.line}`), messages: errors.map((p) => p.message) };
}

/** Exactly one error, at `where` (`file:line`), with a message matching `message`; and no glossary. */
function expectOnlyError(files: ContentFile[], where: string, message: RegExp) {
	const result = errorsOf(files);
	expect(result.where, result.messages.join('\n')).toEqual([where]);
	expect(result.messages[0]).toMatch(message);
	expect(result.glossary, 'nothing half-loaded').toBeUndefined();
}

/** An error at `where` (`file:line`) with a message matching `message`, maybe among others; and no glossary. */
function expectError(files: ContentFile[], where: string, message: RegExp) {
	const { glossary, errors } = errorsOf(files);
	expect(errors).toContainEqual(expect.objectContaining({ message: expect.stringMatching(message) }));
	const found = errors.find((p) => message.test(p.message));
	expect(`${found?.file}:${found?.line}`).toBe(where);
	expect(glossary, 'nothing half-loaded').toBeUndefined();
}

describe('buildGlossary on a tiny content tree', () => {
	it('loads the base tree with no problem at all', () => {
		const { glossary, problems } = buildGlossary(baseTree());
		expect(problems).toEqual([]);
		expect(glossary?.termIds).toEqual(['apple', 'pear']);
	});

	it('reports a missing translation as a warning on the English article, and still loads', () => {
		const files = baseTree().filter((f) => f.path !== 'sv/pear.md');
		const { glossary, problems } = buildGlossary(files);
		expect(problems).toEqual([
			{ file: 'en/pear.md', line: 1, severity: 'warning', message: expect.stringMatching(/no sv article/) },
		]);
		expect(glossary?.articles.get('sv')?.has('pear')).toBe(false);
		expect(glossary?.articles.get('en')?.has('pear')).toBe(true);
	});

	it('serves nothing when one file among many has an error', () => {
		const files = edited({ 'de/pear.md': (s) => s.replace('(/apple)', '(/appel)') });
		const { glossary, errors } = errorsOf(files);
		expect(errors).toHaveLength(1);
		expect(glossary).toBeUndefined();
	});
});

describe('front matter errors', () => {
	it('bad YAML: the line of the YAML error', () => {
		const files = edited({ 'sv/apple.md': (s) => s.replace('title: Apple', 'title: Apple: red') });
		expectOnlyError(
			files,
			`sv/apple.md:${lineOf(sourceOf(files, 'sv/apple.md'), 'title: Apple: red')}`,
			/front matter/,
		);
	});

	it('front matter that is not `key: value` fields: its first line', () => {
		const files = edited({ 'sv/apple.md': (s) => s.replace(/^---\n[\s\S]*?\n---\n/, '---\n- just\n- a list\n---\n') });
		expectOnlyError(files, 'sv/apple.md:2', /expected `key: value` fields/);
	});

	it('no front matter, or one never closed: line 1', () => {
		expectOnlyError(
			edited({ 'sv/apple.md': (s) => s.replace(/^---\n[\s\S]*?\n---\n/, '') }),
			'sv/apple.md:1',
			/missing front matter/,
		);
		expectOnlyError(
			edited({ 'sv/apple.md': (s) => s.replace('examples:\n  - A apple example\n---\n', 'examples:\n  - x\n') }),
			'sv/apple.md:1',
			/missing front matter/,
		);
	});

	it('a missing title or id: line 1, naming the field', () => {
		expectOnlyError(
			edited({ 'sv/apple.md': (s) => s.replace('title: Apple\n', '') }),
			'sv/apple.md:1',
			/missing `title`/,
		);
		expectOnlyError(edited({ 'sv/apple.md': (s) => s.replace('id: apple\n', '') }), 'sv/apple.md:1', /missing `id`/);
	});

	it('an id that differs from the file name: the id line', () => {
		const files = edited({ 'sv/apple.md': (s) => s.replace('id: apple', 'id: apples') });
		expectOnlyError(files, 'sv/apple.md:2', /id "apples" differs from the file name "apple.md"/);
	});

	it('a lang that differs from the folder: the lang line', () => {
		const files = edited({ 'sv/apple.md': (s) => s.replace('lang: sv', 'lang: de') });
		expectOnlyError(files, 'sv/apple.md:3', /lang "de" differs from the folder "sv"/);
	});

	it('a file in an unknown language folder: line 1', () => {
		const files = [...baseTree(), { path: 'fr/apple.md', source: articleSource('apple', 'fr') }];
		expectOnlyError(files, 'fr/apple.md:1', /not in a language folder/);
	});
});

describe('section errors', () => {
	it('a section id missing in one language: that file, at its first section', () => {
		const files = edited({
			'sv/apple.md': (s) => s.replace('## Kinds {#kinds}\n\nThere are many kinds of apple.\n', ''),
		});
		expectOnlyError(
			files,
			`sv/apple.md:${lineOf(sourceOf(files, 'sv/apple.md'), '{#definition}')}`,
			/section ids missing here but present in en\/apple\.md.*: kinds/,
		);
	});

	it('a duplicated section id: the line of the second', () => {
		const files = edited({ 'sv/apple.md': (s) => s.replace('{#kinds}', '{#definition}') });
		const source = sourceOf(files, 'sv/apple.md');
		expectError(
			files,
			`sv/apple.md:${lineOf(source, '{#definition}', 2)}`,
			new RegExp(`"definition" is used twice \\(first on line ${lineOf(source, '{#definition}')}\\)`),
		);
	});

	it('a heading without {#id}: its line', () => {
		const files = edited({ 'sv/apple.md': (s) => s.replace('## Kinds {#kinds}', '## Kinds') });
		expectError(
			files,
			`sv/apple.md:${lineOf(sourceOf(files, 'sv/apple.md'), '## Kinds')}`,
			/heading "Kinds" has no section id/,
		);
	});

	it('a rejected heading is one error: the paragraphs under it are not also "text before the first heading"', () => {
		const cases = {
			'no id': (s: string) => s.replace('## Kinds {#kinds}', '## Kinds'),
			'a duplicate id': (s: string) => s.replace('{#kinds}', '{#definition}'),
			'an H1': (s: string) => s.replace('## Kinds {#kinds}', '# Kinds {#kinds}'),
		};
		const reported: Record<string, string[]> = {};
		const expected: Record<string, unknown[]> = {};
		for (const [name, edit] of Object.entries(cases)) {
			const files = edited({ 'sv/apple.md': edit });
			reported[name] = errorsOf(files).errors.map((p) => `${p.file}:${p.line}: ${p.message}`);
			expected[name] = [expect.stringMatching(`^sv/apple.md:${lineOf(sourceOf(files, 'sv/apple.md'), 'Kinds')}: `)];
		}
		expect(reported).toEqual(expected);
	});

	it('text before the first heading: its line', () => {
		const files = edited({
			'sv/apple.md': (s) => s.replace('\n## What is it?', '\nA stray paragraph.\n\n## What is it?'),
		});
		const line = lineOf(sourceOf(files, 'sv/apple.md'), 'A stray paragraph.');
		expectOnlyError(files, `sv/apple.md:${line}`, /text before the first `##` heading/);
	});

	it('a `#` H1: its line', () => {
		const files = edited({ 'sv/apple.md': (s) => s.replace('\n## What is it?', '\n# Apple\n\n## What is it?') });
		expectOnlyError(
			files,
			`sv/apple.md:${lineOf(sourceOf(files, 'sv/apple.md'), '# Apple')}`,
			/`#` heading is not allowed/,
		);
	});

	it('no `definition` section: the first line after the front matter', () => {
		const files = edited({ 'sv/apple.md': (s) => s.replace('{#definition}', '{#meaning}') });
		const frontMatterEnd = lineOf(sourceOf(files, 'sv/apple.md'), '---', 2);
		expectOnlyError(files, `sv/apple.md:${frontMatterEnd + 1}`, /no definition section/);
	});
});

describe('cross-checks between files', () => {
	it('a link to a term id that does not exist: its own line, inside the paragraph', () => {
		const files = edited({ 'sv/apple.md': (s) => s.replace('(/pear)', '(/peer)') });
		const source = sourceOf(files, 'sv/apple.md');
		expect(lineOf(source, '(/peer)')).toBe(lineOf(source, 'is a fruit') + 1);
		expectOnlyError(files, `sv/apple.md:${lineOf(source, '(/peer)')}`, /link to "\/peer": no article has that id/);
	});

	it('two terms sharing an alias in one language, ignoring case, diacritics and hyphens', () => {
		const files = edited({
			'sv/apple.md': (s) => s.replace('  - apples', '  - red apple'),
			'sv/pear.md': (s) => s.replace('  - pears', '  - Réd-Äpple'),
		});
		// Either file may be the one just edited: both are named, each on its first line (no line per alias is kept).
		const { where, messages } = errorsOf(files);
		expect(where).toEqual(['sv/apple.md:1', 'sv/pear.md:1']);
		expect(messages[0]).toMatch(/"red apple" is also used by sv\/pear\.md/);
		expect(messages[1]).toMatch(/"red apple" is also used by sv\/apple\.md/);
	});

	it('the same alias in two languages is not a clash', () => {
		const files = edited({
			'sv/apple.md': (s) => s.replace('  - apples', '  - red apple'),
			'en/pear.md': (s) => s.replace('  - pears', '  - red apple'),
		});
		expect(errorsOf(files).errors).toEqual([]);
	});

	it('a term with no English article: its first file, line 1', () => {
		const files = [...baseTree(), { path: 'sv/plum.md', source: articleSource('plum', 'sv') }];
		expectOnlyError(files, 'sv/plum.md:1', /term "plum" has no English article/);
	});
});

describe('one mistake, one report (no cascades, nothing hidden)', () => {
	it('a YAML error in the English article is not also "no English article" in the others', () => {
		const files = edited({ 'en/apple.md': (s) => s.replace('title: Apple', 'title: Apple: red') });
		expectOnlyError(
			files,
			`en/apple.md:${lineOf(sourceOf(files, 'en/apple.md'), 'title: Apple: red')}`,
			/front matter/,
		);
	});

	it('a broken article is still a known term: links to it are not errors', () => {
		const files = edited({ 'en/pear.md': (s) => s.replace('lang: en', 'lang: en\nlang: sv') });
		expect(errorsOf(files).where).toEqual([`en/pear.md:${lineOf(sourceOf(files, 'en/pear.md'), 'lang: sv')}`]);
	});

	it('an id that differs from the file name does not hide a bad link in the same file', () => {
		const files = edited({ 'sv/apple.md': (s) => s.replace('id: apple', 'id: apel').replace('(/pear)', '(/peer)') });
		const source = sourceOf(files, 'sv/apple.md');
		expect(errorsOf(files).where).toEqual([
			`sv/apple.md:${lineOf(source, 'id: apel')}`,
			`sv/apple.md:${lineOf(source, '(/peer)')}`,
		]);
	});

	it.each([
		['an unclosed quote', 'description: "The apple'],
		['an unclosed flow list', 'examples: [one, two'],
	])('%s in YAML is reported on the line that opened it', (_name, line) => {
		const files = edited({ 'sv/apple.md': (s) => s.replace(/^examples:\n {2}- .*$/m, line) });
		const source = sourceOf(files, 'sv/apple.md');
		expect(errorsOf(files).where[0]).toBe(`sv/apple.md:${lineOf(source, line)}`);
	});

	it('warns about a section longer than Discord can show, naming where it is cut', () => {
		const long = Array.from({ length: 120 }, (_, i) => `Sentence number ${i} about the apple and its many kinds.`).join(
			' ',
		);
		const files = edited({ 'sv/apple.md': (s) => s.replace('There are many kinds of apple.', long) });
		const { glossary, problems } = buildGlossary(files);
		expect(glossary, 'a warning still loads').toBeDefined();
		expect(problems).toEqual([
			expect.objectContaining({
				file: 'sv/apple.md',
				line: lineOf(sourceOf(files, 'sv/apple.md'), '{#kinds}'),
				severity: 'warning',
				message: expect.stringMatching(/section "kinds" is 6\d{3} characters; Discord shows about 4000/),
			}),
		]);
	});
});
