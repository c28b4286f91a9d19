// What the widget and the full page load before their first slider answers stays within
// their budgets (size-budget.json); split.test.mjs checks in a browser that it is all they
// load before then.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BUDGET_GZIP_BYTES, MOUNTED_FILES, PAGE_CEILING_GZIP_BYTES, PAGE_FILES, WIDGET_FILES, filesTotal,
  siteSizes,
} from './sizes.mjs';
import { DIST } from './support.mjs';

test('the widget loads no more than its gzip budget before its first slider answers', () => {
  const total = filesTotal(siteSizes(DIST), WIDGET_FILES);
  assert.equal(total.files, WIDGET_FILES.length, 'every file of the widget is in dist/');
  assert.ok(
    total.gzip <= BUDGET_GZIP_BYTES,
    `the widget is ${total.gzip} bytes gzip, over its budget of ${BUDGET_GZIP_BYTES}`,
  );
});

test("a widget mounted with widget.js loads no more than the widget's budget before its first slider answers", () => {
  const total = filesTotal(siteSizes(DIST), MOUNTED_FILES);
  assert.equal(total.files, MOUNTED_FILES.length, 'every file of the mounted widget is in dist/');
  assert.ok(
    total.gzip <= BUDGET_GZIP_BYTES,
    `the mounted widget is ${total.gzip} bytes gzip, over its budget of ${BUDGET_GZIP_BYTES}`,
  );
});

test('the full page loads no more than its gzip budget before its first slider answers', () => {
  const total = filesTotal(siteSizes(DIST), PAGE_FILES);
  assert.equal(total.files, PAGE_FILES.length, 'every file of the page is in dist/');
  assert.ok(
    total.gzip <= PAGE_CEILING_GZIP_BYTES,
    `the page is ${total.gzip} bytes gzip, over its budget of ${PAGE_CEILING_GZIP_BYTES}`,
  );
});
