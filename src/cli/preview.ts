import { startPreview } from '../adapters/preview/server.ts';
import { EXIT } from './exit-codes.ts';
import type { Io } from './main.ts';

export interface PreviewFlags {
	contentDir: string;
	port: number;
	host: string;
}

/** `glossary-bot preview`: serves the authors' preview page until Ctrl-C. */
export async function runPreview(flags: PreviewFlags, io: Io): Promise<number> {
	let preview: Awaited<ReturnType<typeof startPreview>>;
	try {
		preview = await startPreview(flags);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
		io.err(`glossary-bot preview: could not listen on ${flags.host}:${flags.port} (${code})\n`);
		return EXIT.failure;
	}
	io.out(
		`Preview of ${flags.contentDir} at ${preview.url}\nEdit the content files and the page follows. Ctrl-C to stop.\n`,
	);
	await new Promise<void>((resolve) => {
		process.once('SIGINT', () => resolve());
		process.once('SIGTERM', () => resolve());
	});
	await preview.close();
	return EXIT.ok;
}
