-- Admin sessions kept server-side (lib/import/auth.ts): the cookie carries a random id, the table
-- only its SHA-256, so a copy of the table signs no one in. Logout deletes the row; rows past
-- expires_at are refused and purged.

-- CreateTable
CREATE TABLE "admin_session" (
    "id_hash" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "admin_session_pkey" PRIMARY KEY ("id_hash")
);

-- CreateIndex
CREATE INDEX "admin_session_expires_at_idx" ON "admin_session"("expires_at");

-- Rate-limit counts shared by every instance when ATLAS_RATE_LIMIT_STORE=postgres
-- (server/rate-limit.mjs; the layout rate-limiter-flexible's RateLimiterPostgres reads and writes:
-- key = "<limit>:<client>", points used in the window, expire = end of the window in ms since 1970).

-- CreateTable
CREATE TABLE "rate_limit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "rate_limit_expire_idx" ON "rate_limit"("expire");
