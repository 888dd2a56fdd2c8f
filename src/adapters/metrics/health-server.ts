import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Readiness {
	ready: boolean;
	/** Shown as JSON: what is and is not ready (shards, content). */
	detail: Record<string, unknown>;
}

export interface MetricsSource {
	contentType: string;
	metrics(): Promise<string>;
}

export interface HealthRoutes {
	readiness: () => Readiness;
	metrics: MetricsSource;
	/** The content being served (hash, terms, last reload), shown by /healthz. */
	content?: () => Record<string, unknown>;
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * `GET /healthz` (the process is alive and serving its event loop), `GET /readyz` (it can answer: 200 or 503 with
 * the detail) and `GET /metrics` (Prometheus text format). Returns undefined for other paths, so the HTTP
 * interactions server can mount the same routes on its own port.
 */
export function healthRoutes(routes: HealthRoutes): Record<string, RequestHandler> {
	return {
		'/healthz': async (_req, res) =>
			sendJson(res, 200, { status: 'ok', ...(routes.content ? { content: routes.content() } : {}) }),
		'/readyz': async (_req, res) => {
			const { ready, detail } = routes.readiness();
			sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', ...detail });
		},
		'/metrics': async (_req, res) => {
			const text = await routes.metrics.metrics();
			res.writeHead(200, { 'content-type': routes.metrics.contentType, 'content-length': Buffer.byteLength(text) });
			res.end(text);
		},
	};
}

/** The small listener of gateway mode (HEALTH_PORT): health, readiness and metrics, nothing else. */
export function createHealthServer(routes: HealthRoutes): Server {
	const handlers = healthRoutes(routes);
	return createServer((req, res) => {
		const handler = handlers[(req.url ?? '/').split('?')[0] ?? '/'];
		if (!handler) return sendJson(res, 404, { error: 'not found' });
		if (req.method !== 'GET' && req.method !== 'HEAD')
			return sendJson(res, 405, { error: 'method not allowed' }, { allow: 'GET, HEAD' });
		handler(req, res).catch((err: unknown) => {
			if (!res.headersSent) sendJson(res, 500, { error: (err as Error).message });
			else res.destroy();
		});
	});
}

/** Listens and resolves with the bound port (PORT 0 picks a free one). */
export function listen(server: Server, port: number, host: string): Promise<number> {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			server.off('error', reject);
			resolve((server.address() as AddressInfo).port);
		});
	});
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
	const text = JSON.stringify(body);
	res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
	res.end(text);
}
