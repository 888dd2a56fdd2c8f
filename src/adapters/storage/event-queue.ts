export interface QueueOptions<T> {
	/** Most events held in memory; beyond it new events are dropped and counted. */
	capacity: number;
	/** Most events written in one go. */
	batchSize: number;
	/** How often the queue is flushed when nothing fails. */
	intervalMs: number;
	/** Longest wait between attempts while the database fails. */
	maxBackoffMs: number;
	write(batch: T[]): Promise<void>;
	/** Told once per flush interval how many events were dropped since the last time. */
	onDropped(count: number, totalDropped: number): void;
	onWriteFailed(error: unknown, queued: number): void;
	onResumed(written: number): void;
}

export interface QueueStats {
	queued: number;
	written: number;
	dropped: number;
	failedWrites: number;
}

/**
 * A bounded in-memory queue flushed in batches by a timer, so that no answer ever waits on the database.
 * A failed batch stays at the head and is retried with back-off; when memory is full, new events are
 * dropped (not old ones: the head is what is being retried).
 */
export class EventQueue<T> {
	readonly #o: QueueOptions<T>;
	#items: T[] = [];
	#written = 0;
	#dropped = 0;
	#droppedUnreported = 0;
	#failedWrites = 0;
	#failing = false;
	#backoff: number;
	#timer: NodeJS.Timeout | undefined;
	#flushing: Promise<void> | undefined;
	#closed = false;

	constructor(options: QueueOptions<T>) {
		this.#o = options;
		this.#backoff = options.intervalMs;
		this.#schedule(options.intervalMs);
	}

	push(item: T): boolean {
		if (this.#closed || this.#items.length >= this.#o.capacity) {
			this.#dropped++;
			this.#droppedUnreported++;
			return false;
		}
		this.#items.push(item);
		return true;
	}

	get stats(): QueueStats {
		return {
			queued: this.#items.length,
			written: this.#written,
			dropped: this.#dropped,
			failedWrites: this.#failedWrites,
		};
	}

	/** Writes everything queued (unless the database fails). Concurrent calls share one flush. */
	flush(): Promise<void> {
		this.#flushing ??= this.#drain().finally(() => {
			this.#flushing = undefined;
		});
		return this.#flushing;
	}

	/** Stops the timer and makes one last attempt to write what is queued. */
	async close(): Promise<void> {
		this.#closed = true;
		if (this.#timer) clearTimeout(this.#timer);
		await this.flush();
	}

	async #drain(): Promise<void> {
		this.#reportDrops();
		while (this.#items.length > 0) {
			const batch = this.#items.slice(0, this.#o.batchSize);
			try {
				await this.#o.write(batch);
			} catch (error) {
				this.#failedWrites++;
				if (!this.#failing) this.#o.onWriteFailed(error, this.#items.length);
				this.#failing = true;
				this.#backoff = Math.min(this.#backoff * 2, this.#o.maxBackoffMs);
				return;
			}
			this.#items.splice(0, batch.length);
			this.#written += batch.length;
			if (this.#failing) {
				this.#failing = false;
				this.#o.onResumed(batch.length);
			}
			this.#backoff = this.#o.intervalMs;
		}
	}

	#reportDrops(): void {
		if (this.#droppedUnreported === 0) return;
		this.#o.onDropped(this.#droppedUnreported, this.#dropped);
		this.#droppedUnreported = 0;
	}

	#schedule(ms: number): void {
		if (this.#closed) return;
		this.#timer = setTimeout(() => {
			void this.flush().finally(() => this.#schedule(this.#backoff));
		}, ms);
		// Recording never keeps the process alive on its own.
		this.#timer.unref();
	}
}
