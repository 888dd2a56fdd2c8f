/**
 * A deterministic synthetic glossary in our content format, for benchmarks (`npm run bench`).
 *
 * Per language, the vocabulary is the real words of `content/<lang>/*.md` (most frequent first), then
 * pseudo-words from a character-level order-2 Markov model trained on those real words, so they look
 * Swedish, Romanian, Russian… Body words are drawn Zipf(1.0) over that ranked vocabulary, the method of
 * shared/notes/anchors-search.md §3.1. The real content is included, so its questions keep their answers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../src/core/content/parse-article.ts';
import type { Article, ContentFile, Section } from '../../src/core/content/types.ts';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../../src/core/locales.ts';
import { isStopword } from '../../src/core/text/analyzer.ts';
import { foldName } from '../../src/core/text/normalize.ts';

const DEFAULT_CONTENT_DIR = fileURLToPath(new URL('../../content/', import.meta.url));
/** Vocabulary size per language (real words + pseudo-words), as in the research corpus. */
export const DEFAULT_VOCABULARY_SIZE = 40_000;
const LETTERS = /\p{L}+/gu;

// ── Seeded randomness ────────────────────────────────────────────────────────────────────────────────

export interface Rng {
	/** Uniform in [0, 1). */
	next(): number;
	/** Integer in [min, max]. */
	int(min: number, max: number): number;
	chance(p: number): boolean;
	pick<T>(items: readonly T[]): T;
	shuffle<T>(items: T[]): T[];
}

/** FNV-1a, to derive independent streams from one seed ("vocabulary of sv", "names", …). */
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** sfc32, seeded through splitmix32. */
export function createRng(seed: number, stream = ''): Rng {
	let s = (seed ^ hash(stream)) >>> 0;
	const splitmix = () => {
		s = (s + 0x9e3779b9) | 0;
		let z = s;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
		return (z ^ (z >>> 16)) >>> 0;
	};
	let a = splitmix();
	let b = splitmix();
	let c = splitmix();
	let d = splitmix();
	const next = () => {
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		return (t >>> 0) / 4294967296;
	};
	for (let i = 0; i < 12; i++) next();
	const rng: Rng = {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		chance: (p) => next() < p,
		pick: <T>(items: readonly T[]): T => {
			if (items.length === 0) throw new Error('pick from an empty list');
			return items[Math.floor(next() * items.length)] as T;
		},
		shuffle: <T>(items: T[]): T[] => {
			for (let i = items.length - 1; i > 0; i--) {
				const j = Math.floor(next() * (i + 1));
				[items[i], items[j]] = [items[j] as T, items[i] as T];
			}
			return items;
		},
	};
	return rng;
}

// ── Real content and vocabulary ──────────────────────────────────────────────────────────────────────

export function readContentFiles(contentDir = DEFAULT_CONTENT_DIR): ContentFile[] {
	const files: ContentFile[] = [];
	for (const lang of readdirSync(contentDir).sort()) {
		let names: string[];
		try {
			names = readdirSync(join(contentDir, lang)).sort();
		} catch {
			continue;
		}
		for (const name of names) {
			if (name.endsWith('.md'))
				files.push({ path: `${lang}/${name}`, source: readFileSync(join(contentDir, lang, name), 'utf8') });
		}
	}
	return files;
}

function articleText(article: Article): string {
	return [
		article.title,
		article.description,
		...article.aliases,
		...article.examples,
		...article.sections.flatMap((s) => [s.heading, s.text]),
	].join('\n');
}

/** Names compared the way the loader does, and stricter: "client-facing", "clientfacing" and "Client facing" are one. */
function nameKey(name: string): string {
	return foldName(name).replace(/\s+/g, '');
}

class Markov {
	private readonly table = new Map<string, { chars: string[]; cumulative: number[] }>();

