import {
	type APIButtonComponent,
	type APIModalInteractionResponseCallbackData,
	ButtonStyle,
	ComponentType,
	TextInputStyle,
} from 'discord-api-types/v10';
import type { Translate } from '../i18n/translator.ts';
import { type ContentLanguage, isContentLanguage } from '../locales.ts';
import type { Row } from '../render/components.ts';
import { LIMITS, truncate } from '../render/limits.ts';
import type { MessagePayload } from '../render/render-reply.ts';

/**
 * 👍/👎 on an answer, carried whole in the custom id so that any replica can take the click without stored
 * state: `gbv|<up|down>|<answer id>|<lang>|<term>|<section>`; the 👎 modal: `gbm|<answer id>|<lang>|<term>|<section>`.
 * The answer id is Discord's id of the interaction or message that asked (one vote per person per answer).
 */
export interface VoteTarget {
	answerId: string;
	lang: ContentLanguage;
	termId: string;
	sectionId?: string | undefined;
}

export const VOTE_PREFIX = 'gbv';
export const MODAL_PREFIX = 'gbm';
/** The modal's text field. */
export const LOOKING_FOR = 'looking_for';
// Modal limits (Discord: title and label 45 characters, placeholder 100).
const MODAL_TEXT = 45;
const PLACEHOLDER = 100;
const COMMENT_MAX = 500;

const SNOWFLAKE = /^\d{1,20}$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;

const tail = (t: VoteTarget) => [t.answerId, t.lang, t.termId, t.sectionId ?? ''].join('|').replace(/\|+$/, '');

export function encodeVote(value: 1 | -1, target: VoteTarget): string | undefined {
	const id = `${VOTE_PREFIX}|${value === 1 ? 'up' : 'down'}|${tail(target)}`;
	return id.length <= LIMITS.customId ? id : undefined;
}

function decodeTail(parts: string[]): VoteTarget | undefined {
	const [answerId, lang, termId, sectionId] = parts;
	if (!answerId || !SNOWFLAKE.test(answerId) || !lang || !isContentLanguage(lang)) return undefined;
	if (!termId || !ID.test(termId) || (sectionId && !ID.test(sectionId))) return undefined;
	return { answerId, lang, termId, ...(sectionId ? { sectionId } : {}) };
}

export function decodeVote(customId: string): { value: 1 | -1; target: VoteTarget } | undefined {
	const [prefix, direction, ...rest] = customId.split('|');
	if (prefix !== VOTE_PREFIX || (direction !== 'up' && direction !== 'down')) return undefined;
	const target = decodeTail(rest);
	return target ? { value: direction === 'up' ? 1 : -1, target } : undefined;
}

export function decodeModal(customId: string): VoteTarget | undefined {
	const [prefix, ...rest] = customId.split('|');
	return prefix === MODAL_PREFIX ? decodeTail(rest) : undefined;
}

function voteButton(value: 1 | -1, target: VoteTarget, label: string): APIButtonComponent | undefined {
	const custom_id = encodeVote(value, target);
	if (!custom_id) return undefined;
	return {
		type: ComponentType.Button,
		style: ButtonStyle.Secondary,
		custom_id,
		emoji: { name: value === 1 ? '👍' : '👎' },
		label: truncate(label, LIMITS.buttonLabel),
	};
}

/**
 * The message with 👍/👎 added: beside the last row of buttons when it has room, else in a row of their own,
 * else (five rows already) not at all.
 */
export function withVoteButtons(message: MessagePayload, target: VoteTarget, t: Translate): MessagePayload {
	const buttons = [voteButton(1, target, t('feedback.up')), voteButton(-1, target, t('feedback.down'))].filter(
		(b): b is APIButtonComponent => b !== undefined,
	);
	if (buttons.length < 2) return message;
	const rows = [...message.components];
	const last = rows.at(-1);
	const onlyButtons = last?.components.every((c) => c.type === ComponentType.Button);
	if (last && onlyButtons && last.components.length + buttons.length <= LIMITS.buttonsPerRow) {
		rows[rows.length - 1] = { ...last, components: [...last.components, ...buttons] };
	} else if (rows.length < LIMITS.actionRows) {
		rows.push({ type: ComponentType.ActionRow, components: buttons } satisfies Row);
	} else {
		return message;
	}
	return { ...message, components: rows };
}

/** "What were you looking for?": one optional paragraph, opened by 👎 (interaction callback type 9). */
export function feedbackModal(target: VoteTarget, t: Translate): APIModalInteractionResponseCallbackData {
	return {
		custom_id: `${MODAL_PREFIX}|${tail(target)}`,
		title: truncate(t('feedback.modalTitle'), MODAL_TEXT),
		components: [
			{
				type: ComponentType.Label,
				label: truncate(t('feedback.modalLabel'), MODAL_TEXT),
				component: {
					type: ComponentType.TextInput,
					custom_id: LOOKING_FOR,
					style: TextInputStyle.Paragraph,
					required: false,
					max_length: COMMENT_MAX,
					placeholder: truncate(t('feedback.modalPlaceholder'), PLACEHOLDER),
				},
			},
		],
	};
}

/** The modal's answer, tidied: control characters out, bounded. */
export function cleanComment(text: string | undefined): string | undefined {
	// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what we remove
	const clean = (text ?? '').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '').trim();
	return clean === '' ? undefined : clean.slice(0, COMMENT_MAX);
}
