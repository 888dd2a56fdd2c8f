import type { Reply } from '../core/render/render-reply.ts';

/** The bot's reply as terminal text: what the embed shows, in reading order. */
export function renderText(reply: Reply): string {
	const lines: string[] = [];
	const { message } = reply;
	if (message.content) lines.push(message.content.replace(/^-# /gm, ''), '');
	for (const embed of message.embeds) {
		if (embed.title) lines.push(`\u001b[1m${embed.title}\u001b[22m`, '');
		if (embed.description) lines.push(embed.description, '');
		for (const field of embed.fields ?? []) lines.push(`${field.name}: ${field.value}`, '');
		if (embed.footer?.text) lines.push(`\u001b[2m${embed.footer.text}\u001b[22m`);
	}
	for (const row of message.components) {
		for (const component of row.components) {
			if ('label' in component && component.label) lines.push(`[${component.label}]`);
			if ('options' in component && component.options) {
				lines.push(`${component.placeholder ?? ''} ${component.options.map((o) => o.label).join(' · ')}`.trim());
			}
		}
	}
	const text = lines.join('\n').trimEnd();
	return process.stdout.isTTY ? text : text.replace(/\u001b\[\d+m/g, '');
}
