# Production image: a standalone Next.js server against an external PostgreSQL (DATABASE_URL).
# Build:  docker build -t cluster-atlas .
# Run:    docker run -p 3000:3000 -e DATABASE_URL=postgresql://user:pass@host:5432/atlas cluster-atlas
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm install --no-audit --no-fund
COPY . .
ENV NEXT_OUTPUT=standalone NEXT_TELEMETRY_DISABLED=1
RUN npx next build

FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
# Migrations and seed run from the full tree once per release (see docs/deployment.md), not per container.
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/scripts/lib ./scripts/lib
COPY --from=build /app/data ./data
USER node
EXPOSE 3000
CMD ["node", "server.js"]
