/**
 * A small static file server for the built site: what `npm start` serves and what browser
 * tests drive. It behaves like a static host: directory URLs serve index.html, unknown paths get
 * 404.html with status 404, and the rules in dist/_headers (Netlify/Cloudflare format) apply, so
 * tests see the same security headers a deployment sends.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'text/xsl; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** Parses a `_headers` file into [pattern, headers] rules; `*` matches any run of characters. */
export function parseHeadersFile(text) {
  const rules = [];
  let current;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      current = { pattern, headers: {} };
      rules.push(current);
    } else if (current) {
      const colon = line.indexOf(':');
      if (colon > 0) current.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

async function readIfFile(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? await readFile(path) : undefined;
  } catch {
    return undefined;
  }
}

/** Starts serving `root` on 127.0.0.1; port 0 picks a free one. Resolves to { url, close }. */
export async function startStaticServer({ root, port = 0 }) {
  const headerRules = parseHeadersFile((await readIfFile(join(root, '_headers')))?.toString('utf8') ?? '');

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/';
    }
    const filePath = normalize(join(root, pathname));
    if (!filePath.startsWith(normalize(root + sep)) && filePath !== normalize(root)) {
      response.writeHead(403).end();
      return;
    }

    let status = 200;
    let servedPath = filePath;
    let body = await readIfFile(filePath);
    if (!body && !pathname.endsWith('/') && (await readIfFile(join(filePath, 'index.html')))) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    if (!body && pathname.endsWith('/')) {
      servedPath = join(filePath, 'index.html');
      body = await readIfFile(servedPath);
    }
    if (!body) {
      status = 404;
      servedPath = join(root, '404.html');
      body = (await readIfFile(servedPath)) ?? Buffer.from('Not found');
    }

    const headers = { 'Content-Type': contentTypes[extname(servedPath)] ?? 'application/octet-stream' };
    for (const rule of headerRules) {
      if (rule.pattern.test(url.pathname)) Object.assign(headers, rule.headers);
    }
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });

  await new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolvePromise);
  });
  const address = server.address();
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise((resolveClose) => server.close(() => resolveClose())),
  };
}
