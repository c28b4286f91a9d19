// The release build's renaming of the wasm's imports and exports (scripts/wasm-names.mjs),
// on a module made here with Binaryen's JS API and a glue written as wasm-bindgen writes its
// own: after it, the glue and the declarations name what the wasm imports and exports, and
// a glue that does not name an import exactly once fails the build.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import binaryen from 'binaryen';
import { shortenWasmNames } from '../../scripts/wasm-names.mjs';

const wasmOpt = fileURLToPath(new URL('../../node_modules/.bin/wasm-opt', import.meta.url));
const IMPORTS = ['__wbg_fillRect_e1f0b9915220348b', '__wbg_log_0123456789abcdef'];
const EXPORTS = ['draw_the_chart', 'compute_the_answer'];

const folders = [];
after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A module importing IMPORTS from "./x_bg.js" and exporting EXPORTS, in a new folder. */
function moduleFile() {
  const module = new binaryen.Module();
  for (const name of IMPORTS) {
    module.addFunctionImport(name, './x_bg.js', name, binaryen.none, binaryen.none);
  }
  module.addFunction('body', binaryen.none, binaryen.none, [],
    module.block(null, IMPORTS.map((name) => module.call(name, [], binaryen.none))));
  for (const name of EXPORTS) module.addFunctionExport('body', name);
  const folder = mkdtempSync(join(tmpdir(), 'wasm-names-'));
  folders.push(folder);
  const file = join(folder, 'x_bg.wasm');
  writeFileSync(file, module.emitBinary());
  module.dispose();
  return file;
}

const glueOf = (imports) => `function __wbg_get_imports() {
  const import0 = { __proto__: null,
${imports.map((name) => `    ${name}: function() { console.log("${name}"); },`).join('\n')}
  };
  return { __proto__: null, "./x_bg.js": import0 };
}
export function draw() { wasm.draw_the_chart(); }
export function compute() { return wasm.compute_the_answer(); }`;

const DECLARATIONS = `export interface InitOutput {
  readonly draw_the_chart: () => void;
  readonly compute_the_answer: () => void;
}`;

test('the glue and the declarations name what the renamed wasm imports and exports', () => {
  const wasmFile = moduleFile();
  const original = readFileSync(wasmFile);
  const { glue, declarations, wasm } = shortenWasmNames({
    wasmFile, importModule: './x_bg.js', wasmOpt, glue: glueOf(IMPORTS), declarations: DECLARATIONS,
  });
  const renamed = new WebAssembly.Module(wasm);
  assert.notDeepEqual(wasm, original, 'the names are shortened');
  assert.deepEqual(wasm, readFileSync(wasmFile), 'the file is rewritten in place');
  const imports = WebAssembly.Module.imports(renamed);
  const exports = WebAssembly.Module.exports(renamed).map(({ name }) => name);
  assert.equal(imports.length, IMPORTS.length);
  for (const { module, name } of imports) {
    assert.ok(name.length <= 2, `a short import name: ${name}`);
    assert.ok(glue.includes(`${name}: function`), `the glue names import ${name}`);
    assert.ok(glue.includes(`${JSON.stringify(module)}: import0`), `the glue names module ${module}`);
  }
  // Each import keeps its function: the renamed glue's functions, in order, log the old names.
  assert.deepEqual(imports.map(({ name }) => glue.match(new RegExp(`(?<![\\w$])${name.replace(/[$]/g, '\\$&')}: function\\(\\) \\{ console\\.log\\("(\\w+)"`))[1]), IMPORTS);
  for (const name of [...glue.matchAll(/wasm\.([\w$]+)/g)].map(([, used]) => used)) {
    assert.ok(exports.includes(name), `the glue reads wasm.${name}, an export`);
  }
  for (const old of [...IMPORTS.map((name) => `${name}: function`), ...EXPORTS.map((name) => `wasm.${name}`), '"./x_bg.js"']) {
    assert.ok(!glue.includes(old), `no old name left: ${old}`);
  }
  for (const name of [...declarations.matchAll(/readonly ([\w$]+):/g)].map(([, declared]) => declared)) {
    assert.ok(exports.includes(name), `InitOutput names ${name}, an export`);
  }
});

test('a glue that does not name an import exactly once fails', () => {
  assert.throws(
    () => shortenWasmNames({ wasmFile: moduleFile(), importModule: './x_bg.js', wasmOpt, glue: glueOf(IMPORTS.slice(1)) }),
    /the glue has 0 imports named __wbg_fillRect_e1f0b9915220348b, not 1/,
  );
  assert.throws(
    () => shortenWasmNames({ wasmFile: moduleFile(), importModule: './y_bg.js', wasmOpt, glue: glueOf(IMPORTS) }),
    /expected one import module, \.\/y_bg\.js/,
  );
});
