// The TypeScript client (openapi-fetch over the types in clients/typescript/v1.d.ts) against a running
// service: a list, an item, a problem answer and a merge patch. .ci/smoke-run.sh runs it with
// API_BASE (the service) and API_KEY (an editor key): node --test typescript-client.test.mjs
import { test } from "node:test";
import assert from "node:assert/strict";
import createClient from "openapi-fetch";

const baseUrl = process.env.API_BASE ?? "http://localhost:5080";
const api = createClient({ baseUrl });
const editor = createClient({ baseUrl, headers: { "X-Api-Key": process.env.API_KEY ?? "" } });

test("a filtered list page", async () => {
  const { data, error } = await api.GET("/api/v1/ngos", { params: { query: { region: ["latgale"], supportArea: ["disabilities"], pageSize: 3 } } });
  assert.equal(error, undefined);
  assert.ok(data.totalItems > 0);
  assert.ok(data.items.length > 0 && data.items.length <= 3);
});

test("an item by slug", async () => {
  const { data: page } = await api.GET("/api/v1/ngos", { params: { query: { pageSize: 1 } } });
  const slug = page.items[0].slug;
  const { data, response } = await api.GET("/api/v1/ngos/{idOrSlug}", { params: { path: { idOrSlug: slug } } });
  assert.equal(response.status, 200);
  assert.equal(data.slug, slug);
  assert.match(response.headers.get("etag"), /^"v\d+/);
});

test("a problem answer names the parameter", async () => {
  const { data, error, response } = await api.GET("/api/v1/ngos", { params: { query: { region: ["atlantis"] } } });
  assert.equal(data, undefined);
  assert.equal(response.status, 400);
  assert.equal(response.headers.get("content-type").split(";")[0], "application/problem+json");
  assert.ok(error.errors.region.length > 0);
});

test("a merge patch of one field leaves the others as they were", async () => {
  const { data: page } = await api.GET("/api/v1/ngos", { params: { query: { member: true, pageSize: 1 } } });
  const slug = page.items[0].slug;
  const before = await api.GET("/api/v1/ngos/{idOrSlug}", { params: { path: { idOrSlug: slug } } });
  const { data, error, response } = await editor.PATCH("/api/v1/ngos/{idOrSlug}", {
    params: { path: { idOrSlug: slug }, header: { "If-Match": before.response.headers.get("etag") } },
    headers: { "Content-Type": "application/merge-patch+json" },
    body: { shortName: "TS" },
  });
  assert.equal(error, undefined, JSON.stringify(error));
  assert.equal(response.status, 200);
  assert.equal(data.shortName, "TS");
  const { shortName: _a, version: _b, updatedAt: _c, ...rest } = data;
  const { shortName: _d, version: _e, updatedAt: _f, ...was } = before.data;
  assert.deepEqual(rest, was);
  assert.equal(data.isMember, true);
});

test("a conditional re-read is a 304 without a body, told by its status", async () => {
  const first = await api.GET("/api/v1/ngos", { params: { query: { region: ["latgale"] } } });
  const etag = first.response.headers.get("etag");
  const again = await api.GET("/api/v1/ngos", { params: { query: { region: ["latgale"] }, header: { "If-None-Match": etag } } });
  assert.equal(again.response.status, 304);
  assert.equal(again.data, undefined);
});
