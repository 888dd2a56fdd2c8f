/**
 * `npm run tune`: fits the ranking weights and thresholds (src/core/answer/ranking-fitted.ts) by coordinate
 * ascent on the training half of the question set: each parameter in turn takes, from a small grid, the
 * middle one of the values that answer most training questions right, until a round improves nothing. Prints top-1 accuracy on the
 * training half and on the held-out test half, which the fitting never sees. `--write` saves the fit.
 * `--only name,name` fits those parameters alone (`thresholds.answerLead`), the others kept as fitted: a new
 * parameter is fitted in minutes instead of a full fit's quarter of an hour.
 */
import { writeFileSync } from 'node:fs';
import { type Fitted, RANKING, type RankingConfig } from '../src/core/answer/ranking-config.ts';
import { FITTED } from '../src/core/answer/ranking-fitted.ts';
import { SECTION_KINDS } from '../src/core/content/section-kinds.ts';
import { evaluate, formatReport } from './eval/evaluate.ts';
import { loadEngine } from './eval/load.ts';
import { half, QUESTION_SETS } from './eval/sets.ts';

type Param = { name: string; get: (c: RankingConfig) => number; set: (c: RankingConfig, v: number) => void };

const weight = (
	key:
		| 'lexical'
		| 'crossLexical'
		| 'coverage'
		| 'kindWords'
		| 'weakerShape'
		| 'defaultShape'
		| 'topicLead'
		| 'definitional'
		| 'subject'
		| 'firstNamed'
		| 'markedName'
		| 'servedName'
		| 'modifierName'
		| 'clauseSubject'
		| 'specificName'
		| 'askedName'
		| 'subordinateName',
): Param => ({
	name: `weights.${key}`,
	get: (c) => c.weights[key],
	set: (c, v) => {
		c.weights[key] = v;
	},
});
const PARAMS: Param[] = [
	weight('lexical'),
	weight('crossLexical'),
	weight('coverage'),
	weight('kindWords'),
	weight('weakerShape'),
	weight('defaultShape'),
	weight('topicLead'),
	weight('definitional'),
	weight('subject'),
	weight('firstNamed'),
	weight('markedName'),
	weight('servedName'),
	weight('modifierName'),
	weight('clauseSubject'),
	weight('specificName'),
	weight('askedName'),
	weight('subordinateName'),
	// One weight for every kind: fitted per kind on the training half, the weights differed by chance (fitting on
	// batch 1 and checking on batch 2 of the training half, per-kind weights answered no more questions right).
	{
		name: 'weights.kind',
		get: (c) => c.weights.kind.definition,
		set: (c, v) => {
			for (const kind of SECTION_KINDS) c.weights.kind[kind] = v;
		},
	},
	...(
		[
			'answer',
			'answerUnshaped',
			'answerHeld',
			'answerHeldAsked',
			'answerLead',
			'answerLeadAsked',
			'leadHeld',
			'askedCueStrength',
			'suggest',
			'margin',
			'subjectEvidence',
			'modifierEvidence',
			'partialNameEvidence',
			'absentKindEvidence',
			'unknownEvidence',
			'unknownShare',
		] as const
	).map(
		(key): Param => ({
			name: `thresholds.${key}`,
			get: (c) => c.thresholds[key],
			set: (c, v) => {
				c.thresholds[key] = v;
			},
		}),
	),
];

const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? new Set((process.argv[onlyAt + 1] ?? '').split(',')) : undefined;
const FITTING = only ? PARAMS.filter((p) => only.has(p.name)) : PARAMS;
if (only && FITTING.length !== only.size) throw new Error(`--only: unknown parameter among ${[...only].join(', ')}`);

const GUARDS = [
	'thresholds.answer',
	'thresholds.answerUnshaped',
	'thresholds.answerHeld',
	'thresholds.answerHeldAsked',
	'thresholds.answerLead',
	'thresholds.answerLeadAsked',
	'thresholds.leadHeld',
	'thresholds.askedCueStrength',
	'thresholds.modifierEvidence',
	'thresholds.partialNameEvidence',
	'thresholds.absentKindEvidence',
	'thresholds.unknownEvidence',
];

