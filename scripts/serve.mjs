#!/usr/bin/env node
/** `npm run preview` (and the end of `npm start`): serves dist/ and prints its URL. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startStaticServer } from './static-server.mjs';

const root = resolve(process.env.DATELINE_OUT_DIR ?? 'dist');
if (!existsSync(resolve(root, 'index.html'))) {
  console.error(`Nothing to serve: ${root} has no index.html. Run "npm run build" first.`);
  process.exit(1);
}

const wanted = Number(process.env.PORT ?? 4321);
let server;
try {
  server = await startStaticServer({ root, port: wanted });
} catch (error) {
  if (error.code !== 'EADDRINUSE') throw error;
  server = await startStaticServer({ root, port: 0 });
  console.log(`Port ${wanted} is busy; using another.`);
}
console.log(`\nDateline is being served from ${root}\n\n  ${server.url}\n\nPress Ctrl+C to stop.`);
