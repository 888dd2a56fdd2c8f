import { TERM_ID } from '../content/parse-article.ts';
import { type ContentLanguage, isContentLanguage } from '../locales.ts';
import { LIMITS } from './limits.ts';

/**
 * What a button or select carries, so that any process (gateway shard or HTTP replica) can handle a click
 * with no stored state: `gb|<action>|<lang>|<term-id>|<section-id>`.
 *  - open: show a term/section (a select's chosen value, `term` or `term#section`, overrides the target);
 *  - lang: show the same term/section in the language chosen in the select;
 *  - show: post the term/section publicly in the channel; ex: post the term's examples publicly.
 */
export type ComponentAction = 'open' | 'lang' | 'show' | 'ex';

export interface ComponentTarget {
	action: ComponentAction;
	lang: ContentLanguage;
	termId?: string;
	sectionId?: string;
}

const PREFIX = 'gb';

export function encodeCustomId(target: ComponentTarget): string | undefined {
	const id = [PREFIX, target.action, target.lang, target.termId ?? '', target.sectionId ?? '']
		.join('|')
		.replace(/\|+$/, '');
	return id.length <= LIMITS.customId ? id : undefined;
}

export function decodeCustomId(customId: string): ComponentTarget | undefined {
	const [prefix, action, lang, termId, sectionId] = customId.split('|');
	if (prefix !== PREFIX || !lang || !isContentLanguage(lang)) return undefined;
	if (action !== 'open' && action !== 'lang' && action !== 'show' && action !== 'ex') return undefined;
	if (termId && !TERM_ID.test(termId)) return undefined;
	if (sectionId && !TERM_ID.test(sectionId)) return undefined;
	return { action, lang, ...(termId ? { termId } : {}), ...(sectionId ? { sectionId } : {}) };
}
