// Trunk post-build hook, run on the staged site. It writes the network data's date, and the
// default scenario's answer and chart, into the static shell. Trunk's own minifier is off (Trunk.toml):
// it cannot parse the wasm-bindgen glue and, in Trunk 0.21, cannot be turned off for JS
// alone. So this hook
// 1. minifies the JS glue with terser, the stylesheet with clean-css and the page with
//    html-minifier-terser, and rewrites the page's integrity hashes for the files it changed;
// 2. gives the wasm's imports, exports and import module one- or two-letter names, and
//    the glue and its TypeScript declarations the same (see `shortenWasmNames`);
// 3. adds a strict Content-Security-Policy to the page: scripts only from the site itself,
//    WebAssembly compilation, and the hashes of its two inline scripts (the bootstrap that
//    starts the first screen's module and the page's own, which runs before the first
//    paint); styles only from the site; nothing else. (Trunk.toml turns off `trunk
//    serve`'s autoreload client, an inline script whose hash could not be known here.)
// 4. in the site's build, builds the widget's page into embed/ and the full calculator's
//    module beside the page (see the end).
// Three builds run it: the site's (index.html, the first screen's module), the widget's
// page (embed/index.html, no module of its own: it loads the site's), and the full
// calculator's module (full/index.html, whose page is not published).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import CleanCSS from 'clean-css';
import { minify as minifyHtml } from 'html-minifier-terser';
import { minify as minifyJs } from 'terser';
import { firstPaintScript } from './first-paint.mjs';
import { shortenWasmNames } from './wasm-names.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is unset)');
const release = process.env.TRUNK_PROFILE === 'release';
const digest = (algorithm, text) => createHash(algorithm).update(text).digest('base64');
const page = join(staging, 'index.html');
// The project's folder, whichever page Trunk builds.
const root = fileURLToPath(new URL('..', import.meta.url));
// The widget's page and the full calculator's module; the site's build builds both (see
// the end).
const widgetPage = join(root, 'embed', 'index.html');
const fullPage = join(root, 'full', 'index.html');
const building = resolve(process.env.TRUNK_HTML_FILE ?? '');
const buildingWidget = building === widgetPage;
const buildingFull = building === fullPage;
/** The module this build makes: the first screen's, the full calculator's, or none. */
const moduleName = buildingFull ? 'mining-vs-ai' : buildingWidget ? undefined : 'first';
let html = await readFile(page, 'utf8');


// Trunk's variables describe this build, not the programs it runs.
const withoutTrunk = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('TRUNK_')));

