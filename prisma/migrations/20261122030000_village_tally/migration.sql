-- Village counts per (year, city, source), kept in step with taobao_village by statement-level
-- triggers, so rankings and province totals read a few hundred rows instead of aggregating a
-- village list of any size (1,000,000 rows: 0.65 s per aggregation before this table).

-- CreateTable
CREATE TABLE "taobao_village_city_tally" (
    "year" INTEGER NOT NULL,
    "city_adcode" INTEGER NOT NULL,
    "source_id" TEXT NOT NULL,
    "villages" INTEGER NOT NULL,

    CONSTRAINT "taobao_village_city_tally_pkey" PRIMARY KEY ("year","city_adcode","source_id")
);

-- AddForeignKey
ALTER TABLE "taobao_village_city_tally" ADD CONSTRAINT "taobao_village_city_tally_city_adcode_fkey" FOREIGN KEY ("city_adcode") REFERENCES "city"("adcode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "taobao_village_city_tally" ADD CONSTRAINT "taobao_village_city_tally_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Triggers: one per event (PostgreSQL allows transition tables only on single-event triggers).
CREATE FUNCTION taobao_village_tally_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO taobao_village_city_tally AS t (year, city_adcode, source_id, villages)
  SELECT year, city_adcode, source_id, count(*)::int FROM added_rows GROUP BY year, city_adcode, source_id
  ON CONFLICT (year, city_adcode, source_id) DO UPDATE SET villages = t.villages + EXCLUDED.villages;
  RETURN NULL;
END $$;

CREATE FUNCTION taobao_village_tally_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE taobao_village_city_tally AS t SET villages = t.villages - r.n
  FROM (SELECT year, city_adcode, source_id, count(*)::int AS n FROM removed_rows GROUP BY year, city_adcode, source_id) AS r
  WHERE t.year = r.year AND t.city_adcode = r.city_adcode AND t.source_id = r.source_id;
  DELETE FROM taobao_village_city_tally WHERE villages <= 0;
  RETURN NULL;
END $$;

CREATE FUNCTION taobao_village_tally_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE taobao_village_city_tally AS t SET villages = t.villages - r.n
  FROM (SELECT year, city_adcode, source_id, count(*)::int AS n FROM removed_rows GROUP BY year, city_adcode, source_id) AS r
  WHERE t.year = r.year AND t.city_adcode = r.city_adcode AND t.source_id = r.source_id;
  INSERT INTO taobao_village_city_tally AS t (year, city_adcode, source_id, villages)
  SELECT year, city_adcode, source_id, count(*)::int FROM added_rows GROUP BY year, city_adcode, source_id
  ON CONFLICT (year, city_adcode, source_id) DO UPDATE SET villages = t.villages + EXCLUDED.villages;
  DELETE FROM taobao_village_city_tally WHERE villages <= 0;
  RETURN NULL;
END $$;

CREATE FUNCTION taobao_village_tally_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM taobao_village_city_tally;
  RETURN NULL;
END $$;

CREATE TRIGGER taobao_village_tally_insert AFTER INSERT ON "taobao_village"
  REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION taobao_village_tally_add();
CREATE TRIGGER taobao_village_tally_delete AFTER DELETE ON "taobao_village"
  REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION taobao_village_tally_remove();
CREATE TRIGGER taobao_village_tally_update AFTER UPDATE ON "taobao_village"
  REFERENCING OLD TABLE AS removed_rows NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION taobao_village_tally_move();
CREATE TRIGGER taobao_village_tally_truncate AFTER TRUNCATE ON "taobao_village"
  FOR EACH STATEMENT EXECUTE FUNCTION taobao_village_tally_clear();

-- Backfill from rows already loaded.
INSERT INTO taobao_village_city_tally (year, city_adcode, source_id, villages)
SELECT year, city_adcode, source_id, count(*)::int FROM taobao_village GROUP BY year, city_adcode, source_id;
