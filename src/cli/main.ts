import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultContentDir } from '../adapters/fs/read-content.ts';
import { runAnswer, runTerms } from './answer.ts';
import { runCheck } from './check.ts';
import { runReport } from './report.ts';
import { runDeploy, runServe } from './serve.ts';
import { runServeHttp } from './serve-http.ts';

const USAGE = `usage: glossary-bot <command> [options]

commands:
  ask "<question>"     answer a question the way the bot would   [--locale L] [--json] [--content DIR]
  define "<term>"      show a term's definition                  [--locale L] [--json] [--content DIR]
  examples "<term>"    list a term's examples                    [--locale L] [--json] [--content DIR]
  terms                list the glossary's terms                 [--locale L] [--json] [--content DIR]
  check                validate the content files                [--content DIR]
  report               what people asked, voted and missed       [--since 7d] [--lang L] [--json] [--aliases-patch]
  deploy-commands      register the slash commands with Discord (reads .env)
  serve                run the bot on Discord's gateway (reads .env)
  serve-http           run the HTTP interactions endpoint (reads .env)

--locale takes a Discord locale (en-US, en-GB, sv-SE, de, ro, ru, it; others fall back to English).`;

const io = {
	out: (s: string) => void process.stdout.write(s),
	err: (s: string) => void process.stderr.write(s),
};

export async function main(argv: string[]): Promise<number> {
	let parsed: ReturnType<typeof parse>;
	try {
		parsed = parse(argv);
	} catch (error) {
		process.stderr.write(`glossary-bot: ${(error as Error).message}\n${USAGE}\n`);
		return 2;
	}
	const { values, positionals } = parsed;
	const [command, ...rest] = positionals;
	const contentDir = values.content ?? defaultContentDir();
	switch (command) {
		case 'check': {
			const shown = values.content ?? relative(process.cwd(), contentDir) ?? 'content';
			const out = runCheck(contentDir, shown || '.');
			process.stdout.write(`${out.lines.join('\n')}\n`);
			return out.ok ? 0 : 1;
		}
		case 'ask':
		case 'define':
		case 'examples':
			return runAnswer(
				command,
				rest.length > 0 ? rest.join(' ') : undefined,
				{ locale: values.locale, json: values.json ?? false, contentDir },
				io,
			);
		case 'deploy-commands':
			return runDeploy(io);
		case 'serve':
			return runServe(io);
		case 'serve-http':
			return runServeHttp(io);
		case 'report':
			return runReport(
				{
					since: values.since,
					lang: values.lang,
					json: values.json ?? false,
					aliasesPatch: values['aliases-patch'] ?? false,
					contentDir,
				},
				io,
			);
		case 'terms':
			return runTerms({ locale: values.locale, json: values.json ?? false, contentDir }, io);
		case undefined:
		case 'help':
			process.stdout.write(`${USAGE}\n`);
			return command === undefined && !values.help ? 2 : 0;
		default:
			process.stderr.write(`glossary-bot: unknown command "${command}"\n${USAGE}\n`);
			return 2;
	}
}

function parse(argv: string[]) {
	return parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			locale: { type: 'string' },
			json: { type: 'boolean' },
			content: { type: 'string' },
			since: { type: 'string' },
			lang: { type: 'string' },
			'aliases-patch': { type: 'boolean' },
			help: { type: 'boolean', short: 'h' },
		},
	});
}

const isEntry = process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').slice(-3).join('/'));
if (isEntry) {
	main(process.argv.slice(2)).then(
		(code) => {
			process.exitCode = code;
		},
		(error: unknown) => {
			process.stderr.write(`glossary-bot: internal error: ${(error as Error).message}\n`);
			process.exitCode = 70;
		},
	);
}
