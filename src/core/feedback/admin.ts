import type { APIEmbed } from 'discord-api-types/v10';
import type { CommandContext, CommandInput, Outcome } from '../command.ts';
import { CONTENT_LANGUAGES, type ContentLanguage, isContentLanguage, type ResolvedLocale } from '../locales.ts';
import { LIMITS, truncate } from '../render/limits.ts';
import type { Reply } from '../render/render-reply.ts';
import { DEFAULT_GUILD_SETTINGS, type GuildSettings, type UsageReport } from '../storage.ts';
import { feedbackNotice } from './notice.ts';

/** Discord's MANAGE_GUILD bit: /settings and /stats are for the server's admins (Discord hides them from others). */
export const MANAGE_GUILD = 1n << 5n;

const COLOR = 0x3b82f6;
// The lowest confidence an admin may set for auto-answers: below it the bot would talk over people.
export const AUTO_THRESHOLD_MIN = Math.round(DEFAULT_GUILD_SETTINGS.autoThreshold * 100);

export const SETTINGS_OPTIONS = [
	{ name: 'answers', type: 'choice', choices: ['private', 'public'] },
	{ name: 'language', type: 'choice', choices: ['server', ...CONTENT_LANGUAGES] },
	{ name: 'votes', type: 'boolean' },
	{ name: 'auto_channel', type: 'channel' },
	{ name: 'auto_answer', type: 'boolean' },
	{ name: 'auto_threshold', type: 'integer', min_value: AUTO_THRESHOLD_MIN, max_value: 100 },
] as const;

type SettingsOptions = Readonly<Record<(typeof SETTINGS_OPTIONS)[number]['name'], string | undefined>>;

/** What the options given ask to change; none given means "show the current settings". */
export function settingsChange(o: SettingsOptions, current: GuildSettings): Partial<GuildSettings> {
	const change: Partial<GuildSettings> = {};
	if (o.answers === 'public' || o.answers === 'private') change.visibility = o.answers;
	if (o.language === 'server') change.language = undefined;
	else if (o.language && isContentLanguage(o.language)) change.language = o.language;
	if (o.votes !== undefined) change.votes = o.votes === 'true';
	if (o.auto_threshold !== undefined) change.autoThreshold = Number(o.auto_threshold) / 100;
	if (o.auto_channel) {
		const on = o.auto_answer !== 'false';
		const others = current.autoChannels.filter((c) => c !== o.auto_channel);
		change.autoChannels = on ? [...others, o.auto_channel] : others;
	} else if (o.auto_answer === 'false') {
		change.autoChannels = [];
	}
	return change;
}

/** `/settings`: show, or change and show, this server's choices. */
export async function runSettings(input: CommandInput, ctx: CommandContext): Promise<Outcome> {
	const { guild, locale } = input;
	if (!guild || !ctx.settings) return feedbackNotice('settings.guildOnly', locale, ctx);
	const change = settingsChange(input.options as SettingsOptions, guild.settings);
	let settings = guild.settings;
	if (Object.keys(change).length > 0) {
		try {
			settings = await ctx.settings.update(guild.id, change, input.user.id);
		} catch {
			return feedbackNotice('settings.saveFailed', locale, ctx);
		}
	}
	return { kind: 'message', reply: settingsReply(settings, Object.keys(change).length > 0, locale, ctx) };
}

function settingsReply(settings: GuildSettings, saved: boolean, locale: ResolvedLocale, ctx: CommandContext) {
	const t = ctx.translator.replies(locale.locale);
	const onOff = (on: boolean) => t(on ? 'settings.on' : 'settings.off');
	const language = (lang: ContentLanguage | undefined) =>
		lang ? ctx.translator.languageName(locale.locale, lang) : t('settings.languageServer');
	const channels = settings.autoChannels.map((c) => `<#${c}>`).join(', ') || t('settings.none');
	const embed: APIEmbed = {
		title: t('settings.title'),
		color: COLOR,
		fields: [
			{ name: t('settings.answers'), value: t(`settings.${settings.visibility}`), inline: true },
			{ name: t('settings.language'), value: language(settings.language), inline: true },
			{ name: t('settings.votes'), value: onOff(settings.votes), inline: true },
			{ name: t('settings.autoChannels'), value: truncate(channels, LIMITS.fieldValue) },
			{ name: t('settings.autoThreshold'), value: `${Math.round(settings.autoThreshold * 100)} %`, inline: true },
		],
		footer: { text: t(saved ? 'settings.saved' : 'settings.howTo') },
		...(settings.autoChannels.length > 0 ? { description: t('settings.intentNote') } : {}),
	};
	return adminReply(embed, locale);
}

/** One embed, only for the admin who asked, pinging nobody. */
function adminReply(embed: APIEmbed, locale: ResolvedLocale): Reply {
	return {
		status: 'answer',
		locale: locale.lang,
		term: null,
		section: null,
		message: { embeds: [embed], components: [], allowed_mentions: { parse: [] } },
		ephemeral: true,
	};
}

export const STATS_DAYS = ['1', '7', '30', '90'] as const;

/** `/stats`: the report's figures for this server, for its admins only. */
export async function runStats(input: CommandInput, ctx: CommandContext): Promise<Outcome> {
	const { guild, locale } = input;
	if (!guild) return feedbackNotice('settings.guildOnly', locale, ctx);
	if (!ctx.reports || !ctx.recorder?.enabled) return feedbackNotice('stats.unavailable', locale, ctx);
	const days = Number((input.options as { days?: string }).days ?? '7');
	let report: UsageReport;
	try {
		report = await ctx.reports.report({ since: new Date(Date.now() - days * 86_400_000), guildId: guild.id, limit: 5 });
	} catch {
		return feedbackNotice('stats.unavailable', locale, ctx);
	}
	return { kind: 'message', reply: statsReply(report, days, locale, ctx) };
}

function statsReply(report: UsageReport, days: number, locale: ResolvedLocale, ctx: CommandContext) {
	const t = ctx.translator.replies(locale.locale);
	const list = (rows: string[]) => truncate(rows.join('\n') || t('stats.none'), LIMITS.fieldValue);
	const quote = (text: string) => `“${truncate(text.replace(/[`*_~|>]/g, ''), 80)}”`;
	const n = report.totals;
	const embed: APIEmbed = {
		title: t('stats.title', { days }),
		color: COLOR,
		description: t('stats.totals', {
			questions: n.questions,
			answered: n.answered,
			suggestions: n.suggestions,
			notFound: n.notFound,
			up: n.up,
			down: n.down,
		}),
		fields: [
			{ name: t('stats.topTerms'), value: list(report.topTerms.map((r) => `${r.count} · ${r.termId}`)) },
			{ name: t('stats.unanswered'), value: list(report.unanswered.map((g) => `${g.count} · ${quote(g.example)}`)) },
			{
				name: t('stats.lowConfidence'),
				value: list(report.lowConfidence.map((g) => `${g.count} · ${quote(g.example)}`)),
			},
			{
				name: t('stats.downvoted'),
				value: list(
					report.downvoted.map(
						(d) =>
							`${d.down} 👎 · ${d.termId}${d.sectionId ? `#${d.sectionId}` : ''}${d.comments[0] ? ` ${quote(d.comments[0])}` : ''}`,
					),
				),
			},
		],
	};
	return adminReply(embed, locale);
}
