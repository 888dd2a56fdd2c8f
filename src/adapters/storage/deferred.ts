import { DEFAULT_GUILD_SETTINGS, type Recorder, type ReportSource, type SettingsStore } from '../../core/storage.ts';
import type { Storage } from './index.ts';

// Events recorded before the database is open wait here; beyond this many they are dropped (and counted).
const EARLY_EVENTS = 1000;

export interface DeferredStorage {
	recorder: Recorder;
	settings: SettingsStore;
	reports: ReportSource;
	/** Resolves with the storage once it is open, or undefined if it never opened. */
	ready: Promise<Storage | undefined>;
	close(): Promise<void>;
}

/**
 * Storage that answers before it is open: the embedded engine takes seconds to start on a busy machine, and no
 * answer waits for it. Until it is open, settings are the defaults, reports are unavailable, and events wait in
 * a small buffer that is handed to the real queue when it opens.
 */
export function deferStorage(
	opening: Promise<Storage>,
	analytics: boolean,
	onFailure: (error: unknown) => void,
	onEarlyDropped: (count: number) => void,
): DeferredStorage {
	let open: Storage | undefined;
	const early: Parameters<Recorder['record']>[0][] = [];
	let earlyDropped = 0;
	const ready = opening.then(
		(storage) => {
			open = storage;
			for (const event of early.splice(0)) storage.recorder.record(event);
			if (earlyDropped > 0) onEarlyDropped(earlyDropped);
			return storage;
		},
		(error: unknown) => {
			onFailure(error);
			return undefined;
		},
	);
	const recorder: Recorder = {
		enabled: analytics,
		record(event) {
			if (open) open.recorder.record(event);
			else if (early.length < EARLY_EVENTS) early.push(event);
			else earlyDropped++;
		},
	};
	const settings: SettingsStore = {
		get: async (guildId) => (open ? open.settings.get(guildId) : { ...DEFAULT_GUILD_SETTINGS }),
		update: async (guildId, change, userId) => {
			const storage = open ?? (await ready);
			if (!storage) throw new Error('storage is not available');
			return storage.settings.update(guildId, change, userId);
		},
		anyAutoAnswer: async () => (open ? open.settings.anyAutoAnswer() : false),
	};
	const reports: ReportSource = {
		report: async (query) => {
			if (!open) throw new Error('storage is still opening');
			return open.reports.report(query);
		},
	};
	return {
		recorder,
		settings,
		reports,
		ready,
		close: async () => {
			const storage = await ready;
			await storage?.close();
		},
	};
}
