import { LANGUAGE_PACKS } from '../lang/index.ts';
import type { ContentLanguage } from '../locales.ts';
import { isStopword, tokenize } from './analyzer.ts';

// Compound parts shorter than this are too often accidental ("backofficejobb" is not "bac" + "kofficejobb").
const MIN_PART = 3;

/**
 * Takes a German or Swedish compound apart when its parts are words `known` knows ("Backofficejob" →
 * "backoffice" + "job"), trying the language's linking letters between them. Known words stay whole.
 */
export function splitCompound(
	word: string,
	lang: ContentLanguage,
	known: (part: string) => boolean,
	depth = 0,
): string[] {
	const links = LANGUAGE_PACKS[lang].compoundLinks;
	if (!links || depth > 2 || word.length < 2 * MIN_PART || known(word)) return [word];
	// A first part may have lost its last letter in the compound ("mäklare" → "mäklaruppdrag").
	const elisions = ['', ...(LANGUAGE_PACKS[lang].compoundElisions ?? [])];
	for (let i = word.length - MIN_PART; i >= MIN_PART; i--) {
		const written = word.slice(0, i);
		const head = elisions.map((e) => written + e).find(known);
		if (head === undefined) continue;
		// Of the links that leave known parts, the one that leaves the fewest: "syreupptagnings|värden", not
		// "syreupptagning|svär|den".
		let best: string[] | undefined;
		for (const link of links) {
			if (!word.startsWith(link, i)) continue;
			const tail = word.slice(i + link.length);
			if (tail.length < MIN_PART) continue;
			const rest = splitCompound(tail, lang, known, depth + 1);
			if ((rest.length > 1 || known(tail)) && (best === undefined || rest.length < best.length)) best = rest;
			if (best?.length === 1) break;
		}
		if (best) return [head, ...best];
	}
	return [word];
}

// A part of a compound in the glossary's own text this long at least is read as a word of its own: shorter
// ones are as often a syllable ("bei" of "Beispiel").
const MIN_TEXT_PART = 4;

/**
 * A tokenizer for a language's section text that also yields the parts of its compounds, when each part is
 * a word the same text uses on its own: a question that asks about "Druck" finds the section that speaks
 * of "Anlagendruck", and "vägg" finds "innervägg". Languages that do not compound tokenize as usual.
 */
export function compoundTokenizer(lang: ContentLanguage, texts: Iterable<string>): (text: string) => string[] {
	if (!LANGUAGE_PACKS[lang].compoundLinks) return tokenize;
	const words = new Set<string>();
	for (const text of texts) for (const word of tokenize(text.toLowerCase())) words.add(word);
	// Spelled as the text spells them (diacritics kept), so that no part needs folding: a check per split point
	// of every distinct word of a large glossary.
	const known = (part: string) => part.length >= MIN_TEXT_PART && words.has(part) && !isStopword(lang, part);
	const parts = new Map<string, readonly string[]>();
	const partsOf = (word: string): readonly string[] => {
		if (word.length < 2 * MIN_TEXT_PART) return NONE;
		const lower = word.toLowerCase();
		let found = parts.get(lower);
		if (!found) {
			// The word itself is known: it is split as if it were not, into parts it is not.
			const split = splitCompound(lower, lang, (part) => part !== lower && known(part));
			found = split.length > 1 ? split : NONE;
			parts.set(lower, found);
		}
		return found;
	};
	return (text) => {
		const tokens = tokenize(text);
		let out: string[] | undefined;
		for (let i = 0; i < tokens.length; i++) {
			const token = tokens[i] ?? '';
			const found = partsOf(token);
			if (found.length === 0) {
				out?.push(token);
				continue;
			}
			out ??= tokens.slice(0, i);
			out.push(token, ...found);
		}
		return out ?? tokens;
	};
}

const NONE: readonly string[] = [];
