import type { SectionKind } from '../content/section-kinds.ts';
import type { Candidate } from './rank.ts';
import type { RankingConfig } from './ranking-config.ts';
import type { NamedTerms } from './subject.ts';
import type { Answer, Suggestion } from './types.ts';

function unique(list: Suggestion[], limit: number): Suggestion[] {
	const seen = new Set<string>();
	return list
		.filter((s) => {
			const k = `${s.termId}#${s.sectionId ?? ''}`;
			if (seen.has(k)) return false;
			seen.add(k);
			return true;
		})
		.slice(0, limit);
}

const asSuggestion = (c: Candidate): Suggestion => ({ termId: c.termId, sectionId: c.sectionId });

/** What a shaped question asks for most: its kinds, and how specific their cue was (its words, plus one for an anchor). */
export interface Asked {
	kinds: ReadonlySet<SectionKind>;
	strength: number;
}

/**
 * The best section holds most of what the question means, or many of its words: a long question has words
 * the glossary never uses ("besides", "actually"), which lower the share but not the evidence. Fewer words
 * suffice in a section of the kind the question asks for: its shape and its words then point to one section.
 */
function holdsQuestion(best: Candidate, t: RankingConfig['thresholds'], asked: Asked | undefined) {
	const ofAskedKind = asked !== undefined && best.kinds.some((kind) => asked.kinds.has(kind));
	return (
		best.meaning >= (asked ? t.answer : t.answerUnshaped) ||
		best.held >= (ofAskedKind ? t.answerHeldAsked : t.answerHeld)
	);
}

/**
 * A plain question names no term and shares only some of its words with the glossary ("besides the mortgage,
 * what do you pay every year when you own your place"), yet one section stands out: it holds several of the
 * question's topic words and leads the next by far more than a chance word gives. The lead needed is smaller
 * for a section of the kind a specific cue asks for (of `askedCueStrength` at least: one word, "tips", is too
 * often a word of another topic), where shape and words agree.
 */
function leadsClearly(best: Candidate, lead: number, t: RankingConfig['thresholds'], asked: Asked | undefined) {
	const agrees =
		asked !== undefined && asked.strength >= t.askedCueStrength && best.kinds.some((kind) => asked.kinds.has(kind));
	return best.held >= t.leadHeld && lead >= (agrees ? t.answerLeadAsked : t.answerLead);
}

/**
 * The share of the question's meaning a named term's sections must hold, for a question that names it among
 * other words: `base`, and more when words no language of the glossary knows ("sous vide", "medium") are much
 * of the question, the more the more of them there are ("thermostat" of a cooker). One or two among several are
 * everyday wording the articles never use ("tanta cura"), no other topic.
 */
export function evidenceNeeded(base: number, unknownShare: number, t: RankingConfig['thresholds']): number {
	return base + (unknownShare >= t.unknownShare ? t.unknownEvidence * unknownShare : 0);
}

/**
 * Answer, ask back, or say nothing was found. A named term is an answer. Without one, the best section
 * must hold most of what the question means and lead the next, or lead it clearly; "did you mean" offers
 * only sections that share meaning with the question, so an off-topic question gets an honest "nothing found".
 */
export function decide(
	candidates: Candidate[],
	named: NamedTerms,
	cfg: RankingConfig,
	unsupported: boolean,
	/** What a shaped question asks for most; undefined for a question with no shape. */
	asked: Asked | undefined,
): Omit<Answer, 'matchedLang'> {
	const [best, second] = candidates;
	const limit = cfg.limits.suggestions;
	const t = cfg.thresholds;
	if (named.subject && best && unsupported) return { status: 'not-found', suggestions: [] };
	if (named.subject && best) {
		const rest = [...candidates.slice(1).map(asSuggestion), ...named.mentioned.map((m) => ({ termId: m.termId }))];
		return { status: 'answer', termId: best.termId, sectionId: best.sectionId, suggestions: unique(rest, limit) };
	}
	const lead = best ? best.score - (second?.score ?? 0) : 0;
	if (best && ((holdsQuestion(best, t, asked) && lead >= t.margin) || leadsClearly(best, lead, t, asked))) {
		const rest = candidates.slice(1).filter((c) => c.meaning >= t.suggest);
		return {
			status: 'answer',
			termId: best.termId,
			sectionId: best.sectionId,
			suggestions: unique(rest.map(asSuggestion), limit),
		};
	}
	// Sections of several terms that each hold the whole question and tie ("vad är en mäklare": realtor or
	// stockbroker?) make the question ambiguous, not off-topic: it is asked back with them.
	const top = best?.score ?? 0;
	const tied = candidates.filter((c) => top - c.score < t.margin && holdsQuestion(c, t, asked));
	const ambiguous = new Set(tied.map((c) => c.termId)).size > 1;
	const offered = ambiguous ? tied : candidates.filter((c) => c.meaning >= t.suggest);
	const suggestions = unique(offered.map(asSuggestion), limit);
	return { status: suggestions.length > 0 ? 'suggestions' : 'not-found', suggestions };
}