	constructor(words: Iterable<string>) {
		const counts = new Map<string, Map<string, number>>();
		for (const word of words) {
			const padded = `^^${word}$`;
			for (let i = 0; i + 2 < padded.length; i++) {
				const context = padded.slice(i, i + 2);
				const char = padded.charAt(i + 2);
				const row = counts.get(context) ?? new Map<string, number>();
				row.set(char, (row.get(char) ?? 0) + 1);
				counts.set(context, row);
			}
		}
		for (const [context, row] of counts) {
			const chars = [...row.keys()].sort();
			let total = 0;
			const cumulative = chars.map((c) => {
				total += row.get(c) ?? 0;
				return total;
			});
			this.table.set(context, { chars, cumulative });
		}
	}

	word(rng: Rng, maxLength: number): string {
		let context = '^^';
		let out = '';
		while (out.length <= maxLength) {
			const row = this.table.get(context);
			if (!row) break;
			const total = row.cumulative.at(-1) ?? 0;
			const u = rng.next() * total;
			const index = row.cumulative.findIndex((c) => u < c);
			const char = row.chars[index] ?? '$';
			if (char === '$') break;
			out += char;
			context = context.charAt(1) + char;
		}
		return out;
	}
}

interface Vocabulary {
	/** Ranked: real words by frequency first, then pseudo-words. */
	words: string[];
	realCount: number;
	/** Cumulative Zipf(1.0) weights over `words`. */
	cumulative: Float64Array;
}

function buildVocabulary(lang: ContentLanguage, realArticles: Article[], seed: number, size: number): Vocabulary {
	const frequency = new Map<string, number>();
	for (const article of realArticles) {
		for (const match of articleText(article).toLowerCase().matchAll(LETTERS)) {
			frequency.set(match[0], (frequency.get(match[0]) ?? 0) + 1);
		}
	}
	const real = [...frequency].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
	if (real.length === 0) throw new Error(`no real ${lang} content to learn words from (content/${lang}/*.md)`);
	const words = [...real];
	const seen = new Set(real);
	const markov = new Markov(real.filter((w) => w.length >= 2));
	const rng = createRng(seed, `vocabulary:${lang}`);
	for (let attempt = 0; words.length < size && attempt < size * 30; attempt++) {
		const word = markov.word(rng, 13);
		if (word.length < 3 || word.length > 13 || seen.has(word)) continue;
		seen.add(word);
		words.push(word);
	}
	const cumulative = new Float64Array(words.length);
	let total = 0;
	for (let i = 0; i < words.length; i++) {
		total += 1 / (i + 1);
		cumulative[i] = total;
	}
	return { words, realCount: real.length, cumulative };
}

function zipfWord(vocabulary: Vocabulary, rng: Rng): string {
	const { cumulative, words } = vocabulary;
	const u = rng.next() * (cumulative[cumulative.length - 1] ?? 0);
	let lo = 0;
	let hi = cumulative.length - 1;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if ((cumulative[mid] ?? 0) <= u) lo = mid + 1;
		else hi = mid;
	}
	return words[lo] ?? '';
}

// ── Generation ───────────────────────────────────────────────────────────────────────────────────────

export interface CorpusOptions {
	/** Number of generated terms; each gets an article in all six languages. */
	terms: number;
	seed: number;
	/** Defaults to the repository's `content/`. */
	contentDir?: string;
	/** Include the real articles (default true). */
	includeReal?: boolean;
	/**
	 * Distinct words per language (default 40,000). Real text can hold many more word forms, inflected
	 * languages most: a larger vocabulary tests how the index grows with it.
	 */
	vocabulary?: number;
	/**
	 * Distinct words that term names are made of, per language (default: every rare word). A few hundred make
	 * names share words, as a real glossary's do ("liquidity ratio", "liquidity risk", "current ratio").
	 */
	nameWords?: number;
}

/** Section ids besides `definition`; the same ids are used in every language of a term. */
const SECTION_IDS = [
	'understanding',
	'how-it-works',
	'types',
	'examples',
	'history',
	'advantages',
	'disadvantages',
	'calculation',
	'regulation',
	'criticism',
	'requirements',
	'risks',
	'key-takeaways',
];
const GROUP_ID = 'special-considerations';
const GROUP_CHILD_IDS = ['social-media', 'financial-services', 'taxes', 'limitations', 'alternatives', 'international'];

