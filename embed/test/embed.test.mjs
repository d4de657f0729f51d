// <lblt-directory> in Debian's Chromium, on host pages of another origin, against the running API.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { api, apiTotal, axeViolations, host, launch, screenshots, startApi, startHost } from './harness.mjs';

let apiServer;
let hostServer;
let browser;

before(async () => {
  mkdirSync(screenshots, { recursive: true });
  apiServer = await startApi();
  hostServer = await startHost();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await hostServer?.stop();
  await apiServer?.stop();
});

/** A fresh page (its own context: no shared cache or storage) that records requests and CSP violations. */
async function open(path, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, ...options });
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (r) => requests.push(r.url()));
  watch(page, problems);
  await page.goto(`${host}${path}`);
  return { page, context, requests, problems };
}

/** Script errors, CSP violations and failed requests (the browser's own favicon request aside). */
function watch(page, problems) {
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text()); });
  page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`${r.status()} ${r.url()}`); });
  page.on('requestfailed', (r) => { if (!r.url().endsWith('/favicon.ico')) problems.push(`failed ${r.url()}`); });
}

const directory = (page) => page.locator('lblt-directory');
const status = (page) => directory(page).locator('[part~="status"]');

/** The count the live region announces, once the list is in (read once: the next read may be "loading"). */
async function shownCount(page) {
  let count = null;
  await assertEventually(async () => {
    const found = /(\d+)/.exec(await status(page).textContent());
    count = found ? Number(found[1]) : null;
    return count !== null;
  });
  return count;
}

async function assertEventually(check, message = 'condition not met in time') {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(message);
}

