// A static server for the EPR host page (no framework, no build): the page's files, and the custom
// element's built script at /element/ (build it first: pnpm --filter @proformas/element build).
//   node apps/epr-host/serve.mjs [--port 4175] [--host 127.0.0.1] [--element <dir>]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const here = import.meta.dirname;

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const port = Number(arg('port', process.env.PORT ?? '4175'));
const host = arg('host', '127.0.0.1');
// `--element <dir>`: serve another build of the element (e.g. the Preact one, copied under the same names).
const elementDist = resolve(arg('element', resolve(here, '../../packages/element/dist')));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** The file a URL path names, inside its folder only. */
const fileFor = (pathname) => {
  const [dir, rest] = pathname.startsWith('/element/')
    ? [elementDist, pathname.slice('/element/'.length)]
    : [here, pathname.slice(1) || 'index.html'];
  const path = normalize(join(dir, decodeURIComponent(rest)));
  if (!path.startsWith(dir) || path.endsWith('.mjs')) return undefined;
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
};

createServer((request, response) => {
  const file = fileFor(new URL(request.url ?? '/', 'http://x').pathname);
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  createReadStream(file).pipe(response);
}).listen(port, host, () => console.warn(`EPR host page on http://${host}:${port}/`));