const clone = (c: RankingConfig): RankingConfig => structuredClone(c);
const round = (v: number) => Math.round(v * 1000) / 1000;
const candidates = (v: number) =>
	[...new Set([0, 0.1, 0.25, 0.5, 1, 2, 4, v, v * 0.5, v * 0.8, v * 1.25, v * 2].map(round))].filter((x) => x >= 0);

// Every set's training half: a fit on one glossary alone learns that glossary's habits (on the bundled one,
// longer names were the more specific; glossary B names a feature with two words beside a one-word role).
const sets = QUESTION_SETS.map((set) => ({ set, engine: loadEngine(set.content) }));
// An answer to an off-topic question is worse than "nothing found" for an answerable one: the issue asks that
// every off-topic question gets "nothing found", and a wrong answer misleads where a miss only disappoints.
const OFF_TOPIC_ANSWERED_COST = 3;
const accuracy = (config: RankingConfig) =>
	sets.reduce((sum, { set, engine }) => {
		const report = evaluate(engine.withConfig(config), half(set, 'train'));
		const answeredOffTopic = report.byFailure.get('answered off-topic')?.total ?? 0;
		return sum + report.overall.correct - (OFF_TOPIC_ANSWERED_COST - 1) * answeredOffTopic;
	}, 0);

let best = clone(RANKING);
let bestScore = accuracy(best);
console.log(
	`start: ${bestScore} (training questions right, less ${OFF_TOPIC_ANSWERED_COST - 1} per off-topic one answered)`,
);
for (let roundNo = 1; roundNo <= 3; roundNo++) {
	let changed = false;
	for (const param of FITTING) {
		const current = param.get(best);
		const scored = candidates(current).map((value) => {
			const trial = clone(best);
			param.set(trial, value);
			return { value, trial, score: value === current ? bestScore : accuracy(trial) };
		});
		const top = Math.max(...scored.map((s) => s.score));
		// Of the values that answer most questions right, the middle one: a value on the edge of a plateau
		// fits the training half by luck more often than one inside it.
		const plateau = scored.filter((s) => s.score === top).sort((a, b) => a.value - b.value);
		// The thresholds that keep off-topic questions out take the safe end instead: the highest value that
		// costs nothing on the training half, since every off-topic question must get "nothing found".
		const pick = GUARDS.includes(param.name)
			? plateau[plateau.length - 1]
			: plateau[Math.floor((plateau.length - 1) / 2)];
		if (pick && pick.value !== current) {
			best = pick.trial;
			changed ||= top > bestScore;
			bestScore = top;
			console.log(`  round ${roundNo}: ${param.name} = ${pick.value} → ${top}`);
		}
	}
	if (!changed) break;
}

for (const { set, engine } of sets) {
	console.log(`# ${set.name}`);
	console.log(formatReport('training half', evaluate(engine.withConfig(best), half(set, 'train'))));
	if (!process.argv.includes('--train')) {
		const test = evaluate(engine.withConfig(best), half(set, 'test'));
		console.log(formatReport('test half (held out, never fitted on)', test));
	}
}
if (process.argv.includes('--write')) {
	// The fitted thresholds are the ones ranking-fitted.ts holds; the rest of the thresholds are limits.
	const thresholds = Object.fromEntries(
		Object.keys(FITTED.thresholds).map((key) => [key, best.thresholds[key as keyof Fitted['thresholds']]]),
	);
	const fitted = { weights: best.weights, thresholds };
	const source = `import type { Fitted } from './ranking-config.ts';

// Written by \`npm run tune -- --write\` from the training halves of scripts/eval/sets.ts; edit by re-fitting.
export const FITTED: Fitted = ${JSON.stringify(fitted, null, '\t')};
`;
	writeFileSync('src/core/answer/ranking-fitted.ts', source);
	console.log('wrote src/core/answer/ranking-fitted.ts (run `npm run format`)');
}
