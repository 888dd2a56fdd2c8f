/**
 * Reload metrics on the production path: the real `serve-http` on a copy of the content. An edit swaps the content
 * in (a new hash, one more `ok` load); a broken file is refused (an `error` load) and the hash stays.
 *
 * Needs `npm run build` (CI: `npm ci` builds through `prepare`).
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_ENTRY, type BotProcess, killAllBots, REPO_ROOT, startNode } from '../e2e/bot-process.ts';
import { APPLICATION_ID, freePort, keyPair, sampleValue } from './signed-interactions.ts';

const HASH = /^glossary_content_info\{hash="([0-9a-f]+)"\} 1$/gm;

describe('content reload metrics (serve-http, real process)', () => {
	const work = mkdtempSync(join(tmpdir(), 'glossary-reload-metrics-'));
	const content = join(work, 'content');
	let bot: BotProcess;
	let base = '';

	const scrape = async () => (await fetch(`${base}/metrics`)).text();
	const hashes = (text: string) => [...text.matchAll(HASH)].map((m) => m[1]);
	const until = async (done: (text: string) => boolean) => {
		let text = '';
		for (let i = 0; i < 150; i += 1) {
			text = await scrape();
			if (done(text)) return text;
			await new Promise((r) => setTimeout(r, 200));
		}
		throw new Error(
			`metrics never reached the expected state:\n${text
				.split('\n')
				.filter((l) => l.startsWith('glossary_content'))
				.join('\n')}\n${bot.tail()}`,
		);
	};

	beforeAll(async () => {
		cpSync(join(REPO_ROOT, 'content'), content, { recursive: true, filter: (src) => !src.includes('.index') });
		const port = await freePort();
		bot = await startNode(
			[join(REPO_ROOT, BOT_ENTRY), 'serve-http'],
			{
				DISCORD_PUBLIC_KEY: keyPair().publicHex,
				DISCORD_CLIENT_ID: APPLICATION_ID,
				PORT: String(port),
				HOST: '127.0.0.1',
				CONTENT_DIR: content,
			},
			{ cwd: work },
		);
		await bot.waitForLog((l) => l.msg === 'ready', 60_000);
		base = `http://127.0.0.1:${port}`;
	}, 90_000);
	afterAll(async () => {
		await bot?.stop('SIGTERM').catch(() => undefined);
		await killAllBots();
		rmSync(work, { recursive: true, force: true });
	});

	it('counts a reload that swaps new content in, with its new hash, and one refused for broken content', async () => {
		const first = await scrape();
		const [hash] = hashes(first);
		expect(hash).toMatch(/^[0-9a-f]{12}$/);
		expect(sampleValue(first, 'glossary_content_loads_total', { result: 'ok' })).toBe(1);

		appendFileSync(join(content, 'en', 'customer-facing.md'), '\nOne more sentence, added to test reloads.\n');
		bot.child.kill('SIGHUP');
		const swapped = await until((t) => hashes(t)[0] !== undefined && hashes(t)[0] !== hash);
		expect(hashes(swapped)).toHaveLength(1);
		expect(sampleValue(swapped, 'glossary_content_loads_total', { result: 'ok' })).toBeGreaterThanOrEqual(2);
		const [newHash] = hashes(swapped);

		writeFileSync(join(content, 'en', 'zz-broken.md'), '---\ntitle: [unclosed\n---\n\n## Broken {#broken}\n');
		bot.child.kill('SIGHUP');
		const refused = await until((t) => sampleValue(t, 'glossary_content_loads_total', { result: 'error' }) >= 1);
		expect(hashes(refused)).toEqual([newHash]);
	}, 90_000);
});