interface SectionPlan {
	id: string;
	level: 2 | 3;
	/** A group heading: no text, followed by its `###` children. */
	group?: SectionPlan[];
}

interface TermPlan {
	id: string;
	names: Record<ContentLanguage, { title: string; aliases: string[] }>;
	sections: SectionPlan[];
}

/** Vocabularies by seed and real content: the bench generates several sizes from the same ones. */
const vocabularyCache = new Map<string, Record<ContentLanguage, Vocabulary>>();

const capitalize = (word: string) => word.charAt(0).toLocaleUpperCase() + word.slice(1);

/**
 * Generates `terms` synthetic terms in all six languages, added to the real content. Deterministic for a
 * seed: the same options give byte-identical files.
 */
export function generateCorpus(options: CorpusOptions): ContentFile[] {
	const { terms, seed } = options;
	const realFiles = readContentFiles(options.contentDir);
	const realArticles = realFiles.flatMap((f) => parseArticle(f).article ?? []);
	const size = options.vocabulary ?? DEFAULT_VOCABULARY_SIZE;
	const cacheKey = `${seed}:${size}:${hash(realFiles.map((f) => f.path + f.source).join('\0'))}`;
	const vocabularies =
		vocabularyCache.get(cacheKey) ??
		(Object.fromEntries(
			CONTENT_LANGUAGES.map((lang) => [
				lang,
				buildVocabulary(
					lang,
					realArticles.filter((a) => a.lang === lang),
					seed,
					size,
				),
			]),
		) as Record<ContentLanguage, Vocabulary>);
	vocabularyCache.set(cacheKey, vocabularies);

	// Ids and names the real content already uses (or links to): generated terms must not take them.
	const usedIds = new Set(realArticles.flatMap((a) => [a.id, ...a.links]));
	// Names are kept unique across all languages, stricter than the loader (which compares within one
	// language): the engine looks names up in every language, and a pseudo-word shared by chance between
	// two languages would make a lookup ambiguous for reasons no real glossary has.
	const usedNames = new Set([...realArticles.flatMap((a) => [a.title, ...a.aliases]), ...usedIds].map(nameKey));

	const rng = createRng(seed, 'corpus');
	const nameWord = (lang: ContentLanguage): string => {
		// Term names are rare words: pseudo-words outside the head of the distribution.
		const { words, realCount } = vocabularies[lang];
		const from = Math.min(words.length - 1, realCount + 500);
		const to = options.nameWords ? Math.min(words.length - 1, from + options.nameWords - 1) : words.length - 1;
		return words[rng.int(from, to)] ?? 'x';
	};
	/** Takes `name` if no title or alias folds to the same key. */
	const claim = (name: string): boolean => {
		const key = nameKey(name);
		if (key === '' || usedNames.has(key)) return false;
		usedNames.add(key);
		return true;
	};
	const freshName = (lang: ContentLanguage, wordCount: number): string => {
		for (let attempt = 0; ; attempt++) {
			const count = attempt > 20 ? Math.min(3, wordCount + 1) : wordCount;
			const words = Array.from({ length: count }, () => nameWord(lang));
			let name = words.map((w, i) => (i === 0 || lang === 'de' || lang === 'en' ? capitalize(w) : w)).join(' ');
			if (count > 1 && rng.chance(0.15)) name = name.replace(' ', '-');
			if (claim(name)) return name;
		}
	};
	/** Like "customer-facing role": the title with a qualifier; or else another name altogether. */
	const aliasFor = (lang: ContentLanguage, title: string): string => {
		if (rng.chance(0.4)) {
			const qualified = `${title.toLocaleLowerCase()} ${nameWord(lang)}`;
			if (claim(qualified)) return qualified;
		}
		return freshName(lang, rng.int(1, 2)).toLocaleLowerCase();
	};

	// Phase 1: ids, names and section plans of every term, so bodies can link to any of them.
	const plans: TermPlan[] = [];
	for (let t = 0; t < terms; t++) {
		const names = {} as TermPlan['names'];
		for (const lang of CONTENT_LANGUAGES) {
			const titleWords = rng.pick([1, 1, 2, 2, 2, 3]);
			const title = freshName(lang, titleWords);
			const aliases: string[] = [];
			const aliasCount = rng.int(2, 5);
			while (aliases.length < aliasCount) aliases.push(aliasFor(lang, title));
			names[lang] = { title, aliases };
		}
		const base =
			foldName(names.en.title)
				.replace(/[^a-z0-9]+/g, '-')
				.replace(/^-+|-+$/g, '') || 'term';
		let id = base;
		for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
		usedIds.add(id);

		const others = rng.shuffle([...SECTION_IDS]).slice(0, rng.int(4, 6));
		const sections: SectionPlan[] = [{ id: 'definition', level: 2 }];
		if (rng.chance(0.3)) {
			// Two of the sections sit under a "Special considerations" group heading.
			others.splice(0, 2);
			const children = rng
				.shuffle([...GROUP_CHILD_IDS])
				.slice(0, 2)
				.map((c): SectionPlan => ({ id: c, level: 3 }));
			sections.push(...others.map((o): SectionPlan => ({ id: o, level: 2 })));
			sections.splice(rng.int(1, sections.length), 0, { id: GROUP_ID, level: 2, group: children });
		} else {
			sections.push(...others.map((o): SectionPlan => ({ id: o, level: 2 })));
		}
		plans.push({ id, names, sections });
	}

	// Phase 2: the articles.
	const files: ContentFile[] = options.includeReal === false ? [] : [...realFiles];
	for (const plan of plans) {
		for (const lang of CONTENT_LANGUAGES) {
			files.push({ path: `${lang}/${plan.id}.md`, source: writeArticle(plan, lang, plans, vocabularies[lang], rng) });
		}
	}
	return files;
}

