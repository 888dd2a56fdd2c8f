import type { Command } from '../src/core/command.ts';
import ask from './ask.ts';
import define from './define.ts';
import examples from './examples.ts';

/** Every slash command, in one list that deploy, gateway, HTTP endpoint and CLI share. */
export const COMMANDS: readonly Command[] = [define, ask, examples];

export function findCommand(name: string): Command | undefined {
	return COMMANDS.find((c) => c.name === name);
}
