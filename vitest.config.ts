import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		// Builds dist/ first: the CLI and end-to-end suites run the built command, never a stale or missing one.
		globalSetup: ['test/global-setup.ts'],
		// The end-to-end suite spawns real bot processes; give them room on a 2-core CI machine.
		testTimeout: 30_000,
		hookTimeout: 30_000,
	},
});