function writeArticle(
	plan: TermPlan,
	lang: ContentLanguage,
	plans: TermPlan[],
	vocabulary: Vocabulary,
	rng: Rng,
): string {
	const { title, aliases } = plan.names[lang];
	const word = () => zipfWord(vocabulary, rng);
	const words = (min: number, max: number) => Array.from({ length: rng.int(min, max) }, word);
	const sentence = (list: string[]) => {
		const out = [...list];
		if (out.length > 8 && rng.chance(0.4)) out[rng.int(2, out.length - 3)] += ',';
		return `${capitalize(out.join(' '))}.`;
	};
	const examples = Array.from({ length: rng.int(3, 6) }, () => capitalize(words(1, 3).join(' ')));
	const description = `${title} ${words(7, 18).join(' ')}.`;

	const body = (sectionIndex: number): string => {
		const total = rng.int(30, 120);
		const listItems = rng.chance(0.25) ? rng.int(3, 5) : 0;
		const list = Array.from({ length: listItems }, () => sentence(words(4, 10)));
		const listWords = list.reduce((n, item) => n + item.split(' ').length, 0);
		const prose = words(Math.max(12, total - listWords), Math.max(12, total - listWords));
		// Put the term's name in 60% of bodies (nearly always in the definition), and sometimes a link.
		if (rng.chance(sectionIndex === 0 ? 0.9 : 0.6))
			prose.splice(sectionIndex === 0 ? 0 : rng.int(0, prose.length), 0, title);
		if (plans.length > 1 && rng.chance(0.25)) {
			let target = rng.pick(plans);
			while (target === plan) target = rng.pick(plans);
			const text = target.names[lang].title.toLocaleLowerCase();
			prose.splice(rng.int(1, prose.length), 0, `[${text}](/${target.id})`);
		}
		const paragraphs: string[] = [];
		const count = prose.length < 50 ? 1 : rng.int(2, 3);
		const size = Math.ceil(prose.length / count);
		for (let i = 0; i < prose.length; i += size) {
			const chunk = prose.slice(i, i + size);
			const sentences: string[] = [];
			for (let j = 0; j < chunk.length; ) {
				const n = Math.min(chunk.length - j, rng.int(6, 18));
				sentences.push(sentence(chunk.slice(j, j + n)));
				j += n;
			}
			paragraphs.push(sentences.join(' '));
		}
		if (list.length > 0)
			paragraphs.splice(rng.int(1, paragraphs.length), 0, list.map((item) => `- ${item}`).join('\n'));
		return paragraphs.join('\n\n');
	};

	// Translations may order sections differently; the definition stays first.
	const order = [...plan.sections];
	if (rng.chance(0.2)) {
		const rest = order.slice(1);
		order.splice(1, rest.length, ...rng.shuffle(rest));
	}
	const heading = () => capitalize(words(2, 5).join(' '));
	const parts: string[] = [];
	let index = 0;
	for (const section of order) {
		if (section.group) {
			parts.push(`## ${heading()} {#${section.id}}`);
			for (const child of section.group) parts.push(`### ${heading()} {#${child.id}}\n\n${body(index++)}`);
		} else {
			const head = section.id === 'definition' && rng.chance(0.5) ? `${words(1, 2).join(' ')} ${title}?` : heading();
			parts.push(`## ${capitalize(head)} {#${section.id}}\n\n${body(index++)}`);
		}
	}

	const yamlList = (items: string[]) => items.map((item) => `  - ${JSON.stringify(item)}`).join('\n');
	return [
		'---',
		`id: ${plan.id}`,
		`lang: ${lang}`,
		`title: ${JSON.stringify(title)}`,
		`description: ${JSON.stringify(description)}`,
		'aliases:',
		yamlList(aliases),
		'examples:',
		yamlList(examples),
		'---',
		'',
		`${parts.join('\n\n')}\n`,
	].join('\n');
}

