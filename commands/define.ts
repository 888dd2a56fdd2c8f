import { defineCommand } from '../src/core/command.ts';
import { pointedReply, pointingAck } from '../src/core/point-at.ts';
import { termChoices } from '../src/core/render/choices.ts';

/** `/define term:<autocomplete> [to:<user>]`: a term's title, description and opening section. */
export default defineCommand({
	name: 'define',
	options: [
		{ name: 'term', type: 'string', required: true, autocomplete: true, min_length: 1, max_length: 100 },
		{ name: 'to', type: 'user' },
	],
	ack: pointingAck,
	run(input, ctx) {
		const term = input.options.term;
		return pointedReply(
			input,
			{ kind: 'define', answer: ctx.engine.define(term, input.locale.lang), query: term },
			ctx,
		);
	},
	autocomplete({ focused, locale }, ctx) {
		return focused ? termChoices(focused.value, locale.lang, ctx, { sections: true }) : [];
	},
});
