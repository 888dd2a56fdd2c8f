import type { SectionKind } from '../content/section-kinds.ts';
import { LANGUAGE_PACKS } from '../lang/index.ts';
import type { ContentLanguage } from '../locales.ts';
import { foldName } from '../text/normalize.ts';
import { packWords } from './pack-words.ts';

interface Word {
	word: string;
	prefix: boolean;
	suffix: boolean;
}
// A word step matches any of its alternatives ("salar*|pay|fees"), one word of the question.
type Step = { gap: true } | { any: Word[] };
interface Cue {
	kind: SectionKind;
	steps: Step[];
	anchored: boolean;
}

/** What a question asks for, read from its wording: kinds of section, and which of its words said so. */
export interface Shape {
	/**
	 * The kinds asked for, each with how specific its strongest cue was: its words, plus one for an anchor.
	 * Where a question fits several kinds, the longer cue is the more telling reading ("how does … work" over
	 * "which").
	 */
	kinds: Map<SectionKind, number>;
	/** Positions of the question's words that belong to a shape ("how much", "difference"): not topics. */
	shapeWords: Set<number>;
	/** Each cue that skipped words ("what does … mean"), with the first and last positions it spans. */
	frames: { kind: SectionKind; first: number; last: number }[];
	/** Read only by a default cue (a bare "how …?"): it orders a term's sections but is no evidence of a topic. */
	byDefault?: true;
}

/** Whether a specific cue asked for a kind: what confidence counts as a shaped question. */
export const isShaped = (shape: Shape): boolean => shape.kinds.size > 0 && shape.byDefault !== true;

// A skipped stretch ("how does … work") spans at most this many words: a noun phrase with its article
// and adjectives ("how does selling my house through an agent go").
const MAX_GAP = 6;

/** One written word of a cue, folded; "ce-i" folds to two words. */
function words(raw: string): Word[] {
	const prefix = raw.endsWith('*') && raw.length > 1;
	const suffix = raw.startsWith('*') && raw.length > 1;
	return foldName(raw.replace(/\*/g, ''))
		.split(' ')
		.filter(Boolean)
		.map((word) => ({ word, prefix, suffix }));
}

function compile(phrase: string, kind: SectionKind): Cue {
	const anchored = phrase.startsWith('^');
	const steps = phrase
		.replace(/^\^\s*/, '')
		.split(/\s+/)
		.flatMap((raw): Step[] => {
			if (raw === '…' || raw === '...') return [{ gap: true }];
			if (raw.includes('|')) return [{ any: raw.split('|').flatMap(words) }];
			return words(raw).map((w) => ({ any: [w] }));
		});
	return { kind, steps, anchored };
}

/** A language's cues, and which of them a question's word can start: a thousand cues, a handful tried. */
interface Cues {
	all: Cue[];
	byKey: Map<string, number[]>;
}

/**
 * Look-up keys of a written word: itself, and its first and last letters for prefix and suffix cues. A cue is
 * tried when its first word shares a key with a word of the question.
 */
function tokenKeys(token: string): string[] {
	return [`=${token}`, `<${token.slice(0, 1)}`, `<${token.slice(0, 2)}`, `>${token.slice(-1)}`, `>${token.slice(-2)}`];
}

function cueKeys(w: Word): string[] {
	if (w.prefix) return [`<${w.word.slice(0, 2)}`];
	if (w.suffix) return [`>${w.word.slice(-2)}`];
	return [`=${w.word}`];
}

const CUES = new Map<ContentLanguage, Cues>();
const DEFAULT_CUES = new Map<ContentLanguage, Cues>();
function cuesOf(lang: ContentLanguage, fallback = false): Cues {
	const cache = fallback ? DEFAULT_CUES : CUES;
	let cues = cache.get(lang);
	if (!cues) {
		const pack = LANGUAGE_PACKS[lang];
		const shapes = (fallback ? pack.defaultShapes : pack.shapes) ?? {};
		const all = Object.entries(shapes).flatMap(([kind, phrases]) =>
			(phrases ?? []).map((p) => compile(p, kind as SectionKind)),
		);
		const byKey = new Map<string, number[]>();
		all.forEach((cue, index) => {
			const first = cue.steps.find((step) => 'any' in step);
			const keys = first && 'any' in first ? new Set(first.any.flatMap(cueKeys)) : new Set<string>();
			for (const key of keys) byKey.set(key, [...(byKey.get(key) ?? []), index]);
		});
		cues = { all, byKey };
		cache.set(lang, cues);
	}
	return cues;
}

/** The cues whose first word may match one of the tokens, in the language's order. */
function cuesFor(cues: Cues, tokens: readonly string[]): Cue[] {
	const picked = new Set<number>();
	for (const token of tokens) {
		for (const key of tokenKeys(token)) for (const index of cues.byKey.get(key) ?? []) picked.add(index);
	}
	return [...picked].sort((a, b) => a - b).flatMap((index) => cues.all[index] ?? []);
}

