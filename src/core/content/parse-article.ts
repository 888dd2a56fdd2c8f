import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { isContentLanguage } from '../locales.ts';
import { LIMITS, MAX_TERM_AND_SECTION_ID } from '../render/limits.ts';
import { inferKinds, isSectionKind, type SectionKind } from './section-kinds.ts';
import { TERM_ID } from './term-id.ts';
import type { Article, ContentFile, Problem, Section } from './types.ts';

export { TERM_ID };

// `{#section-id}` or `{#section-id kind=cost,requirements}` at the end of a heading.
const HEADING_ID = /\s*\{#([^}\s]*)((?:\s+[^}\s]+)*)\s*\}\s*$/;
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
// `<!-- seed-heading: Original heading -->` right under a heading: the wording a translation came with, kept
// searchable when the visible heading is rewritten.
const SEED_HEADING = /^<!--\s*seed-heading:\s*([\s\S]*?)\s*-->\s*$/;

export interface ParseResult {
	article: Article | undefined;
	/** The sections as far as they parsed, even when the file has errors: so its links can still be checked. */
	draft?: Pick<Article, 'file' | 'sections'>;
	problems: Problem[];
}

// Discord shows at most 4,096 characters in an embed description; the title, footer and "Related" field share the
// embed's budget, so a section longer than this is cut before its end.
const SECTION_SHOWN = LIMITS.embedDescription - 96;

/**
 * Parses one content file (YAML front matter + Markdown sections). Collects every problem it can find,
 * with its line, instead of stopping at the first.
 */
export function parseArticle(file: ContentFile): ParseResult {
	const problems: Problem[] = [];
	const problem = (line: number, message: string, severity: Problem['severity'] = 'error') =>
		problems.push({ file: file.path, line, severity, message });

	const source = file.source.replace(/^\uFEFF/, '');
	const fm = FRONT_MATTER.exec(source);
	if (!fm) {
		problem(1, 'missing front matter: the file must start with a `---` line, YAML fields, and a closing `---`');
		return { article: undefined, problems };
	}
	const yamlText = fm[1] ?? '';
	const bodyText = source.slice(fm[0].length);
	const bodyLineOffset = fm[0].split('\n').length - 1;

	const lineCounter = new LineCounter();
	const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
	for (const error of [...doc.errors, ...doc.warnings]) {
		// An unclosed quote or bracket is noticed where the text ends; the author needs the line that opened it.
		const unclosed = error.code === 'MISSING_CHAR' || error.code === 'BAD_INDENT';
		const at = unclosed ? (unclosedOpener(yamlText, error.pos[0]) ?? error.pos[0]) : error.pos[0];
		const line = lineCounter.linePos(at).line + 1;
		problem(line, `front matter: ${error.message.split('\n')[0]}`, error.name === 'YAMLWarning' ? 'warning' : 'error');
	}
	if (doc.errors.length > 0) return { article: undefined, problems };
	if (!isMap(doc.contents)) {
		problem(2, 'front matter: expected `key: value` fields');
		return { article: undefined, problems };
	}
	const lineOf = (key: string): number => {
		const pair = (doc.contents as { items: { key: { range?: [number, number, number] } | null }[] }).items.find(
			(item) => (item.key as { value?: unknown } | null)?.value === key,
		);
		const offset = pair?.key?.range?.[0];
		return offset === undefined ? 1 : lineCounter.linePos(offset).line + 1;
	};
	const data = doc.toJS() as Record<string, unknown>;

	const str = (key: string, required: boolean): string => {
		const value = data[key];
		if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
			if (required) problem(1, `front matter: missing \`${key}\``);
			return '';
		}
		if (typeof value !== 'string' && typeof value !== 'number') {
			problem(lineOf(key), `front matter: \`${key}\` must be text`);
			return '';
		}
		return String(value).trim();
	};
	const list = (key: string): string[] => {
		const node = doc.get(key, true);
		if (node === undefined || node === null) return [];
		if (!isSeq(node)) {
			problem(lineOf(key), `front matter: \`${key}\` must be a list`);
			return [];
		}
		const values = (data[key] as unknown[]).filter((v) => v !== null && v !== undefined);
		if (values.some((v) => typeof v !== 'string' && typeof v !== 'number')) {
			problem(lineOf(key), `front matter: every item of \`${key}\` must be text`);
		}
		return values.map((v) => String(v).trim()).filter((v) => v !== '');
	};

	const [folder, fileName] = file.path.split('/').slice(-2);
	const id = str('id', true);
	const lang = str('lang', true);
	const title = str('title', true);
	const description = str('description', true);
	const aliases = list('aliases');
	const examples = list('examples');
	const related = list('related');
	const keywords = list('keywords');

	if (id && !TERM_ID.test(id))
		problem(lineOf('id'), `front matter: id "${id}" must be lowercase letters, digits and hyphens`);
	if (id && fileName && fileName !== `${id}.md`) {
		problem(lineOf('id'), `front matter: id "${id}" differs from the file name "${fileName}"`);
	}
	if (lang && !isContentLanguage(lang)) {
		problem(lineOf('lang'), `front matter: unknown language "${lang}" (expected en, sv, de, ro, ru or it)`);
	} else if (lang && folder && folder !== lang) {
		problem(lineOf('lang'), `front matter: lang "${lang}" differs from the folder "${folder}"`);
	}
	for (const rel of related) {
		if (!TERM_ID.test(rel)) problem(lineOf('related'), `front matter: related "${rel}" is not a term id`);
	}

	const sections = parseSections(bodyText, bodyLineOffset, problem);
	for (const section of id ? sections : []) {
		const length = id.length + section.id.length;
		if (length > MAX_TERM_AND_SECTION_ID) {
			problem(
				section.line,
				`term id "${id}" and section id "${section.id}" are ${length} characters together: buttons carry both in Discord's 100-character custom ids, so keep them within ${MAX_TERM_AND_SECTION_ID}`,
			);
		}
	}
	if (sections.length > 0 && !sections.some((s) => s.kinds.includes('definition'))) {
		const hint = 'every article needs one, `{#definition}` or `kind=definition` (it is what /define shows)';
		problem(bodyLineOffset + 1, `no definition section: ${hint}`);
	}

	warnLongSections(sections, description, problem);
	const links = [...new Set([...sections.flatMap((s) => s.links), ...related])];
	const hasErrors = problems.some((p) => p.severity === 'error');
	if (hasErrors || !isContentLanguage(lang))
		return { article: undefined, draft: { file: file.path, sections }, problems };
	return {
		article: { id, lang, title, description, aliases, examples, links, keywords, sections, file: file.path },
		problems,
	};
}

