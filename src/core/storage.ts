import type { AnswerStatus } from './answer/engine.ts';
import type { ContentLanguage } from './locales.ts';

/**
 * What the core asks of storage. The adapters (src/adapters/storage) implement it over PGlite or PostgreSQL;
 * the core never waits on a database to answer: `record` only queues, and settings come from a cache.
 */

/** Where a question came from. */
export type Surface = 'define' | 'ask' | 'examples' | 'mention' | 'auto' | 'component' | 'cli';

/** One answered question. `id` is Discord's id of the interaction or message that asked it. */
export interface AskedEvent {
	type: 'asked';
	id: string;
	at: Date;
	surface: Surface;
	guildId: string | undefined;
	/** Raw Discord user id; the recorder keeps only a salted hash of it. */
	userId: string | undefined;
	/** The asker's Discord locale, as sent. */
	locale: string;
	/** The language the question was understood in. */
	lang: ContentLanguage;
	question: string;
	status: AnswerStatus;
	termId: string | undefined;
	sectionId: string | undefined;
	latencyMs: number;
	/** The retrieval confidence, when the engine gives one (0..1). */
	confidence?: number | undefined;
}

/** 👍 (1) or 👎 (-1) on an answer; a later vote by the same person on the same answer replaces it. */
export interface VoteEvent {
	type: 'vote';
	answerId: string;
	at: Date;
	guildId: string | undefined;
	userId: string;
	value: 1 | -1;
	lang: ContentLanguage;
	termId: string | undefined;
	sectionId: string | undefined;
	/** What the person wrote in the 👎 modal ("what were you looking for?"). */
	comment?: string | undefined;
}

/** A "did you mean" suggestion the asker picked: the right answer to their last unanswered question. */
export interface ClickEvent {
	type: 'click';
	at: Date;
	guildId: string | undefined;
	userId: string;
	lang: ContentLanguage;
	termId: string;
	sectionId: string | undefined;
}

export type UsageEvent = AskedEvent | VoteEvent | ClickEvent;

export interface Recorder {
	/** Never throws and never waits: the event is queued, or dropped (and counted) when the queue is full. */
	record(event: UsageEvent): void;
	readonly enabled: boolean;
}

export type AnswerVisibility = 'public' | 'private';

/** Per-server choices made with /settings. */
export interface GuildSettings {
	/** Whether slash-command answers are visible to the channel or only to the asker. */
	visibility: AnswerVisibility;
	/** The glossary language for public posts; undefined follows the server's Discord locale. */
	language: ContentLanguage | undefined;
	/** Channels where the bot answers questions without being mentioned. */
	autoChannels: string[];
	/** Whether answers carry 👍/👎 buttons. */
	votes: boolean;
	/** Minimum confidence (0..1) for an auto-answer; never below the built-in floor. */
	autoThreshold: number;
}

export const DEFAULT_GUILD_SETTINGS: Readonly<GuildSettings> = Object.freeze({
	visibility: 'private',
	language: undefined,
	autoChannels: [],
	votes: true,
	autoThreshold: 0.8,
});

export interface SettingsStore {
	/** Cached for a short lifetime; when storage is unreachable, the last known value or the defaults. */
	get(guildId: string): Promise<GuildSettings>;
	/** Writes through to the database (so other replicas see it within the cache lifetime). */
	update(guildId: string, change: Partial<GuildSettings>, userId: string): Promise<GuildSettings>;
	/** Whether any server has auto-answer on: only then does the bot ask for the Message Content intent. */
	anyAutoAnswer(): Promise<boolean>;
}

export interface ReportQuery {
	/** Only rows newer than this. */
	since: Date;
	lang?: ContentLanguage | undefined;
	guildId?: string | undefined;
	/** How many rows per list. */
	limit?: number | undefined;
}

export interface QuestionGroup {
	lang: string;
	normalized: string;
	/** One of the texts as asked (the most recent). */
	example: string;
	count: number;
}

export interface DownvotedSection {
	lang: string;
	termId: string;
	sectionId: string | null;
	down: number;
	up: number;
	comments: string[];
}

export interface AskedTerm {
	termId: string;
	count: number;
}

export interface ResolvedByClick {
	lang: string;
	normalized: string;
	question: string;
	termId: string;
	sectionId: string | null;
	count: number;
}

export interface MissingTranslation {
	lang: string;
	termId: string;
	count: number;
}

export interface SettingsChange {
	at: string;
	guildId: string;
	change: Partial<GuildSettings>;
}

export interface UsageReport {
	since: string;
	lang: string | null;
	guildId: string | null;
	totals: { questions: number; answered: number; suggestions: number; notFound: number; up: number; down: number };
	unanswered: QuestionGroup[];
	lowConfidence: QuestionGroup[];
	downvoted: DownvotedSection[];
	topTerms: AskedTerm[];
	resolvedByClick: ResolvedByClick[];
	missingTranslations: MissingTranslation[];
	settingsChanges: SettingsChange[];
}

export interface ReportSource {
	report(query: ReportQuery): Promise<UsageReport>;
}
