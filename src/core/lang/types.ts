import type { SectionKind } from '../content/section-kinds.ts';
import type { ContentLanguage } from '../locales.ts';

/**
 * What the engine knows of one language, as data. Adding a language means adding one such file and naming
 * it in `index.ts`; no ranking code holds a word of any language.
 *
 * Phrases are written as people type them (with or without diacritics: they are folded on load). In a
 * phrase, `…` skips up to six words, a leading `^` anchors it at the start of the question, and a word
 * ending in `*` matches every word it begins ("earn*": earns, earned, earnings), and one starting with `*`
 * every word it ends (compound heads: "*gehalt" matches "Jahresgehalt"). Words joined by `|` are alternatives
 * for one word ("^ what is … salar*|fees|commission*": a question frame with any of a kind's head nouns).
 */
export interface LanguagePack {
	lang: ContentLanguage;
	/** Question shapes that ask for a kind of section, as many natural ways of asking as a speaker knows. */
	shapes: Partial<Record<SectionKind, readonly string[]>>;
	/**
	 * Cues read only when no cue of `shapes` matched: a bare question word whose plain sense is a kind ("how
	 * …?" with nothing more specific asks how it works; "how much", "how to become" are read by `shapes`).
	 */
	defaultShapes?: Partial<Record<SectionKind, readonly string[]>>;
	/** Words that carry no topic in a question, on top of the Snowball stopword list. */
	stopwords: readonly string[];
	/** Words of the Snowball stopword list that name things here: a topic, not a function word ("timp", time). */
	contentWords?: readonly string[];
	/** Chat shorthand and colloquial spellings, and the words they stand for ("whats" → "what is"). */
	variants: Readonly<Record<string, string>>;
	/** "X or Y?": with two terms named, these words ask how they differ. */
	alternatives: readonly string[];
	/**
	 * The word that introduces the standard of a comparison ("than", "än", "чем"), alone or after the
	 * comparative it must follow where it has other senses ("mehr als", not "als" = "as"; "più di", not "di" =
	 * "of"): a term named before it and another named just after it are compared ("front office staff earn
	 * more than back office staff").
	 */
	comparatives?: readonly string[];
	/**
	 * Words that open a subordinate clause ("when", "once", "although"; several words where one alone is
	 * ambiguous, "потому что"): a term named after the first of them is a circumstance of the question, not what it
	 * asks about ("how does the thermostat know when to switch off the heat pump").
	 */
	subordinators?: readonly string[];
	/**
	 * Whether a noun's possessor and modifiers come before it ("a stockbroker's back office", "en aktiemäklares
	 * backoffice"): then of two names side by side the second is what is spoken of. Where they follow it
	 * ("бэк-офис биржевого брокера"), the first is.
	 */
	modifiersFirst?: boolean;
	/**
	 * Prepositions that may stand before a question's opening question word ("in which cases", "für welche Fotos",
	 * "для каких снимков"): a cue anchored at the start (`^ which`) may start after one.
	 */
	prepositions?: readonly string[];
	/**
	 * Words for doing a thing oneself ("myself", "da soli", "самостоятельно"): no topic, but "or" after one joins two
	 * courses of action ("sell the flat myself or through a realtor"), not two terms.
	 */
	selfWords?: readonly string[];
	/** Words after which a named term is merely mentioned, not asked about ("for" in "what does X do for Y"). */
	mentionMarkers: readonly string[];
	/**
	 * Words after which a named term is the service the question is about, used on another named thing: the means
	 * ("sell the flat through a realtor", "via en mäklare", "über einen Makler", "через риелтора"),
	 * and engaging it ("hire a realtor", "anlita en mäklare", "нанять риелтора"). Not "use": "a moderator uses slowmode"
	 * uses a feature, and the moderator is still what is asked about.
	 */
	serviceMarkers?: readonly string[];
	/**
	 * Forms of "have" (and "there is"), as typed, diacritics kept: two names joined by one are a whole and its part
	 * ("do realtors have a back office", "есть ли у риелторов бэк-офис"), not weighed against each other. Not "be":
	 * "is a stockbroker a financial advisor?" asks how two roles differ as often as it classifies one.
	 */
	linkVerbs?: readonly string[];
	/**
	 * Letters often typed without their diacritic, and the letters they stand for ("a" for "ă" or "â"): a word
	 * typed plain that the glossary does not know is read as the known word it is with one or two restored.
	 */
	plainLetters?: Readonly<Record<string, readonly string[]>>;
	/** Letters that may join the parts of a compound ("Arbeit-s-platz"); absent where words are not compounded. */
	compoundLinks?: readonly string[];
	/** Letters a compound's first part may drop at its end ("mäklare" + "uppdrag" → "mäklaruppdrag"). */
	compoundElisions?: readonly string[];
}
