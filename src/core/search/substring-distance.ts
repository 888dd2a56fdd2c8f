/**
 * Approximate substring matching (Sellers): the fewest edits (insertions, deletions, substitutions) that turn
 * `pattern` into some part of `text`. That is what Fuse.js's Bitap search finds with `ignoreLocation` (its
 * score is errors / pattern length), so a name this rejects Fuse would reject too: checking it costs a few
 * hundred cell updates, where handing the name to Fuse costs an object, an index record and a Bitap run.
 */
export class SubstringDistance {
	#row = new Int32Array(64);

	/** Whether some part of `text` is within `max` edits of `pattern`. */
	within(pattern: string, text: string, max: number): boolean {
		return this.distance(pattern, text, max) <= max;
	}

	/** The fewest edits from `pattern` to a part of `text`, or `max` + 1 if that is more than `max`. */
	distance(pattern: string, text: string, max: number): number {
		const n = pattern.length;
		if (this.#row.length <= n) this.#row = new Int32Array(2 * (n + 1));
		const row = this.#row;
		// row[i]: fewest edits turning pattern[0..i) into some part of the text that ends here (row[0] stays 0:
		// a match may start anywhere).
		for (let i = 0; i <= n; i++) row[i] = i;
		let best = n;
		for (let j = 0; j < text.length && best > 0; j++) {
			const c = text.charCodeAt(j);
			let diagonal = 0;
			for (let i = 1; i <= n; i++) {
				const above = row[i] as number;
				const value = Math.min(
					diagonal + (pattern.charCodeAt(i - 1) === c ? 0 : 1),
					above + 1,
					(row[i - 1] as number) + 1,
				);
				diagonal = above;
				row[i] = value;
			}
			if ((row[n] as number) < best) best = row[n] as number;
		}
		return best <= max ? best : max + 1;
	}
}
