import { Counter, Gauge, type Registry } from 'prom-client';
import type { QueueStats } from '../storage/event-queue.ts';

/**
 * The storage event queue, read at each scrape. Drops mean usage events were lost because the database was down or
 * slow for longer than the queue could hold; answers are never affected.
 */
export function registerQueueMetrics(registry: Registry, stats: () => QueueStats | undefined): void {
	const counter = (name: string, help: string, pick: (s: QueueStats) => number) =>
		new Counter({
			name,
			help,
			registers: [registry],
			collect() {
				const now = stats();
				if (!now) return;
				// The queue keeps running totals; a counter that mirrors one is reset and set to it.
				this.reset();
				this.inc(pick(now));
			},
		});
	counter('glossary_event_queue_dropped_total', 'Usage events dropped because the queue was full.', (s) => s.dropped);
	counter('glossary_event_queue_written_total', 'Usage events written to the database.', (s) => s.written);
	counter(
		'glossary_event_queue_failed_writes_total',
		'Batches the database refused or could not take (retried with back-off).',
		(s) => s.failedWrites,
	);
	new Gauge({
		name: 'glossary_event_queue_depth',
		help: 'Usage events waiting in memory to be written.',
		registers: [registry],
		collect() {
			const now = stats();
			if (now) this.set(now.queued);
		},
	});
}
