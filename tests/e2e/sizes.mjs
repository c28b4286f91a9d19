// Sizes of the built site, raw and compressed, and the widget's share of them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The files the widget's page loads: the page, its style, the JS glue and the wasm. */
export const WIDGET_FILES = ['index.html', 'style.css', 'mining-vs-ai.js', 'mining-vs-ai_bg.wasm'];

/** The size budget of the widget's files, gzip, from the one place it is written. */
export const BUDGET_GZIP_BYTES = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../size-budget.json', import.meta.url)), 'utf8'),
).widgetGzipBytes;

/** Raw, gzip (-9) and brotli (quality 11) sizes of every file in `folder`. */
export function siteSizes(folder) {
  return readdirSync(folder)
    .filter((name) => statSync(join(folder, name)).isFile())
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

/** The sum of `sizes` for the widget's files. */
export function widgetTotal(sizes) {
  const files = sizes.filter(({ name }) => WIDGET_FILES.includes(name));
  const sum = (key) => files.reduce((total, file) => total + file[key], 0);
  return { files: files.length, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
}
