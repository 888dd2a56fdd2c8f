import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { LANGUAGE_PACKS } from '../../core/lang/index.ts';
import {
	type CompiledIndex,
	dataStart,
	decodeIndex,
	encodeIndex,
	INDEX_FORMAT,
	type IndexLayout,
	type IndexMeta,
	PRELUDE_LENGTH,
	type Prelude,
	parseJson,
	readPrelude,
	type TextSource,
} from '../../core/search/compiled-index.ts';
import { listMarkdown } from './list-markdown.ts';

let analysis: string | undefined;

/**
 * The language data text is analysed with: an upgrade that changes a language pack (a stopword, a variant)
 * changes how sections are indexed, so an index written before it is rebuilt, not served.
 */
export function analysisStamp(): string {
	analysis ??= createHash('sha256').update(JSON.stringify(LANGUAGE_PACKS)).digest('hex').slice(0, 16);
	return analysis;
}

/** Where the compiled index lives unless told otherwise: beside the articles, in a folder the loader skips. */
export function defaultIndexFile(contentDir: string): string {
	return join(resolve(contentDir), '.index', 'glossary.idx');
}

/** If the content directory cannot be written (a read-only image), the index goes to the temporary directory. */
export function fallbackIndexFile(contentDir: string): string {
	const id = createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 16);
	return join(tmpdir(), `glossary-bot-${id}.idx`);
}

export interface ContentListing {
	/** Paths relative to the content directory, sorted, `/`-separated. */
	paths: string[];
	/** Hash of every path with its size and modification time: equal means unchanged, without reading a file. */
	fingerprint: string;
}

/** Lists the articles (`*.md`, dot-folders skipped) with a cheap fingerprint of them. */
export function listContent(dir: string): ContentListing {
	const hash = createHash('sha256');
	const paths: string[] = [];
	for (const { full, path } of listMarkdown(dir)) {
		const stat = statSync(full);
		paths.push(path);
		hash.update(`${path}\0${stat.size}\0${stat.mtimeMs}\0`);
	}
	return { paths, fingerprint: hash.digest('hex') };
}

/** SHA-256 over every article's path and bytes: what the index is stamped with. */
export function hashContent(files: readonly { path: string; source: string }[]): string {
	const hash = createHash('sha256');
	for (const f of files) hash.update(`${f.path}\0${Buffer.byteLength(f.source)}\0`).update(f.source);
	return hash.digest('hex');
}

/** Writes the index next to its final name, then renames it: readers see the old file or the new one. */
export function writeIndexFile(file: string, index: CompiledIndex): void {
	mkdirSync(dirname(file), { recursive: true });
	const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
	const fd = openSync(temporary, 'w');
	try {
		for (const part of encodeIndex(index)) writeSync(fd, part);
	} finally {
		closeSync(fd);
	}
	renameSync(temporary, file);
}

export interface IndexHead {
	meta: IndexMeta;
	prelude: Prelude;
}

/** The stamp of an index file (format, hashes, counts) without reading the rest; undefined if unusable. */
export function readIndexHead(file: string): IndexHead | undefined {
	let fd: number;
	try {
		fd = openSync(file, 'r');
	} catch {
		return undefined;
	}
	try {
		const bytes = Buffer.alloc(PRELUDE_LENGTH);
		readFully(fd, bytes, 0);
		const prelude = readPrelude(bytes);
		if (!prelude || prelude.format !== INDEX_FORMAT) return undefined;
		const metaBytes = Buffer.alloc(prelude.metaLength);
		readFully(fd, metaBytes, PRELUDE_LENGTH);
		const meta = parseJson<IndexMeta>(metaBytes);
		return meta.analysis === analysisStamp() ? { meta, prelude } : undefined;
	} catch {
		return undefined;
	} finally {
		closeSync(fd);
	}
}

/**
 * Loads an index file: the typed arrays are read into one buffer; section text stays in the file and is read
 * by position when a section is shown (the file descriptor stays open for that; a rebuilt index is a new file,
 * renamed over the old name, so readers of the old one keep reading the old one).
 */
export function loadIndexFile(file: string): CompiledIndex & { close(): void } {
	const fd = openSync(file, 'r');
	try {
		const bytes = Buffer.alloc(PRELUDE_LENGTH);
		readFully(fd, bytes, 0);
		const prelude = readPrelude(bytes);
		if (!prelude || prelude.format !== INDEX_FORMAT)
			throw new Error(`${file}: not a glossary index of format ${INDEX_FORMAT}`);
		const json = Buffer.alloc(prelude.metaLength + prelude.layoutLength);
		readFully(fd, json, PRELUDE_LENGTH);
		const meta = parseJson<IndexMeta>(json.subarray(0, prelude.metaLength));
		const layout = parseJson<IndexLayout>(json.subarray(prelude.metaLength));
		const start = dataStart(prelude);
		const data = new ArrayBuffer(layout.textOffset);
		readFully(fd, new Uint8Array(data), start);
		const textStart = start + layout.textOffset;
		const text: TextSource = {
			read(offset, length) {
				const out = Buffer.allocUnsafe(length);
				readFully(fd, out, textStart + offset);
				return out.toString('utf8');
			},
		};
		return { ...decodeIndex(meta, layout, data, 0, text), close: () => closeSync(fd) };
	} catch (error) {
		closeSync(fd);
		throw error;
	}
}

function readFully(fd: number, into: Uint8Array, position: number): void {
	let done = 0;
	while (done < into.length) {
		const n = readSync(fd, into, done, into.length - done, position + done);
		if (n === 0) throw new Error('index file is shorter than its header says');
		done += n;
	}
}

/** Reads every article's bytes (only when the index must be built or the fingerprint changed). */
export function readFiles(dir: string, paths: readonly string[]): { path: string; source: string }[] {
	return paths.map((path) => ({ path, source: readFileSync(join(dir, path), 'utf8') }));
}
