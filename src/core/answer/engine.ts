import { type Article, answerSections, type Glossary, getArticle, type Section } from '../content/types.ts';
import { type ContentLanguage, DEFAULT_LANGUAGE } from '../locales.ts';
import { SectionIndex } from '../search/section-index.ts';
import { TermIndex, type TermMatch } from '../search/term-index.ts';
import { analyze } from '../text/analyzer.ts';
import { cleanInput, foldName } from '../text/normalize.ts';

export type AnswerStatus = 'answer' | 'suggestions' | 'not-found';

export interface Suggestion {
	termId: string;
	sectionId?: string;
}

export interface Answer {
	status: AnswerStatus;
	termId?: string;
	sectionId?: string;
	/** Language the question was understood in (may differ from the asker's: an English question from Sweden). */
	matchedLang?: ContentLanguage;
	/** "Did you mean": other terms or sections, best first, at most five. */
	suggestions: Suggestion[];
	/** Set when the input held nothing to search for. */
	empty?: boolean;
}

/** What is shown for an answer: the article in the asker's language, or English when it lacks one. */
export interface Shown {
	article: Article;
	section: Section;
	/** True when the asker's language has no article for this term, so English is shown. */
	untranslated: boolean;
}

// Long pastes are answered from their start: enough for any real question, and bounded cost per request.
const MAX_QUESTION_CHARS = 500;
// A message explained with "Explain terms" is read whole, up to Discord's longest message.
const MAX_MESSAGE_CHARS = 4000;
// How close a term's match must be to the best one to be searched alongside it.
const TERM_MARGIN = 0.3;
const MAX_SUGGESTIONS = 5;
const DEFINE_CONFIDENT = 0.6;

export interface Engine {
	readonly glossary: Glossary;
	define(term: string, lang: ContentLanguage): Answer;
	ask(question: string, lang: ContentLanguage): Answer;
	/** Terms (and, for the best term, its sections) for autocomplete, best first. */
	complete(typed: string, lang: ContentLanguage, limit: number): Suggestion[];
	show(termId: string, sectionId: string | undefined, lang: ContentLanguage): Shown | undefined;
	/** Term ids sorted by their title in `lang`, in that language's own alphabetical order. */
	sortedTerms(lang: ContentLanguage): string[];
	/** Every term a text names (titles and aliases in any language, inflections, small typos), best first. */
	termsIn(text: string, limit: number): Suggestion[];
}

// Question shapes, matched on folded text padded with spaces (JavaScript's \b knows only ASCII letters).
// "What is X?" shares no word with X's definition, so it is routed by intent rather than ranked.
const DEFINITION_QUESTION = new RegExp(
	[
		'^ (what|who) (is|are|s|was) ',
		' what does .* mean ',
		' (define|definition|meaning) ',
		'^ vad (ar|betyder|innebar) ',
		'^ vem ar ',
		'^ (was|wer) (ist|sind|bedeutet|heisst) ',
		' (definition|bedeutung|definiere) ',
		'^ (ce|cine) (este|e|sunt|inseamna) ',
		' (definitie|definitia) ',
		'^ (что|кто) (такое|такои|такая|такие|означает|значит) ',
		' (определение|значение) ',
		'^ (che )?(cos|cosa) (e|sono|significa|vuol dire) ',
		'^ chi e ',
		' (definizione|significato) ',
	].join('|'),
	'u',
);

