import type { Command } from '../command.ts';
import { DEFAULT_LOCALE, type ResolvedLocale } from '../locales.ts';
import { BRAND_COLOR, type LayoutContext } from './embed-layout.ts';
import { LIMITS, truncate } from './limits.ts';
import { fallbackNotice, message, type Reply } from './render-reply.ts';

/** `/help`: what the bot does, each command in the asker's language, and how to install it. */
export function helpReply(locale: ResolvedLocale, ctx: LayoutContext, commands: readonly Command[]): Reply {
	const t = ctx.translator.replies(locale.locale);
	const text = (c: Command, key: string) =>
		ctx.translator.command(locale.locale, `${c.name}.${key}`) ??
		ctx.translator.command(DEFAULT_LOCALE, `${c.name}.${key}`) ??
		c.name;
	const lines = commands.map((c) =>
		c.kind === 'slash'
			? `**/${text(c, 'name')}** — ${text(c, 'description')}`
			: `**${t('help.appsMenu')} › ${text(c, 'name')}** — ${t('help.messageCommand')}`,
	);
	return {
		status: 'answer',
		locale: locale.lang,
		term: null,
		section: null,
		message: message(
			fallbackNotice(locale, ctx),
			{
				title: truncate(t('help.title'), LIMITS.embedTitle),
				description: truncate(t('help.description'), LIMITS.embedDescription),
				color: BRAND_COLOR,
				fields: [
					{ name: t('help.commands'), value: truncate(lines.join('\n'), LIMITS.fieldValue) },
					{ name: t('help.installTitle'), value: truncate(t('help.install'), LIMITS.fieldValue) },
				],
			},
			[],
		),
		ephemeral: true,
	};
}
