import { defineMessageCommand } from '../src/core/command.ts';
import { explainReply } from '../src/core/render/explain.ts';

/** "Explain terms" (message context menu): the glossary terms a message names, read from the interaction itself. */
export default defineMessageCommand({
	name: 'explain',
	run({ message, locale }, ctx) {
		return { kind: 'message', reply: explainReply(message.content, locale, ctx) };
	},
});
