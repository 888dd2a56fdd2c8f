import type { Choice, CommandContext } from '../command.ts';
import type { ContentLanguage } from '../locales.ts';
import { LIMITS, truncate } from './limits.ts';

/**
 * Autocomplete choices in the asker's language: matching terms first, then sections of the best one
 * ("Kundvändande › Typer av klientinriktade roller"). The value is the id, so a picked choice resolves exactly.
 */
export function termChoices(
	typed: string,
	lang: ContentLanguage,
	ctx: CommandContext,
	{ sections }: { sections: boolean },
): Choice[] {
	const found = ctx.engine.complete(typed, lang, LIMITS.autocompleteChoices);
	const choices: Choice[] = [];
	for (const s of found) {
		if (!sections && s.sectionId) continue;
		const name = s.sectionId ? sectionName(s.termId, s.sectionId, lang, ctx) : ctx.engine.titleOf(s.termId, lang);
		if (name === undefined) continue;
		const value = s.sectionId ? `${s.termId}#${s.sectionId}` : s.termId;
		if (value.length > LIMITS.choiceValue) continue;
		choices.push({ name: truncate(name, LIMITS.choiceName), value });
	}
	return choices.slice(0, LIMITS.autocompleteChoices);
}

function sectionName(termId: string, sectionId: string, lang: ContentLanguage, ctx: CommandContext) {
	const shown = ctx.engine.show(termId, sectionId, lang);
	return shown ? `${shown.article.title} › ${shown.section.heading}` : undefined;
}