type Report = (line: number, message: string, severity?: Problem['severity']) => void;

/** A section longer than Discord can show is cut, possibly losing the sentence that answered: say so. */
function warnLongSections(sections: Section[], description: string, problem: Report): void {
	for (const section of sections) {
		// /define shows the description above the definition.
		const length = section.markdown.length + (section.kinds.includes('definition') ? description.length + 4 : 0);
		if (length <= SECTION_SHOWN) continue;
		const lost = section.markdown.slice(Math.max(0, SECTION_SHOWN - (length - section.markdown.length))).trim();
		problem(
			section.line,
			`section "${section.id}" is ${length} characters; Discord shows about ${SECTION_SHOWN}, so the end is cut (from "${lost.slice(0, 40)}…"): split it into sections`,
			'warning',
		);
	}
}

// One shared parser: markdown-it is stateless per call and about five times faster than micromark here (measured),
// which matters for start-up with thousands of articles.
const markdown = new MarkdownIt('commonmark');
const INTERNAL_LINK = /\[((?:[^[\]]|\[[^\]]*\])*)\]\(\s*\/([^)\s]*)\s*(?:"[^"]*")?\)/g;

function parseSections(body: string, lineOffset: number, problem: Report): Section[] {
	const tokens = markdown.parse(body, {});
	const lines = body.split('\n');
	const sections: Section[] = [];
	const seen = new Map<string, number>();
	let current: { section: Section; blocks: Token[][]; firstLine: number } | undefined;
	let group: string | undefined;
	let sawHeading = false;

	const finish = (endLine: number) => {
		if (!current) return;
		const { section, blocks, firstLine } = current;
		const raw = lines.slice(firstLine, endLine).join('\n');
		section.markdown = raw.replace(INTERNAL_LINK, (_m, text: string) => text.trim()).trim();
		section.text = blocks
			.map((block) => plainText(block))
			.filter((t) => t !== '')
			.join('\n\n');
		for (const block of blocks) section.refs.push(...blockLinks(block, lines, lineOffset, problem));
		section.links = [...new Set(section.refs.map((r) => r.id))];
		sections.push(section);
	};

	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i] as Token;
		if (token.level !== 0 || token.nesting === -1) continue;
		const startLine = token.map?.[0] ?? 0;
		const line = startLine + 1 + lineOffset;
		// A top-level block: from its opening token to the matching close (or the token itself).
		let end = i;
		if (token.nesting === 1) {
			let depth = 0;
			for (let j = i; j < tokens.length; j++) {
				depth += (tokens[j] as Token).nesting;
				if (depth === 0) {
					end = j;
					break;
				}
			}
		}
		const block = tokens.slice(i, end + 1);
		i = end;

		if (token.type === 'heading_open') {
			sawHeading = true;
			finish(startLine);
			current = undefined;
			const depth = Number(token.tag.slice(1));
			if (depth === 1) {
				problem(line, 'a `#` heading is not allowed: the title belongs in the front matter');
				continue;
			}
			if (depth > 3) {
				problem(line, `a heading of level ${depth}: sections use \`##\` or \`###\``);
				continue;
			}
			const text = block.find((t) => t.type === 'inline')?.content ?? '';
			const match = HEADING_ID.exec(text);
			const id = match?.[1] ?? '';
			const heading = text.replace(HEADING_ID, '').trim();
			if (!match) {
				problem(line, `heading "${heading}" has no section id: end it with {#section-id}`);
				continue;
			}
			if (!TERM_ID.test(id)) {
				problem(line, `section id "${id}" must be lowercase letters, digits and hyphens`);
				continue;
			}
			const earlier = seen.get(id);
			if (earlier !== undefined) {
				problem(line, `section id "${id}" is used twice (first on line ${earlier})`);
				continue;
			}
			seen.set(id, line);
			if (!heading) problem(line, `section "${id}" has an empty heading`);
			const kinds = headingKinds(id, match[2] ?? '', (message) => problem(line, message, 'warning'));
			const level = depth as 2 | 3;
			if (level === 2) group = undefined;
			current = {
				section: {
					id,
					heading,
					seedHeadings: [],
					kinds,
					level,
					parentId: level === 3 ? group : undefined,
					markdown: '',
					text: '',
					links: [],
					refs: [],
					line,
					isGroup: false,
				},
				blocks: [],
				firstLine: token.map?.[1] ?? startLine + 1,
			};
			if (level === 2) group = id;
			continue;
		}
		if (!current) {
			// Text under a rejected heading was already reported with that heading.
			if (sawHeading) continue;
			if (token.type !== 'html_block' || !/^<!--[\s\S]*-->\s*$/.test(token.content.trim())) {
				problem(line, 'text before the first `##` heading: every paragraph must sit in a section');
			}
			continue;
		}
		const seedHeading = token.type === 'html_block' ? SEED_HEADING.exec(token.content.trim()) : null;
		if (seedHeading) {
			if (current.blocks.length > 0) {
				problem(line, 'a `seed-heading` note must come right after its heading, before any text');
				continue;
			}
			const text = seedHeading[1] ?? '';
			if (text === '') problem(line, 'empty `seed-heading` note: write the original heading after the colon');
			else current.section.seedHeadings.push(text);
			// Notes are for authors and search, never part of what the bot shows.
			current.firstLine = token.map?.[1] ?? current.firstLine;
			continue;
		}
		current.blocks.push(block);
	}
	finish(lines.length);

	// A `##` heading with no text of its own that is followed by `###` sections groups them.
	for (const [i, section] of sections.entries()) {
		// A section with no kind is read by its headings in every language, and warned about once, by the glossary.
		if (section.text !== '') continue;
		const next = sections[i + 1];
		if (section.level === 2 && next?.level === 3) section.isGroup = true;
		else problem(section.line, `section "${section.id}" has no text`);
	}
	return sections;
}

