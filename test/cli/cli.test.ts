/**
 * The installed command line, as a user runs it: `node bin/glossary-bot.js …` over the BUILT code in dist/,
 * which test/global-setup.ts builds from the current sources before any test runs.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/adapters/fs/read-content.ts';
import { buildGlossary } from '../../src/core/content/build-glossary.ts';
import { getArticle } from '../../src/core/content/types.ts';
import { BIN, run } from './run-cli.ts';

const lines = (text: string) => text.split('\n').filter((l) => l !== '');

interface ReplyJson {
	status: string;
	locale: string;
	term: { id: string; title: string } | null;
	section: { id: string; heading: string; text: string } | null;
	message: {
		content?: string;
		embeds: { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
		components: unknown[];
		allowed_mentions: unknown;
	};
}

/** The one JSON object printed; throws (failing the test) on zero or several lines. */
const parseOne = (stdout: string): ReplyJson => {
	const out = lines(stdout);
	if (out.length !== 1)
		throw new Error(`expected exactly one line of output, got ${out.length}:\n${stdout.slice(0, 500)}`);
	return JSON.parse(out[0] ?? '') as ReplyJson;
};

// A user or role mention, an @everyone/@here, anywhere it could ping or render as a mention.
const PING = /@everyone|@here|<@[!&]?\d+>/;
const RAW_MENTION = /(?<!\\)<@[!&]?\d+>/;

const { glossary } = buildGlossary(readContentFiles('content'));