function wordMatches(step: Word, token: string): boolean {
	if (step.prefix) return token.startsWith(step.word) && token.length >= step.word.length;
	if (step.suffix) return token.endsWith(step.word) && token.length > step.word.length + 1;
	// As written: a typo in a word the glossary does not know was corrected when the question was understood
	// (understand.ts), and a real word one letter from a cue word is another word ("kassiert", "passiert").
	return step.word === token;
}

/** Where a cue matches in the tokens: the positions of its words, or undefined. */
function matchAt(cue: Cue, tokens: readonly string[], start: number): number[] | undefined {
	const used: number[] = [];
	let pos = start;
	let gap = 0;
	for (const step of cue.steps) {
		if ('gap' in step) {
			gap = MAX_GAP;
			continue;
		}
		let found = -1;
		// A gap counts words; a name of several words (blanked by the caller) counts as one.
		let budget = gap;
		for (let j = pos; j < tokens.length && budget >= 0; j++) {
			const token = tokens[j] ?? '';
			if (step.any.some((w) => wordMatches(w, token))) {
				found = j;
				break;
			}
			if (token !== '' || tokens[j + 1] !== '') budget--;
		}
		if (found < 0) return undefined;
		used.push(found);
		pos = found + 1;
		gap = 0;
	}
	return used;
}

/**
 * How many words open the question before what it asks ("hey bot", "ok so"): an anchored cue may start after
 * them. Articles and pronouns are no opening ("le cose più importanti" is not "cosè").
 */
function opening(tokens: readonly string[], langs: readonly ContentLanguage[]): number {
	let i = 0;
	while (i < tokens.length && langs.some((lang) => fillersOf(lang).has(tokens[i] ?? ''))) i++;
	return i;
}

/**
 * The opening and one preposition after it ("for which shots", "для каких снимков"): where a cue of words side by
 * side may start. A cue that skips words (`^ which … do you need`) may not: after a preposition its question word
 * is no longer what the verb asks for ("for which shots do you need a shallow depth" asks for the shots).
 */
function openingWithPreposition(tokens: readonly string[], langs: readonly ContentLanguage[], start: number): number {
	return start < tokens.length &&
		langs.some((lang) => packWords(lang, 'prepositions', { folded: true, andEnglish: false }).has(tokens[start] ?? ''))
		? start + 1
		: start;
}

const FILLERS = new Map<ContentLanguage, Set<string>>();
/** A language pack's words that carry no topic (greetings, chat fillers), folded as questions are. */
function fillersOf(lang: ContentLanguage): Set<string> {
	let fillers = FILLERS.get(lang);
	if (!fillers) {
		fillers = new Set(LANGUAGE_PACKS[lang].stopwords.flatMap((w) => foldName(w).split(' ')).filter(Boolean));
		FILLERS.set(lang, fillers);
	}
	return fillers;
}

/**
 * Reads the kinds a question asks for from folded words, with the cues of the languages given (the
 * question's own, and English, which mixes into every language's chat).
 */
export function readShape(tokens: readonly string[], langs: readonly ContentLanguage[]): Shape {
	const shape = readCues(tokens, langs, false);
	if (shape.kinds.size > 0) return shape;
	const fallback = readCues(tokens, langs, true);
	return fallback.kinds.size > 0 ? { ...fallback, byDefault: true } : fallback;
}

function readCues(tokens: readonly string[], langs: readonly ContentLanguage[], fallback: boolean): Shape {
	const kinds = new Map<SectionKind, number>();
	const shapeWords = new Set<number>();
	const frames: { kind: SectionKind; first: number; last: number }[] = [];
	const open = opening(tokens, langs);
	const anchors = Array.from({ length: open + 1 }, (_, i) => i);
	const pied = openingWithPreposition(tokens, langs, open);
	const piedAnchors = pied > open ? [...anchors, pied] : anchors;
	for (const lang of new Set(langs)) {
		for (const cue of cuesFor(cuesOf(lang, fallback), tokens)) {
			const gapless = cue.steps.every((step) => !('gap' in step));
			const starts = cue.anchored ? (gapless ? piedAnchors : anchors) : tokens.map((_, i) => i);
			for (const start of starts) {
				const used = matchAt(cue, tokens, start);
				if (!used) continue;
				const words = used.length + (cue.anchored ? 1 : 0);
				kinds.set(cue.kind, Math.max(kinds.get(cue.kind) ?? 0, words));
				for (const i of used) shapeWords.add(i);
				const first = used[0] ?? 0;
				const last = used.at(-1) ?? 0;
				if (last - first >= used.length) frames.push({ kind: cue.kind, first, last });
				break;
			}
		}
	}
	return { kinds, shapeWords, frames };
}