/** Plain text of one block; list items and quoted paragraphs stay separate lines, never run together. */
function plainText(block: Token[]): string {
	const parts: string[] = [];
	for (const token of block) {
		if (token.type === 'inline') {
			parts.push(
				(token.children ?? [])
					.map((c) =>
						c.type === 'softbreak' || c.type === 'hardbreak'
							? '\n'
							: c.type === 'text' || c.type === 'code_inline'
								? c.content
								: '',
					)
					.join('')
					.trim(),
			);
		} else if (token.type === 'code_block' || token.type === 'fence') {
			parts.push(token.content.trim());
		}
	}
	return parts.filter((p) => p !== '').join('\n');
}

function blockLinks(
	block: Token[],
	lines: string[],
	lineOffset: number,
	problem: Report,
): { id: string; line: number }[] {
	const found: { id: string; line: number }[] = [];
	for (const token of block) {
		if (token.type !== 'inline') continue;
		const first = token.map?.[0] ?? 0;
		const last = token.map?.[1] ?? first + 1;
		for (const child of token.children ?? []) {
			if (child.type !== 'link_open') continue;
			const href = child.attrGet('href') ?? '';
			// The line of the link itself, for the report: the first line of its block that holds it.
			let at = first;
			for (let l = first; l < last; l++) {
				if (lines[l]?.includes(`](${href}`)) {
					at = l;
					break;
				}
			}
			const line = at + 1 + lineOffset;
			if (href.startsWith('/')) {
				const target = href.slice(1).replace(/\/$/, '');
				if (TERM_ID.test(target)) found.push({ id: target, line });
				else problem(line, `link "${href}" is not a term id such as /customer-facing`);
			} else if (!/^https?:\/\//.test(href)) {
				problem(line, `link "${href}" goes nowhere: link terms as /term-id, or use a full https:// address`);
			}
		}
	}
	return found;
}