if (!buildingFull) {
  // The static shell names the date of the network data, from the snapshot the build reads
  // (build.rs reads the same folder: data/, or MVA_DATA_DIR).
  const dataDir = process.env.MVA_DATA_DIR ?? join(root, 'data');
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

  // The static shell's answer and chart for the default scenario, from the same Rust code the
  // app runs (src/bin/shell.rs, built natively where `cargo test` builds: the project's
  // target folder, whichever Trunk runs this): each element marked `data-shell="<what>"` gets
  // what the program writes for <what>.
  // Trunk's variables describe this build, not the programs it runs.
  const nativeEnv = { ...withoutTrunk, CARGO_TARGET_DIR: join(root, 'target') };
  const shell = (...args) => execFileSync('cargo', ['run', '--quiet', '--features', 'preview', '--bin', 'shell', '--', ...args], {
    cwd: root, env: nativeEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
  });
  const shellSlot = /<(\w+)([^>]*?) data-shell="([a-z-]+)"([^>]*)><\/\1>/g;
  const shellParts = new Map();
  for (const [, , , what] of html.matchAll(shellSlot)) {
    if (!shellParts.has(what)) shellParts.set(what, shell(what));
  }
  html = html.replace(shellSlot, (_, tag, before, what, after) => `<${tag}${before}${after}>${shellParts.get(what)}</${tag}>`);
  // The script that runs before the first paint (scripts/first-paint.mjs), with the
  // default scenario's pinned address, whose hash it compares an address's with; minified
  // in a release build.
  const firstPaintSlot = /<script data-first-paint><\/script>/;
  if (!firstPaintSlot.test(html)) throw new Error('the page has no <script data-first-paint>');
  const script = firstPaintScript({
    embed: buildingWidget,
    restModule: buildingWidget ? '../mining-vs-ai.js' : './mining-vs-ai.js',
    defaultQuery: shell('default-query'),
  });
  const inlined = release ? (await minifyJs(script, { compress: { passes: 2 }, mangle: true })).code : script;
  html = html.replace(firstPaintSlot, () => `<script>${inlined}</script>`);

  // The full page's link preview, for sites and apps that show a card for a shared link
  // without running scripts: the default chart, rendered by the same program with resvg and
  // the font the build installs (the npm package dejavu-fonts-ttf), and the card's tags. A
  // card's image needs an absolute address: the site's full URL, `make site SITE_URL=...`;
  // without it the tags name no image.
  if (!buildingWidget) {
    shell('preview-png', join(staging, 'preview.png'), join(root, 'node_modules', 'dejavu-fonts-ttf', 'ttf', 'DejaVuSans.ttf'));
    const siteUrl = process.env.MVA_SITE_URL ?? '';
    if (siteUrl && !/^https?:\/\/[^\s"<>]+\/$/.test(siteUrl)) {
      throw new Error(`SITE_URL must be the site's full address ending in /, not ${siteUrl}`);
    }
    // The shell's parts are HTML with their quotes escaped too: attribute values as they are.
    const description = [shellParts.get('sentence'), shellParts.get('today')].filter(Boolean).join(' ');
    const tags = [
      ['property', 'og:type', 'website'],
      ['property', 'og:title', 'What is a megawatt worth? Mining vs AI'],
      ['property', 'og:description', description],
      ['name', 'twitter:card', siteUrl ? 'summary_large_image' : 'summary'],
      ['name', 'twitter:title', 'What is a megawatt worth? Mining vs AI'],
      ['name', 'twitter:description', description],
      ...(siteUrl
        ? [
          ['property', 'og:url', siteUrl],
          ['property', 'og:image', `${siteUrl}preview.png`],
          ['property', 'og:image:width', '1200'],
          ['property', 'og:image:height', '630'],
          ['property', 'og:image:alt', `${shellParts.get('title') ?? ''}: the default scenario's chart.`],
          ['name', 'twitter:image', `${siteUrl}preview.png`],
        ]
        : []),
    ].map(([kind, name, content]) => `<meta ${kind}="${name}" content="${content}">`).join('');
    html = html.replace('</head>', `${tags}</head>`);
  }
}

/** Writes `code` as the staged file `name` and points the page's integrity hash at it. */
async function replaceFile(name, code) {
  await writeFile(join(staging, name), code);
  const escaped = name.replace(/[.]/g, '\\.');
  const integrity = new RegExp(`(${escaped}"?\\s+(?:[a-z-]+(?:="[^"]*")?\\s+)*?integrity="?)sha384-[A-Za-z0-9+/=]+`, 'g');
  const found = html.match(integrity) ?? [];
  if (found.length !== 1) throw new Error(`expected one integrity hash for ${name}, found ${found.length}`);
  html = html.replace(integrity, `$1sha384-${digest('sha384', code)}`);
}

/** Binaryen's optimizer, from the npm package pinned in package.json. */
const wasmOpt = join(root, 'node_modules', '.bin', 'wasm-opt');

if (buildingFull) {
  if (release) {
    const declarationsFile = join(staging, `${moduleName}.d.ts`);
    const shortened = shortenWasmNames({
      wasmFile: join(staging, `${moduleName}_bg.wasm`),
      importModule: `./${moduleName}_bg.js`,
      wasmOpt,
      glue: await readFile(join(staging, `${moduleName}.js`), 'utf8'),
      declarations: await readFile(declarationsFile, 'utf8'),
    });
    await writeFile(join(staging, `${moduleName}_bg.wasm`), shortened.wasm);
    await writeFile(declarationsFile, shortened.declarations);
    const { code } = await minifyJs(shortened.glue, { module: true, compress: { passes: 2 }, mangle: true });
    await writeFile(join(staging, `${moduleName}.js`), code);
  }
  process.exit(0);
}

if (release && !buildingWidget) {
  const shortened = shortenWasmNames({
    wasmFile: join(staging, `${moduleName}_bg.wasm`),
    importModule: `./${moduleName}_bg.js`,
    wasmOpt,
    glue: await readFile(join(staging, `${moduleName}.js`), 'utf8'),
  });
  await replaceFile(`${moduleName}_bg.wasm`, shortened.wasm);
  const { code } = await minifyJs(shortened.glue, { module: true, compress: { passes: 2 }, mangle: true });
  await replaceFile(`${moduleName}.js`, code);

  // The stylesheets: both pages' (the widget's page links the site's) and the full page's own.
  for (const name of ['style.css', 'page.css']) {
    const style = await readFile(join(staging, name), 'utf8');
    const css = new CleanCSS({ level: 1 }).minify(style);
    if (css.errors.length) throw new Error(`${name}: ${css.errors.join('; ')}`);
    await replaceFile(name, css.styles);
  }
}
if (release) {
  html = await minifyHtml(html, {
    collapseWhitespace: true,
    conservativeCollapse: true,
    removeComments: true,
    // The inline scripts stay byte for byte as written; their hashes are below.
    minifyJS: false,
    minifyCSS: false,
  });
}

// Trunk's bootstrap (the widget's page has its own), and the page's own script that runs before the first paint.
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
if (inline.length !== 2) throw new Error(`expected two inline scripts, found ${inline.length}`);
const hashes = inline.map(([, script]) => `'sha256-${digest('sha256', script)}'`).join(' ');
const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes}`,
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

// The site carries the widget that articles embed in its folder `embed/`: a page with no
// module of its own (it loads the site's first screen and stylesheet), which this script
// prepares as it prepares the site's page, run again on a copy of it as Trunk would run it
// (Trunk itself would warn that the page has no Rust in it). Beside the page goes the full
// calculator's module, built by a Trunk of its own, so that every build of the site, `trunk
// serve`'s included, has both; its own target folder keeps its artifacts, built with the
// `site` feature, from replacing the first screen's, built without.
if (!buildingWidget) {
  const widgetStaging = join(staging, 'embed');
  await mkdir(widgetStaging, { recursive: true });
  await writeFile(join(widgetStaging, 'index.html'), await readFile(widgetPage));
  execFileSync(process.execPath, [fileURLToPath(import.meta.url)], {
    cwd: root,
    env: {
      ...withoutTrunk,
      TRUNK_STAGING_DIR: widgetStaging,
      TRUNK_HTML_FILE: widgetPage,
      TRUNK_PROFILE: process.env.TRUNK_PROFILE ?? '',
    },
    stdio: 'inherit',
  });
  const publicUrl = process.env.TRUNK_PUBLIC_URL ?? '/';
  const fullDist = join(root, 'target', 'full', 'dist');
  execFileSync('trunk', [
    'build', fullPage, ...(release ? ['--release'] : []), '--dist', fullDist,
    '--public-url', publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`,
  ], { cwd: root, env: { ...withoutTrunk, CARGO_TARGET_DIR: join(root, 'target', 'full') }, stdio: 'inherit' });
  for (const name of ['mining-vs-ai.js', 'mining-vs-ai_bg.wasm', 'mining-vs-ai.d.ts']) {
    await writeFile(join(staging, name), await readFile(join(fullDist, name)));
  }
}
