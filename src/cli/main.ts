import { join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { packageRoot } from '../adapters/fs/package-root.ts';
import { useColor } from './color.ts';
import { EXIT } from './exit-codes.ts';
import { packageVersion } from './version.ts';

// Only commander and node: built-ins load up front. Each subcommand imports its own code when it runs, so a
// local `ask` never loads discord.js, pino, zod or dotenv, and `--help` loads nothing at all.

export interface Io {
	out: (s: string) => void;
	err: (s: string) => void;
	/** Whether standard output gets colour (NO_COLOR, FORCE_COLOR, TTY). */
	color: boolean;
}

interface LocalOptions {
	locale?: string;
	json?: boolean;
	content?: string;
}

interface ReportFlags extends LocalOptions {
	since?: string;
	lang?: string;
	aliasesPatch?: boolean;
}

const LOCALE_HELP =
	'a Discord locale: en-US, en-GB, sv-SE, de, ro, ru, it, or a bare language code (sv); others fall back to English';

const contentDir = (options: LocalOptions) => options.content ?? join(packageRoot(), 'content');

function localOptions(command: Command, json = true): Command {
	command.addOption(new Option('-l, --locale <locale>', LOCALE_HELP));
	if (json) command.option('--json', 'print one JSON object per answer instead of text');
	return command.option('-c, --content <dir>', 'content directory (default: the bundled content/)');
}

function parsePort(value: string): number {
	const port = Number(value);
	if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('a port is 0 to 65535');
	return port;
}

type Wrap = <A extends unknown[]>(run: (...args: A) => Promise<number>) => (...args: A) => Promise<void>;

function answerCommand(
	program: Command,
	io: Io,
	wrap: Wrap,
	name: 'ask' | 'define' | 'examples',
	summary: string,
	arg: string,
) {
	const command = program
		.command(name)
		.summary(summary)
		.description(`${summary}.\nWith no ${arg} and standard input not a terminal, answers each line of it as JSON.`)
		.argument(`[${arg}...]`, arg === 'question' ? 'the question, as a user would type it' : 'a term or alias');
	localOptions(command).action(
		wrap(async (words: string[], options: LocalOptions) => {
			const { runAnswer } = await import('./answer.ts');
			return runAnswer(
				name,
				words.length > 0 ? words.join(' ') : undefined,
				{ locale: options.locale, json: options.json ?? false, contentDir: contentDir(options) },
				io,
			);
		}),
	);
}

function buildProgram(io: Io, setCode: (code: number) => void): Command {
	const program = new Command('glossary-bot')
		.description('A multilingual glossary bot for Discord: ask locally, check content, or run the bot.')
		.version(packageVersion(), '-V, --version', 'print the version')
		.helpOption('-h, --help', 'show help for a command')
		.showSuggestionAfterError(true)
		.configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
		.exitOverride()
		.addHelpText(
			'after',
			`\nExit codes: ${EXIT.ok} answered or done, ${EXIT.noAnswer} no answer found, ${EXIT.failure} failed (content, config, Discord), ${EXIT.usage} usage error.\nRun "glossary-bot <command> --help" for a command's options.`,
		);
	const wrap: Wrap =
		(run) =>
		async (...args) =>
			setCode(await run(...args));

	answerCommand(program, io, wrap, 'ask', 'answer a question the way the bot would', 'question');
	answerCommand(program, io, wrap, 'define', "show a term's definition", 'term');
	answerCommand(program, io, wrap, 'examples', "list a term's examples", 'term');
	localOptions(program.command('terms').description("list the glossary's terms, in the language's own order")).action(
		wrap(async (options: LocalOptions) => {
			const { runTerms } = await import('./answer.ts');
			return runTerms({ locale: options.locale, json: options.json ?? false, contentDir: contentDir(options) }, io);
		}),
	);
	program
		.command('check')
		.description('validate the content files: every problem with its file and line')
		.option('-c, --content <dir>', 'content directory (default: the bundled content/)')
		.action(
			wrap(async (options: LocalOptions) => {
				const { runCheckCommand } = await import('./check.ts');
				return runCheckCommand(contentDir(options), io);
			}),
		);
	program
		.command('build')
		.description('validate the content and write the compiled index that serve, serve-http and the CLI load')
		.option('-c, --content <dir>', 'content directory (default: the bundled content/)')
		.option('-o, --out <file>', 'index file (default: <content>/.index/glossary.idx)')
		.action(
			wrap(async (options: LocalOptions & { out?: string }) => {
				const { runBuild } = await import('./build.ts');
				return runBuild(contentDir(options), options.out, io);
			}),
		);
	program
		.command('report')
		.description('what people asked, voted and missed (reads the bot’s database: DATABASE_URL, else DATA_DIR)')
		.option('--since <when>', 'how far back: 30m, 12h, 7d, 2w or a date such as 2026-11-01', '7d')
		.option('--lang <lang>', 'only questions in this content language (en, sv, de, ro, ru, it)')
		.option('--json', 'print the report as one JSON object')
		.option('--aliases-patch', 'print suggested aliases as a patch to review and git apply')
		.option('-c, --content <dir>', 'content directory (default: the bundled content/)')
		.action(
			wrap(async (options: ReportFlags) => {
				const { runReport } = await import('./report.ts');
				return runReport(
					{
						since: options.since,
						lang: options.lang,
						json: options.json ?? false,
						aliasesPatch: options.aliasesPatch ?? false,
						contentDir: contentDir(options),
					},
					io,
				);
			}),
		);
	program
		.command('preview')
		.description('a local web page that answers like the bot, rendered as Discord shows it; follows content edits')
		.option('-c, --content <dir>', 'content directory (default: the bundled content/)')
		.option('-p, --port <port>', 'port to listen on (0: any free port)', parsePort, 4000)
		.option('--host <host>', 'address to listen on', '127.0.0.1')
		.action(
			wrap(async (options: LocalOptions & { port: number; host: string }) => {
				const { runPreview } = await import('./preview.ts');
				return runPreview({ contentDir: contentDir(options), port: options.port, host: options.host }, io);
			}),
		);
	program
		.command('deploy-commands')
		.description("register the slash commands with Discord (reads .env; DISCORD_GUILD_ID for one server's)")
		.action(wrap(async () => (await import('./serve.ts')).runDeploy(io)));
	program
		.command('serve')
		.description("run the bot on Discord's gateway (reads .env)")
		.action(wrap(async () => (await import('./serve.ts')).runServe(io)));
	program
		.command('serve-http')
		.description("run Discord's HTTP interactions endpoint (reads .env)")
		.action(wrap(async () => (await import('./serve-http.ts')).runServeHttp(io)));
	return program;
}

/** Runs the CLI; resolves to the exit code (see exit-codes.ts). */
export async function main(argv: string[], streams: Io = processIo()): Promise<number> {
	let code: number = EXIT.ok;
	const program = buildProgram(streams, (c) => {
		code = c;
	});
	for (const command of program.commands) {
		command
			.exitOverride()
			.showSuggestionAfterError(true)
			.configureOutput({ writeOut: (s) => streams.out(s), writeErr: (s) => streams.err(s) });
	}
	try {
		await program.parseAsync(argv, { from: 'user' });
	} catch (error) {
		if (!(error instanceof CommanderError)) throw error;
		if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
		// No command at all: help went to stderr; anything else commander refused is a usage error it has named.
		return EXIT.usage;
	}
	return code;
}

function processIo(): Io {
	return {
		out: (s) => void process.stdout.write(s),
		err: (s) => void process.stderr.write(s),
		color: useColor(process.stdout, process.env),
	};
}

const isEntry = process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').slice(-3).join('/'));
if (isEntry) {
	main(process.argv.slice(2)).then(
		(code) => {
			process.exitCode = code;
		},
		(error: unknown) => {
			process.stderr.write(`glossary-bot: internal error: ${(error as Error).message}\n`);
			process.exitCode = EXIT.internal;
		},
	);
}
