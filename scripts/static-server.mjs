/**
 * The static file server for the built site: what `npm start` serves and what browser tests
 * drive. Files are served by sirv (a well-kept static-file library: it indexes the folder once
 * at start and serves only files in that index, so no request can reach a file outside it).
 * Around it, this file makes it behave like a static host: a directory URL without its slash is
 * redirected to it, unknown paths get 404.html with status 404, the rules in dist/_headers
 * (Netlify/Cloudflare format) apply to every answer, and any request, however malformed,
 * gets a status instead of stopping the server.
 */
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { lookup } from 'mrmime';
import sirv from 'sirv';

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

function readIfFile(path) {
  try {
    return statSync(path).isFile() ? readFileSync(path) : undefined;
  } catch {
    return undefined;
  }
}

/** The path part of a request target (`/a/b?c` gives `/a/b`), undecoded; '' when there is none. */
function rawPathOf(target) {
  const end = target.search(/[?#]/);
  return end === -1 ? target : target.slice(0, end);
}

/** Whether `path` (a decoded URL path) names a folder inside `root` that holds an index.html. */
function isFolderWithIndex(root, path) {
  const folder = resolve(root, `.${path}`);
  if (!folder.startsWith(root + sep)) return false;
  return readIfFile(resolve(folder, 'index.html')) !== undefined;
}

/**
 * Text files are sent as UTF-8, as a host would: sirv names the charset for HTML only, and
 * takes a Content-Type set here over its own (mrmime is the type table sirv itself uses).
 */
function withCharset(response, path) {
  const type = lookup(path);
  if (type && type !== 'text/html' && /^(text\/|application\/(json|xml|javascript|xslt\+xml|feed\+json))/.test(type)) {
    response.setHeader('Content-Type', `${type}; charset=utf-8`);
  }
}

/** Starts serving `root` on 127.0.0.1; port 0 picks a free one. Resolves to { url, close }. */
export async function startStaticServer({ root, port = 0 }) {
  const base = resolve(root);
  const headerRules = parseHeadersFile(readIfFile(resolve(base, '_headers'))?.toString('utf8') ?? '');
  const notFoundPage = readIfFile(resolve(base, '404.html')) ?? Buffer.from('Not found');
  const files = sirv(base, {
    dev: false,
    etag: true,
    setHeaders: withCharset,
  });

  const notFound = (response) => {
    response.statusCode = 404;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(notFoundPage);
  };

  const server = createServer((request, response) => {
    try {
      const rawPath = rawPathOf(request.url ?? '/');
      for (const rule of headerRules) {
        if (rule.pattern.test(rawPath)) for (const [name, value] of Object.entries(rule.headers)) response.setHeader(name, value);
      }
      if (!rawPath.startsWith('/') || !['GET', 'HEAD'].includes(request.method ?? '')) {
        response.writeHead(rawPath.startsWith('/') ? 405 : 400, { Allow: 'GET, HEAD' }).end();
        return;
      }
      if (rawPath === '/_headers') return notFound(response);
      let path;
      try {
        path = decodeURIComponent(rawPath);
      } catch {
        response.writeHead(400).end();
        return;
      }
      if (!path.endsWith('/') && isFolderWithIndex(base, path)) {
        // One slash at the start: "//host/" would send the reader to another site.
        const query = (request.url ?? '').slice(rawPath.length);
        response.writeHead(301, { Location: `/${rawPath.replace(/^\/+/, '')}/${query}` }).end();
        return;
      }
      files(request, response, () => notFound(response));
    } catch {
      // A request sirv or Node cannot answer (a range past the file, a header Node refuses).
      if (!response.headersSent) response.writeHead(400);
      response.end();
    }
  });
  // A client that sends bytes HTTP cannot parse gets 400 and is closed, as Node's default does.
  server.on('clientError', (_error, socket) => socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n'));

  await new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolvePromise);
  });
  const address = server.address();
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose());
        server.closeIdleConnections();
      }),
  };
}