/**
 * A section's kinds: declared with `kind=a,b` after its id, else implied by a conventional id. The engine
 * lifts sections by kind, so a section with none is answered by its words alone: worth a warning.
 */
function headingKinds(id: string, attributes: string, warn: (message: string) => void): SectionKind[] {
	const declared: SectionKind[] = [];
	let sawKind = false;
	for (const attribute of attributes.trim().split(/\s+/).filter(Boolean)) {
		const [key, value = ''] = attribute.split('=');
		if (key !== 'kind') {
			warn(`section "${id}": unknown attribute "${attribute}" (only kind=… is read)`);
			continue;
		}
		sawKind = true;
		for (const kind of value.split(',').filter(Boolean)) {
			if (isSectionKind(kind)) declared.push(kind);
			else warn(`section "${id}": unknown kind "${kind}" (see docs/content-format.md for the list)`);
		}
	}
	return sawKind ? declared : inferKinds(id);
}

/**
 * Offset of the innermost quote, `[` or `{` still open at `end` in YAML text, if any. A quote only opens where a
 * YAML value can start (after `: `, `- `, `[`, `,` or at a line start), so apostrophes in plain text do not count.
 */
function unclosedOpener(yaml: string, end: number): number | undefined {
	const open: { char: string; at: number }[] = [];
	for (let i = 0; i < end && i < yaml.length; i++) {
		const c = yaml[i] as string;
		const top = open.at(-1);
		if (top && (top.char === '"' || top.char === "'")) {
			if (c === '\\' && top.char === '"') i++;
			else if (c === top.char) open.pop();
			continue;
		}
		if (c === '#' && (i === 0 || /\s/.test(yaml[i - 1] ?? ''))) {
			while (i < end && yaml[i] !== '\n') i++;
		} else if (c === '[' || c === '{') open.push({ char: c, at: i });
		else if ((c === ']' && top?.char === '[') || (c === '}' && top?.char === '{')) open.pop();
		else if ((c === '"' || c === "'") && /(?:^|[:\-[{,]\s*|\n\s*)$/.test(yaml.slice(Math.max(0, i - 3), i))) {
			open.push({ char: c, at: i });
		}
	}
	return open.at(-1)?.at;
}
