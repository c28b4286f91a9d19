// Sizes of the built site, raw and compressed, and what the widget and the full page load.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The first screen's module: its JS glue and its wasm, which the page and the widget share. */
export const FIRST_FILES = ['first.js', 'first_bg.wasm'];

/** What the widget that articles embed loads before its first slider answers: its page, the
 * site's style and the first screen's module. */
export const WIDGET_FILES = ['embed/index.html', 'style.css', ...FIRST_FILES];

/** What the full page loads before its first slider answers: its page, both styles and the
 * first screen's module. */
export const PAGE_FILES = ['index.html', 'style.css', 'page.css', ...FIRST_FILES];

/** What a host page's script loads, beside its own page, before a widget it mounts with
 * `widget.js` answers its first slider: the site's style (which the host links), the
 * loader, the widget's page (for its markup) and the first screen's module. */
export const MOUNTED_FILES = ['style.css', 'widget.js', 'embed/index.html', ...FIRST_FILES];

/** The rest, which all three load on demand: the full calculator's module. */
export const REST_FILES = ['mining-vs-ai.js', 'mining-vs-ai_bg.wasm'];

const budgets = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../size-budget.json', import.meta.url)), 'utf8'),
);
/** The size budget of the widget's files, gzip, from the one place it is written. */
export const BUDGET_GZIP_BYTES = budgets.widgetGzipBytes;
/** The ceiling of the full page's files, gzip, from the same place. */
export const PAGE_CEILING_GZIP_BYTES = budgets.pageGzipBytes;

/** Raw, gzip (-9) and brotli (quality 11) sizes of every file in `folder` and its
 * sub-folders, named by their paths in it (`embed/index.html`). */
export function siteSizes(folder) {
  const files = (prefix) =>
    readdirSync(join(folder, prefix)).flatMap((name) => {
      const path = prefix ? `${prefix}/${name}` : name;
      return statSync(join(folder, path)).isDirectory() ? files(path) : [path];
    });
  return files('')
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(folder, name));
      return {
        name,
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        brotli: brotliCompressSync(bytes, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
        }).length,
      };
    });
}

/** The sum of `sizes` for the files named in `names` (the widget's or the page's). */
export function filesTotal(sizes, names) {
  const files = sizes.filter(({ name }) => names.includes(name));
  const sum = (key) => files.reduce((total, file) => total + file[key], 0);
  return { files: files.length, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
}
