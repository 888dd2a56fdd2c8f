/**
 * What a section is for, independent of its id and language. The engine asks for kinds ("a question about
 * pay wants a `cost` section"), never for section ids, so an author who writes `{#compensation kind=cost}`
 * gets the same answers as one who writes `{#costs}`.
 */
export const SECTION_KINDS = [
	'definition',
	'how-it-works',
	'examples',
	'differences',
	'cost',
	'requirements',
	'history',
	'risks',
	'summary',
	'topic',
] as const;

export type SectionKind = (typeof SECTION_KINDS)[number];

export function isSectionKind(value: string): value is SectionKind {
	return (SECTION_KINDS as readonly string[]).includes(value);
}

/**
 * Conventional section ids and the id words that imply a kind, for sections that declare none
 * (docs/content-format.md lists them). An id is split on hyphens; every word that names a kind adds it, so
 * `licensing-and-pay` is both `requirements` and `cost`.
 */
const ID_WORDS: Record<string, SectionKind> = {
	definition: 'definition',
	what: 'definition',
	how: 'how-it-works',
	works: 'how-it-works',
	process: 'how-it-works',
	examples: 'examples',
	example: 'examples',
	types: 'examples',
	kinds: 'examples',
	differences: 'differences',
	difference: 'differences',
	vs: 'differences',
	comparison: 'differences',
	pay: 'cost',
	fees: 'cost',
	fee: 'cost',
	costs: 'cost',
	cost: 'cost',
	pricing: 'cost',
	salary: 'cost',
	compensation: 'cost',
	commission: 'cost',
	earnings: 'cost',
	requirements: 'requirements',
	credentials: 'requirements',
	licensing: 'requirements',
	qualifications: 'requirements',
	regulation: 'requirements',
	history: 'history',
	origins: 'history',
	risks: 'risks',
	risk: 'risks',
	drawbacks: 'risks',
	takeaways: 'summary',
	summary: 'summary',
	tldr: 'summary',
};

/** Kinds implied by a section id; `topic` (answered by its words alone) when the id names none. */
export function inferKinds(sectionId: string): SectionKind[] {
	const kinds = new Set<SectionKind>();
	for (const word of sectionId.split('-')) {
		const kind = ID_WORDS[word];
		if (kind) kinds.add(kind);
	}
	return kinds.size > 0 ? [...kinds] : [];
}