// Question shapes that ask for a kind of section rather than a topic. Their words rarely occur in the
// section itself ("what is the difference…" vs a heading "Back office vs front office"), so the shape lifts
// the sections with these conventional ids (docs/content-format.md), and answers with one when words fail.
const SECTION_INTENTS: {
	pattern: RegExp;
	sections: (sectionId: string) => boolean;
	priority: number;
	definition?: true;
}[] = [
	{ pattern: DEFINITION_QUESTION, sections: (id) => id === 'definition', priority: 9, definition: true },
	{
		// "Which roles…?", "what kinds of…?": a list.
		pattern: new RegExp(
			[
				'^ (which|what kinds?|what types?|what sorts?) ',
				'^ what \\p{L}+s (are|is|do|can|count|have) ',
				' (examples|types|kinds|list) ',
				'^ (vilka|vilken|vilket) ',
				' (typer|exempel) ',
				'^ (welche|welcher|welches) ',
				' (arten|beispiele|typen) ',
				'^ (ce|care) (tipuri|roluri|exemple|locuri|joburi|meserii|profesii) ',
				' (tipuri|exemple) ',
				'^ (какие|какая|какой|каких) ',
				' (типы|виды|примеры) ',
				'^ (quali|quale|che tipi) ',
				' (tipi|esempi) ',
			].join('|'),
			'u',
		),
		sections: (id) => id === 'types' || id === 'examples',
		priority: 5,
	},
	{
		// "What is the difference between…?", "X vs Y".
		pattern: new RegExp(
			[
				' (difference|differences|differ|differs|different|vs|versus|compare|compared|comparison|distinguish) ',
				' (skillnad|skillnaden|skillnaderna|skiljer|jamfort|jamfor|jamforelse) ',
				' (unterschied|unterschiede|unterscheidet|unterscheiden|vergleich|gegenuber) ',
				' (diferenta|diferente|diferentele|deosebire|deosebirea|difera|comparatie|comparat) ',
				' (разница|разницу|отличие|отличия|отличается|отличаются|сравнение) ',
				' (differenza|differenze|differisce|distingue|confronto|rispetto) ',
				// "X or Y?" asks to tell two things apart.
				' (or|eller|oder|sau|или|oppure) ',
			].join('|'),
			'u',
		),
		sections: (id) => id === 'differences',
		priority: 1,
	},
	{
		// "How does X work?"
		pattern: new RegExp(
			[
				' how (does|do|is) .* work',
				' what (does|do) .* do ',
				' hur fungerar ',
				' wie funktioniert ',
				' cum functioneaza ',
				' как (работает|устроен|устроено) ',
				' come funziona ',
			].join('|'),
			'u',
		),
		sections: (id) => id === 'how-it-works',
		priority: 3,
	},
	{
		// "In short?", "key points": the summary.
		pattern: new RegExp(
			[
				' (summary|summarize|summarise|takeaways|key points|in short|tl ?dr) ',
				' (sammanfattning|sammanfatta|kortfattat|hojdpunkter) ',
				' (zusammenfassung|zusammengefasst|kernpunkte|kurz gesagt) ',
				' (rezumat|pe scurt|idei principale) ',
				' (кратко|вкратце|резюме|главное) ',
				' (riassunto|in breve|punti chiave) ',
			].join('|'),
			'u',
		),
		sections: (id) => id === 'key-takeaways',
		priority: 4,
	},
	{
		// "How much does X cost / earn / charge?": pay, fees, costs, commission (ids such as `pay-and-careers`,
		// `fees-and-duties`, `costs`). Irregular forms ("paid") escape stemming, hence the word list.
		pattern: new RegExp(
			[
				' (paid|pay|pays|earn|earns|earning|earnings|salary|salaries|wage|wages|income|commission|commissions|fee|fees|cost|costs|charge|charges|price) ',
				' (tjanar|tjana|lon|loner|provision|provisionen|avgift|avgifter|kostar|kostnad|kostnader|betalt|betalas) ',
				' (verdient|verdienen|verdienst|gehalt|gehalter|lohn|provision|gebuhr|gebuhren|kosten|kostet|bezahlt|honorar) ',
				' (castiga|castig|salariu|salarii|comision|comisionul|platit|platiti|cost|costa|costuri|onorariu|taxe) ',
				' (зарабатывает|зарабатывают|зарплата|зарплату|доход|комиссия|комиссию|стоит|стоимость|платят|плата|гонорар) ',
				' (guadagna|guadagnano|stipendio|stipendi|commissione|commissioni|costa|costi|costo|pagato|pagati|compenso|parcella) ',
			].join('|'),
			'u',
		),
		sections: (id) => /(^|-)(pay|fees?|costs?|commission|salary|earnings)(-|$)/.test(id),
		priority: 2,
	},
];
const INTENT_BOOST = 2.5;

const COMPARISON: Intent = { wants: (id) => id === 'differences', definitionOnly: false };

export interface Intent {
	/** Sections the question's shape asks for. */
	wants: (sectionId: string) => boolean;
	/** Only "what is X?": with no other word, the definition is the answer. */
	definitionOnly: boolean;
}

export function questionIntent(text: string): Intent | undefined {
	const p = padded(text);
	// The most specific shape wins: "which jobs pay most?" is about pay, not a list; "what is" comes last.
	const found = SECTION_INTENTS.filter((i) => i.pattern.test(p)).sort((a, b) => a.priority - b.priority)[0];
	if (!found) return undefined;
	return { wants: found.sections, definitionOnly: found.definition === true };
}

