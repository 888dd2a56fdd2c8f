import { COMMANDS } from '../../../commands/index.ts';
import type { BotMetrics } from './metrics.ts';

/** The registered command names: the only values the `command` label takes besides component actions. */
export function commandNames(): string[] {
	return COMMANDS.map((c) => c.name);
}

/** What the live content tells about itself (src/adapters/live-content.ts). */
export interface ContentSource {
	status(): { hash: string; terms: number };
	onReload(listener: () => void): void;
	onReloadFailed(listener: () => void): void;
}

/** Records the content served now, and every reload after: swapped in (`ok`) or refused (`error`). */
export function trackContent(metrics: BotMetrics, content: ContentSource): void {
	const record = () => {
		const { hash, terms } = content.status();
		// The index stamp's hash of the content files: the same on every replica serving the same files.
		metrics.content({ result: 'ok', hash: hash.slice(0, 12), terms });
	};
	record();
	content.onReload(record);
	content.onReloadFailed(() => metrics.content({ result: 'error' }));
}
