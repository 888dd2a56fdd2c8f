import type { SectionKind } from '../content/section-kinds.ts';
import type { LooseEndings } from '../search/section-index.ts';
import type { NameWeights } from '../search/term-index.ts';
import { FITTED } from './ranking-fitted.ts';

/**
 * Every weight and threshold of answering a question, in one place. `npm run tune` fits the ones in
 * `ranking-fitted.ts` on the training half of the question set; the rest are limits, not preferences.
 */
export interface RankingConfig {
	/** Score of a section: a weighted sum of these features (rank.ts). */
	weights: {
		/** BM25+ of the question's words against the section, in the question's language, 0..1 of the best. */
		lexical: number;
		/** The same in the other languages the question's words belong to (aligned translations). */
		crossLexical: number;
		/** Share of the question's words the section holds. */
		coverage: number;
		/**
		 * The section's kind is the one the question's shape asks for. Kept per kind, but `npm run tune` fits one
		 * value for all: per-kind values fitted on part of the training half answered no more of the rest right.
		 */
		kind: Record<SectionKind, number>;
		/** Share of a kind's weight kept when another kind's cue in the same question was more specific. */
		weakerShape: number;
		/** A `topic` section that holds the question's words more than any other: per unit of its lexical lead. */
		topicLead: number;
		/** Share of a kind's weight kept when only a default cue asked for it (a bare "how …?"). */
		defaultShape: number;
		/** The question is worded like the glossary's sections of that kind (kind-model.ts). */
		kindWords: number;
		/** "What is X?" with nothing else asked: the definition. */
		definitional: number;
		/** The section belongs to the term the question is about, not one merely mentioned. */
		subject: number;
		/** Choosing the subject among named terms: name score, plus being named first, minus a marker before it. */
		firstNamed: number;
		markedName: number;
		/** …plus this much, named first, when it is the subject of a clause whose object is the next name (subject.ts). */
		clauseSubject: number;
		/**
		 * …minus this much more when it only begins a compound ("Haus" of "Hausverkauf"): the head is what is spoken
		 * of, where a marked name ("mit einem Makler") may still be the means the question asks about.
		 */
		modifierName: number;
		/** …plus this much when a means or the hiring of a service stands before it ("through a realtor"). */
		servedName: number;
		/** …plus this much for each word of its name beyond the first. */
		specificName: number;
		/** …plus this much when it stands where the question's shape asks about something ("what does X do for Y"). */
		askedName: number;
		/** …minus this much when it is named in a subordinate clause ("once the front office closes a trade"). */
		subordinateName: number;
	};
	/** Evidence for the language a question is written in, per word (detect-language.ts). */
	detect: { preferred: number; stopword: number; known: number; stem: number };
	/** Field weights of the section index (BM25+ per field). */
	fields: { title: number; aliases: number; heading: number; body: number };
	/** How much the term's own names count among the question's words: they are in all its sections. */
	nameWeight: number;
	/** Scores of the names found for something typed as a name (`/define`, autocomplete). */
	names: NameWeights;
	thresholds: {
		/** With no term named: the share of the question's meaning (IDF-weighted words) the best section must hold. */
		answer: number;
		/** The same for a question with no shape either: plain words are more often another topic altogether. */
		answerUnshaped: number;
		/** …or at least this many of the question's topic words, whatever their share. */
		answerHeld: number;
		/** …or this many, in a section of the kind the question's shape asks for. */
		answerHeldAsked: number;
		/**
		 * …or, whatever the share, a lead over the next section this large (`answerLeadAsked` in a section of the
		 * kind a cue of `askedCueStrength` asks for) with at least `leadHeld` of the question's topic words.
		 */
		answerLead: number;
		answerLeadAsked: number;
		leadHeld: number;
		askedCueStrength: number;
		/** Below `answer`: enough shared meaning to offer "did you mean". */
		suggest: number;
		/** The lead the best section needs over the second to be answered without a named term. */
		margin: number;
		/**
		 * A named term with other words that match none of its sections, and no shape ("how do I get home from
		 * the airport"): the name is used in another sense unless this much of the meaning is found.
		 */
		subjectEvidence: number;
		/**
		 * A subject named only by one word of a longer name ("balance" of "white balance"), unless two terms are
		 * compared: it is a common word as often as a name unless this much of the meaning is found.
		 */
		partialNameEvidence: number;
		/**
		 * …plus this much times the share of the question's other words that no language of the glossary knows
		 * ("what temperature for a sous vide thermostat"): words of another topic, where the name has another sense.
		 */
		unknownEvidence: number;
		/** …when at least this share of them is unknown: below it, they are everyday words the articles never use. */
		unknownShare: number;
		/** The same for a name that only begins a compound ("hem" in "hemsidan"): it may be another word. */
		modifierEvidence: number;
		/**
		 * A question that asks its subject for a kind of section the article has none of ("the retail price of a
		 * console": retail sales has no pay section) is about something else unless this much meaning is found.
		 */
		absentKindEvidence: number;
		/** How close another named term's name score must be to the best to count as named too. */
		termMargin: number;
		/** `/define`: the name score that is an answer, and the lead it needs over the next name. */
		defineConfident: number;
		defineLead: number;
	};
	limits: {
		/** Long pastes are answered from their start: enough for any question, bounded cost per request. */
		questionChars: number;
		/** A message explained with "Explain terms" is read whole, up to Discord's longest message. */
		messageChars: number;
		suggestions: number;
		/**
		 * Words this long that no language of the glossary knows are read as the known word one typing slip
		 * away; in shorter ones a slip is too often another word.
		 */
		typoMinLength: number;
		/** …and no longer than this: a slip's candidates grow with the word (52 per letter), and no glossary word is longer. */
		typoMaxLength: number;
		/**
		 * A shorter unknown word, this long at least, is corrected only into a word of a several-word name whose
		 * other words stand beside it ("bak office"): alone, one slip from three letters is too often another word.
		 */
		shortSlipMinLength: number;
		/**
		 * A question with no shape in its own language and English is read in every language, for a cue of at
		 * least this many words ("cos'è" from a German client); one word, as "contro", is too often another word.
		 */
		wideCueWords: number;
		/** Unknown words tried for a correction per question, at most: each try looks up hundreds of spellings. */
		typoWords: number;
		/**
		 * A word typed without diacritics that the glossary does not know is read with them restored: words tried
		 * per question, spellings tried per word (each a stemmer call), and the shortest word tried (one restored
		 * letter makes another word of too many short ones).
		 */
		plainWords: number;
		plainVariants: number;
		plainMinLength: number;
		/**
		 * A word the glossary does not know, this long, also matches the known words that begin with all but its
		 * last letters: stemmers leave some derivations whole ("automatisering" and "automatiseras").
		 */
		looseEndings: LooseEndings;
		/** Sections ranked per language before fusion. */
		candidates: number;
		/**
		 * Autocomplete: words a typed prefix is completed to, at most (those that can score highest). Two or three
		 * letters complete to hundreds of words at 5,000 terms, and a choice must be back within Discord's 3 s.
		 */
		autocompleteCompletions: number;
	};
}