const padded = (text: string) => ` ${foldName(text)} `;

export function createEngine(glossary: Glossary): Engine {
	const terms = new TermIndex(glossary);
	const sections = new SectionIndex(glossary);
	const sortedCache = new Map<ContentLanguage, string[]>();

	const show = (termId: string, sectionId: string | undefined, lang: ContentLanguage): Shown | undefined => {
		const own = getArticle(glossary, lang, termId);
		const article = own ?? getArticle(glossary, DEFAULT_LANGUAGE, termId);
		if (!article) return undefined;
		const section =
			(sectionId ? article.sections.find((s) => s.id === sectionId && !s.isGroup) : undefined) ??
			article.sections.find((s) => s.id === 'definition') ??
			answerSections(article)[0];
		if (!section) return undefined;
		return { article, section, untranslated: own === undefined };
	};

	/** A choice picked from autocomplete arrives as its value: `term-id` or `term-id#section-id`. */
	const byId = (value: string): Suggestion | undefined => {
		const [termId, sectionId] = value.trim().split('#');
		if (!termId || !glossary.related.has(termId)) return undefined;
		const article = getArticle(glossary, DEFAULT_LANGUAGE, termId);
		if (sectionId !== undefined && !article?.sections.some((s) => s.id === sectionId && !s.isGroup)) return undefined;
		return sectionId === undefined ? { termId } : { termId, sectionId };
	};

	const suggestionsFromTerms = (matches: TermMatch[], except?: string): Suggestion[] =>
		matches
			.filter((m) => m.termId !== except)
			.slice(0, MAX_SUGGESTIONS)
			.map((m) => ({ termId: m.termId }));

	const define = (term: string, lang: ContentLanguage): Answer => {
		const picked = byId(term);
		if (picked) return { status: 'answer', ...picked, suggestions: [] };
		const text = cleanInput(term).slice(0, MAX_QUESTION_CHARS);
		if (foldName(text) === '') return { status: 'not-found', suggestions: [], empty: true };
		const matches = terms.lookup(text, lang, MAX_SUGGESTIONS + 1);
		const top = matches[0];
		if (!top) return { status: 'not-found', suggestions: [] };
		const second = matches[1];
		// A clear winner is the answer; a near tie or a weak match is a question back to the asker.
		if (top.score >= DEFINE_CONFIDENT && (!second || top.score - second.score > 0.05 || top.score >= 0.99)) {
			return { status: 'answer', termId: top.termId, suggestions: suggestionsFromTerms(matches, top.termId) };
		}
		return { status: 'suggestions', suggestions: suggestionsFromTerms(matches) };
	};

	const ask = (question: string, lang: ContentLanguage): Answer => {
		const picked = byId(question);
		if (picked) return { status: 'answer', ...picked, suggestions: [] };
		const text = cleanInput(question).slice(0, MAX_QUESTION_CHARS);
		if (foldName(text) === '') return { status: 'not-found', suggestions: [], empty: true };

		const matchedLang = sections.detectLanguage(text, lang);
		const mentioned = terms.mentionedIn(text);
		const topTerm = mentioned[0];
		const chosen = topTerm ? mentioned.filter((m) => m.score >= topTerm.score - TERM_MARGIN) : [];
		// Two terms named side by side ("wealth management and financial planning") ask how they differ.
		const intent = questionIntent(text) ?? (chosen.length >= 2 ? COMPARISON : undefined);
		const boost = intent ? { boostSections: intent.wants, boostFactor: INTENT_BOOST } : {};
		if (topTerm) {
			// What is asked about the term: the question's words that are not one of its names. None left (and
			// no other shape such as "which…" or "difference") means "what is X?": the definition answers.
			// The names' words still take part in ranking, down-weighted, so that "roles" in an alias such as
			// "client-facing role" still counts for "what roles are client-facing?".
			const asked = sections.queryTerms(text, matchedLang);
			const wordsOf = (n: { name: string; words: string[] }) => analyze(matchedLang, `${n.name} ${n.words.join(' ')}`);
			const nameWords = new Set(chosen.flatMap((m) => m.names.flatMap(wordsOf)));
			const topical = asked.filter((w) => !nameWords.has(w));
			const definitional = topical.length === 0 && (!intent || intent.definitionOnly);
			const rest = definitional ? [] : asked;
			const others = suggestionsFromTerms(mentioned, topTerm.termId);
			if (rest.length > 0) {
				const hits = sections.search({ analysed: rest }, matchedLang, {
					terms: new Set(chosen.map((m) => m.termId)),
					limit: 6,
					downweight: nameWords,
					...boost,
				});
				const hit = hits[0];
				if (hit) {
					const alternatives = hits.slice(1).map((h) => ({ termId: h.termId, sectionId: h.sectionId }));
					return {
						status: 'answer',
						termId: hit.termId,
						sectionId: hit.sectionId,
						matchedLang,
						suggestions: [...alternatives, ...others].slice(0, MAX_SUGGESTIONS),
					};
				}
			}
			// Nothing matched the words: the section the question's shape asks for, else the definition.
			const article =
				getArticle(glossary, matchedLang, topTerm.termId) ?? getArticle(glossary, DEFAULT_LANGUAGE, topTerm.termId);
			const shaped = definitional ? undefined : article?.sections.find((s) => intent?.wants(s.id) && !s.isGroup);
			return {
				status: 'answer',
				termId: topTerm.termId,
				sectionId: shaped?.id ?? 'definition',
				matchedLang,
				suggestions: others,
			};
		}

		const hits = sections.search(text, matchedLang, { limit: 8, ...boost });
		const best = hits[0];
		const unique = (list: Suggestion[]) =>
			list.filter((s, i) => list.findIndex((o) => o.termId === s.termId && o.sectionId === s.sectionId) === i);
		// Without a named term, most of the question's words must be found, not one common word of two.
		if (best?.exact && best.coverage >= 0.66) {
			return {
				status: 'answer',
				termId: best.termId,
				sectionId: best.sectionId,
				matchedLang,
				suggestions: unique(hits.slice(1).map((h) => ({ termId: h.termId, sectionId: h.sectionId }))).slice(
					0,
					MAX_SUGGESTIONS,
				),
			};
		}
		const suggestions = unique([
			...hits.map((h) => ({ termId: h.termId, sectionId: h.sectionId })),
			...suggestionsFromTerms(terms.lookup(text, lang, MAX_SUGGESTIONS)),
		]).slice(0, MAX_SUGGESTIONS);
		return { status: suggestions.length > 0 ? 'suggestions' : 'not-found', matchedLang, suggestions };
	};

	const sortedTerms = (lang: ContentLanguage): string[] => {
		const cached = sortedCache.get(lang);
		if (cached) return cached;
		// Each language's own collation: å, ä, ö after z in Swedish; Cyrillic order in Russian.
		const collator = new Intl.Collator(lang === 'en' ? 'en' : lang, { sensitivity: 'base' });
		const titled = glossary.termIds.map((id) => ({ id, title: show(id, undefined, lang)?.article.title ?? id }));
		const sorted = titled.sort((a, b) => collator.compare(a.title, b.title)).map((t) => t.id);
		sortedCache.set(lang, sorted);
		return sorted;
	};

	const complete = (typed: string, lang: ContentLanguage, limit: number): Suggestion[] => {
		const text = cleanInput(typed).slice(0, 100);
		if (foldName(text) === '')
			return sortedTerms(lang)
				.slice(0, limit)
				.map((termId) => ({ termId }));
		const out: Suggestion[] = [];
		const push = (s: Suggestion) => {
			if (out.length < limit && !out.some((o) => o.termId === s.termId && o.sectionId === s.sectionId)) out.push(s);
		};
		const matches = terms.lookup(text, lang, limit);
		for (const m of matches) push({ termId: m.termId });
		const first = matches[0];
		if (first && first.score >= DEFINE_CONFIDENT) {
			const article = show(first.termId, undefined, lang)?.article;
			for (const section of article ? answerSections(article) : [])
				push({ termId: first.termId, sectionId: section.id });
		}
		for (const hit of sections.headings(text, lang, limit)) push({ termId: hit.termId, sectionId: hit.sectionId });
		return out;
	};

	const termsIn = (text: string, limit: number): Suggestion[] =>
		terms
			.mentionedIn(cleanInput(text).slice(0, MAX_MESSAGE_CHARS))
			.slice(0, limit)
			.map((m) => ({ termId: m.termId }));

	return { glossary, define, ask, complete, show, sortedTerms, termsIn };
}
