/**
 * What a newcomer trips on first (issue 14): help and version, flags named in errors, exit codes, colour rules,
 * control characters, locale spelling, and how much a local command loads.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run-cli.ts';

const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
// biome-ignore lint/suspicious/noControlCharactersInRegex: what must never reach a terminal
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('help, version and usage errors', { timeout: 60_000 }, () => {
	it('--version and -V print the version and exit 0', async () => {
		for (const flag of ['--version', '-V']) {
			const result = await run([flag]);
			expect([result.code, result.stdout.trim(), result.stderr]).toEqual([0, VERSION, '']);
		}
	});

	it.concurrent.for([
		'ask',
		'define',
		'examples',
		'terms',
		'check',
		'preview',
		'serve',
		'serve-http',
		'deploy-commands',
	])('%s --help prints that command’s usage and does nothing else', async (command, { expect }) => {
		// No .env values: a `serve` that ran instead of helping would fail on the missing token.
		const result = await run([command, '--help'], '', {
			NO_COLOR: '1',
			DISCORD_TOKEN: '',
			DOTENV_CONFIG_PATH: '/dev/null',
		});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(`Usage: glossary-bot ${command}`);
		expect(result.stdout).not.toMatch(/files, \d+ terms|registered|could not/);
		expect(result.stderr).toBe('');
	});

	it('ask --help with standard input closed still prints help', async () => {
		const result = await run(['ask', '--help']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('--locale <locale>');
	});

	it('an unknown flag is named, with exit 2', async () => {
		const result = await run(['ask', 'what is a back office?', '--bogus']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain("unknown option '--bogus'");
		expect(result.stdout).toBe('');
	});

	it('an unknown command suggests the right one, with exit 2', async () => {
		const result = await run(['chek']);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/unknown command 'chek'[\s\S]*check/);
	});

	it('a flag without its value is named, with exit 2', async () => {
		const result = await run(['ask', 'x', '--locale']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain("'-l, --locale <locale>' argument missing");
	});

	it('no command prints the overview on stderr, with exit 2', async () => {
		const result = await run([]);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('Commands:');
	});
});

describe('exit codes', { timeout: 60_000 }, () => {
	it('0 when answered, 3 when nothing is found, 2 for an empty question', async () => {
		const [answered, nothing, empty] = await Promise.all([
			run(['ask', 'what is a back office?']),
			run(['ask', 'zzqx wvvk']),
			run(['ask', '  ']),
		]);
		expect([answered.code, nothing.code, empty.code]).toEqual([0, 3, 2]);
	});

	it('stdin batch: each JSON line carries its question; 3 when any line found nothing', async () => {
		const result = await run(['ask', '--json'], 'what is a back office?\nzzqx wvvk\n');
		expect(result.code).toBe(3);
		const replies = result.stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l) as { question: string; status: string });
		expect(replies.map((r) => [r.question, r.status])).toEqual([
			['what is a back office?', 'answer'],
			['zzqx wvvk', 'not-found'],
		]);
	});

	it('an empty standard input is a usage error, not silence', async () => {
		const result = await run(['ask']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('Type a term or a question first.');
	});
});

describe('colour', { timeout: 60_000 }, () => {
	const ESC = '\u001b[';
	it('none when NO_COLOR is set, none when stdout is not a terminal, some with FORCE_COLOR', async () => {
		const [noColor, piped, forced] = await Promise.all([
			run(['define', 'back office'], '', { NO_COLOR: '1' }),
			run(['define', 'back office'], '', {}),
			run(['define', 'back office'], '', { FORCE_COLOR: '1' }),
		]);
		expect(noColor.stdout).not.toContain(ESC);
		expect(piped.stdout).not.toContain(ESC);
		expect(forced.stdout).toContain(`${ESC}1m`);
		expect([noColor.code, piped.code, forced.code]).toEqual([0, 0, 0]);
	});

	it('renders Discord Markdown instead of printing its markers', async () => {
		const result = await run(['define', 'customer-facing'], '', { NO_COLOR: '1' });
		expect(result.stdout).not.toMatch(/\*\*|\\[#(]|\(\/[a-z-]+\)/);
	});
});

describe('control characters', { timeout: 60_000 }, () => {
	it('are answered as if they were not there, and never echoed', async () => {
		const [dirty, clean] = await Promise.all([
			run(['ask', 'what is a \u001b[31mback office\u001b[0m?\u0007', '--json']),
			run(['ask', 'what is a back office?', '--json']),
		]);
		const pick = (s: string) => {
			const r = JSON.parse(s) as { status: string; term?: { id: string }; section?: { id: string } };
			return [r.status, r.term?.id, r.section?.id];
		};
		expect(pick(dirty.stdout)).toEqual(pick(clean.stdout));
		expect(pick(dirty.stdout)).toEqual(['answer', 'backoffice', 'definition']);
	});

	it('are stripped from a "nothing found" reply that quotes the question, in text and JSON', async () => {
		const question = 'zzqx\u001b]0;pwned\u0007 \u202ewvvk\u0008';
		// A NUL cannot travel in argv; standard input carries one.
		const [text, json] = await Promise.all([run(['ask', question]), run(['ask', '--json'], `${question}\u0000\n`)]);
		expect(text.stdout).toContain('zzqx wvvk');
		expect(text.stdout).not.toMatch(CONTROL);
		expect(json.stdout).not.toMatch(/\\u00[01]|\\u202e|pwned/);
		expect(json.stdout).not.toMatch(CONTROL);
		expect((JSON.parse(json.stdout) as { question: string }).question).toBe('zzqx wvvk');
	});
});

describe('--locale spelling', { timeout: 60_000 }, () => {
	const notice = /not available in/;
	it.concurrent.for([
		['en', 'Home', false],
		['EN-gb', 'Home', false],
		['sv', 'Bostad', false],
		['sv-se', 'Bostad', false],
		['de-AT', 'Eigenheim', false],
		['', 'Home', false],
		['pt-BR', 'Home', true],
	] as const)('%s → %s, notice %s', async ([locale, title, fallback], { expect }) => {
		const result = await run(['define', 'home', '--locale', locale]);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(title);
		expect(notice.test(result.stdout)).toBe(fallback);
		expect(result.stdout).not.toContain('root');
	});
});

describe('a local command loads only what it uses', () => {
	// Static import graph from the CLI entry through answer.ts (the path of ask/define/examples/terms/check);
	// dynamic import() is how serve, serve-http and deploy-commands are reached, so it is not followed, and neither
	// is `import type`.
	const FORBIDDEN = ['discord.js', 'pino', 'zod', 'dotenv', 'prom-client', 'pg'];
	const STATIC = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;

	function packagesReachedFrom(entries: string[]): Set<string> {
		const seen = new Set<string>();
		const packages = new Set<string>();
		const queue = entries.map((e) => resolve(e));
		while (queue.length > 0) {
			const file = queue.pop() as string;
			if (seen.has(file)) continue;
			seen.add(file);
			for (const m of readFileSync(file, 'utf8').matchAll(STATIC)) {
				// `import type` is erased when compiled: it loads nothing.
				if (/^\s*(?:import|export)\s+type\s/.test(m[0])) continue;
				const spec = m[1] ?? m[2] ?? '';
				if (spec.startsWith('.')) queue.push(join(dirname(file), spec));
				else if (!spec.startsWith('node:'))
					packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec));
			}
		}
		return packages;
	}

	it('ask, define, examples, terms and check import no Discord client, logger, config or dotenv', () => {
		const reached = packagesReachedFrom(['src/cli/main.ts', 'src/cli/answer.ts', 'src/cli/check.ts']);
		expect(reached.has('commander')).toBe(true);
		expect(FORBIDDEN.filter((p) => reached.has(p))).toEqual([]);
	});

	it('an answer from a fresh index imports no Markdown or YAML parser (answer.ts imports the build path lazily)', () => {
		const reached = packagesReachedFrom(['src/cli/main.ts', 'src/cli/answer.ts']);
		expect(reached.has('fuse.js')).toBe(true);
		expect(['markdown-it', 'yaml'].filter((p) => reached.has(p))).toEqual([]);
		// …and the path that validates and builds does reach them, so the walk can tell.
		const building = packagesReachedFrom(['src/cli/load-context.ts']);
		expect(['markdown-it', 'yaml'].filter((p) => building.has(p))).toEqual(['markdown-it', 'yaml']);
	});

	it('the graph walk does find them from serve (so the test above can fail)', () => {
		const reached = packagesReachedFrom(['src/cli/serve.ts']);
		expect(reached.has('discord.js')).toBe(true);
		expect(reached.has('dotenv')).toBe(true);
	});
});

describe('errors that blame the right thing', { timeout: 60_000 }, () => {
	const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.fake.token-value-for-tests';
	async function closedPort(): Promise<number> {
		const { createServer } = await import('node:net');
		const server = createServer();
		await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
		const { port } = server.address() as { port: number };
		await new Promise((done) => server.close(done));
		return port;
	}

	it.concurrent.for(['serve', 'deploy-commands'])(
		'%s with the API unreachable says so',
		async (command, { expect }) => {
			const env = {
				NO_COLOR: '1',
				LOG_LEVEL: 'silent',
				DISCORD_TOKEN: TOKEN,
				DISCORD_CLIENT_ID: '123456789012345678',
				DISCORD_API_URL: `http://127.0.0.1:${await closedPort()}/api`,
			};
			const result = await run([command], '', env);
			expect(result.code).toBe(1);
			expect(result.stderr).toContain(
				`glossary-bot ${command}: could not reach Discord's API at ${env.DISCORD_API_URL}`,
			);
			expect(result.stderr).not.toContain('Check DISCORD_TOKEN');
		},
	);

	it('deploy-commands names itself in configuration errors', async () => {
		const result = await run(['deploy-commands'], '', { NO_COLOR: '1', DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '' });
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('glossary-bot deploy-commands: configuration is not valid');
		expect(result.stderr).toContain('DISCORD_TOKEN is required for deploy-commands');
	});

	it('.env.example lists every variable the configuration reads, HOST included', () => {
		const example = readFileSync('.env.example', 'utf8');
		const schema = readFileSync('src/adapters/config.ts', 'utf8');
		const read = [...schema.matchAll(/^\t([A-Z_]+): optional\(/gm)].map((m) => m[1]);
		expect(read).toContain('HOST');
		expect(read.filter((name) => !new RegExp(`^${name}=`, 'm').test(example))).toEqual([]);
	});
});

describe('broken content: start-up and check print the same report', { timeout: 60_000 }, () => {
	it('same lines, same paths, from ask and from check', async () => {
		const { cpSync, mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
		const dir = mkdtempSync(join('test', '.tmp-content-'));
		try {
			cpSync('content', dir, { recursive: true });
			const file = join(dir, 'sv', 'home.md');
			writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: A: B'));
			const [check, ask] = await Promise.all([run(['check', '--content', dir]), run(['ask', 'x', '--content', dir])]);
			expect([check.code, ask.code]).toEqual([1, 1]);
			const errors = (text: string) => text.split('\n').filter((l) => l.includes(': error: '));
			expect(errors(check.stdout)).toHaveLength(1);
			expect(errors(check.stdout)[0]).toMatch(new RegExp(`^${dir}/sv/home\\.md:\\d+: error: front matter`));
			expect(errors(ask.stderr)).toEqual(errors(check.stdout));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('a locale with control characters', { timeout: 60_000 }, () => {
	it('is never echoed with them, in answers or in the terms list', async () => {
		const locale = 'pt-BR\u001b[2J\u0007';
		const [define, terms] = await Promise.all([
			run(['define', 'home', '--locale', locale]),
			run(['terms', '--locale', locale]),
		]);
		for (const result of [define, terms]) {
			expect(result.code).toBe(0);
			expect(result.stdout).toMatch(/not available in/);
			expect(result.stdout).not.toMatch(CONTROL);
		}
	});
});
