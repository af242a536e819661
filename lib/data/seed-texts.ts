/**
 * The papers whose full text the data quotes: source id (an entry of data/sources.json) → the
 * file name of its text. The texts are kept outside the repository (`npm run data:check -- --texts
 * <folder>` reads them; the unit tests read their excerpts in tests/fixtures/seed-excerpts). The
 * file name is a machine key for those checks, so it lives here rather than in data/, which
 * holds only what a reader may see (issue 14). These sources are the "papers" that data/models
 * and data/clusters cite by id.
 */
export const SEED_TEXT_FILES: ReadonlyMap<string, string> = new Map([
  ['seed000-agglomeration-big-data', '000_8bf69b5fac631699.txt'],
  ['seed001-xia-wenzhou', '001_495d597d84132fb6.txt'],
  ['seed002-cross-border-clusters', '002_94384ec39cbfc0cc.txt'],
  ['seed003-zhu-lu-yongkang', '003_be2a22baed7387ac.txt'],
  ['seed004-ecommerce-platform-types', '004_47e894149115ae41.txt'],
]);
