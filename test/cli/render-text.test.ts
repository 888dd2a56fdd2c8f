import { styleText } from 'node:util';
import { describe, expect, it } from 'vitest';
import { useColor } from '../../src/cli/color.ts';
import { renderMarkdown } from '../../src/cli/render-text.ts';

const plain = (_f: unknown, t: string) => t;
const tagged = (f: unknown, t: string) => `<${String(f)}>${t}</${String(f)}>`;

describe('renderMarkdown for the terminal', () => {
	it.each([
		['**bold** and *italic* and _also_', 'bold and italic and also'],
		['\\#hashtag \\(test\\) \\*not italic\\*', '#hashtag (test) *not italic*'],
		['__under__ ~~gone~~ ||secret|| `co*de*`', 'under gone secret co*de*'],
		['[Discord](https://discord.com)', 'Discord <https://discord.com>'],
		['> quoted\n-# small print\n- item', '│ quoted\nsmall print\n• item'],
		['snake_case_word and 2*3*4', 'snake_case_word and 2*3*4'],
	])('%j reads as %j without colour', (markdown, text) => {
		expect(renderMarkdown(markdown, plain)).toBe(text);
	});

	it('styles what the markers meant', () => {
		expect(renderMarkdown('**b** *i* `c` \\*x\\*', tagged)).toBe(
			'<bold>b</bold> <italic>i</italic> <cyan>c</cyan> *x*',
		);
	});

	it('never lets content drive the terminal', () => {
		expect(renderMarkdown('a\u001b[2Jb\u0007', plain)).toBe('ab');
		expect(renderMarkdown('x', (f, t) => styleText(f as 'bold', t))).toBe('x');
	});
});

describe('useColor', () => {
	const tty = { isTTY: true };
	const pipe = { isTTY: false };
	it.each([
		[tty, {}, true],
		[pipe, {}, false],
		[tty, { NO_COLOR: '1' }, false],
		[tty, { NO_COLOR: '' }, true],
		[pipe, { FORCE_COLOR: '1' }, true],
		[pipe, { FORCE_COLOR: '' }, true],
		[tty, { FORCE_COLOR: '0' }, false],
		[tty, { FORCE_COLOR: 'false' }, false],
		[pipe, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
		[tty, { TERM: 'dumb' }, false],
	])('%j %j → %s', (stream, env, expected) => {
		expect(useColor(stream, env)).toBe(expected);
	});
});