describe('glossary-bot CLI (built code in dist/)', () => {
	it('ask --json prints exactly one JSON object with the documented fields', async () => {
		const result = await run(['ask', 'what roles are client-facing?', '--locale', 'sv-SE', '--json']);
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('');
		const reply = parseOne(result.stdout);
		expect(Object.keys(reply).sort()).toEqual(['locale', 'message', 'section', 'status', 'term']);
		const section = glossary && getArticle(glossary, 'sv', 'customer-facing')?.sections.find((s) => s.id === 'types');
		expect(section, 'content/sv/customer-facing.md has a types section').toBeDefined();
		expect(reply).toMatchObject({
			status: 'answer',
			locale: 'sv',
			term: { id: 'customer-facing', title: 'Kundnära' },
			section: { id: 'types', heading: section?.heading, text: section?.markdown },
			message: { allowed_mentions: { parse: [] } },
		});
		expect(reply.section?.text).toContain('Kundtjänstrepresentanter');
		expect(reply.message.embeds[0]?.title).toContain('Kundnära');
	});

	it('an empty question exits 2 with one line on stderr, in the asker’s language', async () => {
		const cases = [
			['', 'en-US', 'Type a term or a question first.'],
			['   ', 'sv-SE', 'Skriv en term eller en fråga först.'],
			// Nothing is left once the mentions are taken out.
			['<@123> @everyone', 'de', 'Gib zuerst einen Begriff oder eine Frage ein.'],
			// Nor when no letter or digit is left: punctuation alone is not a question.
			['.*(', 'en-US', 'Type a term or a question first.'],
		] as const;
		const results = await Promise.all(
			cases.map(([question, locale]) => run(['ask', question, '--locale', locale, '--json'])),
		);
		for (const [i, [question, , says]] of cases.entries()) {
			const result = results[i];
			expect(result?.code, JSON.stringify(question)).toBe(2);
			expect(result?.stdout).toBe('');
			expect(lines(result?.stderr ?? ''), JSON.stringify(question)).toHaveLength(1);
			expect(result?.stderr).toContain(says);
		}
	});

	it('with no question, answers each line piped to it with one JSON object, skipping blank lines', async () => {
		const input = 'what roles are client-facing?\n\nvad är backoffice?\n   \nWas ist Kundenkontakt?\n';
		const result = await run(['ask', '--locale', 'sv-SE'], input);
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('');
		const replies = lines(result.stdout).map((l) => JSON.parse(l) as ReplyJson);
		expect(replies.map((r) => [r.status, r.locale, r.term?.id, r.section?.id])).toEqual([
			['answer', 'sv', 'customer-facing', 'types'],
			['answer', 'sv', 'backoffice', 'definition'],
			['answer', 'sv', 'customer-facing', 'definition'],
		]);
		for (const reply of replies) expect(reply.message.allowed_mentions).toEqual({ parse: [] });
	});

	describe('hostile and unusual input', { timeout: 60_000 }, () => {
		const inputs: [string, string][] = [
			['6000 characters', 'what roles are client-facing? '.repeat(200).slice(0, 6000)],
			['@everyone', '@everyone what is a back office?'],
			['user mention', '<@123> what roles are client-facing?'],
			['role, channel and @here', '@here <@&456> <#789> what is customer-facing'],
			['only mentions and noise', '@everyone @here <@&456> zzz qqq'],
			['markup', '**what** is _a_ `back office`? ||spoiler|| [x](https://example.com) # heading > quote'],
			['control characters', 'what\u0007 is a\u001b[31m back office\u0008?\u200b\u200e'],
			['emoji', '🤔 what is customer-facing? 🙏🏽 👨‍👩‍👧'],
			['right-to-left text', 'ما هو المكتب الخلفي؟'],
			['right-to-left override', '\u202ewhat is a back office\u202c'],
			['regex syntax', 'front office .*('],
			['more regex syntax', '[a-z]+$^\\ (?<x>a|b)* {2,}'],
			['our own placeholders', '{{query}} {{examples}} $t(notFound.title)'],
		];

		it.concurrent.for(inputs)('%s: one JSON reply, nothing that pings', async ([, question], { expect }) => {
			const result = await run(['ask', question, '--json']);
			expect(result.stderr).toBe('');
			const reply = parseOne(result.stdout);
			expect(result.code, 'exit 0 when answered, 3 when not').toBe(reply.status === 'answer' ? 0 : 3);
			expect(['answer', 'suggestions', 'not-found']).toContain(reply.status);
			expect(reply.message.allowed_mentions).toEqual({ parse: [] });
			expect(reply.message.content ?? '').not.toMatch(PING);
			for (const embed of reply.message.embeds) {
				for (const text of [embed.title, embed.description, ...(embed.fields ?? []).map((f) => f.value)]) {
					expect(text ?? '').not.toMatch(RAW_MENTION);
				}
			}
		});

		// Measured inside one running CLI (stdin mode), so process start-up and content loading are not counted.
		describe('each answered within a second', () => {
			let child: ChildProcessWithoutNullStreams;
			const pending: ((line: string) => void)[] = [];
			const ask = (question: string) =>
				new Promise<{ line: string; ms: number }>((resolve) => {
					const start = performance.now();
					pending.push((line) => resolve({ line, ms: performance.now() - start }));
					child.stdin.write(`${question}\n`);
				});

			beforeAll(async () => {
				child = spawn(process.execPath, [BIN, 'ask', '--locale', 'en-US']);
				createInterface({ input: child.stdout }).on('line', (line) => pending.shift()?.(line));
				// The first answer includes loading the content; it is not what is measured.
				await ask('what is a back office?');
			}, 60_000);
			afterAll(() => {
				child.stdin.end();
				child.kill();
			});

			// Standard input is read line by line, so inputs that hold a line break are left to the tests above.
			const oneLine = inputs.filter(([, q]) => !/[\n\r\u2028\u2029]/.test(q));
			it.each(oneLine)('%s', async (_name, question) => {
				const { line, ms } = await ask(question);
				expect((JSON.parse(line) as ReplyJson).message.allowed_mentions).toEqual({ parse: [] });
				expect(ms).toBeLessThan(1000);
			});
		});
	});

	describe.concurrent('terms', () => {
		const titles = (stdout: string) =>
			lines(stdout)
				.filter((l) => !/^\s/.test(l))
				.map((l) => l.replace(/\s+\([a-z0-9-]+\)$/, ''));

		it('lists the 11 terms in Swedish alphabetical order: å, ä, ö after z', async ({ expect }) => {
			const result = await run(['terms', '--locale', 'sv-SE']);
			expect(result.code).toBe(0);
			// English or German collation would put "Börsmäklare" before "Bostad" and "Förmögenhetsförvaltning"
			// before "Frontoffice" (ö sorted as o); Swedish puts ö after z.
			expect(titles(result.stdout)).toEqual([
				'Backoffice',
				'Bostad',
				'Börsmäklare',
				'Detaljhandel',
				'Fastighetsmäklare',
				'Finansiell planerare',
				'Finansiell rådgivare',
				'Frontoffice',
				'Förmögenhetsförvaltning',
				'Kundnära',
				'Oberoende försäkringsagent',
			]);
		});

		it('lists the 11 terms in Cyrillic alphabetical order for Russian', async ({ expect }) => {
			const result = await run(['terms', '--locale', 'ru']);
			expect(result.code).toBe(0);
			expect(titles(result.stdout)).toEqual([
				'Биржевой брокер',
				'Бэк-офис',
				'Жильё',
				'Независимый страховой агент',
				'Работа с клиентами',
				'Риелтор',
				'Розничные продажи',
				'Управление капиталом',
				'Финансовый планировщик',
				'Финансовый советник',
				'Фронт-офис',
			]);
		});

		it('--json gives the same order with ids', async ({ expect }) => {
			const result = await run(['terms', '--locale', 'sv-SE', '--json']);
			const parsed = JSON.parse(result.stdout) as { locale: string; terms: { id: string; title: string }[] };
			expect(parsed.locale).toBe('sv');
			expect(parsed.terms.map((t) => t.id)).toEqual([
				'backoffice',
				'home',
				'stockbroker',
				'retail-sales',
				'realtor',
				'financialplanner',
				'financial-advisor',
				'frontoffice',
				'wealthmanagement',
				'customer-facing',
				'independent-agent',
			]);
		});
	});

	describe.concurrent('a locale we do not have (uk)', () => {
		it('answers in English, with a notice saying so', async ({ expect }) => {
			const result = await run(['ask', 'what is a back office?', '--locale', 'uk', '--json']);
			expect(result.code).toBe(0);
			const reply = parseOne(result.stdout);
			expect(reply).toMatchObject({ status: 'answer', locale: 'en', term: { id: 'backoffice', title: 'Back Office' } });
			expect(reply.message.content).toMatch(/Ukrainian/);
			expect(reply.message.content).toMatch(/English/);
		});

		it('says so in the text output too, before the answer', async ({ expect }) => {
			const result = await run(['define', 'customer-facing', '--locale', 'uk']);
			expect(result.code).toBe(0);
			const out = lines(result.stdout);
			expect(out[0]).toMatch(/not available in Ukrainian.*English/);
			expect(result.stdout).toContain('Customer-facing');
		});

		it('lists the terms by their English titles, after saying English stands in', async ({ expect }) => {
			const result = await run(['terms', '--locale', 'uk']);
			expect(result.code).toBe(0);
			const out = lines(result.stdout).filter((l) => !/^\s/.test(l));
			expect(out[0]).toMatch(/Ukrainian/);
			expect(out.slice(1)).toHaveLength(11);
			expect(out[1]).toMatch(/^Back Office/);
		});
	});
});