describe('<lblt-directory> on another origin', () => {
  test('shows the directory’s organisations with nothing but the snippet, and says how long the first results took', async () => {
    const started = Date.now();
    const { page, context, problems } = await open('/plain.html');
    const count = await shownCount(page);
    const cold = Date.now() - started;
    // Again in a new context (nothing cached in the browser), now that the API has answered once.
    const again = Date.now();
    const second = await open('/plain.html');
    await shownCount(second.page);
    console.log(`time to first results (Chromium, loopback, a fresh browser context): ${cold} ms as the API's first visitor, ${Date.now() - again} ms after`);
    await second.context.close();
    assert.equal(count, await apiTotal(''));
    assert.equal(await directory(page).locator('li.card').count(), 10);
    assert.deepEqual(problems, []);
    await page.screenshot({ path: join(screenshots, 'results-lv.png'), fullPage: true });
    await context.close();
  });

  test('a support area filter shows its facet count and the organisations the API gives for it', async () => {
    const { page, context } = await open('/plain.html');
    await shownCount(page);
    const select = directory(page).locator('select[name="supportArea"]');
    const option = select.locator('option[value="mental-health"]');
    const facet = Number(/\((\d+)\)/.exec(await option.textContent())[1]);
    await select.selectOption('mental-health');
    await assertEventually(async () => (await shownCount(page)) === facet);
    assert.equal(facet, await apiTotal('supportArea=mental-health'));
    await context.close();
  });

  test('the language filter lists the languages the API names, with their counts', async () => {
    const { page, context } = await open('/en.html');
    await shownCount(page);
    const select = directory(page).locator('select[name="language"]');
    const latgalian = await select.locator('option[value="ltg"]').textContent();
    assert.match(latgalian, /^Latgalian \(\d+\)$/);
    await select.selectOption('ltg');
    await assertEventually(async () => (await shownCount(page)) === Number(/\((\d+)\)/.exec(latgalian)[1]));
    assert.equal(await shownCount(page), await apiTotal('language=ltg', 'en'));
    await context.close();
  });

  test('search runs as the visitor types, once they pause, and finds what the API finds', async () => {
    const { page, context, requests } = await open('/plain.html');
    await shownCount(page);
    const before = requests.filter((u) => u.includes('/api/v1/ngos?')).length;
    await directory(page).locator('input[name="q"]').pressSequentially('psihologs', { delay: 40 });
    const expected = await apiTotal('q=psihologs');
    await assertEventually(async () => (await shownCount(page)) === expected);
    const lists = requests.filter((u) => u.includes('/api/v1/ngos?')).length - before;
    assert.ok(lists <= 2, `one list request after typing pauses, not one a key (${lists})`);
    await context.close();
  });

  test('an empty result offers the search’s suggestion, and taking it finds organisations', async () => {
    const { page, context } = await open('/plain.html');
    await shownCount(page);
    await directory(page).locator('input[name="q"]').fill('mējaklis');
    await assertEventually(async () => (await shownCount(page)) === 0);
    const suggestion = directory(page).locator('[part~="note"] button');
    assert.equal(await suggestion.textContent(), 'mājoklis');
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: join(screenshots, 'empty-lv.png'), fullPage: true });
    await suggestion.click();
    assert.equal(await shownCount(page), await apiTotal('q=m%C4%81joklis'));
    await context.close();
  });

  test('pages turn, and focus lands on the new page’s first result', async () => {
    const { page, context } = await open('/fixed.html');
    const total = await shownCount(page);
    assert.equal(total, await apiTotal('region=rezeknes-novads'));
    assert.equal(await directory(page).locator('select[name="region"]').count(), 0, 'a fixed region has no filter');
    const pages = Math.ceil(total / 5);
    const first = await directory(page).locator('li.card h3').first().textContent();
    await directory(page).getByRole('button', { name: 'Nākamā lapa' }).click();
    await assertEventually(async () => (await directory(page).locator('[part~="pager"] span').textContent()) === `2. lapa no ${pages}`);
    assert.notEqual(await directory(page).locator('li.card h3').first().textContent(), first);
    assert.equal(await page.evaluate(() => document.activeElement.shadowRoot?.activeElement?.textContent), await directory(page).locator('li.card h3').first().textContent());
    await context.close();
  });

  test('a result opens its detail with focus on its name, and Escape goes back to the same result', async () => {
    const { page, context } = await open('/plain.html');
    await shownCount(page);
    const second = directory(page).locator('li.card h3 button').nth(1);
    const name = await second.textContent();
    await second.click();
    const detail = directory(page).locator('[part~="detail"]');
    assert.equal(await detail.locator('h3').textContent(), name);
    assert.equal(await page.evaluate(() => document.activeElement.shadowRoot?.activeElement?.tagName), 'H3');
    assert.ok((await detail.locator('dd').count()) >= 3);
    assert.equal(await directory(page).locator('form').isVisible(), false, 'the detail stands alone');
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: join(screenshots, 'detail-lv.png'), fullPage: true });
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => document.activeElement.shadowRoot?.activeElement?.textContent), name);
    await context.close();
  });

  test('lang="en" gives an English interface and English names of areas', async () => {
    const { page, context } = await open('/en.html');
    const count = await shownCount(page);
    assert.match(await status(page).textContent(), /organisations found/);
    assert.equal(count, await apiTotal('', 'en'));
    assert.ok((await directory(page).locator('select[name="supportArea"] option').allTextContents()).some((o) => o.includes('Psychological support and mental health')));
    await page.screenshot({ path: join(screenshots, 'results-en.png'), fullPage: true });
    await context.close();
  });

  test('the whole flow works from the keyboard alone, with a visible focus', async () => {
    const { page, context } = await open('/plain.html');
    await shownCount(page);
    const focused = () => page.evaluate(() => {
      const inner = document.activeElement.shadowRoot?.activeElement;
      return inner ? { tag: inner.tagName, name: inner.getAttribute('name'), text: inner.textContent, outline: getComputedStyle(inner).outlineStyle } : null;
    });
    await page.keyboard.press('Tab');
    assert.deepEqual({ ...(await focused()), outline: undefined }, { tag: 'INPUT', name: 'q', text: '', outline: undefined });
    assert.notEqual((await focused()).outline, 'none', 'focus is visible');
    await page.keyboard.type('ģimene');
    await assertEventually(async () => (await shownCount(page)) === (await apiTotal('q=%C4%A3imene')));
    for (let i = 0; i < 12 && (await focused())?.tag !== 'BUTTON'; i++) await page.keyboard.press('Tab');
    const first = await focused();
    assert.equal(first.tag, 'BUTTON');
    assert.notEqual(first.outline, 'none');
    await page.keyboard.press('Enter');
    assert.equal((await focused()).tag, 'H3');
    await page.keyboard.press('Escape');
    assert.equal((await focused()).text, first.text);
    await context.close();
  });

  test('an unreachable API and a 429 each give a readable error with a retry that works', async () => {
    const { page, context } = await open('/unreachable.html');
    const alert = directory(page).getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /cannot be reached/);
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: join(screenshots, 'error-en.png'), fullPage: true });
    await context.close();

    const limited = await open('/plain.html');
    await shownCount(limited.page);
    await limited.page.route(`${api}/api/v1/ngos**`, (route) => route.fulfill({ status: 429, headers: { 'Retry-After': '17', 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Retry-After' }, body: '' }));
    await directory(limited.page).locator('input[name="q"]').fill('bērni');
    const tooMany = directory(limited.page).getByRole('alert');
    await tooMany.waitFor();
    assert.match(await tooMany.textContent(), /17 s/);
    await limited.page.unroute(`${api}/api/v1/ngos**`);
    await tooMany.getByRole('button').click();
    assert.equal(await shownCount(limited.page), await apiTotal('q=b%C4%93rni'));
    await limited.context.close();
  });

  test('axe-core finds no violation with results shown, in Latvian and in English', async () => {
    for (const path of ['/plain.html', '/en.html']) {
      const { page, context } = await open(path);
      await shownCount(page);
      assert.deepEqual(await axeViolations(page), [], path);
      await context.close();
    }
  });

  test('detail, empty and error states in English have no axe violation either', async () => {
    const { page, context } = await open('/en.html');
    await shownCount(page);
    await directory(page).locator('li.card h3 button').first().click();
    assert.deepEqual(await axeViolations(page), [], 'detail');
    await page.keyboard.press('Escape');
    await directory(page).locator('input[name="q"]').fill('zzqvxx');
    await assertEventually(async () => (await shownCount(page)) === 0);
    assert.deepEqual(await axeViolations(page), [], 'empty');
    await page.route(`${api}/api/v1/**`, (route) => route.abort());
    await directory(page).locator('input[name="q"]').fill('family');
    await directory(page).getByRole('alert').waitFor();
    assert.deepEqual(await axeViolations(page), [], 'error');
    await context.close();

    const lv = await open('/unreachable.html');
    await lv.page.evaluate(() => document.querySelector('lblt-directory').setAttribute('lang', 'lv'));
    await directory(lv.page).getByText('Katalogs pašlaik nav pieejams.').waitFor();
    assert.deepEqual(await axeViolations(lv.page), [], 'error in Latvian');
    await lv.context.close();
  });

  test('under a strict CSP (no inline script or style) it works and violates nothing', async () => {
    const { page, context, problems } = await open('/strict.html');
    await page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective}`)));
    assert.equal(await shownCount(page), await apiTotal(''));
    await directory(page).locator('li.card h3 button').first().click();
    await directory(page).locator('[part~="detail"]').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a host page’s aggressive global CSS does not hide or break it', async () => {
    const { page, context } = await open('/hostile.html');
    await shownCount(page);
    const box = await directory(page).boundingBox();
    assert.ok(box && box.height > 300, `the element is shown (${JSON.stringify(box)})`);
    const card = directory(page).locator('li.card').first();
    assert.equal(await card.evaluate((e) => getComputedStyle(e).display), 'list-item');
    assert.ok((await card.boundingBox()).width >= 250, 'the cards keep their width (the host’s root font size is 4px)');
    assert.ok(Number.parseFloat(await card.evaluate((e) => getComputedStyle(e).fontSize)) >= 14);
    const search = await directory(page).locator('input[name="q"]').boundingBox();
    assert.ok(search.width > 100 && search.height > 20, 'the search box keeps its size');
    await page.screenshot({ path: join(screenshots, 'hostile-css.png'), fullPage: true });
    await context.close();
  });

  test('no globals, cookies, storage or requests beyond the API', async () => {
    const { page, context, requests } = await open('/plain.html');
    await shownCount(page);
    await directory(page).locator('select[name="targetGroup"]').selectOption({ index: 1 });
    await shownCount(page);
    const globals = await page.evaluate(() => {
      const frame = document.createElement('iframe');
      document.body.append(frame);
      const clean = new Set(Object.getOwnPropertyNames(frame.contentWindow));
      frame.remove();
      return Object.getOwnPropertyNames(window).filter((n) => !clean.has(n));
    });
    assert.deepEqual(globals, []);
    assert.deepEqual(await context.cookies(), []);
    assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]), [0, 0, '']);
    const origins = new Set(requests.map((u) => new URL(u).origin));
    assert.deepEqual([...origins].sort(), [api, host].sort());
    await context.close();
  });

  test('usable at 320 px wide and at 200 % zoom: nothing scrolls sideways', async () => {
    for (const [width, scale] of [[320, 1], [640, 2]]) {
      const { page, context } = await open('/plain.html', { viewport: { width, height: 800 }, deviceScaleFactor: scale });
      await shownCount(page);
      await directory(page).locator('li.card h3 button').first().click();
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `detail at ${width}px`);
      await page.keyboard.press('Escape');
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `list at ${width}px`);
      if (width === 320) await page.screenshot({ path: join(screenshots, 'narrow-320.png'), fullPage: true });
      await context.close();
    }
  });

  test('the API’s own /embed page shows the live component under its strict CSP', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = [];
    watch(page, problems);
    await page.goto(`${api}/embed`);
    assert.equal(await shownCount(page), await apiTotal(''));
    assert.match(await page.locator('pre code').textContent(), /integrity="sha384-/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
