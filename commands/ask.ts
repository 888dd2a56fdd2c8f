import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { defineCommand } from '../src/core/command.ts';
import { renderReply } from '../src/core/render/render-reply.ts';

/** `/ask question:<text>`: the one section that answers a natural question, in the asker's language. */
export default defineCommand({
	name: 'ask',
	// Discord's longest string option.
	options: [{ name: 'question', type: ApplicationCommandOptionType.String, required: true, max_length: 6000 }],
	run({ options, locale }, ctx) {
		const question = options.question ?? '';
		const answer = ctx.engine.ask(question, locale.lang);
		return renderReply('ask', answer, question, locale, ctx, { ephemeral: true, offerShow: true });
	},
});