export const RANKING: RankingConfig = {
	weights: FITTED.weights,
	// Not fitted: the training half has too few questions written in another language than the asker's to
	// weigh them, and a head start above one word's worth keeps a short Swedish question from being read as
	// Swedish when asked from an English client. Below one word, the asker's language wins only ties and near-ties.
	detect: { preferred: 0.9, stopword: 0.6, known: 1, stem: 1 },
	fields: { title: 2, aliases: 1.5, heading: 4, body: 1 },
	nameWeight: 0.2,
	names: {
		base: 0.95,
		fuse: 0.6,
		coverage: 0.1,
		wordFit: 0.2,
		contained: 0.8,
		otherLanguage: 0.02,
		id: 0.01,
		oneEdit: 3,
		twoEdits: 5,
	},
	thresholds: { ...FITTED.thresholds, termMargin: 0.3, defineConfident: 0.6, defineLead: 0.05 },
	limits: {
		questionChars: 500,
		messageChars: 4000,
		suggestions: 5,
		typoMinLength: 5,
		typoMaxLength: 32,
		typoWords: 8,
		plainWords: 4,
		plainVariants: 48,
		plainMinLength: 5,
		shortSlipMinLength: 3,
		wideCueWords: 2,
		looseEndings: { minLength: 9, letters: 3, trim: 2, minStem: 4 },
		candidates: 12,
		autocompleteCompletions: 48,
	},
};

/** The part `npm run tune` fits. */
export interface Fitted {
	weights: RankingConfig['weights'];
	thresholds: Pick<
		RankingConfig['thresholds'],
		| 'answer'
		| 'answerUnshaped'
		| 'answerHeld'
		| 'answerHeldAsked'
		| 'answerLead'
		| 'answerLeadAsked'
		| 'leadHeld'
		| 'askedCueStrength'
		| 'suggest'
		| 'margin'
		| 'subjectEvidence'
		| 'modifierEvidence'
		| 'partialNameEvidence'
		| 'absentKindEvidence'
		| 'unknownEvidence'
		| 'unknownShare'
	>;
}
