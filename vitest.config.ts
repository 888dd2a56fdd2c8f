import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		// The end-to-end suite spawns real bot processes; give them room on a 2-core CI machine.
		testTimeout: 30_000,
		hookTimeout: 30_000,
	},
});
