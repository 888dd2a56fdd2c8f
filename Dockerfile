# syntax=docker/dockerfile:1
# glossary-bot: one image for both modes.
#   docker build -t glossary-bot .
#   docker run --env-file .env -p 8081:8081 glossary-bot                      # gateway mode (serve), health on 8081
#   docker run --env-file .env -p 8080:8080 glossary-bot serve-http           # HTTP interactions mode
# compose.yaml runs either profile; docs/operations.md explains the choices.

ARG NODE_VERSION=20

# ---- build: every dependency, compile TypeScript, check the content and compile its index -------------------------
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` would compile before the sources are copied; the build runs below instead.
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY commands ./commands
COPY src ./src
COPY content ./content
RUN npm run build \
	&& node bin/glossary-bot.js check --content content \
	&& node bin/glossary-bot.js build --content content --out /app/index/glossary.idx

# ---- runtime: production dependencies only, compiled code, default content, non-root ------------------------------
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts \
	&& npm cache clean --force
COPY --from=build /app/dist ./dist
# The compiled index of the bundled content: the bot starts without indexing. With other content mounted over
# /app/content the index is stale, and the bot rebuilds it at start-up into this (writable) directory.
COPY --from=build --chown=node:node /app/index ./index
COPY bin ./bin
COPY deploy/healthcheck.mjs ./deploy/healthcheck.mjs
# The bundled glossary; mount your own over /app/content (read-only is fine).
COPY content ./content
RUN mkdir -p /data && chown node:node /data

# Memory settings a process cannot give itself once it runs (src/adapters/server-launch.ts says why; `npm run
# bench` starts the server with the same ones): a small young generation for V8, and glibc keeping fewer, emptier
# malloc arenas. RSS after a burst of 32 connections at 5,000 terms, embedded database: 417 → 370 MB.
ENV NODE_OPTIONS=--max-semi-space-size=4 \
	MALLOC_ARENA_MAX=2 \
	GLIBC_TUNABLES=glibc.malloc.mmap_threshold=131072

# The official image's unprivileged user (uid 1000).
USER node
ENV CONTENT_DIR=/app/content \
	INDEX_FILE=/app/index/glossary.idx \
	DATA_DIR=/data \
	PORT=8080 \
	HEALTH_PORT=8081 \
	HOST=0.0.0.0
VOLUME ["/app/content", "/data"]
EXPOSE 8080 8081

# Liveness: /healthz on HEALTH_PORT (serve) or PORT (serve-http), whichever this container serves.
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 CMD ["node", "deploy/healthcheck.mjs"]

# Node itself is PID 1 (exec form, no shell): SIGTERM reaches the bot, which stops cleanly (serve: closes the
# gateway; serve-http: finishes requests in flight) within 4 s. Run with `--init` (compose: `init: true`) so an
# init process reaps the shard processes of SHARDS if the bot is ever killed hard.
STOPSIGNAL SIGTERM
ENTRYPOINT ["node", "bin/glossary-bot.js"]
CMD ["serve"]
