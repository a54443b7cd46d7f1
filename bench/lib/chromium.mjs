// Headless Debian chromium through playwright-core (CHROME_PATH overrides /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { chromePath } from '../../test/chrome-path.mjs';

/** Flags for every launch: root needs --no-sandbox; the rest keep the browser quiet and offline. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-dev-shm-usage',
];

/** Launches headless chromium; fails with a clear message when it is missing. */
export function launchChromium() {
  return chromium.launch({ executablePath: chromePath(), headless: true, args: CHROMIUM_ARGS });
}
