import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultContentDir } from '../../src/adapters/fs/read-content.ts';
import { parseStorageConfig } from '../../src/adapters/storage/config.ts';
import { openStorage } from '../../src/adapters/storage/index.ts';
import { parseSince, runReport } from '../../src/cli/report.ts';
import { aliasPatch } from '../../src/core/report/alias-patch.ts';

const quiet = { warn: () => undefined, info: () => undefined };

async function run(args: Partial<Parameters<typeof runReport>[0]>, env: Record<string, string>) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await runReport(
		{ since: undefined, lang: undefined, json: false, aliasesPatch: false, contentDir: defaultContentDir(), ...args },
		{ out: (s) => out.push(s), err: (s) => err.push(s) },
		env,
	);
	return { code, out: out.join(''), err: err.join('') };
}

describe('glossary-bot report', () => {
	const dir = mkdtempSync(join(tmpdir(), 'gb-report-'));
	const env = { DATA_DIR: join(dir, 'data') };
	beforeAll(async () => {
		const storage = await openStorage({ config: parseStorageConfig(env), logger: quiet, hasArticle: () => true });
		const base = { guildId: '300000000000000001', locale: 'sv-SE', lang: 'sv', latencyMs: 2 } as const;
		const now = Date.now();
		storage.recorder.record({
			...base,
			type: 'asked',
			id: 'q1',
			at: new Date(now - 5000),
			surface: 'ask',
			userId: '1',
			question: 'Kundmötande roll?',
			status: 'suggestions',
			termId: undefined,
			sectionId: undefined,
		});
		storage.recorder.record({
			...base,
			type: 'click',
			at: new Date(now - 4000),
			userId: '1',
			termId: 'customer-facing',
			sectionId: undefined,
		});
		storage.recorder.record({
			...base,
			type: 'asked',
			id: 'q2',
			at: new Date(now - 9 * 86_400_000),
			surface: 'ask',
			userId: '2',
			question: 'gammal fråga',
			status: 'not-found',
			termId: undefined,
			sectionId: undefined,
		});
		await storage.close();
	}, 60_000);
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('prints JSON with each list, within --since and --lang', async () => {
		const { code, out } = await run({ json: true, lang: 'sv', since: '7d' }, env);
		expect(code).toBe(0);
		const report = JSON.parse(out);
		expect(report.totals.questions).toBe(1);
		expect(report.lowConfidence).toEqual([
			{ lang: 'sv', normalized: 'kundmotande roll', example: 'Kundmötande roll?', count: 1 },
		]);
		expect(report.resolvedByClick[0]).toMatchObject({ termId: 'customer-facing', question: 'Kundmötande roll?' });
		expect(report.aliasSuggestions).toEqual([
			{
				file: 'sv/customer-facing.md',
				termId: 'customer-facing',
				lang: 'sv',
				aliases: ['kundmötande roll'],
				clicks: 1,
			},
		]);
		const wider = JSON.parse((await run({ json: true, since: '30d' }, env)).out);
		expect(wider.unanswered.map((g: { example: string }) => g.example)).toEqual(['gammal fråga']);
		expect(JSON.parse((await run({ json: true, lang: 'de' }, env)).out).totals.questions).toBe(0);
	}, 60_000);

	it('prints the aliases as a patch that applies to the content, and never edits it', async () => {
		const { out } = await run({ aliasesPatch: true }, env);
		expect(out).toContain('+  - kundmötande roll');
		const copy = join(dir, 'copy');
		cpSync(defaultContentDir(), join(copy, 'content'), { recursive: true });
		execFileSync('git', ['apply', '--check', '-'], { cwd: copy, input: out });
		execFileSync('git', ['apply', '-'], { cwd: copy, input: out });
		expect(readFileSync(join(copy, 'content/sv/customer-facing.md'), 'utf8')).toContain('  - kundmötande roll\n');
		expect(readFileSync(join(defaultContentDir(), 'sv/customer-facing.md'), 'utf8')).not.toContain('kundmötande');
	}, 60_000);

	it('prints a readable text report', async () => {
		const { code, out } = await run({}, env);
		expect(code).toBe(0);
		expect(out).toMatch(/Low confidence[^\n]*\n +1 +\[sv\] Kundmötande roll\?/);
		expect(out).toContain('Kundmötande roll? → customer-facing');
	}, 60_000);

	it('refuses a bad --since or --lang', async () => {
		expect((await run({ since: 'yesterday-ish' }, env)).code).toBe(2);
		expect((await run({ lang: 'fr' }, env)).code).toBe(2);
	});
});

describe('parseSince and aliasPatch', () => {
	it('reads relative spans and dates', () => {
		const now = Date.UTC(2026, 10, 30);
		expect(parseSince('7d', now)?.toISOString()).toBe('2026-11-23T00:00:00.000Z');
		expect(parseSince('12h', now)?.toISOString()).toBe('2026-11-29T12:00:00.000Z');
		expect(parseSince('2026-11-01')?.toISOString()).toBe('2026-11-01T00:00:00.000Z');
		expect(parseSince('soon')).toBeUndefined();
	});

	it('adds an aliases list when the front matter has none', () => {
		const patch = aliasPatch('content/en/x.md', '---\nid: x\ntitle: X\n---\n# X\n', ['ex']);
		expect(patch).toBe(
			[
				'--- a/content/en/x.md',
				'+++ b/content/en/x.md',
				'@@ -1,5 +1,7 @@',
				' ---',
				' id: x',
				' title: X',
				'+aliases:',
				'+  - ex',
				' ---',
				' # X',
				'',
			].join('\n'),
		);
	});
});
