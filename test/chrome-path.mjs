// Where the browser tests find Chromium: CHROME_PATH, else Debian's /usr/bin/chromium.
// A missing browser is a failure with a clear message, never a silent skip.
import { existsSync } from 'node:fs';

export function chromePath() {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install Debian's chromium (apt-get install -y chromium) ` +
        'or set CHROME_PATH to a Chromium/Chrome executable.',
    );
  }
  return path;
}
