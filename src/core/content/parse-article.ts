import type { Link, Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString as mdToString } from 'mdast-util-to-string';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { isContentLanguage } from '../locales.ts';
import type { Article, ContentFile, Problem, Section } from './types.ts';

export const TERM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HEADING_ID = /\s*\{#([^}\s]*)\}\s*$/;
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export interface ParseResult {
	article: Article | undefined;
	problems: Problem[];
}

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
		const line = lineCounter.linePos(error.pos[0]).line + 1;
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
	if (sections.length > 0 && !sections.some((s) => s.id === 'definition')) {
		problem(bodyLineOffset + 1, 'no `definition` section: every article needs one (it is what /define shows)');
	}

	const links = [...new Set([...sections.flatMap((s) => s.links), ...related])];
	const hasErrors = problems.some((p) => p.severity === 'error');
	if (hasErrors || !isContentLanguage(lang)) return { article: undefined, problems };
	return {
		article: { id, lang, title, description, aliases, examples, links, keywords, sections, file: file.path },
		problems,
	};
}

type Report = (line: number, message: string, severity?: Problem['severity']) => void;

function parseSections(body: string, lineOffset: number, problem: Report): Section[] {
	const root: Root = fromMarkdown(body);
	const sections: Section[] = [];
	const seen = new Map<string, number>();
	let current: { section: Section; nodes: RootContent[]; start: number } | undefined;
	let group: string | undefined;
	let sawHeading = false;

	const finish = (end: number) => {
		if (!current) return;
		const { section, nodes, start } = current;
		const raw = body.slice(start, end);
		section.markdown = renderDiscordMarkdown(raw, nodes, start).trim();
		section.text = nodes.map(plainText).join('\n\n').trim();
		section.refs = nodes.flatMap((n) => internalLinks(n, lineOffset, problem));
		section.links = [...new Set(section.refs.map((r) => r.id))];
		sections.push(section);
	};

	for (const node of root.children) {
		const line = (node.position?.start.line ?? 1) + lineOffset;
		if (node.type === 'heading') {
			sawHeading = true;
			const offset = node.position?.start.offset ?? 0;
			finish(offset);
			current = undefined;
			if (node.depth === 1) {
				problem(line, 'a `#` heading is not allowed: the title belongs in the front matter');
				continue;
			}
			if (node.depth > 3) {
				problem(line, `a heading of level ${node.depth}: sections use \`##\` or \`###\``);
				continue;
			}
			const text = mdToString(node);
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
			const level = node.depth as 2 | 3;
			if (level === 2) group = undefined;
			current = {
				section: {
					id,
					heading,
					level,
					parentId: level === 3 ? group : undefined,
					markdown: '',
					text: '',
					links: [],
					refs: [],
					line,
					isGroup: false,
				},
				nodes: [],
				start: node.position?.end.offset ?? offset,
			};
			if (level === 2) group = id;
			continue;
		}
		if (!current) {
			// Text under a rejected heading was already reported with that heading.
			if (sawHeading) continue;
			if (node.type !== 'html' || !/^<!--[\s\S]*-->$/.test(node.value.trim())) {
				problem(line, 'text before the first `##` heading: every paragraph must sit in a section');
			}
			continue;
		}
		current.nodes.push(node);
	}
	finish(body.length);

	// A `##` heading with no text of its own that is followed by `###` sections groups them.
	for (const [i, section] of sections.entries()) {
		if (section.text !== '') continue;
		const next = sections[i + 1];
		if (section.level === 2 && next?.level === 3) section.isGroup = true;
		else problem(section.line, `section "${section.id}" has no text`);
	}
	return sections;
}

/** Plain text of a block; list items and quoted paragraphs stay separate lines, not run together. */
function plainText(node: Nodes): string {
	if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') {
		return node.children.map((child) => plainText(child as Nodes)).join('\n');
	}
	return mdToString(node);
}

function internalLinks(node: Nodes, lineOffset: number, problem: Report): { id: string; line: number }[] {
	const found: { id: string; line: number }[] = [];
	const visit = (n: Nodes) => {
		if (n.type === 'link') {
			const target = linkTarget(n);
			const line = (n.position?.start.line ?? 1) + lineOffset;
			if (target !== undefined) {
				if (TERM_ID.test(target)) found.push({ id: target, line });
				else problem(line, `link "${n.url}" is not a term id such as /customer-facing`);
			} else if (!/^https?:\/\//.test(n.url)) {
				problem(line, `link "${n.url}" goes nowhere: link terms as /term-id, or use a full https:// address`);
			}
		}
		if ('children' in n) for (const child of n.children) visit(child as Nodes);
	};
	visit(node);
	return found;
}

function linkTarget(link: Link): string | undefined {
	if (!link.url.startsWith('/')) return undefined;
	return link.url.slice(1).replace(/\/$/, '');
}

/** Replaces cross-reference links with their text: Discord embeds cannot follow relative links. */
function renderDiscordMarkdown(raw: string, nodes: RootContent[], base: number): string {
	const edits: { start: number; end: number; text: string }[] = [];
	const visit = (n: Nodes) => {
		if (n.type === 'link' && linkTarget(n) !== undefined && n.position) {
			const inner = n.children[0]?.position?.start.offset;
			const innerEnd = n.children.at(-1)?.position?.end.offset;
			const text = inner !== undefined && innerEnd !== undefined ? raw.slice(inner - base, innerEnd - base) : '';
			edits.push({ start: (n.position.start.offset ?? 0) - base, end: (n.position.end.offset ?? 0) - base, text });
			return;
		}
		if ('children' in n) for (const child of n.children) visit(child as Nodes);
	};
	for (const node of nodes) visit(node);
	let out = raw;
	for (const edit of edits.sort((a, b) => b.start - a.start)) {
		out = out.slice(0, edit.start) + edit.text.trim() + out.slice(edit.end);
	}
	return out;
}
