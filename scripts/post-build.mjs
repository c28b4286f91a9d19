// Trunk post-build hook, run on the staged site:
// 1. minifies the wasm-bindgen JS glue with terser (Trunk leaves it as written), and
//    updates the page's integrity hash for it so the browser still accepts it;
// 2. adds a strict Content-Security-Policy to the page: scripts only from the site itself,
//    WebAssembly compilation, and the hash of the one inline bootstrap Trunk writes;
//    styles only from the site; nothing else.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is unset)');
const glue = join(staging, 'mining-vs-ai.js');
const page = join(staging, 'index.html');
const digest = (algorithm, text) => createHash(algorithm).update(text).digest('base64');

const source = await readFile(glue, 'utf8');
const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
await writeFile(glue, code);

let html = await readFile(page, 'utf8');
const integrity = /(mining-vs-ai\.js"?\s+integrity="?)sha384-[A-Za-z0-9+/=]+/g;
const hashes = html.match(integrity) ?? [];
if (hashes.length !== 1) throw new Error(`expected one integrity hash for the glue, found ${hashes.length}`);
html = html.replace(integrity, `$1sha384-${digest('sha384', code)}`);

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
