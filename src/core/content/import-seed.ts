import type { ContentLanguage } from '../locales.ts';
import { foldName } from '../text/normalize.ts';

export interface SeedHeading {
	id: string;
	level: 2 | 3;
}

export interface SeedOptions {
	lang: ContentLanguage;
	termId: string;
	/**
	 * A heading's text as it appears in the seed → the section it starts. Compared ignoring case, diacritics and
	 * punctuation (`foldName`): the Romanian seed writes "consideratii speciale" for "Considerații speciale".
	 */
	headings: Readonly<Record<string, SeedHeading>>;
}

export interface SeedSection {
	id: string;
	/** The heading as the seed spells it. */
	heading: string;
	level: 2 | 3;
	/** Markdown paragraphs; a list is one paragraph of `- ` lines. A group heading has none. */
	paragraphs: string[];
}

export interface ImportedSeed {
	title: string;
	sections: SeedSection[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const MD_HEADING = /^(#{1,6})\s+(.*?)(?:\s+#+)?$/;
const LIST_ITEM = /^[-•–]\s+/;
/** A capture date some scraped seeds open with: "1 mai 2021 10:52". */
const DATE_LINE = /^\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}(?:,?\s+\d{1,2}:\d{2})?$/u;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Turns a seed article into sections, in any of the three shapes seeds come in: Markdown with front matter
 * (`#` title, `##`/`###` headings), or bare text (first line the title, a line equal to a known heading starts a
 * section), with `-`, `•` or `–` list items. Fixes the scraping artefacts seen in the seeds on the way.
 * Pure: returns the structure, not a file. Throws on text it cannot place (before any heading, unknown `##`).
 */
export function importSeed(text: string, { lang, termId, headings }: SeedOptions): ImportedSeed {
	const known = new Map(Object.entries(headings).map(([heading, section]) => [foldName(heading), section]));
	const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const frontMatter = FRONT_MATTER.exec(source);
	const markdown = frontMatter !== null || /^#{1,3} /m.test(source);
	const lineOffset = frontMatter ? frontMatter[0].split('\n').length - 1 : 0;
	const fail = (index: number, message: string): never => {
		throw new Error(`${lang}/${termId} seed, line ${lineOffset + index + 1}: ${message}`);
	};

	let title: string | undefined;
	let leading = true; // bare text: the first line, which may be a capture date instead of the title
	let joinNext = false; // Markdown: the next text line continues the paragraph before it
	const sections: SeedSection[] = [];

	const body = source.slice(frontMatter?.[0].length ?? 0).split('\n');
	for (const [index, raw] of body.entries()) {
		const line = cleanLine(raw);
		if (line === '') {
			joinNext = false;
			continue;
		}
		const heading = markdown ? MD_HEADING.exec(line) : null;
		if (heading) {
			const [, hashes = '', headingText = ''] = heading;
			if (hashes.length === 1 && title === undefined) {
				title = headingText;
				continue;
			}
			const section = known.get(foldName(headingText));
			if (!section) return fail(index, `heading "${headingText}" is not in the headings map`);
			if (hashes.length !== 2 && hashes.length !== 3) return fail(index, `"${line}": only ## and ### start a section`);
			sections.push({ id: section.id, heading: headingText, level: hashes.length, paragraphs: [] });
			joinNext = false;
			continue;
		}
		if (!markdown && title === undefined) {
			if (!(leading && DATE_LINE.test(line))) title = line;
			leading = false;
			continue;
		}
		const section = markdown ? undefined : known.get(foldName(line));
		if (section) {
			sections.push({ ...section, heading: line, paragraphs: [] });
			continue;
		}
		const current = sections.at(-1);
		if (!current) return fail(index, `text before the first heading: "${line.slice(0, 60)}"`);
		const last = current.paragraphs.length - 1;
		const previous = current.paragraphs[last];
		if (line.startsWith('- ') && previous?.startsWith('- ')) current.paragraphs[last] = `${previous}\n${line}`;
		else if (joinNext && previous !== undefined) current.paragraphs[last] = `${previous} ${line}`;
		else current.paragraphs.push(line);
		joinNext = markdown && !line.startsWith('- ');
	}
	title ??= decodeEntities(/^title:[ \t]*(.*)$/m.exec(frontMatter?.[1] ?? '')?.[1] ?? '');
	return { title, sections };
}

/** One line, trimmed, with the seeds' scraping artefacts fixed and its list marker made `- `. */
function cleanLine(raw: string): string {
	const line = decodeEntities(raw)
		.trim()
		// `[front office](/frontoffice),. which` → `[front office](/frontoffice), which`
		.replace(/(\]\([^)\s]*\)),\./g, '$1,')
		// `bankers [.](/stockbroker) Jobs` → `bankers. Jobs`
		.replace(/\s*\[\s*([.,;:])\s*\]\([^)\s]*\)/g, '$1')
		// `[stockbrokers](/stockbroker) [or](/stockbroker) bankers` → `[stockbrokers](/stockbroker) or bankers`
		.replace(/(\[[^\]]*\]\(([^)\s]*)\))\s+\[([^\]]*)\]\(\2\)/g, '$1 $3')
		// `[back office .](/backoffice)` → `[back office](/backoffice).`
		.replace(/\[([^\]]*?)\s+([.,;:])\]\(([^)\s]*)\)/g, '[$1]($3)$2')
		// `[back office -](/backoffice) roles` → `[back office](/backoffice)-roles`
		.replace(/\[([^\]]*?)\s+-\]\(([^)\s]*)\)\s*/g, '[$1]($2)-');
	if (/^>\s*$/.test(line)) return '';
	return line.replace(LIST_ITEM, '- ');
}

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
		if (code.startsWith('#')) {
			const point = /^#x/i.test(code) ? Number.parseInt(code.slice(2), 16) : Number(code.slice(1));
			return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : entity;
		}
		return ENTITIES[code.toLowerCase()] ?? entity;
	});
}
