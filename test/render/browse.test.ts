/**
 * /terms at glossary scale: 5,000 terms, paged, filtered and jumped by letter, every page a valid message. The engine
 * here is a plain stand-in with the two methods browsing reads (sortedTerms, show), so that 5,000 terms cost
 * milliseconds instead of the minute a full index build takes.
 */
import { ComponentType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/answer/engine.ts';
import { createTranslator } from '../../src/core/i18n/translator.ts';
import { resolveLocale } from '../../src/core/locales.ts';
import { browseReply, PAGE_SIZE } from '../../src/core/render/browse.ts';
import { decodeCustomId } from '../../src/core/render/custom-id.ts';

const TERMS = 5000;
const collator = new Intl.Collator('sv', { sensitivity: 'base' });
const letters = 'abcdefghijklmnopqrstuvwxyzåäö';
const titles = Array.from({ length: TERMS }, (_, i) => {
	const word = `${letters[(i * 7) % letters.length]}${letters[(i * 13) % 26]}${letters[(i * 3) % 26]}`;
	return `${word.charAt(0).toUpperCase()}${word.slice(1)} term ${i}`;
});
const ids = titles.map((_, i) => `term-${i}`);
const sorted = [...ids].sort((a, b) =>
	collator.compare(titles[Number(a.slice(5))] ?? '', titles[Number(b.slice(5))] ?? ''),
);
const engine = {
	sortedTerms: () => sorted,
	show: (id: string) => {
		const i = Number(id.slice(5));
		return { article: { id, title: titles[i], description: `Description of term ${i}, ${'long '.repeat(40)}` } };
	},
} as unknown as Engine;
const ctx = { engine, translator: createTranslator() };
const sv = resolveLocale('sv-SE');

const lines = (description: string | undefined) => (description ?? '').split('\n');
const ids0 = (reply: ReturnType<typeof browseReply>) =>
	reply.message.components.flatMap((r) => r.components.flatMap((c) => ('custom_id' in c ? [c.custom_id] : [])));

describe('/terms over 5,000 terms', () => {
	it('pages in the language’s order, ten a page, to the last page and back', () => {
		const first = browseReply({ locale: sv, offset: 0 }, ctx);
		expect(first.message.embeds[0]?.footer?.text).toBe(`Termer 1–10 av ${TERMS}`);
		expect(lines(first.message.embeds[0]?.description)).toHaveLength(PAGE_SIZE);
		const last = browseReply({ locale: sv, offset: TERMS - 1 }, ctx);
		expect(last.message.embeds[0]?.footer?.text).toBe(`Termer 4991–5000 av ${TERMS}`);
		const buttons = last.message.components.flatMap((r) => r.components).filter((c) => c.type === ComponentType.Button);
		expect(buttons.map((b) => ('disabled' in b ? b.disabled === true : false))).toEqual([false, true]);
		const previous = decodeCustomId(ids0(last).find((id) => id.startsWith('gb|page|')) ?? '');
		expect(previous).toEqual({ action: 'page', lang: 'sv', offset: TERMS - 20 });
		// Swedish order: å, ä, ö come after z.
		const shown = lines(browseReply({ locale: sv, offset: TERMS - 10 }, ctx).message.embeds[0]?.description);
		expect(shown.every((l) => /^\*\*Ö/.test(l))).toBe(true);
	});

	it('jumps to a letter, and filters by text, keeping the filter while paging', () => {
		const jumped = browseReply({ locale: sv, offset: 0, letter: 'Ä' }, ctx);
		expect(lines(jumped.message.embeds[0]?.description).some((l) => l.startsWith('**Ä'))).toBe(true);
		const filtered = browseReply({ locale: sv, offset: 0, filter: 'term 12' }, ctx);
		const total = titles.filter((t) => t.includes('term 12')).length;
		expect(filtered.message.embeds[0]?.footer?.text).toBe(`Termer 1–10 av ${total}`);
		const next = ids0(filtered)
			.map((id) => decodeCustomId(id))
			.find((t) => t?.action === 'page' && t.offset === 10);
		expect(next).toEqual({ action: 'page', lang: 'sv', offset: 10, filter: 'term 12' });
	});

	it('offers 25 letters at most, spread over the alphabet: Ö, the last Swedish letter, stays reachable', () => {
		const reply = browseReply({ locale: sv, offset: 0 }, ctx);
		const letters = reply.message.components
			.flatMap((r) => r.components)
			.find((c) => c.type === ComponentType.StringSelect && c.custom_id === 'gb|letter|sv');
		if (letters?.type !== ComponentType.StringSelect) throw new Error('no letter select');
		expect(letters.options).toHaveLength(25);
		expect(letters.options[0]?.value).toBe('A');
		expect(letters.options.at(-1)?.value).toBe('Ö');
	});

	it('every page fits Discord: 25 letters at most, unique ids, option values and labels within 100', () => {
		for (let offset = 0; offset < TERMS; offset += 490) {
			const reply = browseReply({ locale: sv, offset }, ctx);
			const all = ids0(reply);
			expect(new Set(all).size).toBe(all.length);
			for (const c of reply.message.components.flatMap((r) => r.components)) {
				if (c.type !== ComponentType.StringSelect) continue;
				expect(c.options.length).toBeLessThanOrEqual(25);
				for (const o of c.options) {
					expect(o.value.length).toBeLessThanOrEqual(100);
					expect(o.label.length).toBeLessThanOrEqual(100);
					expect((o.description ?? '').length).toBeLessThanOrEqual(100);
				}
			}
			expect(reply.message.embeds[0]?.description?.length ?? 0).toBeLessThanOrEqual(4096);
		}
	});
});
