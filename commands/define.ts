import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { defineCommand } from '../src/core/command.ts';
import { termChoices } from '../src/core/render/choices.ts';
import { renderReply } from '../src/core/render/render-reply.ts';

/** `/define term:<autocomplete>`: a term's title, description and opening section. */
export default defineCommand({
	name: 'define',
	options: [
		{ name: 'term', type: ApplicationCommandOptionType.String, required: true, autocomplete: true, max_length: 200 },
	],
	run({ options, locale }, ctx) {
		const term = options.term ?? '';
		const answer = ctx.engine.define(term, locale.lang);
		return renderReply('define', answer, term, locale, ctx, { ephemeral: true, offerShow: true });
	},
	autocomplete({ focused, locale }, ctx) {
		return termChoices(focused.value, locale.lang, ctx, { sections: true });
	},
});
