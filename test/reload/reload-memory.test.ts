/**
 * A reload builds in a worker thread, which needs several times the memory the glossary serves from. With
 * RELOAD_MEMORY_MB the build is bounded: one too big for it fails on its own, `/healthz` says so, and the old
 * content keeps serving; the server is not taken down with it.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/adapters/config.ts';
import { LiveContent } from '../../src/adapters/live-content.ts';

const work = mkdtempSync(join(tmpdir(), 'glossary-reload-memory-'));
const contentDir = join(work, 'content');
cpSync('content', contentDir, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const quiet = { info() {}, warn() {}, error() {} };

describe('a reload bounded in memory', () => {
	it('reads RELOAD_MEMORY_MB, and refuses a bound too small to build anything', () => {
		const env = { DISCORD_TOKEN: `${'M'.repeat(24)}.${'a'.repeat(6)}.${'b'.repeat(38)}` };
		expect(parseConfig({ ...env, RELOAD_MEMORY_MB: '512' }, 'serve').reloadMemoryMb).toBe(512);
		expect(parseConfig(env, 'serve').reloadMemoryMb).toBeUndefined();
		expect(() => parseConfig({ ...env, RELOAD_MEMORY_MB: '8' }, 'serve')).toThrow(/RELOAD_MEMORY_MB/);
	});

	it('fails when the build outgrows its bound, and the old content keeps serving', async () => {
		const live = LiveContent.start({ contentDir, reloadMemoryMb: 1 }, quiet);
		if (!live) throw new Error('the content does not load');
		const before = live.status();
		await live.reload('test');
		expect(live.status()).toEqual({ ...before, reload: 'failed: out of memory' });
		expect(live.ctx.engine.define('customer-facing', 'en').status).toBe('answer');
		await live.stop();
	}, 60_000);

	it('builds within a bound large enough', async () => {
		const live = LiveContent.start({ contentDir, reloadMemoryMb: 512 }, quiet);
		if (!live) throw new Error('the content does not load');
		await live.reload('test');
		expect(live.status().reload).toBe('ok');
		await live.stop();
	}, 60_000);
});
