import { createInterface } from 'node:readline';
import { COMMANDS } from '../../commands/index.ts';
import { loadFreshContent } from '../adapters/fresh-index.ts';
import type { CommandContext } from '../core/command.ts';
import { createTranslator } from '../core/i18n/translator.ts';
import { type ResolvedLocale, resolveLocale } from '../core/locales.ts';
import type { Reply } from '../core/render/render-reply.ts';
import { createRouter } from '../core/route-interaction.ts';
import { cleanInput, foldName, stripControls } from '../core/text/normalize.ts';
import { EXIT } from './exit-codes.ts';
import { renderText } from './render-text.ts';

export interface AnswerOptions {
	locale: string | undefined;
	json: boolean;
	contentDir: string;
}

export type Io = { out: (s: string) => void; err: (s: string) => void; color?: boolean };

/**
 * The content's context: straight from its compiled index when that matches the files, else through the full
 * pipeline (load-context.ts: validate, build, report), imported only then, with the Markdown and YAML parsers.
 */
export async function contextFor(contentDir: string, io: Io): Promise<CommandContext | undefined> {
	const fresh = loadFreshContent({ contentDir }, createTranslator());
	if (fresh) return fresh.ctx;
	return (await import('./load-context.ts')).loadContext(contentDir, io);
}

const router = createRouter(COMMANDS);

/** One command typed on the command line, answered through the same router as the bot. */
export async function answerOne(
	command: string,
	text: string,
	locale: ResolvedLocale,
	ctx: CommandContext,
): Promise<Reply> {
	const input = router.textInput(command, text, locale.requested);
	if (!input) throw new Error(`no command ${command}`);
	const outcome = await router.route(input, ctx).run();
	if (outcome.kind !== 'message') throw new Error(`${command} gave no message`);
	return outcome.reply;
}

/** One answer as JSON; `question` is what was asked, as answered (control characters removed). */
export function toJson(reply: Reply, question?: string): string {
	return JSON.stringify({
		...(question === undefined ? {} : { question: stripControls(question) }),
		status: reply.status,
		locale: reply.locale,
		term: reply.term,
		section: reply.section,
		message: reply.message,
	});
}

/** `glossary-bot ask|define|examples`: one question from argv, or one per line from standard input. */
export async function runAnswer(
	command: string,
	text: string | undefined,
	options: AnswerOptions,
	io: Io,
): Promise<number> {
	const locale = resolveLocale(options.locale);
	const t = createTranslator().replies(locale.locale);
	const fromStdin = text === undefined && !process.stdin.isTTY;
	if (!fromStdin && (text === undefined || foldName(cleanInput(text)) === '')) {
		io.err(`glossary-bot: ${t('errors.empty')}\n`);
		return EXIT.usage;
	}
	const ctx = await contextFor(options.contentDir, io);
	if (!ctx) return EXIT.failure;
	if (!fromStdin) {
		const reply = await answerOne(command, text ?? '', locale, ctx);
		io.out(`${options.json ? toJson(reply) : renderText(reply, io.color ?? false)}\n`);
		return reply.status === 'answer' ? EXIT.ok : EXIT.noAnswer;
	}
	// Batch: one JSON line per question, carrying the question it answers; "no answer" if any line had none.
	let code: number = EXIT.ok;
	let asked = 0;
	const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
	for await (const line of lines) {
		if (foldName(cleanInput(line)) === '') continue;
		asked++;
		const reply = await answerOne(command, line, locale, ctx);
		if (reply.status !== 'answer') code = EXIT.noAnswer;
		io.out(`${toJson(reply, line)}\n`);
	}
	if (asked > 0) return code;
	io.err(`glossary-bot: ${t('errors.empty')}\n`);
	return EXIT.usage;
}

/** `glossary-bot terms`: every term in the language's own alphabetical order. */
export async function runTerms(options: AnswerOptions, io: Io): Promise<number> {
	const locale = resolveLocale(options.locale);
	const ctx = await contextFor(options.contentDir, io);
	if (!ctx) return EXIT.failure;
	const terms = ctx.engine.sortedTerms(locale.lang).flatMap((id) => {
		const shown = ctx.engine.show(id, undefined, locale.lang);
		return shown
			? [{ id, title: shown.article.title, description: shown.article.description, lang: shown.article.lang }]
			: [];
	});
	const notice = locale.fallback
		? ctx.translator.replies('en-US')('notice.localeFallback', {
				requested: ctx.translator.languageName('en-US', stripControls(locale.requested)),
			})
		: undefined;
	if (options.json) io.out(`${JSON.stringify({ locale: locale.lang, ...(notice ? { notice } : {}), terms })}\n`);
	else {
		if (notice) io.out(`${notice}\n\n`);
		io.out(`${terms.map((x) => `${x.title}  (${x.id})\n    ${x.description}`).join('\n')}\n`);
	}
	return 0;
}
