import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM bench helper without types
import { nginxConfig } from '../../bench/cluster-nginx.mjs';

describe('the nginx configuration of bench:cluster (bench/cluster-nginx.mjs)', () => {
  const conf: string = nginxConfig({ dir: '/tmp/x', port: 8350, singlePort: 8351, instancePorts: [3351, 3352, 3353] });

  it('listens on loopback only and balances over every instance with passive health checks', () => {
    expect([...conf.matchAll(/listen ([^;]+);/g)].map((m) => m[1])).toEqual(['127.0.0.1:8350', '127.0.0.1:8351']);
    for (const port of [3351, 3352, 3353]) expect(conf).toContain(`server 127.0.0.1:${port} max_fails=1 fail_timeout=2s;`);
  });

  it('retries idempotent requests on another instance, never a POST', () => {
    expect(conf).toContain('proxy_next_upstream error timeout http_502 http_503;');
    expect(conf).not.toContain('non_idempotent');
  });

  it('sends the one-instance baseline to the first instance only', () => {
    const single = conf.slice(conf.indexOf('upstream atlas_one'));
    expect(single).toContain('server 127.0.0.1:3351;');
    expect(single).not.toContain('3352');
  });
});
