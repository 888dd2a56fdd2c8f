import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * One full garbage collection, now. Loading a compiled index leaves its JSON part behind as garbage (a string
 * of up to twice its bytes, and the parser's temporaries: ~100 MB at 5,000 terms); left alone, V8 collects it
 * with a full mark-compact during the first requests, a pause of tens to hundreds of milliseconds under them
 * (the bench's /ask p99 at 5,000 terms). A server pays it before it says it is ready instead.
 *
 * Node exposes `gc` only with --expose-gc; the flag can be set at run time, and a context made after that
 * has the function (the main context does not, so nothing else sees it).
 */
export function collectGarbage(): void {
	let gc = (globalThis as { gc?: () => void }).gc;
	if (!gc) {
		setFlagsFromString('--expose-gc');
		gc = runInNewContext('gc') as (() => void) | undefined;
	}
	gc?.();
}
