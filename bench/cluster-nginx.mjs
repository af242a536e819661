// nginx in front of the app instances, as bench/cluster.mjs runs it (docs/deployment.md shows the
// same configuration): round robin over the instances with passive health checks (an instance that
// refuses or times out is left alone for fail_timeout), and an idempotent request that meets a dead
// instance (connection refused or reset, a timeout, a 502 or 503) is sent to the next one. nginx
// never retries a POST (non_idempotent is not set), so an import is sent once.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDebianPackage, sleep, startProcess } from './cluster-processes.mjs';

export const NGINX = '/usr/sbin/nginx';

const proxyRules = (upstream) => `      proxy_pass http://${upstream};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 3;
      proxy_next_upstream_timeout 10s;
      proxy_connect_timeout 1s;
      proxy_read_timeout 30s;`;

/**
 * The configuration: `port` balances over every instance, `singlePort` (when given) sends
 * everything to the first one (the bench's one-instance baseline on the same proxy).
 */
export function nginxConfig({ dir, port, singlePort, instancePorts }) {
  return `worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${join(dir, 'body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
  client_max_body_size 60m;

  upstream atlas {
${instancePorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`).join('\n')}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
${proxyRules('atlas')}
    }
  }
${
  singlePort
    ? `
  upstream atlas_one {
    server 127.0.0.1:${instancePorts[0]};
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${singlePort};
    location / {
${proxyRules('atlas_one')}
    }
  }`
    : ''
}
}
`;
}

/** Writes the configuration into `dir` and runs nginx in the foreground (daemon off) as a child of the bench. */
export async function startNginx({ dir, port, singlePort, instancePorts, logStream }) {
  ensureDebianPackage('nginx', NGINX);
  mkdirSync(dir, { recursive: true });
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, nginxConfig({ dir, port, singlePort, instancePorts }));
  const child = startProcess('nginx', NGINX, ['-p', dir, '-e', join(dir, 'error.log'), '-c', conf, '-g', 'daemon off;'], { logStream });
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode} (see ${join(dir, 'error.log')})`);
    if (await fetch(`http://127.0.0.1:${port}/api/health`).then(() => true, () => false)) return child;
    await sleep(100);
  }
  throw new Error('nginx did not answer within 10 s');
}
