/**
 * Live reload on the production path: the real `glossary-bot serve-http` (built code) on a copy of the content,
 * with signed interactions arriving all the time. Add a term, edit a section, break a file (the old content
 * keeps serving and /healthz says so), fix it, SIGHUP: every request is answered throughout.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../../bin/glossary-bot.js');
const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const PUBLIC_HEX = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('hex');

function signed(body: string, key: KeyObject) {
	const timestamp = String(Math.floor(Date.now() / 1000));
	const signature = sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), key).toString('hex');
	return { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp };
}

let seq = 1_300_000_000_000_000_000n;
function command(name: 'define' | 'ask', value: string): string {
	const id = String(seq++);
	return JSON.stringify({
		id,
		application_id: '1200000000000000000',
		type: 2,
		token: `t-${id}`,
		version: 1,
		channel: { id: '1100000000000000002', type: 0 },
		user: { id: '1100000000000000003', username: 'u', discriminator: '0', global_name: null },
		locale: 'en-US',
		data: {
			id: '1200000000000000001',
			name,
			type: 1,
			options: [{ type: 3, name: name === 'ask' ? 'question' : 'term', value }],
		},
	});
}

async function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const s = createServer().listen(0, '127.0.0.1', () => {
			const address = s.address();
			s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

describe('live reload (serve-http, real process)', () => {
	const work = mkdtempSync(join(tmpdir(), 'glossary-reload-'));
	const content = join(work, 'content');
	let child: ChildProcess;
	let url = '';
	let log = '';
	let stopTraffic = false;
	const traffic = { sent: 0, failed: [] as string[] };
	let trafficDone: Promise<void> = Promise.resolve();

	const interact = async (name: 'define' | 'ask', value: string) => {
		const body = command(name, value);
		const res = await fetch(`${url}/interactions`, { method: 'POST', headers: signed(body, privateKey), body });
		return { status: res.status, text: await res.text() };
	};
	const health = async () =>
		(await (await fetch(`${url}/healthz`)).json()) as { content: { hash: string; terms: number; reload: string } };
	const until = async (what: string, ok: () => Promise<boolean>, ms = 90_000) => {
		const end = Date.now() + ms;
		while (Date.now() < end) {
			if (await ok().catch(() => false)) return;
			await new Promise((r) => setTimeout(r, 100));
		}
		throw new Error(`timed out waiting for ${what}; log tail:\n${log.slice(-2000)}`);
	};

	beforeAll(async () => {
		cpSync(join(import.meta.dirname, '../../content'), content, {
			recursive: true,
			filter: (src) => !src.includes('/.index'),
		});
		const port = await freePort();
		url = `http://127.0.0.1:${port}`;
		child = spawn(process.execPath, [BIN, 'serve-http'], {
			env: {
				PATH: process.env.PATH,
				DISCORD_PUBLIC_KEY: PUBLIC_HEX,
				DISCORD_CLIENT_ID: '1200000000000000000',
				CONTENT_DIR: content,
				PORT: String(port),
				HOST: '127.0.0.1',
				LOG_LEVEL: 'info',
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		child.stdout?.on('data', (d: Buffer) => {
			log += d.toString();
		});
		child.stderr?.on('data', (d: Buffer) => {
			log += d.toString();
		});
		await until('ready', async () => (await fetch(`${url}/healthz`)).status === 200);
		await until('the watcher', async () => log.includes('watching content for changes'));
		// Requests all along: a define and a question, one after another, for the whole test.
		trafficDone = (async () => {
			while (!stopTraffic) {
				for (const [name, value] of [
					['define', 'back office'],
					['ask', 'what does a realtor do?'],
				] as const) {
					traffic.sent++;
					const r = await interact(name, value).catch((e: Error) => ({ status: 0, text: e.message }));
					if (r.status !== 200 || !r.text.includes('"embeds"'))
						traffic.failed.push(`${r.status} ${r.text.slice(0, 200)}`);
				}
				await new Promise((r) => setTimeout(r, 20));
			}
		})();
	}, 120_000);

	afterAll(async () => {
		stopTraffic = true;
		await trafficDone;
		child?.kill('SIGTERM');
		rmSync(work, { recursive: true, force: true });
	});

	it('adds a term, edits a section, keeps serving through a broken file, recovers, and no request fails', async () => {
		const first = await health();
		expect(first.content).toMatchObject({ terms: 11, reload: 'ok' });

		// 1. A new term.
		writeFileSync(
			join(content, 'en', 'zebra-crossing.md'),
			'---\nid: zebra-crossing\nlang: en\ntitle: Zebra Crossing\ndescription: A marked place where people on foot cross a road.\n---\n\n## What is a zebra crossing? {#definition}\n\nA zebra crossing is a stripy place where walkers cross the road and cars must stop.\n',
		);
		await until('the new term', async () => (await health()).content.terms === 12);
		const added = await interact('define', 'zebra crossing');
		expect(added.text).toContain('stripy place where walkers cross');

		// 2. An edited section.
		const backoffice = join(content, 'en', 'backoffice.md');
		const original = readFileSync(backoffice, 'utf8');
		const edited = original.replace(
			'The back office is the part of a company',
			'The back office (edited while serving) is the part of a company',
		);
		expect(edited).not.toBe(original);
		const beforeEdit = (await health()).content.hash;
		writeFileSync(backoffice, edited);
		await until('the edit', async () => (await health()).content.hash !== beforeEdit);
		expect((await interact('define', 'back office')).text).toContain('(edited while serving)');
		const goodHash = (await health()).content.hash;

		// 3. A broken file: the old content keeps serving, /healthz says so, the log has check's report.
		const realtor = join(content, 'en', 'realtor.md');
		const realtorSource = readFileSync(realtor, 'utf8');
		writeFileSync(
			realtor,
			realtorSource.replace('id: realtor', 'id: Not A Valid Id!').replace('{#definition}', '{#definition'),
		);
		await until('the failed reload', async () => (await health()).content.reload.startsWith('failed: '));
		const broken = await health();
		expect(broken.content.reload).toMatch(/^failed: \d+ errors?$/);
		expect(broken.content).toMatchObject({ hash: goodHash, terms: 12 });
		// The same report as `check`, naming the file (logged just before /healthz changed; give it time to arrive).
		await until('the report in the log', async () => log.includes('en/realtor.md'));
		expect((await interact('ask', 'what does a realtor do?')).text).toContain('realtor');
		expect((await interact('define', 'zebra crossing')).text).toContain('stripy place');

		// 4. Fixed: back to the good content, reload ok.
		writeFileSync(realtor, realtorSource);
		await until('the recovery', async () => (await health()).content.reload === 'ok');
		expect((await health()).content).toMatchObject({ hash: goodHash, terms: 12 });

		// 5. SIGHUP reloads too (and does not kill the process).
		child.kill('SIGHUP');
		await until('the SIGHUP reload', async () => log.includes('"reason":"SIGHUP"'));
		await until('SIGHUP reload done', async () => (await health()).content.reload === 'ok');
		expect(child.exitCode).toBeNull();

		stopTraffic = true;
		await trafficDone;
		expect(traffic.failed).toEqual([]);
		expect(traffic.sent).toBeGreaterThan(20);
	}, 300_000);
});
