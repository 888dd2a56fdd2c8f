import { defineCommand } from '../src/core/command.ts';
import { pointedReply, pointingAck } from '../src/core/point-at.ts';

/** `/ask question:<text> [to:<user>]`: the one section that answers a natural question, in the asker's language. */
export default defineCommand({
	name: 'ask',
	// Discord's longest string option.
	options: [
		{ name: 'question', type: 'string', required: true, min_length: 2, max_length: 6000 },
		{ name: 'to', type: 'user' },
	],
	ack: pointingAck,
	run(input, ctx) {
		const question = input.options.question;
		return pointedReply(
			input,
			{ kind: 'ask', answer: ctx.engine.ask(question, input.locale.lang), query: question },
			ctx,
		);
	},
});
