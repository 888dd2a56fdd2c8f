// Errors that mean the API was never reached: nothing about the token can be concluded from them.
const NETWORK = new Set([
	'ECONNREFUSED',
	'ECONNRESET',
	'ENOTFOUND',
	'EAI_AGAIN',
	'ETIMEDOUT',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'EPIPE',
	'CERT_HAS_EXPIRED',
	'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
	'UND_ERR_CONNECT_TIMEOUT',
	'UND_ERR_SOCKET',
	'UND_ERR_HEADERS_TIMEOUT',
]);

interface ErrorLike {
	name?: string;
	message?: string;
	code?: string | number;
	status?: number;
	cause?: unknown;
}

/** The error and its causes, outermost first (undici wraps the socket error as `cause`). */
function chain(error: unknown): ErrorLike[] {
	const out: ErrorLike[] = [];
	let current: unknown = error;
	while (current && typeof current === 'object' && out.length < 5) {
		out.push(current as ErrorLike);
		current = (current as ErrorLike).cause;
	}
	return out;
}

/**
 * One line saying what actually failed when talking to Discord: unreachable (network, DNS, DISCORD_API_URL),
 * a rejected token, missing intents or permissions, or Discord's own refusal. Never includes the token.
 */
export function describeDiscordFailure(error: unknown, apiUrl: string | undefined, what: string): string {
	const errors = chain(error);
	const api = apiUrl ?? 'https://discord.com/api';
	const network = errors.find(
		(e) => NETWORK.has(String(e.code)) || e.name === 'AbortError' || e.name === 'TimeoutError',
	);
	if (network) {
		const code = network.code ?? network.name;
		return `could not reach Discord's API at ${api} (${code}). Check the network, any proxy, and DISCORD_API_URL if you set it.`;
	}
	const status = errors.find((e) => typeof e.status === 'number')?.status;
	const codes = errors.map((e) => String(e.code));
	if (codes.includes('TokenInvalid') || status === 401) {
		return 'Discord rejected the bot token (401 Unauthorized). Check DISCORD_TOKEN: Developer Portal → Bot → Reset Token.';
	}
	if (codes.includes('DisallowedIntents')) {
		return 'Discord refused the gateway intents this bot asks for. Check the Privileged Gateway Intents of the application.';
	}
	if (status === 403) {
		return `Discord refused ${what} (403 Forbidden). Check that DISCORD_CLIENT_ID is this bot's application and, with DISCORD_GUILD_ID, that the bot is in that server.`;
	}
	const first = errors[0];
	const detail = first ? `${first.name ?? 'Error'}: ${first.message ?? ''}`.trim() : String(error);
	return `Discord refused ${what}${status ? ` (HTTP ${status})` : ''}: ${detail}`;
}
