import {
	type APIActionRowComponent,
	type APIButtonComponent,
	type APIComponentInMessageActionRow,
	type APISelectMenuOption,
	ButtonStyle,
	ComponentType,
} from 'discord-api-types/v10';
import type { Translate } from '../i18n/translator.ts';
import { type ComponentTarget, encodeCustomId } from './custom-id.ts';
import { LIMITS, truncate } from './limits.ts';

export type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/** Buttons and selects of one message, in display order, within Discord's five rows. */
export function rows(list: (Row | undefined)[]): Row[] {
	return list.filter((r): r is Row => r !== undefined).slice(0, LIMITS.actionRows);
}

export function buttonRow(buttons: (APIButtonComponent | undefined)[]): Row | undefined {
	const present = buttons.filter((b): b is APIButtonComponent => b !== undefined);
	if (present.length === 0) return undefined;
	return { type: ComponentType.ActionRow, components: present.slice(0, LIMITS.buttonsPerRow) };
}

export function button(
	target: ComponentTarget,
	label: string,
	style: ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Danger = ButtonStyle.Secondary,
	disabled = false,
): APIButtonComponent | undefined {
	// A target whose id does not fit Discord's 100 characters gets no button rather than a rejected message.
	const custom_id = encodeCustomId(target);
	if (!custom_id) return undefined;
	const made: APIButtonComponent = {
		type: ComponentType.Button,
		style,
		label: truncate(label, LIMITS.buttonLabel),
		custom_id,
	};
	// Set, not spread in conditionally: see openTarget (custom-id.ts).
	if (disabled) made.disabled = true;
	return made;
}

/** A select alone in its row (Discord's rule); options past 25 or with values past 100 characters are left out. */
export function select(target: ComponentTarget, placeholder: string, options: APISelectMenuOption[]): Row | undefined {
	const custom_id = encodeCustomId(target);
	const fitting = options.filter((o) => o.value.length <= LIMITS.selectOptionValue).slice(0, LIMITS.selectOptions);
	if (!custom_id || fitting.length === 0) return undefined;
	return {
		type: ComponentType.ActionRow,
		components: [
			{
				type: ComponentType.StringSelect,
				custom_id,
				placeholder: truncate(placeholder, LIMITS.selectPlaceholder),
				options: fitting.map((o) => {
					const option = Object.assign({}, o, { label: truncate(o.label, LIMITS.selectOptionLabel) });
					if (o.description) option.description = truncate(o.description, LIMITS.selectOptionDescription);
					return option;
				}),
			},
		],
	};
}

/** "Remove": on public answers, for the asker (or a moderator; checked when clicked). */
export function dismissButton(
	lang: ComponentTarget['lang'],
	askerId: string | undefined,
	t: Translate,
): APIButtonComponent | undefined {
	if (!askerId) return undefined;
	return button({ action: 'del', lang, askerId }, t('components.dismiss'), ButtonStyle.Danger);
}
