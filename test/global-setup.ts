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
	// The bundled content's compiled index, built once here (as a deployment would), rather than by every test
	// process that starts first on a fresh clone.
	const index = spawnSync(process.execPath, ['bin/glossary-bot.js', 'build'], { cwd: root, encoding: 'utf8' });
	if (index.status !== 0) throw new Error(`glossary-bot build failed:\n${index.stdout}${index.stderr}`);
}
