import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { defineCommand } from '../src/core/command.ts';
import { termChoices } from '../src/core/render/choices.ts';
import { renderReply } from '../src/core/render/render-reply.ts';

/** `/examples term:<autocomplete>`: the term's list of examples, from the article's data. */
export default defineCommand({
	name: 'examples',
	options: [
		{ name: 'term', type: ApplicationCommandOptionType.String, required: true, autocomplete: true, max_length: 200 },
	],
	run({ options, locale }, ctx) {
		const term = options.term ?? '';
		// A picked section (`term#section`) still names the term.
		const answer = ctx.engine.define(term.split('#')[0] ?? term, locale.lang);
		return renderReply('examples', answer, term, locale, ctx, { ephemeral: true, offerShow: true });
	},
	autocomplete({ focused, locale }, ctx) {
		return termChoices(focused.value, locale.lang, ctx, { sections: false });
	},
});
