import { defineCommand } from '../src/core/command.ts';
import { termChoices } from '../src/core/render/choices.ts';
import { renderReply } from '../src/core/render/render-reply.ts';

/** `/examples term:<autocomplete>`: the term's list of examples, from the article's data. */
export default defineCommand({
	name: 'examples',
	options: [{ name: 'term', type: 'string', required: true, autocomplete: true, min_length: 1, max_length: 100 }],
	run({ options, locale, user }, ctx) {
		// A picked section (`term#section`) still names the term.
		const answer = ctx.engine.define(options.term.split('#')[0] ?? options.term, locale.lang);
		const request = {
			kind: 'examples',
			answer,
			query: options.term,
			locale,
			visibility: 'ephemeral',
			askerId: user.id,
		} as const;
		return { kind: 'message', reply: renderReply(request, ctx) };
	},
	autocomplete({ focused, locale }, ctx) {
		return focused ? termChoices(focused.value, locale.lang, ctx, { sections: false }) : [];
	},
});
