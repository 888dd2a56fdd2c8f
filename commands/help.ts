import { defineCommand } from '../src/core/command.ts';
import { helpReply } from '../src/core/render/help.ts';
// The list this command belongs to; read when /help runs, after every module has loaded.
import { COMMANDS } from './index.ts';

/** `/help`: what the bot does, its commands and how to install it, in the asker's language. */
export default defineCommand({
	name: 'help',
	options: [],
	run({ locale }, ctx) {
		return { kind: 'message', reply: helpReply(locale, ctx, COMMANDS) };
	},
});
