// Runs the browser tests; fails loudly when Chromium is missing or when no test file exists.
import { spawnSync } from 'node:child_process';
import { chromePath } from './chrome-path.mjs';

try {
  chromePath();
} catch (e) {
  console.error(String(e.message));
  process.exit(1);
}
const r = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
});
process.exit(r.status ?? 1);
