/**
 * The storage event queue's drops, writes and depth as Prometheus series, read from a real EventQueue whose
 * database write fails and then recovers.
 */
import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/adapters/metrics/metrics.ts';
import { registerQueueMetrics } from '../../src/adapters/metrics/queue-metrics.ts';
import { EventQueue } from '../../src/adapters/storage/event-queue.ts';
import { sampleValue } from './signed-interactions.ts';

describe('event-queue metrics', () => {
	it('expose drops, failed writes, writes and depth as the queue sees them', async () => {
		let databaseUp = false;
		const queue = new EventQueue<number>({
			capacity: 3,
			batchSize: 10,
			intervalMs: 60_000,
			maxBackoffMs: 60_000,
			write: async () => {
				if (!databaseUp) throw new Error('connection refused');
			},
			onDropped: () => {},
			onWriteFailed: () => {},
			onResumed: () => {},
		});
		const metrics = createMetrics({ commands: [], processMetrics: false });
		registerQueueMetrics(metrics.registry, () => queue.stats);
		const scrape = async (name: string) => sampleValue(await metrics.registry.metrics(), name);

		for (let i = 0; i < 5; i += 1) queue.push(i);
		await queue.flush();
		expect(await scrape('glossary_event_queue_dropped_total')).toBe(2);
		expect(await scrape('glossary_event_queue_depth')).toBe(3);
		expect(await scrape('glossary_event_queue_failed_writes_total')).toBe(1);
		expect(await scrape('glossary_event_queue_written_total')).toBe(0);

		databaseUp = true;
		await queue.close();
		expect(await scrape('glossary_event_queue_written_total')).toBe(3);
		expect(await scrape('glossary_event_queue_depth')).toBe(0);
		// Counters never go down between scrapes.
		expect(await scrape('glossary_event_queue_dropped_total')).toBe(2);
	});

	it('reads zero while storage is off', async () => {
		const metrics = createMetrics({ commands: [], processMetrics: false });
		registerQueueMetrics(metrics.registry, () => undefined);
		const text = await metrics.registry.metrics();
		expect(sampleValue(text, 'glossary_event_queue_dropped_total')).toBe(0);
		expect(sampleValue(text, 'glossary_event_queue_depth')).toBe(0);
	});
});
