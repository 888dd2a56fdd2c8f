import { describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/adapters/fs/read-content.ts';
import { createEngine, type Engine } from '../../src/core/answer/engine.ts';
import type { Answer } from '../../src/core/answer/types.ts';
import type { CommandContext } from '../../src/core/command.ts';
import { settingsChange } from '../../src/core/feedback/admin.ts';
import { answerConfidence, createAutoAnswerer } from '../../src/core/feedback/auto-answer.ts';
import { createTranslator } from '../../src/core/i18n/translator.ts';
import { type ContentLanguage, resolveLocale } from '../../src/core/locales.ts';
import { DEFAULT_GUILD_SETTINGS } from '../../src/core/storage.ts';

const glossary = loadContentDir('content').glossary;
if (!glossary) throw new Error('content/ does not load');
const ctx: CommandContext = { engine: createEngine(glossary), translator: createTranslator() };
const CHANNEL = '500000000000000001';
const settings = { ...DEFAULT_GUILD_SETTINGS, autoChannels: [CHANNEL] };
const message = (content: string, channelId = CHANNEL) => ({
	id: '500000000000000009',
	channelId,
	authorId: '500000000000000008',
	content,
	guildLocale: resolveLocale('en-US'),
});

describe('auto-answer', () => {
	it('answers a glossary question in a chosen channel, says how to stop, then keeps the cool-down', () => {
		let now = 0;
		const auto = createAutoAnswerer(() => now, 60_000);
		const reply = auto.consider(message('what is a back office?'), settings, ctx);
		expect(reply?.term?.id).toBe('backoffice');
		expect(reply?.message.content).toContain(`-# Answered automatically in <#${CHANNEL}>`);
		expect(reply?.message.allowed_mentions).toEqual({ parse: [] });
		now += 59_000;
		expect(auto.consider(message('what is a stockbroker?'), settings, ctx)).toBeUndefined();
		now += 2_000;
		expect(auto.consider(message('what is a stockbroker?'), settings, ctx)?.term?.id).toBe('stockbroker');
	});

	it('stays silent elsewhere (other channels, threads below a chosen channel), on chat and when unsure', () => {
		const auto = createAutoAnswerer(() => 0, 0);
		expect(auto.consider(message('what is a back office?', '500000000000000002'), settings, ctx)).toBeUndefined();
		expect(auto.consider(message('lunch at noon?'), settings, ctx)).toBeUndefined();
		expect(auto.consider(message('ok'), settings, ctx)).toBeUndefined();
		expect(auto.consider(message(`what is a back office? ${'and more '.repeat(50)}`), settings, ctx)).toBeUndefined();
		// An answer whose best section holds 70 % of the question's meaning: the engine would answer a command,
		// auto-answer (80 % by default) stays quiet unless the admin lowers the bar to it.
		const question = 'who handles settlement after a trade?';
		const unsure: Answer = {
			status: 'answer',
			termId: 'backoffice',
			sectionId: 'definition',
			suggestions: [],
			trace: {
				lang: 'en',
				subject: undefined,
				mentioned: [],
				kinds: [],
				definitional: false,
				top: [{ termId: 'backoffice', sectionId: 'definition', score: 1, meaning: 0.7 }],
			},
		};
		const engine = Object.assign(Object.create(ctx.engine) as Engine, {
			ask: (q: string, lang: ContentLanguage) => (q === question ? unsure : ctx.engine.ask(q, lang)),
		});
		const shy = { ...ctx, engine };
		expect(answerConfidence(unsure)).toBe(0.7);
		expect(auto.consider(message(question), settings, shy)).toBeUndefined();
		expect(auto.consider(message(question), { ...settings, autoThreshold: 0.7 }, shy)?.term?.id).toBe('backoffice');
	});
});

describe('/settings options', () => {
	it('turns a channel on and off, and all off without a channel', () => {
		const on = settingsChange({ auto_channel: CHANNEL } as never, DEFAULT_GUILD_SETTINGS);
		expect(on).toEqual({ autoChannels: [CHANNEL] });
		const off = settingsChange({ auto_channel: CHANNEL, auto_answer: 'false' } as never, settings);
		expect(off).toEqual({ autoChannels: [] });
		expect(settingsChange({ auto_answer: 'false' } as never, settings)).toEqual({ autoChannels: [] });
		expect(settingsChange({ language: 'server', answers: 'public', auto_threshold: '90' } as never, settings)).toEqual({
			language: undefined,
			visibility: 'public',
			autoThreshold: 0.9,
		});
	});
});