// ── Queries ──────────────────────────────────────────────────────────────────────────────────────────

/** A question and the section that answers it. */
export interface Q {
	text: string;
	lang: ContentLanguage;
	termId: string;
	sectionId: string;
}

/** A term lookup (`/define`): a title or alias and its term. */
export interface L {
	text: string;
	lang: ContentLanguage;
	termId: string;
}

export interface QuerySet {
	questions: Q[];
	/** `questions[i]` with one edit in its longest word. */
	typoQuestions: Q[];
	lookups: L[];
	/** `lookups[i]` with one edit in its longest word. */
	typoLookups: L[];
}

const WORDS = /[\p{L}\p{N}]+/gu;

/** One random edit (delete, substitute, transpose or insert) in the longest word of `text`. */
export function addTypo(text: string, rng: Rng): string {
	const matches = [...text.matchAll(WORDS)];
	const longest = matches.reduce<RegExpMatchArray | undefined>(
		(best, m) => (!best || m[0].length > best[0].length ? m : best),
		undefined,
	);
	if (!longest || longest.index === undefined) return text;
	const word = longest[0];
	const letters = [...new Set(text.toLowerCase().match(/\p{L}/gu) ?? ['e'])];
	let edited = word;
	for (let attempt = 0; edited === word && attempt < 20; attempt++) {
		const i = rng.int(0, word.length - 1);
		const kind = word.length > 3 ? rng.int(0, 3) : rng.int(1, 3);
		if (kind === 0) edited = word.slice(0, i) + word.slice(i + 1);
		else if (kind === 1) edited = word.slice(0, i) + rng.pick(letters) + word.slice(i + 1);
		else if (kind === 2 && i < word.length - 1)
			edited = word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
		else edited = word.slice(0, i) + rng.pick(letters) + word.slice(i);
	}
	return text.slice(0, longest.index) + edited + text.slice(longest.index + word.length);
}

function contentWords(lang: ContentLanguage, section: Section): string[] {
	const seen = new Set<string>();
	for (const match of section.text.toLowerCase().matchAll(WORDS)) {
		const w = match[0];
		if (w.length >= 4 && !/^\d+$/.test(w) && !isStopword(lang, w)) seen.add(w);
	}
	return [...seen];
}

/**
 * Questions and term lookups with known answers, sampled from `files` (any content tree, real or
 * generated). A question is 2–4 distinct content words of one section, in their order in the text, plus
 * the term's title half of the time. Only the sampled files are parsed.
 */
