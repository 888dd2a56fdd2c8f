import { basename } from 'node:path';
import { watch } from 'chokidar';

/**
 * Calls `onChange` once after content files stop changing for `debounceMs` (an editor's save, a `git pull`
 * that touches hundreds of files). chokidar, because `fs.watch` reports events per platform differently
 * (renames, editors' atomic saves, recursive folders on Linux) and chokidar smooths that over. Dot-files and
 * dot-folders (the compiled index, editors' swap files) are ignored. Returns a function that stops watching.
 */
export function watchContent(
	dir: string,
	onChange: (paths: string[]) => void,
	options: { debounceMs?: number; onError?: (error: unknown) => void; onReady?: () => void } = {},
): () => Promise<void> {
	const debounceMs = options.debounceMs ?? 300;
	let timer: NodeJS.Timeout | undefined;
	let changed = new Set<string>();
	const watcher = watch(dir, {
		ignoreInitial: true,
		ignored: (path) => path !== dir && basename(path).startsWith('.'),
	});
	watcher.on('all', (_event, path) => {
		if (!path.endsWith('.md') && !_event.endsWith('Dir')) return;
		changed.add(path);
		clearTimeout(timer);
		timer = setTimeout(() => {
			const paths = [...changed];
			changed = new Set();
			onChange(paths);
		}, debounceMs);
	});
	watcher.on('error', (error) => options.onError?.(error));
	watcher.on('ready', () => options.onReady?.());
	return async () => {
		clearTimeout(timer);
		await watcher.close();
	};
}
