// The load of bench/cluster.mjs, in a process of its own: autocannon's 64 connections would
// otherwise share the bench's event loop with the probes that time how fast an import reaches every
// instance, and those would measure the load generator's backlog instead of the instances.
//   node bench/cluster-load.mjs URL SECONDS CONNECTIONS   (prints autocannon's result as JSON)
import autocannon from 'autocannon';
import { API_ROUTES, PAGE_ROUTES } from './routes.mjs';

const [url, seconds, connections] = process.argv.slice(2);
const ROUTES = [...PAGE_ROUTES, ...API_ROUTES];
// What went wrong with a request that got no answer (a socket error, a closed connection): counted by
// message, so a failed request in the result says why.
const errorKinds = {};
const run = autocannon({
  url,
  connections: Number(connections),
  duration: Number(seconds),
  headers: { 'accept-encoding': 'gzip' },
  requests: ROUTES.map((path) => ({ method: 'GET', path })),
  timeout: 20,
});
run.on('reqError', (error) => {
  const kind = `${error?.code ?? ''} ${error?.message ?? error}`.trim().slice(0, 200);
  errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
});
const result = await run;
process.stdout.write(JSON.stringify({ ...result, errorKinds }));
