// The wasm's imports and exports renamed short, and the wasm-bindgen glue and declarations
// renamed to match: a step of the release build (post-build.mjs), tested on a module made
// for the purpose (tests/build/wasm-names.test.mjs).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * wasm-bindgen names each import after its JS function plus a 16-digit hash
 * (`__wbg_fillRect_e1f0b9915220348b`), and the glue repeats every name: nearly 200 names,
 * whose hashes gzip cannot compress. size: Binaryen's pass gives them short names (measured: 3.3 KB
 * less gzip in the wasm and 2.3 KB in the glue; sizes by make bench). The pass renames in
 * place and keeps the order of imports and exports, so old and new names pair up by
 * position (the mapping it prints differs between Binaryen versions; this one is pinned in
 * package.json); the glue and its declarations are then renamed to match, and every name
 * is checked to be found exactly once, so a pass that reordered would fail the build.
 *
 * `wasmFile` is rewritten in place; `importModule` is the glue's name for the wasm's one
 * import module ("./first_bg.js"); `wasmOpt` is Binaryen's wasm-opt. Returns the glue,
 * the declarations (when given) and the wasm's bytes.
 */
export function shortenWasmNames({ wasmFile, importModule, wasmOpt, glue, declarations }) {
  const before = new WebAssembly.Module(readFileSync(wasmFile));
  // The features Rust's wasm32 target enables, which the module may use.
  const features = ['bulk-memory', 'multivalue', 'mutable-globals', 'nontrapping-float-to-int',
    'reference-types', 'sign-ext'].map((feature) => `--enable-${feature}`);
  execFileSync(wasmOpt, [wasmFile, '--minify-imports-and-exports-and-modules', ...features,
    '-o', wasmFile], { stdio: ['ignore', 'ignore', 'inherit'] });
  const after = new WebAssembly.Module(readFileSync(wasmFile));
  // Old name -> the renamed entry, for `list` (imports or exports).
  const pairUp = (list) => {
    const [old, renamed] = [list(before), list(after)];
    if (old.length !== renamed.length || old.some((entry, i) => entry.kind !== renamed[i].kind)) {
      throw new Error('wasm-opt changed the imports or exports, not only their names');
    }
    return new Map(old.map((entry, i) => [entry.name, renamed[i]]));
  };
  const imports = pairUp(WebAssembly.Module.imports);
  const exported = pairUp(WebAssembly.Module.exports);
  const oldModules = new Set(WebAssembly.Module.imports(before).map(({ module }) => module));
  const modules = new Set([...imports.values()].map(({ module }) => module));
  if (oldModules.size !== 1 || !oldModules.has(importModule) || modules.size !== 1) {
    throw new Error(`expected one import module, ${importModule}`);
  }
  const [module] = modules;

  const replaceOnce = (text, pattern, replacement, what) => {
    const found = text.match(pattern) ?? [];
    if (found.length !== 1) throw new Error(`the glue has ${found.length} ${what}, not 1`);
    return text.replace(pattern, () => replacement);
  };
  const escape = (name) => name.replace(/[$]/g, '\\$&');
  for (const [name, { name: short }] of imports) {
    glue = replaceOnce(glue, new RegExp(`(?<![\\w$])${escape(name)}(?=: function)`, 'g'), short, `imports named ${name}`);
  }
  glue = replaceOnce(glue, new RegExp(`"${importModule.replace(/[.]/g, '\\.')}"(?=: import0)`, 'g'),
    JSON.stringify(module), 'import modules');
  glue = glue.replace(/\bwasm\.([A-Za-z_$][\w$]*)/g, (_, name) => {
    if (!exported.has(name)) throw new Error(`the glue reads wasm.${name}, which the wasm does not export`);
    return `wasm.${exported.get(name).name}`;
  });
  // The full calculator ships declarations for TypeScript users; the first screen none.
  if (declarations === undefined) return { glue, wasm: readFileSync(wasmFile) };
  const initOutput = /(export interface InitOutput \{)([^}]*)\}/;
  if (!initOutput.test(declarations)) throw new Error('the declarations have no InitOutput');
  declarations = declarations.replace(initOutput, (_, head, body) => `${head}${body.replace(
    /readonly ([A-Za-z_$][\w$]*):/g, (__, name) => {
      if (!exported.has(name)) throw new Error(`InitOutput names ${name}, which the wasm does not export`);
      return `readonly ${exported.get(name).name}:`;
    })}}`);
  return { glue, declarations, wasm: readFileSync(wasmFile) };
}
