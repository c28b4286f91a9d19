// Trunk post-build hook, run on the staged site. It writes the network data's date into
// the static shell. Trunk's own minifier is off (Trunk.toml):
// it cannot parse the wasm-bindgen glue and, in Trunk 0.21, cannot be turned off for JS
// alone. So this hook
// 1. minifies the JS glue with terser, the stylesheet with clean-css and the page with
//    html-minifier-terser, and rewrites the page's integrity hashes for the files it changed;
// 2. adds a strict Content-Security-Policy to the page: scripts only from the site itself,
//    WebAssembly compilation, and the hash of the one inline bootstrap Trunk writes; styles
//    only from the site; nothing else. (Trunk.toml turns off `trunk serve`'s autoreload
//    client, an inline script whose hash could not be known here.)
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import CleanCSS from 'clean-css';
import { minify as minifyHtml } from 'html-minifier-terser';
import { minify as minifyJs } from 'terser';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is unset)');
const release = process.env.TRUNK_PROFILE === 'release';
const digest = (algorithm, text) => createHash(algorithm).update(text).digest('base64');
const page = join(staging, 'index.html');
let html = await readFile(page, 'utf8');

// The static shell names the date of the network data, from the snapshot the build reads
// (build.rs reads the same folder: data/, or MVA_DATA_DIR).
const dataDir = process.env.MVA_DATA_DIR ?? join(process.env.TRUNK_SOURCE_DIR ?? '.', 'data');
const snapshotFile = join(dataDir, 'snapshot.json');
const { as_of: asOf } = JSON.parse(await readFile(snapshotFile, 'utf8'));
if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`${snapshotFile}: as_of is not a YYYY-MM-DD date`);
const dateSlot = /<span data-snapshot-as-of><\/span>/;
if (!dateSlot.test(html)) throw new Error('the page has no <span data-snapshot-as-of> for the data\'s date');
// As the page writes dates: "26 June 2026".
const asOfText = new Date(`${asOf}T00:00:00Z`).toLocaleDateString('en-GB', {
  day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
});
html = html.replace(dateSlot, asOfText);

/** Writes `code` as the staged file `name` and points the page's integrity hash at it. */
async function replaceFile(name, code) {
  await writeFile(join(staging, name), code);
  const escaped = name.replace(/[.]/g, '\\.');
  const integrity = new RegExp(`(${escaped}"?\\s+(?:[a-z-]+(?:="[^"]*")?\\s+)*?integrity="?)sha384-[A-Za-z0-9+/=]+`, 'g');
  const found = html.match(integrity) ?? [];
  if (found.length !== 1) throw new Error(`expected one integrity hash for ${name}, found ${found.length}`);
  html = html.replace(integrity, `$1sha384-${digest('sha384', code)}`);
}

if (release) {
  const glue = await readFile(join(staging, 'mining-vs-ai.js'), 'utf8');
  const { code } = await minifyJs(glue, { module: true, compress: { passes: 2 }, mangle: true });
  await replaceFile('mining-vs-ai.js', code);

  const style = await readFile(join(staging, 'style.css'), 'utf8');
  const css = new CleanCSS({ level: 1 }).minify(style);
  if (css.errors.length) throw new Error(`style.css: ${css.errors.join('; ')}`);
  await replaceFile('style.css', css.styles);

  html = await minifyHtml(html, {
    collapseWhitespace: true,
    conservativeCollapse: true,
    removeComments: true,
    // The inline bootstrap stays byte for byte as Trunk wrote it; its hash is below.
    minifyJS: false,
    minifyCSS: false,
  });
}

const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
if (inline.length !== 1) throw new Error(`expected one inline script, found ${inline.length}`);
const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' 'sha256-${digest('sha256', inline[0][1])}'`,
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
// Right after the charset, before anything the policy governs.
const charset = /<meta charset=[^>]*>/;
if (!charset.test(html)) throw new Error('the page has no <meta charset>');
html = html.replace(charset, (tag) => `${tag}<meta http-equiv="Content-Security-Policy" content="${policy}">`);
await writeFile(page, html);
