// Trunk post-build hook: minifies the wasm-bindgen JS glue with terser, then updates the
// page's integrity hash for it so the browser still accepts it.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is unset)');
const glue = join(staging, 'mining-vs-ai.js');
const page = join(staging, 'index.html');

const source = await readFile(glue, 'utf8');
const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
await writeFile(glue, code);

const hash = `sha384-${createHash('sha384').update(code).digest('base64')}`;
const html = await readFile(page, 'utf8');
const pattern = /(mining-vs-ai\.js"?\s+integrity="?)sha384-[A-Za-z0-9+/=]+/g;
const matches = html.match(pattern) ?? [];
if (matches.length !== 1) throw new Error(`expected one integrity hash for the glue, found ${matches.length}`);
await writeFile(page, html.replace(pattern, `$1${hash}`));
