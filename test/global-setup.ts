/**
 * Builds dist/ once before any test file runs. The CLI, content and end-to-end suites run the installed
 * command (`bin/glossary-bot.js` → dist/), so without this they would test whatever was built last, or nothing.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
	const root = fileURLToPath(new URL('..', import.meta.url));
	const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
	const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
	if (run.status !== 0)
		throw new Error(`npm run build failed, so the built CLI cannot be tested:\n${run.stdout}${run.stderr}`);
}
