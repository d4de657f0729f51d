// LBLT's front-end calling the Directory API with types generated from openapi/v1.json by
// openapi-typescript (an independent generator): this file must type-check against them.
import createClient from "openapi-fetch";
import type { components, paths } from "./v1";

type Ngo = components["schemas"]["NgoDto"];

const api = createClient<paths>({ baseUrl: "http://localhost:5080" });

export async function ngosInLatgaleForChildrenWithDisabilities(): Promise<Ngo[]> {
  const all: Ngo[] = [];
  for (let page = 1; ; page++) {
    const { data, error } = await api.GET("/api/v1/ngos", {
      params: { query: { region: ["latgale"], supportArea: ["disabilities"], sort: "name", page, pageSize: 100 } },
    });
    if (error) throw new Error(`${error.status} ${error.title}`);
    all.push(...data.items);
    if (page >= data.totalPages) return all;
  }
}

export async function ngoBySlug(slug: string): Promise<Ngo | undefined> {
  const { data, error, response } = await api.GET("/api/v1/ngos/{idOrSlug}", { params: { path: { idOrSlug: slug } } });
  if (response.status === 404) return undefined;
  if (error) throw new Error(error.detail ?? "request failed");
  return data;
}

export async function latgaleCount(): Promise<number> {
  const { data } = await api.GET("/api/v1/ngos/facets", { params: { query: { supportArea: ["family-support"] } } });
  return data?.regions.find((r) => r.code === "latgale")?.count ?? 0;
}

/**
 * A page read again only when it changed. A 304 has no body, so openapi-fetch gives neither data nor a
 * problem (error is ""): check the status first, then keep what you had.
 */
export async function latgalePageIfChanged(cached?: { etag: string; items: Ngo[] }): Promise<{ etag: string; items: Ngo[] }> {
  const { data, error, response } = await api.GET("/api/v1/ngos", {
    params: { query: { region: ["latgale"] }, header: cached ? { "If-None-Match": cached.etag } : {} },
  });
  if (response.status === 304 && cached) return cached;
  if (error !== undefined || data === undefined) throw new Error(`${response.status} ${error?.title ?? "no body"}`);
  return { etag: response.headers.get("ETag") ?? "", items: data.items };
}