export function makeQueries(files: readonly ContentFile[], options: { n: number; seed: number }): QuerySet {
	const rng = createRng(options.seed, 'queries');
	const candidates = files.filter((f) => f.path.endsWith('.md'));
	if (candidates.length === 0) throw new Error('makeQueries: no content files');
	const parsed = new Map<string, Article | undefined>();
	const article = (): Article => {
		for (;;) {
			const file = rng.pick(candidates);
			if (!parsed.has(file.path)) parsed.set(file.path, parseArticle(file).article);
			const found = parsed.get(file.path);
			if (found) return found;
		}
	};

	const set: QuerySet = { questions: [], typoQuestions: [], lookups: [], typoLookups: [] };
	while (set.questions.length < options.n) {
		const a = article();
		const sections = a.sections.filter((s) => !s.isGroup);
		if (sections.length === 0) continue;
		const section = rng.pick(sections);
		const pool = contentWords(a.lang, section);
		if (pool.length < 2) continue;
		const k = Math.min(pool.length, rng.int(2, 4));
		const chosen = new Set(rng.shuffle(pool.map((_, i) => i)).slice(0, k));
		const picked = pool.filter((_, i) => chosen.has(i));
		let text = picked.join(' ');
		if (rng.chance(0.5)) text = rng.chance(0.5) ? `${a.title} ${text}` : `${text} ${a.title}`;
		const q: Q = { text, lang: a.lang, termId: a.id, sectionId: section.id };
		set.questions.push(q);
		set.typoQuestions.push({ ...q, text: addTypo(text, rng) });
	}
	while (set.lookups.length < options.n) {
		const a = article();
		const name = rng.chance(0.5) || a.aliases.length === 0 ? a.title : rng.pick(a.aliases);
		const l: L = { text: name, lang: a.lang, termId: a.id };
		set.lookups.push(l);
		set.typoLookups.push({ ...l, text: addTypo(name, rng) });
	}
	return set;
}

/**
 * Term lookups with a typo in one (random) word of a two-word name, the case the issue measures
 * ("Kunden Kontakt" → "Kundn Kontakt"). Names with another number of words are skipped.
 */
export function makeTwoWordTypos(files: readonly ContentFile[], options: { n: number; seed: number }): L[] {
	const rng = createRng(options.seed, 'two-word-typos');
	const candidates = files.filter((f) => f.path.endsWith('.md'));
	const out: L[] = [];
	for (let attempt = 0; out.length < options.n && attempt < options.n * 50; attempt++) {
		const a = parseArticle(rng.pick(candidates)).article;
		if (!a) continue;
		const names = [a.title, ...a.aliases].filter((name) => (name.match(WORDS) ?? []).length === 2);
		if (names.length === 0) continue;
		const name = rng.pick(names);
		const words = [...name.matchAll(WORDS)];
		const target = rng.pick(words);
		if (target.index === undefined || target[0].length < 3) continue;
		const typo = addTypo(target[0], rng);
		out.push({
			text: name.slice(0, target.index) + typo + name.slice(target.index + target[0].length),
			lang: a.lang,
			termId: a.id,
		});
	}
	return out;
}

/** What people type into autocomplete: the first 3–8 letters of a title or alias. */
export function makePrefixes(files: readonly ContentFile[], options: { n: number; seed: number }): L[] {
	const rng = createRng(options.seed, 'prefixes');
	const candidates = files.filter((f) => f.path.endsWith('.md'));
	const out: L[] = [];
	for (let attempt = 0; out.length < options.n && attempt < options.n * 50; attempt++) {
		const a = parseArticle(rng.pick(candidates)).article;
		if (!a) continue;
		const name = rng.chance(0.5) || a.aliases.length === 0 ? a.title : rng.pick(a.aliases);
		if (name.length < 4) continue;
		out.push({ text: name.slice(0, rng.int(3, Math.min(8, name.length - 1))), lang: a.lang, termId: a.id });
	}
	return out;
}
