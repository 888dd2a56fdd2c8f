// Not from parse-article.ts: rendering a reply must not load the Markdown and YAML parsers.
import { TERM_ID } from '../content/term-id.ts';
import { type ContentLanguage, isContentLanguage } from '../locales.ts';
import { LIMITS } from './limits.ts';

/**
 * What a button or select carries, so that any process (gateway shard or HTTP replica) can handle a click
 * with no stored state: `gb|<action>|<lang>|<a>|<b>`.
 *  - open: show a term/section (a select's chosen value, `term` or `term#section`, overrides the target);
 *  - lang: show the same term/section in the language chosen in the select;
 *  - show: post the term/section publicly in the channel; ex: post the term's examples publicly;
 *  - del: remove a public answer (a = the asker's user id);
 *  - page: the glossary list from an offset (a), optionally filtered (b); letter: jump to the chosen letter.
 */
/** A target naming a term (and maybe one of its sections). */
export interface TermTarget {
	action: 'open' | 'lang' | 'show' | 'ex';
	lang: ContentLanguage;
	termId?: string;
	sectionId?: string;
}

/**
 * A button's "open" target. Optional fields are set, not spread in (`...(id ? { sectionId: id } : {})`): Node
 * 20's V8 puts part of an object built with such a spread straight into the old generation, freed only by a
 * full collection, and a reply builds dozens of these.
 */
export function openTarget(lang: ContentLanguage, termId: string, sectionId: string | undefined): TermTarget {
	const target: TermTarget = { action: 'open', lang, termId };
	if (sectionId) target.sectionId = sectionId;
	return target;
}

export type ComponentTarget =
	| TermTarget
	| { action: 'del'; lang: ContentLanguage; askerId: string }
	| { action: 'page'; lang: ContentLanguage; offset: number; filter?: string }
	| { action: 'letter'; lang: ContentLanguage };

export type ComponentAction = ComponentTarget['action'];

const PREFIX = 'gb';
const SNOWFLAKE = /^\d{1,20}$/;
/** Filter text kept in a paging button (it must fit beside the prefix and the offset). */
export const MAX_FILTER = 50;

function fields(target: ComponentTarget): (string | number | undefined)[] {
	switch (target.action) {
		case 'del':
			return [target.askerId];
		case 'page':
			return [target.offset, target.filter];
		case 'letter':
			return [];
		default:
			return [target.termId, target.sectionId];
	}
}

export function encodeCustomId(target: ComponentTarget): string | undefined {
	const id = [PREFIX, target.action, target.lang, ...fields(target).map((f) => f ?? '')].join('|').replace(/\|+$/, '');
	return id.length <= LIMITS.customId ? id : undefined;
}

export function decodeCustomId(customId: string): ComponentTarget | undefined {
	const [prefix, action, lang, a, ...rest] = customId.split('|');
	const b = rest.join('|');
	if (prefix !== PREFIX || !lang || !isContentLanguage(lang)) return undefined;
	switch (action) {
		case 'del':
			return a && SNOWFLAKE.test(a) ? { action, lang, askerId: a } : undefined;
		case 'page': {
			const offset = Number(a ?? '0');
			if (!Number.isSafeInteger(offset) || offset < 0) return undefined;
			return { action, lang, offset, ...(b ? { filter: b.slice(0, MAX_FILTER) } : {}) };
		}
		case 'letter':
			return { action, lang };
		case 'open':
		case 'lang':
		case 'show':
		case 'ex':
			if (a && !TERM_ID.test(a)) return undefined;
			if (b && !TERM_ID.test(b)) return undefined;
			return { action, lang, ...(a ? { termId: a } : {}), ...(b ? { sectionId: b } : {}) };
		default:
			return undefined;
	}
}
