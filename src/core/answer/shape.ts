import type { SectionKind } from '../content/section-kinds.ts';
import { LANGUAGE_PACKS } from '../lang/index.ts';
import type { ContentLanguage } from '../locales.ts';
import { foldName } from '../text/normalize.ts';

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
	kinds: Set<SectionKind>;
	/**
	 * How specific the strongest cue of each kind was: its words, plus one for an anchor. Where a question
	 * fits several kinds, the longer cue is the more telling reading ("how does … work" over "which").
	 */
	strength: Map<SectionKind, number>;
	/** Positions of the question's words that belong to a shape ("how much", "difference"): not topics. */
	shapeWords: Set<number>;
}

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

const CUES = new Map<ContentLanguage, Cue[]>();
function cuesOf(lang: ContentLanguage): Cue[] {
	let cues = CUES.get(lang);
	if (!cues) {
		const shapes = LANGUAGE_PACKS[lang].shapes;
		cues = Object.entries(shapes).flatMap(([kind, phrases]) =>
			(phrases ?? []).map((p) => compile(p, kind as SectionKind)),
		);
		CUES.set(lang, cues);
	}
	return cues;
}

// One typo (an edit, or two letters swapped) is forgiven in words this long; in shorter ones a typo is
// too often another word ("rules" and "roles").
const TYPO_MIN_LENGTH = 6;

function nearlyEqual(a: string, b: string): boolean {
	if (a === b) return true;
	if (a.length < TYPO_MIN_LENGTH || b.length < TYPO_MIN_LENGTH || Math.abs(a.length - b.length) > 1) return false;
	let i = 0;
	while (i < a.length && a[i] === b[i]) i++;
	const rest = (x: string, from: number) => x.slice(from);
	return (
		rest(a, i + 1) === rest(b, i + 1) ||
		rest(a, i + 1) === rest(b, i) ||
		rest(a, i) === rest(b, i + 1) ||
		(a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a, i + 2) === rest(b, i + 2))
	);
}

function wordMatches(step: Word, token: string): boolean {
	if (step.prefix) return token.startsWith(step.word) && token.length >= step.word.length;
	if (step.suffix) return token.endsWith(step.word) && token.length > step.word.length + 1;
	return nearlyEqual(step.word, token);
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
		for (let j = pos; j <= Math.min(pos + gap, tokens.length - 1); j++) {
			const token = tokens[j] ?? '';
			if (step.any.some((w) => wordMatches(w, token))) {
				found = j;
				break;
			}
		}
		if (found < 0) return undefined;
		used.push(found);
		pos = found + 1;
		gap = 0;
	}
	return used;
}

/**
 * Reads the kinds a question asks for from folded words, with the cues of the languages given (the
 * question's own, and English, which mixes into every language's chat).
 */
export function readShape(tokens: readonly string[], langs: readonly ContentLanguage[]): Shape {
	const kinds = new Set<SectionKind>();
	const strength = new Map<SectionKind, number>();
	const shapeWords = new Set<number>();
	for (const lang of new Set(langs)) {
		for (const cue of cuesOf(lang)) {
			const starts = cue.anchored ? [0] : tokens.map((_, i) => i);
			for (const start of starts) {
				const used = matchAt(cue, tokens, start);
				if (!used) continue;
				kinds.add(cue.kind);
				const words = used.length + (cue.anchored ? 1 : 0);
				strength.set(cue.kind, Math.max(strength.get(cue.kind) ?? 0, words));
				for (const i of used) shapeWords.add(i);
				break;
			}
		}
	}
	return { kinds, strength, shapeWords };
}
