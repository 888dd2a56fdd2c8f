import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { COMMANDS } from '../../../commands/index.ts';
import type { Outcome } from '../../core/command.ts';
import { createTranslator } from '../../core/i18n/translator.ts';
import { resolveLocale, SUPPORTED_LOCALE_LIST } from '../../core/locales.ts';
import { createRouter, type InteractionInput } from '../../core/route-interaction.ts';
import { packageRoot } from '../fs/package-root.ts';
import { type ContentState, previewContent } from './live-content.ts';
import { explainAnswer } from './why.ts';

// Every locale a Discord client can have (Discord's "Locales" reference); ours are listed first.
const DISCORD_LOCALES = [
	'id',
	'da',
	'de',
	'en-GB',
	'en-US',
	'es-ES',
	'es-419',
	'fr',
	'hr',
	'it',
	'lt',
	'hu',
	'nl',
	'no',
	'pl',
	'pt-BR',
	'ro',
	'fi',
	'sv-SE',
	'vi',
	'tr',
	'cs',
	'el',
	'bg',
	'ru',
	'uk',
	'hi',
	'th',
	'zh-CN',
	'ja',
	'zh-TW',
	'ko',
];
const ASSETS: Record<string, string> = {
	'/': 'index.html',
	'/preview.css': 'preview.css',
	'/preview.js': 'preview.js',
};
const TYPES: Record<string, string> = { html: 'text/html', css: 'text/css', js: 'text/javascript' };
// A question is at most Discord's longest option (6,000 characters); a request body never needs more.
const MAX_BODY = 16 * 1024;
// The preview plays one user in one server, so buttons meant for "the asker" work.
const USER = { id: '100000000000000001' };

export interface PreviewOptions {
	contentDir: string;
	port: number;
	host: string;
}

export interface Preview {
	server: Server;
	url: string;
	close(): Promise<void>;
}

/**
 * `glossary-bot preview`: a local page that answers like the bot, through the same router, rendered the way
 * Discord renders it, and follows the content directory as it is edited.
 */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
	const translator = createTranslator();
	const content = previewContent(options.contentDir, translator);
	const router = createRouter(COMMANDS);
	const assets = join(packageRoot(), 'src', 'adapters', 'preview', 'assets');
	const streams = new Set<ServerResponse>();
	content.subscribe((state) => {
		for (const res of streams) res.write(`data: ${JSON.stringify(status(state))}\n\n`);
	});

	const server = createServer((req, res) => {
		handle(req, res).catch((error: unknown) => send(res, 500, { error: (error as Error).message }));
	});

	async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const path = new URL(req.url ?? '/', 'http://preview').pathname;
		const asset = ASSETS[path];
		if (req.method === 'GET' && asset) {
			const type = TYPES[asset.split('.').pop() ?? ''] ?? 'text/plain';
			res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
			res.end(readFileSync(join(assets, asset)));
			return;
		}
		if (req.method === 'GET' && path === '/api/locales') return send(res, 200, localeList());
		if (req.method === 'GET' && path === '/api/status') return send(res, 200, status(content.state()));
		if (req.method === 'GET' && path === '/api/events') {
			res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
			res.write(`data: ${JSON.stringify(status(content.state()))}\n\n`);
			streams.add(res);
			req.on('close', () => streams.delete(res));
			return;
		}
		if (req.method === 'POST' && (path === '/api/ask' || path === '/api/component')) {
			const body = await readJson(req);
			const state = content.state();
			if (!state.ok || !state.ctx) return send(res, 200, { status: status(state) });
			const input = path === '/api/ask' ? askInput(body) : componentInput(body);
			if (!input) return send(res, 400, { error: 'expected {command, text, locale} or {customId, values, locale}' });
			const outcome = await router.route(input, state.ctx).run();
			const why =
				input.kind === 'command' && (body.command === 'ask' || body.command === 'define')
					? explainAnswer(body.command, String(body.text ?? ''), resolveLocale(input.locale), state.ctx)
					: undefined;
			return send(res, 200, { status: status(state), outcome: shown(outcome), why });
		}
		send(res, 404, { error: 'not found' });
	}

	function askInput(body: Record<string, unknown>): InteractionInput | undefined {
		const input = router.textInput(String(body.command ?? ''), String(body.text ?? ''), String(body.locale ?? ''));
		return input ? { ...input, user: USER, guildLocale: String(body.locale ?? ''), place: 'guild' } : undefined;
	}

	await content.ready;
	try {
		await new Promise<void>((resolve, reject) => {
			server.once('error', reject);
			server.listen(options.port, options.host, () => resolve());
		});
	} catch (error) {
		// Nothing may keep the process alive after a failed start: the watcher goes too.
		await content.close();
		throw error;
	}
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : options.port;
	const host = options.host.includes(':') ? `[${options.host}]` : options.host;
	return {
		server,
		url: `http://${host}:${port}/`,
		close: async () => {
			await content.close();
			for (const res of streams) res.end();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}

function componentInput(body: Record<string, unknown>): InteractionInput | undefined {
	if (typeof body.customId !== 'string') return undefined;
	const values = Array.isArray(body.values) ? body.values.map(String) : [];
	const locale = String(body.locale ?? '');
	return {
		kind: 'component',
		customId: body.customId,
		values,
		messageEphemeral: body.ephemeral !== false,
		locale,
		guildLocale: locale,
		user: USER,
		place: 'guild',
	};
}

/** What the page needs of an outcome: the message, or what Discord would do instead. */
function shown(outcome: Outcome): unknown {
	switch (outcome.kind) {
		case 'message':
			return {
				kind: 'message',
				status: outcome.reply.status,
				ephemeral: outcome.reply.ephemeral,
				message: outcome.reply.message,
			};
		case 'modal':
			return { kind: 'modal', title: outcome.modal.title };
		default:
			return { kind: outcome.kind };
	}
}

function status(state: ContentState) {
	return { version: state.version, ok: state.ok, report: state.report };
}

function localeList() {
	const ours = new Set<string>(SUPPORTED_LOCALE_LIST);
	const english = new Intl.DisplayNames(['en'], { type: 'language' });
	return [...SUPPORTED_LOCALE_LIST, ...DISCORD_LOCALES.filter((l) => !ours.has(l))].map((id) => ({
		id,
		name: english.of(id) ?? id,
		native: new Intl.DisplayNames([id], { type: 'language' }).of(id) ?? id,
		ours: ours.has(id),
	}));
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
	let size = 0;
	const chunks: Buffer[] = [];
	for await (const chunk of req) {
		size += (chunk as Buffer).length;
		if (size > MAX_BODY) return {};
		chunks.push(chunk as Buffer);
	}
	try {
		const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
		return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
	} catch {
		return {};
	}
}

function send(res: ServerResponse, code: number, body: unknown): void {
	res.writeHead(code, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
	res.end(JSON.stringify(body));
}
