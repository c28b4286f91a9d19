// Size guard for the WebAssembly module: reads a module built with its names kept (cargo's
// release build, before wasm-bindgen and wasm-opt strip them), prints its 20 largest
// functions, and fails when a function of a known heavy part of the standard library is in
// it: Rust's float formatting and parsing (flt2dec, dec2flt, grisu, dragon), which the page
// does not need (the browser prints and parses numbers).
//
//   node scripts/wasm-symbols.mjs target/wasm32-unknown-unknown/release/mining-vs-ai.wasm
//
// With --parts it prints instead what each part of the module costs: its functions' code,
// summed by the project's module (`mining_vs_ai::first_screen`, `mining_vs_ai::chart`, ...)
// or by crate (yew, wasm-bindgen and the web bindings, Rust's standard library), largest
// first. Bytes of code before wasm-bindgen and wasm-opt: a part's share, not its gzip.
import { readFileSync } from 'node:fs';

const FORBIDDEN = ['flt2dec', 'dec2flt', 'grisu', 'dragon'];
const SHOWN = 20;

const parts = process.argv.includes('--parts');
const path = process.argv.slice(2).find((argument) => argument !== '--parts');
if (!path) {
  console.error('usage: node scripts/wasm-symbols.mjs [--parts] <module.wasm>');
  process.exit(2);
}
const bytes = readFileSync(path);
let offset = 8; // magic and version

function leb() {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[offset++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return value;
    shift += 7;
  }
}
function name() {
  const length = leb();
  const text = bytes.toString('utf8', offset, offset + length);
  offset += length;
  return text;
}

let importedFunctions = 0;
const bodySizes = [];
const names = new Map();
while (offset < bytes.length) {
  const id = bytes[offset++];
  const size = leb();
  const end = offset + size;
  if (id === 2) {
    // Imports: functions among them take the first indices.
    for (let count = leb(); count > 0; count--) {
      name();
      name();
      const kind = bytes[offset++];
      if (kind === 0) {
        leb();
        importedFunctions++;
      } else if (kind === 1) {
        offset++;
        const flags = leb();
        leb();
        if (flags & 1) leb();
      } else if (kind === 2) {
        const flags = leb();
        leb();
        if (flags & 1) leb();
      } else if (kind === 3) {
        offset += 2;
      } else {
        break; // an import kind this reader does not know: sizes stay without names
      }
    }
  } else if (id === 10) {
    for (let count = leb(); count > 0; count--) {
      const bodySize = leb();
      bodySizes.push(bodySize);
      offset += bodySize;
    }
  } else if (id === 0 && name() === 'name') {
    while (offset < end) {
      const subsection = bytes[offset++];
      const subsectionEnd = leb() + offset;
      if (subsection === 1) {
        for (let count = leb(); count > 0; count--) {
          const index = leb();
          names.set(index, name());
        }
      }
      offset = subsectionEnd;
    }
  }
  offset = end;
}

if (names.size === 0) {
  console.error(`${path} has no function names: build it without stripping them`);
  process.exit(1);
}

/** Legacy Rust mangling (_ZN...E) made readable; other names as they are. */
function demangle(symbol) {
  const match = /^_?_ZN(.*)E$/.exec(symbol);
  if (!match) return symbol;
  const parts = [];
  let rest = match[1];
  while (rest.length > 0) {
    const length = /^\d+/.exec(rest);
    if (!length) return symbol;
    const start = length[0].length;
    parts.push(rest.slice(start, start + Number(length[0])));
    rest = rest.slice(start + Number(length[0]));
  }
  if (/^h[0-9a-f]{16}$/.test(parts.at(-1))) parts.pop();
  return parts.join('::').replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ')
    .replace(/\$RF\$/g, '&').replace(/\$C\$/g, ',').replace(/\.\./g, '::');
}

const functions = bodySizes.map((size, index) => {
  const symbol = names.get(index + importedFunctions) ?? `function ${index + importedFunctions}`;
  return { size, symbol, readable: demangle(symbol) };
});
const total = functions.reduce((sum, { size }) => sum + size, 0);

/** The part `readable` belongs to: the project's module two levels deep, or the crate. */
function partOf(readable) {
  const own = /mining_vs_ai::([a-z_0-9]+)(::[a-z_0-9]+)?/.exec(readable);
  if (own) {
    const [, module, sub] = own;
    return `mining_vs_ai::${module}${['components', 'model', 'chart', 'hooks'].includes(module) && sub ? sub : ''}`;
  }
  const crates = [
    ['yew', /\byew(::|_)|implicit_clone|indexmap|tokise/],
    ['plotters', /plotters/],
    ['wasm-bindgen, js-sys, web-sys, gloo', /wasm_bindgen|js_sys|web_sys|gloo|__wbg|__wbindgen|__externref/],
    ['Rust\'s standard library', /\b(core|alloc|std|hashbrown|compiler_builtins|lol_alloc)\b|_ZN4core|_RN.*(core|alloc|std)/],
    ['form_urlencoded', /form_urlencoded|percent_encoding/],
  ];
  return crates.find(([, pattern]) => pattern.test(readable))?.[0] ?? 'other (generic code)';
}

if (parts) {
  // wasm-bindgen runs the descriptors of the bindings at build time and removes them.
  const shipped = functions.filter(({ readable }) => !/describe/.test(readable));
  const shippedTotal = shipped.reduce((sum, { size }) => sum + size, 0);
  const sums = new Map();
  for (const { size, readable } of shipped) {
    const part = partOf(readable);
    sums.set(part, (sums.get(part) ?? 0) + size);
  }
  console.log(`${shippedTotal} bytes of code in ${path} (without the bindings' descriptors), by part:`);
  for (const [part, size] of [...sums].sort((a, b) => b[1] - a[1])) {
    console.log(`${String(size).padStart(8)}  ${(100 * size / shippedTotal).toFixed(1).padStart(5)}%  ${part}`);
  }
  process.exit(0);
}

functions.sort((a, b) => b.size - a.size);
console.log(`${functions.length} functions, ${total} bytes of code in ${path}`);
console.log(`The ${SHOWN} largest:`);
for (const { size, readable } of functions.slice(0, SHOWN)) {
  console.log(`${String(size).padStart(8)}  ${readable}`);
}
const heavy = functions.filter(({ symbol }) => FORBIDDEN.some((part) => symbol.includes(part)));
if (heavy.length > 0) {
  console.error(`\nThe module holds ${heavy.length} functions of Rust's float formatting or parsing:`);
  for (const { size, readable } of heavy.slice(0, SHOWN)) {
    console.error(`${String(size).padStart(8)}  ${readable}`);
  }
  console.error('Print numbers with number_text::number_text and read them with number_text::parse_decimal;');
  console.error('no {:?} or {} of an f64, no f64::clamp, no str::parse::<f64>() in the page.');
  process.exit(1);
}
console.log(`\nNo float formatting or parsing (${FORBIDDEN.join(', ')}) in the module.`);
