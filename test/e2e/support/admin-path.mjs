// Helpers of the administrator's-path test: the UI actions it takes, counted as clicks and
// keystrokes (what a person does), and a committed pack folder read as its files' texts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The actions of the path, each counted as a person does it: a click; typing a text (one keystroke
 * per character); replacing a text (select all, then type: one more keystroke); a key; choosing
 * from a list (open + choose: two clicks); choosing a file (the button + the file: two clicks); a
 * reload (F5: one keystroke).
 */
export function adminCounter() {
  const c = {
    clicks: 0,
    keys: 0,
    /** characters typed (part of `keys`) */
    typed: 0,
    async click(locator) {
      c.clicks += 1;
      await locator.click();
    },
    async type(locator, text) {
      c.keys += text.length;
      c.typed += text.length;
      await locator.fill(text);
    },
    async replace(locator, text) {
      c.keys += 1;
      await c.type(locator, text);
    },
    async press(locator, key) {
      c.keys += 1;
      await locator.press(key);
    },
    async select(locator, value) {
      c.clicks += 2;
      await locator.selectOption(value);
    },
    async file(locator, path) {
      c.clicks += 2;
      await locator.setInputFiles(path);
    },
    async reload(page) {
      c.keys += 1;
      await page.reload();
    },
  };
  return c;
}

/** Every file of a pack folder as text, by its path inside the folder (`/` separators). */
export function committedPackFiles(dir) {
  const out = {};
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path).split('\\').join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return out;
}
