// The widget's transfer size stays within its budget (size-budget.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUDGET_GZIP_BYTES, WIDGET_FILES, siteSizes, widgetTotal } from './sizes.mjs';
import { DIST } from './support.mjs';

test('the widget loads no more than its gzip budget', () => {
  const total = widgetTotal(siteSizes(DIST));
  assert.equal(total.files, WIDGET_FILES.length, 'every widget file is in dist/');
  assert.ok(
    total.gzip <= BUDGET_GZIP_BYTES,
    `the widget is ${total.gzip} bytes gzip, over its budget of ${BUDGET_GZIP_BYTES}`,
  );
});
