import { createServer } from 'node:net';

const handedOut = new Set();

function listenOnZero() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen({ port: 0, host: '127.0.0.1', exclusive: true }, () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * A TCP port that is free on this machine now: the kernel's choice for a listener on port 0, closed
 * again. Test servers take one each, so that runs side by side (two clones, CI jobs) never collide.
 */
export async function freePort() {
  // The kernel may offer a port again once its probe is closed: never hand out one port twice.
  for (;;) {
    const port = await listenOnZero();
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
}
