import type { Article, Glossary, Problem, Section } from '../content/types.ts';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../locales.ts';
import { KindModel, type KindModelDump } from './kind-model.ts';
import { Lexicon, type LexiconDump } from './lexicon.ts';
import { SectionIndex, type SectionIndexDump } from './section-index.ts';
import { TermIndex, type TermIndexDump } from './term-index.ts';

/**
 * The compiled index file: everything a running bot needs, so that starting it neither parses Markdown nor
 * analyses text. Layout (little-endian):
 *
 *   "GLOSSIDX" · u32 format · u32 m · u32 n · m bytes of JSON (the stamp: content hash, counts, warnings)
 *   · n bytes of JSON (the glossary's structure, names, vocabularies; each typed array of the indexes is
 *     written there as `{"$block": i}`) · padding to 8 · the typed arrays (postings, field lengths, word
 *     tables and counts, section text offsets), each 8-aligned · the sections' Markdown and plain text,
 *     UTF-8, one after another.
 *
 * Typed arrays are views on the bytes read, not copies. Section text is not loaded at all: a `TextSource`
 * reads a section's bytes when it is shown (a few per answer), so memory does not grow with the text.
 */
// Bumped whenever the layout or the analysis of section text changes (7: compounds' parts are indexed too; 8: a
// word written without diacritics is its own spelling in the lexicon; 9: postings' words are packed strings; 10: a
// kind read from headings needs half the section's languages, and a compound's linking letter leaves the fewest
// parts): an index of another format is rebuilt.
export const INDEX_FORMAT = 10;
const MAGIC = 'GLOSSIDX';
const PRELUDE = 20;

/** Reads `length` bytes at `offset` of the text area, as UTF-8. */
export interface TextSource {
	read(offset: number, length: number): string;
}

export interface IndexMeta {
	format: number;
	/** SHA-256 of the content files (paths and bytes). */
	contentHash: string;
	/** Cheap fingerprint of the content files (paths, sizes, modification times), checked first. */
	fingerprint: string;
	/**
	 * Fingerprint of the language data the text was analysed with (stopwords, variants, compound rules): an
	 * index analysed by another version's language packs answers differently from one built now.
	 */
	analysis: string;
	fileCount: number;
	termCount: number;
	/** The first warnings from validation (errors never make it into an index), and how many there were. */
	warnings: Problem[];
	warningCount: number;
}

export interface CompiledIndex {
	meta: IndexMeta;
	glossary: Glossary;
	terms: TermIndex;
	sections: SectionIndex;
	lexicon: Lexicon;
	kinds: KindModel;
}

type StoredArticle = Omit<Article, 'sections'> & {
	firstSection: number;
	sections: Omit<Section, 'markdown' | 'text' | 'refs'>[];
};
type TypedArray = Uint8Array | Uint16Array | Uint32Array | Float64Array;
/**
 * Offsets and lengths in the text area: 32 bits while it is under 4 GiB (a glossary of ~60,000 terms × 6
 * languages), half the memory of 64-bit floats (5.8 → 2.9 MB at 5,000 terms, 12 MB less at 20,000).
 */
type Spans = Uint32Array | Float64Array;
type BlockType = 'u8' | 'u16' | 'u32' | 'f64';
const BLOCK_KEY = '$block';

interface Layout {
	termIds: string[];
	related: [string, string[]][];
	/** Per language, the ids of its articles, in the order of `articleSpans`. */
	articles: { lang: ContentLanguage; ids: string[] }[];
	/** Per article: offset and length of its JSON in the text area. */
	articleSpans: Spans;
	sections: SectionIndexDump;
	terms: TermIndexDump;
	lexicon: LexiconDump;
	kinds: KindModelDump;
	/** Per section in article order: markdown offset, markdown length, text offset, text length. */
	text: Spans;
}

/** The layout as written: its typed arrays replaced by references to the blocks that follow the JSON. */
interface StoredLayout {
	blocks: { type: BlockType; offset: number; length: number }[];
	textOffset: number;
	textLength: number;
	layout: unknown;
}

