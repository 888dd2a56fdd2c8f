/** The CLI's exit codes (documented in the README): scripts can tell "no answer" from "broken". */
export const EXIT = {
	/** Answered; or the command did what it was asked (check found no errors, help shown). */
	ok: 0,
	/** Could not do the job: broken or missing content, bad configuration, Discord unreachable or refusing. */
	failure: 1,
	/** Usage: unknown command or flag, missing argument, an empty question. */
	usage: 2,
	/** Ran fine but found no answer: nothing matched, or only "did you mean" suggestions. */
	noAnswer: 3,
	/** A bug: an unexpected exception (EX_SOFTWARE). */
	internal: 70,
} as const;
