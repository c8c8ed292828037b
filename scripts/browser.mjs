/**
 * Launches headless Chromium for tests, screenshots and benchmarks without a system browser:
 * CHROME_PATH when set, else the Chromium shipped inside the @sparticuz/chromium npm package.
 * Nothing is downloaded.
 */
import { chromium } from 'playwright-core';

/** Flags that keep Chromium quiet on a machine with no outside network. */
const quietFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function chromiumExecutable() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: await chromiumExecutable(), headless: true, args: quietFlags });
}
