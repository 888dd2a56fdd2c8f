import { defineCommand } from '../src/core/command.ts';
import { browseReply } from '../src/core/render/browse.ts';
import { MAX_FILTER } from '../src/core/render/custom-id.ts';

/** `/terms [filter:<text or one letter>]`: browse the glossary in the asker's language, a page at a time. */
export default defineCommand({
	name: 'terms',
	options: [{ name: 'filter', type: 'string', min_length: 1, max_length: MAX_FILTER }],
	run({ options, locale }, ctx) {
		const filter = options.filter;
		return { kind: 'message', reply: browseReply({ locale, offset: 0, ...(filter ? { filter } : {}) }, ctx) };
	},
});