/** Serialises a validated glossary and its indexes: the parts are written one after another. */
export function encodeIndex(index: CompiledIndex): Uint8Array[] {
	const encoder = new TextEncoder();
	const area = new TextArea();
	const spans: number[] = [];
	const addText = (value: string) => spans.push(area.length, area.add(value));
	// Articles are stored as JSON in the text area too, read and parsed when one is shown: at 30,000 articles
	// their objects would otherwise be the largest part of the heap.
	const articles: Layout['articles'] = [];
	const articleSpans: number[] = [];
	let sectionNumber = 0;
	for (const [lang, byTerm] of index.glossary.articles) {
		const ids: string[] = [];
		for (const article of byTerm.values()) {
			const { sections, ...rest } = article;
			const stored: StoredArticle = {
				...rest,
				firstSection: sectionNumber,
				sections: sections.map(({ markdown, text, refs: _refs, ...fields }) => {
					addText(markdown);
					addText(text);
					sectionNumber++;
					return fields;
				}),
			};
			articleSpans.push(area.length, area.add(JSON.stringify(stored)));
			ids.push(article.id);
		}
		articles.push({ lang, ids });
	}
	const layout: Layout = {
		termIds: index.glossary.termIds,
		related: [...index.glossary.related],
		articles,
		sections: index.sections.dump(),
		terms: index.terms.dump(),
		lexicon: index.lexicon.dump(),
		kinds: index.kinds.dump(),
		text: toSpans(spans, area.length),
		articleSpans: toSpans(articleSpans, area.length),
	};
	const arrays: TypedArray[] = [];
	const layoutJson = JSON.stringify(layout, (_key, value: unknown) => {
		if (!isTypedArray(value)) return value;
		arrays.push(value);
		return { [BLOCK_KEY]: arrays.length - 1 };
	});
	// Block offsets are relative to the end of the (padded) JSON, so they do not depend on its length.
	let offset = 0;
	const blocks = arrays.map((a) => {
		const block = { type: typeOf(a), offset, length: a.length };
		offset = align8(offset + a.byteLength);
		return block;
	});
	const stored: Omit<StoredLayout, 'layout'> = { blocks, textOffset: offset, textLength: area.length };
	const storedJson = `${JSON.stringify(stored).slice(0, -1)},"layout":${layoutJson}}`;
	// The stamp comes first and alone, so checking whether an index matches the content reads a few bytes.
	const meta = encoder.encode(JSON.stringify(index.meta));
	const json = encoder.encode(storedJson);
	const prelude = new Uint8Array(PRELUDE);
	prelude.set(encoder.encode(MAGIC), 0);
	const view = new DataView(prelude.buffer);
	view.setUint32(8, INDEX_FORMAT, true);
	view.setUint32(12, meta.length, true);
	view.setUint32(16, json.length, true);
	const headLength = PRELUDE + meta.length + json.length;
	const parts: Uint8Array[] = [prelude, meta, json, new Uint8Array(align8(headLength) - headLength)];
	for (const a of arrays) {
		parts.push(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
		parts.push(new Uint8Array(align8(a.byteLength) - a.byteLength));
	}
	parts.push(...area.finish());
	return parts;
}

const TEXT_CHUNK = 2 ** 20;

/**
 * The text area, each text encoded straight into chunks of about 1 MB: few writes, and no array of its own per
 * text (390,000 at 5,000 terms, each then copied into a chunk, were much of what writing the file collected).
 */
class TextArea {
	readonly #encoder = new TextEncoder();
	readonly #chunks: Uint8Array[] = [];
	#chunk = new Uint8Array(TEXT_CHUNK);
	#at = 0;
	/** Bytes written so far. */
	length = 0;

	/** Appends `value` as UTF-8; returns its length in bytes. */
	add(value: string): number {
		// A UTF-16 code unit takes three bytes of UTF-8 at most.
		if (this.#chunk.length - this.#at < value.length * 3) this.#next(value.length * 3);
		const { written } = this.#encoder.encodeInto(value, this.#chunk.subarray(this.#at));
		this.#at += written;
		this.length += written;
		return written;
	}

	#next(room: number): void {
		if (this.#at > 0) this.#chunks.push(this.#chunk.subarray(0, this.#at));
		this.#chunk = new Uint8Array(Math.max(TEXT_CHUNK, room));
		this.#at = 0;
	}

	finish(): Uint8Array[] {
		if (this.#at > 0) this.#chunks.push(this.#chunk.subarray(0, this.#at));
		this.#at = 0;
		return this.#chunks;
	}
}

export interface Prelude {
	format: number;
	metaLength: number;
	layoutLength: number;
}

export const PRELUDE_LENGTH = PRELUDE;

/** The format and the lengths of the two JSON parts, from the first bytes; undefined if not an index file. */
export function readPrelude(bytes: Uint8Array): Prelude | undefined {
	if (bytes.length < PRELUDE || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC) return undefined;
	const view = new DataView(bytes.buffer, bytes.byteOffset, PRELUDE);
	return {
		format: view.getUint32(8, true),
		metaLength: view.getUint32(12, true),
		layoutLength: view.getUint32(16, true),
	};
}

/** Where the binary part (typed arrays, then text) starts. */
export function dataStart(p: Prelude): number {
	return align8(PRELUDE + p.metaLength + p.layoutLength);
}

export function parseJson<T>(bytes: Uint8Array): T {
	return JSON.parse(new TextDecoder().decode(bytes)) as T;
}

/**
 * Rebuilds the glossary and its indexes from the parsed JSON and the binary part (an 8-aligned buffer holding
 * the typed arrays). Section text is read through `text` when first asked for.
 */
export function decodeIndex(
	meta: IndexMeta,
	stored: StoredLayout,
	data: ArrayBuffer,
	dataOffset: number,
	text: TextSource,
): CompiledIndex {
	const layout = reviveBlocks(stored.layout, stored.blocks, data, dataOffset) as Layout;
	const glossary: Glossary = {
		termIds: layout.termIds,
		articles: storedArticles(layout.articles, text, layout.text, layout.articleSpans),
		related: new Map(layout.related),
		hash: meta.contentHash,
	};
	return {
		meta,
		glossary,
		terms: new TermIndex(layout.terms),
		sections: new SectionIndex(layout.sections),
		lexicon: new Lexicon(layout.lexicon),
		kinds: new KindModel(layout.kinds),
	};
}

/** Replaces every `{"$block": i}` of the parsed layout, in place, by a view of block i. */
function reviveBlocks(value: unknown, blocks: StoredLayout['blocks'], data: ArrayBuffer, dataOffset: number): unknown {
	const view = (i: number): TypedArray => {
		const b = blocks[i];
		if (!b) throw new Error('index file: missing block');
		const at = dataOffset + b.offset;
		if (b.type === 'u32') return new Uint32Array(data, at, b.length);
		if (b.type === 'u16') return new Uint16Array(data, at, b.length);
		if (b.type === 'u8') return new Uint8Array(data, at, b.length);
		return new Float64Array(data, at, b.length);
	};
	const revive = (v: unknown): unknown => {
		if (typeof v !== 'object' || v === null) return v;
		if (Array.isArray(v)) {
			for (let i = 0; i < v.length; i++) if (typeof v[i] === 'object') v[i] = revive(v[i]);
			return v;
		}
		const record = v as Record<string, unknown>;
		const ref = record[BLOCK_KEY];
		if (typeof ref === 'number') return view(ref);
		for (const key of Object.keys(record)) record[key] = revive(record[key]);
		return record;
	};
	return revive(value);
}

/**
 * Each language's articles, read from the text area when asked for. A function of its own so that the
 * readers' closures capture only what they read: closures made inside `decodeIndex` would share its scope
 * and keep the whole parsed layout alive for as long as the glossary serves.
 */
function storedArticles(
	layout: Layout['articles'],
	text: TextSource,
	spans: Spans,
	articleSpans: Spans,
): Map<ContentLanguage, ReadonlyMap<string, Article>> {
	const cache = new ArticleCache();
	const articles = new Map<ContentLanguage, ReadonlyMap<string, Article>>(
		CONTENT_LANGUAGES.map((l) => [l, new Map<string, Article>()]),
	);
	let k = 0;
	for (const { lang, ids } of layout) {
		const first = k;
		k += ids.length;
		const read = (i: number): Article =>
			cache.get(first + i, () => {
				const at = (first + i) * 2;
				const stored = JSON.parse(text.read(articleSpans[at] ?? 0, articleSpans[at + 1] ?? 0)) as StoredArticle;
				const { firstSection, sections, ...rest } = stored;
				// Object.assign, not `{ ...rest, sections }`: Node 20's V8 puts part of an object made by a spread
				// followed by more properties straight into the old generation (see rankSections).
				return Object.assign({}, rest, {
					sections: sections.map((fields, s) =>
						Object.assign(new StoredSection(text, spans, firstSection + s), fields),
					) as unknown as Section[],
				});
			});
		articles.set(lang, new StoredArticles(ids, read));
	}
	return articles;
}

const NO_REFS: Section['refs'] = [];
// An /ask reads ~17 articles, 3–4 of them distinct; an autocomplete reads one. Sixteen hold one request's.
const CACHED_ARTICLES = 16;

/**
 * The articles most recently read, so that one request reads each of its articles once; it keeps none for
 * longer. A ring of slots, not a Map in LRU order: at 5,000 terms a 2,048-entry Map (and even a 16-entry one)
 * let every article it held reach the old generation, freed only by full collections that paused answers for
 * 8–22 ms every 4–6 s of the bench's traffic. What reached the old generation per request, 1,000 distinct
 * inputs in one process: /ask 15 KB with the Map, 5 KB with the ring; autocomplete 3.6 and 0.7 KB.
 */
class ArticleCache {
	readonly #keys = new Int32Array(CACHED_ARTICLES).fill(-1);
	readonly #values: (Article | undefined)[] = new Array(CACHED_ARTICLES).fill(undefined);
	#next = 0;

	get(key: number, load: () => Article): Article {
		const at = this.#keys.indexOf(key);
		if (at >= 0) return this.#values[at] as Article;
		const article = load();
		this.#keys[this.#next] = key;
		this.#values[this.#next] = article;
		this.#next = (this.#next + 1) % CACHED_ARTICLES;
		return article;
	}
}

/** One language's articles by term id, each read from the index file when asked for. */
class StoredArticles implements ReadonlyMap<string, Article> {
	readonly #ids: string[];
	readonly #position: Map<string, number>;
	readonly #read: (i: number) => Article;

	constructor(ids: string[], read: (i: number) => Article) {
		this.#ids = ids;
		this.#position = new Map(ids.map((id, i) => [id, i]));
		this.#read = read;
	}

	get size(): number {
		return this.#ids.length;
	}

	get(id: string): Article | undefined {
		const i = this.#position.get(id);
		return i === undefined ? undefined : this.#read(i);
	}

	has(id: string): boolean {
		return this.#position.has(id);
	}

	keys(): MapIterator<string> {
		return this.#ids.values();
	}

	*values(): MapIterator<Article> {
		for (let i = 0; i < this.#ids.length; i++) yield this.#read(i);
	}

	*entries(): MapIterator<[string, Article]> {
		for (let i = 0; i < this.#ids.length; i++) yield [this.#ids[i] ?? '', this.#read(i)];
	}

	[Symbol.iterator](): MapIterator<[string, Article]> {
		return this.entries();
	}

	forEach(fn: (value: Article, key: string, map: ReadonlyMap<string, Article>) => void): void {
		for (const [id, article] of this.entries()) fn(article, id, this);
	}
}

/** A section whose Markdown and plain text stay in the index file until they are read. */
class StoredSection {
	readonly #text: TextSource;
	readonly #spans: Spans;
	readonly #n: number;
	refs = NO_REFS;

	constructor(text: TextSource, spans: Spans, n: number) {
		this.#text = text;
		this.#spans = spans;
		this.#n = n;
	}

	get markdown(): string {
		return this.#text.read(this.#spans[this.#n * 4] ?? 0, this.#spans[this.#n * 4 + 1] ?? 0);
	}

	get text(): string {
		return this.#text.read(this.#spans[this.#n * 4 + 2] ?? 0, this.#spans[this.#n * 4 + 3] ?? 0);
	}
}

function isTypedArray(value: unknown): value is TypedArray {
	return (
		value instanceof Uint8Array ||
		value instanceof Uint16Array ||
		value instanceof Uint32Array ||
		value instanceof Float64Array
	);
}

function typeOf(a: TypedArray): BlockType {
	if (a instanceof Uint32Array) return 'u32';
	if (a instanceof Uint16Array) return 'u16';
	return a instanceof Uint8Array ? 'u8' : 'f64';
}

function toSpans(values: number[], textLength: number): Spans {
	return textLength < 2 ** 32 ? Uint32Array.from(values) : Float64Array.from(values);
}

function align8(n: number): number {
	return Math.ceil(n / 8) * 8;
}

export type { StoredLayout as IndexLayout };
