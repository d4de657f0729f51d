// What the browser tests run against: the API (dotnet, a fresh SQLite file with the demo data) on one
// origin, and a plain web server on another serving host pages with nothing but the snippet.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const apiPort = Number(process.env.EMBED_API_PORT ?? 5431);
export const hostPort = Number(process.env.EMBED_HOST_PORT ?? 5432);
export const api = `http://127.0.0.1:${apiPort}`;
// Another origin (host name and port): the component is a guest here, as on a municipality's site.
export const host = `http://localhost:${hostPort}`;
export const screenshots = join(repo, 'embed', 'test-results');

export async function startApi() {
  const data = mkdtempSync(join(tmpdir(), 'embed-api-'));
  const child = spawn('dotnet', ['run', '--no-build', '--no-launch-profile', '--project', join(repo, 'src', 'Directory.Api')], {
    env: {
      ...process.env,
      ASPNETCORE_URLS: api,
      ASPNETCORE_ENVIRONMENT: 'Production',
      AllowedHosts: '127.0.0.1;localhost',
      Database__ConnectionString: `Data Source=${join(data, 'directory.db')}`,
      Database__SeedDemoData: 'true',
      RateLimits__Anonymous__PermitLimit: '100000',
      Logging__LogLevel__Default: 'Warning',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => { log += d; });
  child.stderr.on('data', (d) => { log += d; });
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the API stopped:\n${log}`);
    try {
      if ((await fetch(`${api}/health/ready`)).ok) {
        return { stop: async () => { child.kill(); await new Promise((r) => child.once('exit', r)); rmSync(data, { recursive: true, force: true }); } };
      }
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`the API did not get ready:\n${log}`);
}

/** A host page: the snippet as the /embed page gives it (with its integrity hash), attributes and the page's own CSS and CSP. */
export async function startHost() {
  const page = await (await fetch(`${api}/embed`)).text();
  const integrity = /integrity="([^"]+)"/.exec(page)[1];
  const pages = {
    '/plain.html': { element: '<lblt-directory lang="lv"></lblt-directory>' },
    '/en.html': { element: '<lblt-directory lang="en"></lblt-directory>' },
    '/fixed.html': { element: '<lblt-directory region="rezeknes-novads" lang="lv" page-size="5"></lblt-directory>' },
    '/unreachable.html': { element: `<lblt-directory lang="en" api-base="http://127.0.0.1:${apiPort + 100}"></lblt-directory>` },
    // Only the API may give scripts and answers; no inline script or style at all.
    '/strict.html': {
      element: '<lblt-directory lang="lv"></lblt-directory>',
      csp: `default-src 'none'; script-src ${api}; connect-src ${api}; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'`,
    },
    // A theme that resets everything, everywhere, and hides custom elements.
    '/hostile.html': {
      element: '<lblt-directory lang="lv"></lblt-directory>',
      css: '/hostile.css',
    },
  };
  const hostile = `* { all: unset !important; display: inline !important; color: #ff0 !important; background: #ff0 !important; font-size: 4px !important; line-height: 0 !important; }
lblt-directory, :not(:defined) { display: none !important; visibility: hidden !important; opacity: 0 !important; }
button, input, select { width: 1px !important; height: 1px !important; }`;
  const server = createServer((request, response) => {
    const path = new URL(request.url, host).pathname;
    if (path === '/hostile.css') {
      response.writeHead(200, { 'Content-Type': 'text/css' }).end(hostile);
      return;
    }
    const spec = pages[path];
    if (!spec) {
      response.writeHead(404).end();
      return;
    }
    const headers = { 'Content-Type': 'text/html; charset=utf-8' };
    if (spec.csp) headers['Content-Security-Policy'] = spec.csp;
    response.writeHead(200, headers).end(`<!doctype html><html lang="lv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host page</title>${spec.css ? `<link rel="stylesheet" href="${spec.css}">` : ''}</head>
<body><main><h1>Pašvaldības lapa</h1>
${spec.element}
<script type="module" src="${api}/embed/v1/directory.js" integrity="${integrity}" crossorigin="anonymous"></script>
</main></body></html>`);
  });
  await new Promise((r) => server.listen(hostPort, 'localhost', r));
  return { stop: () => new Promise((r) => server.close(r)) };
}

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
}

export const axeSource = readFileSync(join(repo, 'embed', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** axe-core's WCAG 2.1 A/AA rules over the page, the component's shadow DOM included. */
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => globalThis.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The API's own answer, to compare what the component shows with. */
export async function apiTotal(query, lang = 'lv') {
  const response = await fetch(`${api}/api/v1/ngos?${query}`, { headers: { 'Accept-Language': lang } });
  return (await response.json()).totalItems;
}
