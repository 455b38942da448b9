// Test-only routes for the injection and bad-input tests (issue 7), added to web-test-runner's
// dev server in web-test-runner.config.mjs:
//
// - PUT /__attune-test/<path> stores a body (headers x-attune-status, x-attune-type); GET serves it.
//   Tests use this to serve hand-made (damaged, hostile) scenario bundles and catalogues to the
//   real player over real HTTP, the way it gets shipped ones.
// - Any HTML page requested with `attune-guard=1` in its query gets test/security/frame-guard.js
//   as the first script in <head>, so a test can see errors thrown in a frame from its first line.
import { Buffer } from 'node:buffer';

const PREFIX = '/__attune-test/';

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function testRoutes() {
  const routes = new Map();
  return async function attuneTestRoutes(context, next) {
    if (!context.path.startsWith(PREFIX)) return next();
    if (context.method === 'PUT') {
      if (routes.size > 2000) routes.clear();
      routes.set(context.path, {
        body: await readBody(context.req),
        status: Number(context.get('x-attune-status') || 200),
        type: context.get('x-attune-type') || 'application/json',
      });
      context.status = 204;
      return undefined;
    }
    const route = routes.get(context.path);
    context.set('cache-control', 'no-store');
    if (!route) {
      context.status = 404;
      context.type = 'application/json';
      context.body = JSON.stringify({ error: 'no such test route' });
      return undefined;
    }
    context.status = route.status;
    context.type = route.type;
    context.body = route.body;
    return undefined;
  };
}

export function frameGuardPlugin() {
  return {
    name: 'attune-frame-guard',
    transform(context) {
      if (!context.response.is('html') || context.URL.searchParams.get('attune-guard') !== '1') return undefined;
      const body = String(context.body);
      return { body: body.replace(/<head>/i, '<head><script src="/test/security/frame-guard.js"></script>') };
    },
  };
}
