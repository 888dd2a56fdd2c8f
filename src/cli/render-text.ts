import type { Reply } from '../core/render/render-reply.ts';

/** The bot's reply as terminal text: what the embed shows, in reading order. */
export function renderText(reply: Reply, color = process.stdout.isTTY === true): string {
	const style = (open: number, close: number) => (s: string) => (color ? `\u001b[${open}m${s}\u001b[${close}m` : s);
	const bold = style(1, 22);
	const dim = style(2, 22);
	const lines: string[] = [];
	const { message } = reply;
	if (message.content) lines.push(message.content.replace(/^-# /gm, ''), '');
	for (const embed of message.embeds) {
		if (embed.title) lines.push(bold(embed.title), '');
		if (embed.description) lines.push(embed.description, '');
		for (const field of embed.fields ?? []) lines.push(`${field.name}: ${field.value}`, '');
		if (embed.footer?.text) lines.push(dim(embed.footer.text));
	}
	for (const row of message.components) {
		for (const component of row.components) {
			if ('label' in component && component.label) lines.push(`[${component.label}]`);
			if ('options' in component && component.options) {
				lines.push(`${component.placeholder ?? ''} ${component.options.map((o) => o.label).join(' · ')}`.trim());
			}
		}
	}
	return lines.join('\n').trimEnd();
}
