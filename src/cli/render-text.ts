import { styleText } from 'node:util';
import type { Reply } from '../core/render/render-reply.ts';
import { stripControls } from '../core/text/normalize.ts';

type Format = Parameters<typeof styleText>[0];
type Style = (format: Format, text: string) => string;

// Backslash escapes Discord honours: the escaped character shows as itself, never as markup.
const ESCAPED = /\\([\\*_~`|>#[\]()<\-.!+=:@])/g;
// Escaped characters and code are parked in the Private Use Area while markup is read, then restored.
const PARK = 0xe000;
const park = (text: string) => [...text].map((c) => String.fromCodePoint(PARK + (c.codePointAt(0) ?? 0))).join('');
const unpark = (text: string) =>
	text.replace(/[\ue000-\ue0ff]/g, (c) => String.fromCodePoint((c.codePointAt(0) ?? PARK) - PARK));

/** Discord's inline Markdown as terminal styles: bold, italic, underline, strikethrough, code, spoilers, links. */
function inline(text: string, style: Style): string {
	const parked = text
		.replace(/`([^`\n]+)`/g, (_m, code: string) => park(style('cyan', code)))
		.replace(ESCAPED, (_m, c: string) => park(c));
	return unpark(
		parked
			.replace(
				/\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g,
				(_m, t: string, url: string) => `${style('underline', t)} <${url}>`,
			)
			.replace(/\*\*\*([^*\n]+)\*\*\*/g, (_m, t: string) => style('bold', style('italic', t)))
			.replace(/\*\*([^*\n]+)\*\*/g, (_m, t: string) => style('bold', t))
			.replace(/__([^_\n]+)__/g, (_m, t: string) => style('underline', t))
			.replace(/(?<![\p{L}\p{N}*])\*([^*\n]+)\*(?![\p{L}\p{N}*])/gu, (_m, t: string) => style('italic', t))
			.replace(/(?<![\p{L}\p{N}_])_([^_\n]+)_(?![\p{L}\p{N}_])/gu, (_m, t: string) => style('italic', t))
			.replace(/~~([^~\n]+)~~/g, (_m, t: string) => style('strikethrough', t))
			.replace(/\|\|([^|\n]+)\|\|/g, (_m, t: string) => style('inverse', t)),
	);
}

/** Discord Markdown (one block of text) for a terminal: line-level markup first, then inline. */
export function renderMarkdown(markdown: string, style: Style): string {
	return stripControlsByLine(markdown)
		.split('\n')
		.map((line) => {
			const small = /^-# (.*)$/.exec(line);
			if (small) return style('dim', inline(small[1] ?? '', style));
			const heading = /^#{1,3} (.*)$/.exec(line);
			if (heading) return style('bold', inline(heading[1] ?? '', style));
			const quote = /^>>?>? ?(.*)$/.exec(line);
			if (quote) return `${style('dim', '│')} ${inline(quote[1] ?? '', style)}`;
			const item = /^(\s*)[-*] (.*)$/.exec(line);
			if (item) return `${item[1]}• ${inline(item[2] ?? '', style)}`;
			return inline(line, style);
		})
		.join('\n');
}

/** Control characters out, line breaks kept: content and echoed text must never drive the terminal. */
function stripControlsByLine(text: string): string {
	return text
		.split('\n')
		.map((line) => stripControls(line))
		.join('\n');
}

/** The bot's reply as terminal text: what the embed shows, in reading order, styled when `color`. */
export function renderText(reply: Reply, color: boolean): string {
	const style: Style = color ? (format, text) => styleText(format, text) : (_format, text) => text;
	const md = (text: string) => renderMarkdown(text, style);
	const lines: string[] = [];
	const { message } = reply;
	if (message.content) lines.push(md(message.content), '');
	for (const embed of message.embeds) {
		if (embed.title) lines.push(style('bold', md(embed.title)), '');
		if (embed.description) lines.push(md(embed.description), '');
		for (const field of embed.fields ?? []) lines.push(`${style('bold', md(field.name))}: ${md(field.value)}`, '');
		if (embed.footer?.text) lines.push(style('dim', md(embed.footer.text)));
	}
	for (const row of message.components) {
		for (const component of row.components) {
			if ('label' in component && component.label) lines.push(`[${md(component.label)}]`);
			if ('options' in component && component.options) {
				const options = component.options.map((o) => md(o.label)).join(' · ');
				lines.push(`${md(component.placeholder ?? '')} ${options}`.trim());
			}
		}
	}
	return lines.join('\n').trimEnd();
}
