/**
 * Whether to colour a stream, by the common conventions: FORCE_COLOR wins (0/false turn colour off),
 * then NO_COLOR (any non-empty value), then only a TTY that is not `TERM=dumb` gets colour.
 */
export function useColor(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
	const force = env.FORCE_COLOR;
	if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
	if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
	return stream.isTTY === true && env.TERM !== 'dumb';
}
