/**
 * The container files, checked without a Docker engine (there is none on our machines): the Dockerfile with
 * dockerfile-utils (the parser and linter of the Dockerfile language server), compose.yaml against the Compose
 * Specification's JSON schema, and the links between them, the nginx config and the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { DockerfileParser, type Env } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { SERVER_LAUNCH_ENV } from '../../src/adapters/server-launch.ts';
import { REPO_ROOT } from '../e2e/bot-process.ts';

const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');

interface Service {
	profiles?: string[];
	command?: string[];
	image?: string;
	environment?: Record<string, string>;
	volumes?: string[];
	depends_on?: Record<string, unknown>;
	init?: boolean;
}
interface Compose {
	services: Record<string, Service>;
}

describe('Dockerfile', () => {
	const source = read('Dockerfile');
	const dockerfile = DockerfileParser.parse(source);
	const instructions = dockerfile.getInstructions();
	const named = (keyword: string) => instructions.filter((i) => i.getKeyword() === keyword);
	const lastFrom = Math.max(...named('FROM').map((i) => i.getRange().start.line));
	const runtime = instructions.filter((i) => i.getRange().start.line > lastFrom);

	it('has no problems according to dockerfile-utils', () => {
		const problems = validate(source).map((p) => `line ${p.range.start.line + 1}: ${p.message}`);
		expect(problems).toEqual([]);
		// The linter does report mistakes (here: an invalid port and an unknown instruction).
		expect(validate('FROM node:20\nEXPOSE eighty\nRUNN true\n').length).toBeGreaterThanOrEqual(2);
	});

	it('is multi-stage: npm ci and the build in one stage, production dependencies only in the runtime', () => {
		expect(named('FROM')).toHaveLength(2);
		const build = instructions.filter((i) => i.getRange().start.line < lastFrom).map((i) => i.getTextContent());
		expect(build.join('\n')).toMatch(/npm ci\b/);
		expect(build.join('\n')).toMatch(/npm run build/);
		// The compiled content index is built in the image, and the runtime is told where it is.
		expect(build.join('\n')).toMatch(/glossary-bot\.js build --content content --out (\S+)/);
		const out = /--out (\S+)/.exec(build.join('\n'))?.[1];
		expect(runtime.map((i) => i.getTextContent()).join('\n')).toContain(`INDEX_FILE=${out}`);
		const runs = runtime.filter((i) => i.getKeyword() === 'RUN').map((i) => i.getTextContent());
		expect(runs.join('\n')).toMatch(/npm ci --omit=dev/);
	});

	it('runs as a non-root user, with a HEALTHCHECK, volumes for content and data, and exec-form signals', () => {
		const user =
			runtime
				.filter((i) => i.getKeyword() === 'USER')
				.at(-1)
				?.getTextContent() ?? '';
		expect(user).toMatch(/^USER (?!root\b|0\b)\w+/);
		expect(runtime.some((i) => i.getKeyword() === 'HEALTHCHECK')).toBe(true);
		const volume = runtime.find((i) => i.getKeyword() === 'VOLUME')?.getTextContent() ?? '';
		expect(volume).toContain('/app/content');
		expect(volume).toContain('/data');
		// Exec form: node is PID 1 and receives SIGTERM itself (a shell would swallow it).
		const entrypoint = runtime.find((i) => i.getKeyword() === 'ENTRYPOINT')?.getTextContent() ?? '';
		expect(entrypoint).toMatch(/^ENTRYPOINT \[/);
	});

	it('starts the bot with the memory settings the bench measures it with', () => {
		const env = Object.fromEntries(
			runtime
				.filter((i) => i.getKeyword() === 'ENV')
				.flatMap((i) => (i as Env).getProperties().map((p) => [p.getName(), p.getValue()])),
		);
		expect(Object.keys(SERVER_LAUNCH_ENV).length).toBeGreaterThan(0);
		for (const [name, value] of Object.entries(SERVER_LAUNCH_ENV)) expect(env[name], name).toBe(value);
	});

	it('copies only files that exist and that .dockerignore lets into the build context', () => {
		const ignore = read('.dockerignore')
			.split('\n')
			.filter((l) => l.startsWith('!'))
			.map((l) => l.slice(1).replace(/\/$/, ''));
		const sources = named('COPY')
			.filter((i) => !i.getTextContent().includes('--from='))
			.flatMap((i) => {
				const args = i.getArguments().map((a) => a.getValue());
				return args.slice(0, -1);
			});
		expect(sources.length).toBeGreaterThan(3);
		for (const path of sources) {
			expect(existsSync(join(REPO_ROOT, path)), `${path} exists`).toBe(true);
			expect(
				ignore.some((allowed) => path === allowed || path.startsWith(`${allowed}/`)),
				`${path} is in the context`,
			).toBe(true);
		}
	});
});

describe('compose.yaml', () => {
	const compose = parseYaml(read('compose.yaml'), { merge: true }) as Compose;
	const inProfile = (profile: string) =>
		Object.entries(compose.services).filter(([, service]) => service.profiles?.includes(profile));

	it('is valid against the Compose Specification schema', () => {
		const schema = JSON.parse(read('deploy/schema/compose-spec.json')) as object;
		// The schema names its draft without the trailing '#', which Ajv does not resolve; it is plain draft-07.
		const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, validateSchema: false });
		const check = ajv.compile(schema);
		expect(check(compose), JSON.stringify(check.errors, null, 1)).toBe(true);
		// The schema does catch mistakes: a misspelt key and a wrong type.
		const broken = structuredClone(compose) as unknown as { services: Record<string, Record<string, unknown>> };
		if (broken.services.bot) broken.services.bot.restart_policy = 'always';
		if (broken.services.proxy) broken.services.proxy.ports = 8080;
		expect(check(broken)).toBe(false);
		expect(check.errors?.length).toBeGreaterThanOrEqual(2);
	});

	it('has a gateway profile with one bot (SHARDS passed through) and health on HEALTH_PORT', () => {
		const gateway = inProfile('gateway');
		expect(gateway.map(([name]) => name)).toEqual(['bot']);
		const bot = gateway[0]?.[1];
		expect(bot?.command).toEqual(['serve']);
		expect(Object.keys(bot?.environment ?? {})).toEqual(expect.arrayContaining(['SHARDS', 'HEALTH_PORT']));
		expect(bot?.init).toBe(true);
	});

	it('has an http profile: three serve-http replicas behind nginx with the deploy config, plus PostgreSQL', () => {
		const http = Object.fromEntries(inProfile('http'));
		const replicas = Object.entries(http).filter(([, s]) => s.command?.[0] === 'serve-http');
		expect(replicas.map(([name]) => name).sort()).toEqual(['http-1', 'http-2', 'http-3']);
		expect(http.postgres?.image).toMatch(/^postgres:/);
		for (const [, replica] of replicas) expect(replica.environment?.DATABASE_URL).toMatch(/@postgres:5432\//);
		const proxy = http.proxy;
		expect(proxy?.image).toMatch(/^nginx:/);
		expect(proxy?.volumes).toContain('./deploy/nginx/glossary-bot.conf:/etc/nginx/conf.d/default.conf:ro');
		// The proxy's upstream names exactly the replicas compose starts.
		const upstream = [...read('deploy/nginx/glossary-bot.conf').matchAll(/^\s*server\s+([\w.-]+):8080\b/gm)];
		expect(upstream.map((m) => m[1]).sort()).toEqual(replicas.map(([name]) => name).sort());
	});
});
