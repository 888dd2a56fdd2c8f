import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { isSupportedLocale } from '../../core/locales.ts';
import { decodeCustomId } from '../../core/render/custom-id.ts';

/**
 * Prometheus metrics of one bot process (prom-client). Every label has a small, fixed set of values: a user id,
 * guild id, question or custom id never becomes a label, because each distinct value is a new time series kept
 * in memory by this process and by Prometheus forever.
 */

export type Surface = 'gateway' | 'http';
export type InteractionKind = 'command' | 'message-command' | 'autocomplete' | 'component' | 'mention';

/** One served interaction, as the adapters see it. */
export interface InteractionEvent {
	surface: Surface;
	kind: InteractionKind;
	/** The command name, or a component's custom id (only its action is kept). Absent for mentions. */
	name?: string;
	/** The asker's Discord locale as sent. */
	locale?: string | undefined;
	/** The reply status (`answer`, `suggestions`, `not-found`), the outcome (`choices`, `modal`, `delete`), or `error`. */
	status: string;
	seconds: number;
}

export interface ContentEvent {
	result: 'ok' | 'error';
	/** Present when content was (re)loaded: a short hash and the number of terms now served. */
	hash?: string;
	terms?: number;
}

export interface BotMetrics {
	readonly registry: Registry;
	interaction(event: InteractionEvent): void;
	content(event: ContentEvent): void;
}

export interface MetricsOptions {
	/** The commands the bot registers; any other name is counted as `other`. */
	commands: readonly string[];
	/** Default process metrics (CPU, memory, event loop lag, GC). Default true. */
	processMetrics?: boolean;
}

const STATUSES = new Set(['answer', 'suggestions', 'not-found', 'choices', 'modal', 'delete', 'error']);
// Answers normally take about a millisecond; Discord gives up at 3 s, so the buckets stop at 5 s.
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export function createMetrics(options: MetricsOptions): BotMetrics {
	const registry = new Registry();
	if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry });
	const commands = new Set(options.commands);
	const interactions = new Counter({
		name: 'glossary_interactions_total',
		help: 'Interactions and mentions answered, by surface, kind, command, locale and status.',
		labelNames: ['surface', 'kind', 'command', 'locale', 'status'] as const,
		registers: [registry],
	});
	const latency = new Histogram({
		name: 'glossary_answer_duration_seconds',
		help: 'Time from receiving an interaction or mention to handing its answer to Discord.',
		labelNames: ['surface', 'kind'] as const,
		buckets: LATENCY_BUCKETS,
		registers: [registry],
	});
	const reloads = new Counter({
		name: 'glossary_content_loads_total',
		help: 'Content loads and reloads, by result (ok: now served; error: rejected, the previous content stays).',
		labelNames: ['result'] as const,
		registers: [registry],
	});
	const info = new Gauge({
		name: 'glossary_content_info',
		help: 'Always 1; the hash label identifies the content this process serves.',
		labelNames: ['hash'] as const,
		registers: [registry],
	});
	const terms = new Gauge({ name: 'glossary_content_terms', help: 'Glossary terms served.', registers: [registry] });
	const loadedAt = new Gauge({
		name: 'glossary_content_loaded_timestamp_seconds',
		help: 'When the content now served was loaded (unix time).',
		registers: [registry],
	});

	return {
		registry,
		interaction(event) {
			const labels = {
				surface: event.surface,
				kind: event.kind,
				command: commandLabel(event, commands),
				locale: event.locale && isSupportedLocale(event.locale) ? event.locale : 'other',
				status: STATUSES.has(event.status) ? event.status : 'other',
			};
			interactions.inc(labels);
			latency.observe({ surface: event.surface, kind: event.kind }, event.seconds);
		},
		content(event) {
			reloads.inc({ result: event.result });
			if (event.result !== 'ok' || event.hash === undefined) return;
			// One series only: the previous hash is dropped, so reloads never grow the label set.
			info.reset();
			info.set({ hash: event.hash }, 1);
			if (event.terms !== undefined) terms.set(event.terms);
			loadedAt.set(Date.now() / 1000);
		},
	};
}

function commandLabel(event: InteractionEvent, commands: ReadonlySet<string>): string {
	if (event.kind === 'mention') return 'mention';
	if (event.kind === 'component') return decodeCustomId(event.name ?? '')?.action ?? 'other';
	return event.name !== undefined && commands.has(event.name) ? event.name : 'other';
}

/** Times a unit of work in seconds, for the latency histogram. */
export function stopwatch(): () => number {
	const started = performance.now();
	return () => (performance.now() - started) / 1000;
}
