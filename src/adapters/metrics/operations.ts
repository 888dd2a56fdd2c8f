import { COMMANDS } from '../../../commands/index.ts';
import type { CommandContext } from '../../core/command.ts';
import { type BotMetrics, contentHash } from './metrics.ts';

/** The registered command names: the only values the `command` label takes besides component actions. */
export function commandNames(): string[] {
	return COMMANDS.map((c) => c.name);
}

/** Records the content a process now serves (at start-up, and after each reload). */
export function recordContent(metrics: BotMetrics, ctx: CommandContext): void {
	const { glossary } = ctx.engine;
	metrics.content({ result: 'ok', hash: contentHash(glossary), terms: glossary.termIds.length });
}
