// Docker HEALTHCHECK: 0 when the bot in this container answers /healthz, 1 otherwise. Gateway mode (`serve`) serves
// it on HEALTH_PORT, HTTP mode (`serve-http`) on PORT; the first that answers 200 wins. Node's fetch, no curl needed.
const ports = [process.env.HEALTH_PORT, process.env.PORT].filter((p) => p && p !== '0');
for (const port of ports) {
	try {
		const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
		if (res.ok) process.exit(0);
	} catch {
		// Not this port: try the next.
	}
}
process.exit(1);
