import { configDefaults, defineConfig } from 'vitest/config';

// Load tests that need the machine to themselves: they run after every other file has finished (groupOrder 1).
const ALONE = ['test/ops/proxy.test.ts'];

export default defineConfig({
	test: {
		// Builds dist/ first: the CLI and end-to-end suites run the built command, never a stale or missing one.
		globalSetup: ['test/global-setup.ts'],
		// The end-to-end suite spawns real bot processes; give them room on a 2-core CI machine.
		testTimeout: 30_000,
		hookTimeout: 30_000,
		projects: [
			{
				extends: true,
				test: { name: 'suite', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...ALONE] },
			},
			{ extends: true, test: { name: 'alone', include: ALONE, sequence: { groupOrder: 1 } } },
		],
	},
});
