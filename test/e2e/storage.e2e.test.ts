/**
 * Issue 12 end to end: the built bot (`serve`, real discord.js) against FakeDiscord, with its embedded database in a
 * temporary DATA_DIR. 👍/👎 on an answer, the 👎 modal (callback type 9) and its submission, /settings, /stats, then
 * a restart that asks for the Message Content intent because auto-answer is on, an auto-answer in the enabled
 * channel, silence in a disabled one, and the channel cool-down.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	type APIInteractionResponse,
	ApplicationCommandOptionType,
	ComponentType,
	GatewayIntentBits,
	InteractionResponseType,
	MessageFlags,
	TextInputStyle,
} from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_ENTRY, type BotProcess, killAllBots, REPO_ROOT, startNode } from './bot-process.ts';
import { FakeDiscord } from './fake-discord.ts';

const BUILT_MAIN = join(REPO_ROOT, 'dist', 'src', 'cli', 'main.js');
const AUTO_CHANNEL = '300000000000000101';
const QUIET_CHANNEL = '300000000000000102';

interface Body {
	flags?: number;
	content?: string;
	embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
	components?: { components: { type: number; custom_id?: string; emoji?: { name: string } }[] }[];
}

const customIds = (body: Body) => (body.components ?? []).flatMap((r) => r.components.map((c) => c.custom_id ?? ''));

describe('feedback, settings, stats and auto-answer end to end', () => {
	const fake = new FakeDiscord({
		token: 'e2e-fake-bot-token-storage-0123',
		guildLocale: 'en-US',
		extraChannelIds: [AUTO_CHANNEL, QUIET_CHANNEL],
	});
	let cwd = '';
	let bot: BotProcess;
	const env = (): Record<string, string> => ({
		DISCORD_TOKEN: fake.token,
		DISCORD_CLIENT_ID: fake.applicationId,
		DISCORD_GUILD_ID: fake.guildId,
		DISCORD_API_URL: fake.apiBase,
		LOG_LEVEL: 'info',
		DATA_DIR: join(cwd, 'data'),
	});
	const start = async () => {
		bot = await startNode([join(REPO_ROOT, BOT_ENTRY), 'serve'], env(), { cwd });
		await bot.waitForLog((l) => l.msg === 'ready', 60_000);
	};
	const answer = async (id: string) => {
		const a = await fake.waitForAnswer(id, 10_000);
		return { callback: a.callback, body: a.body as Body };
	};

	beforeAll(async () => {
		if (!existsSync(BUILT_MAIN)) throw new Error(`${BUILT_MAIN} is missing: run \`npm run build\` first`);
		cwd = mkdtempSync(join(tmpdir(), 'glossary-bot-storage-e2e-'));
		await fake.start();
		await start();
	}, 90_000);
	afterAll(async () => {
		await killAllBots();
		await fake.stop();
		if (cwd) rmSync(cwd, { recursive: true, force: true });
	});

	it('starts without the Message Content intent while no server uses auto-answer', () => {
		expect((fake.identifies.at(-1)?.intents ?? 0) & GatewayIntentBits.MessageContent).toBe(0);
	});

	it('puts 👍/👎 on an answer; 👍 thanks, 👎 opens the modal, whose text is taken', async () => {
		const id = fake.sendChatInput('define', [
			{ name: 'term', type: ApplicationCommandOptionType.String, value: 'back office' },
		]);
		const { body } = await answer(id);
		const [up, down] = customIds(body).filter((c) => c.startsWith('gbv|'));
		expect(up).toMatch(new RegExp(`^gbv\\|up\\|${id}\\|en\\|backoffice`));
		expect(down).toMatch(/^gbv\|down\|/);

		const thanks = await answer(fake.sendComponent(up ?? ''));
		expect(thanks.body.flags).toBe(MessageFlags.Ephemeral);

		const clicked = fake.sendComponent(down ?? '');
		const modal = (await fake.waitForCallback(clicked, 10_000)) as Extract<
			APIInteractionResponse,
			{ type: InteractionResponseType.Modal }
		>;
		// Discord's documentation for the MODAL callback (the trimmed schemas leave it out): title ≤ 45, Label ≤ 45
		// wrapping a text input without its own label.
		expect(modal.type).toBe(InteractionResponseType.Modal);
		expect(modal.data.title.length).toBeLessThanOrEqual(45);
		const label = modal.data.components[0] as unknown as {
			type: number;
			label: string;
			component: { type: number; style: number; custom_id: string; required: boolean; label?: string };
		};
		expect(label.type).toBe(ComponentType.Label);
		expect(label.label).toBe('What were you looking for?');
		expect(label.component).toMatchObject({
			type: ComponentType.TextInput,
			style: TextInputStyle.Paragraph,
			required: false,
		});
		expect(label.component.label).toBeUndefined();

		const submitted = await answer(
			fake.sendModalSubmit(modal.data.custom_id, { [label.component.custom_id]: 'the salary of back-office staff' }),
		);
		expect(submitted.body.flags).toBe(MessageFlags.Ephemeral);
		expect(submitted.body.embeds?.[0]?.description).toContain('authors');
		await bot.waitForLog((l) => l.msg === 'answered' && String(l.command).startsWith('gbm|'));
	});

	it('/settings (Manage Server) turns auto-answer on in one channel; /stats shows the figures, privately', async () => {
		const set = await answer(
			fake.sendChatInput('settings', [
				{ name: 'auto_channel', type: ApplicationCommandOptionType.Channel, value: AUTO_CHANNEL },
				{ name: 'votes', type: ApplicationCommandOptionType.Boolean, value: true },
			]),
		);
		expect(set.body.flags).toBe(MessageFlags.Ephemeral);
		const fields = set.body.embeds?.[0]?.fields ?? [];
		expect(fields.find((f) => f.name === 'Auto-answer channels')?.value).toBe(`<#${AUTO_CHANNEL}>`);
		expect(set.body.embeds?.[0]?.description).toContain('Message Content');

		// Events are written in batches, off the answer path: give the queue its second.
		await new Promise((r) => setTimeout(r, 1500));
		const stats = await answer(fake.sendChatInput('stats', []));
		expect(stats.body.flags).toBe(MessageFlags.Ephemeral);
		expect(stats.body.embeds?.[0]?.description).toMatch(/^1 questions: 1 answered.* 0 👍 · 1 👎$/);
		expect(JSON.stringify(stats.body.embeds)).toContain('backoffice');
	});

	it('after a restart asks for Message Content, answers in the chosen channel only, once per cool-down', async () => {
		expect((await bot.stop('SIGTERM')).code).toBe(0);
		await start();
		expect((fake.identifies.at(-1)?.intents ?? 0) & GatewayIntentBits.MessageContent).toBe(
			GatewayIntentBits.MessageContent,
		);
		const before = fake.channelMessages.length;
		const quiet = fake.sendMessage('what is a back office?', { channelId: QUIET_CHANNEL });
		const asked = fake.sendMessage('what is a back office?', { channelId: AUTO_CHANNEL });
		const reply = await fake.waitFor(
			(r) => r.method === 'POST' && r.route === `/channels/${AUTO_CHANNEL}/messages`,
			10_000,
		);
		const body = reply.body as Body & { message_reference?: { message_id: string } };
		expect(body.message_reference?.message_id).toBe(asked);
		expect(body.content).toContain('/settings auto_answer: False');
		expect(customIds(body).some((c) => c.startsWith(`gbv|up|${asked}|`))).toBe(true);
		// The cool-down: a second question right after gets no answer, and the other channel never does.
		fake.sendMessage('what is a stockbroker?', { channelId: AUTO_CHANNEL });
		await bot.waitForLog((l) => l.msg === 'auto-answered');
		await new Promise((r) => setTimeout(r, 2000));
		const posted = fake.channelMessages.slice(before);
		expect(posted.map((m) => m.message.channel_id)).toEqual([AUTO_CHANNEL]);
		expect(fake.requests.some((r) => r.route === `/channels/${QUIET_CHANNEL}/messages`)).toBe(false);
		expect(quiet).toBeDefined();
	}, 90_000);
});
