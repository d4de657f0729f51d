// The dataset record as a harvester reads it: a JSON-LD processor (jsonld) expands GET /api/v1/dataset
// (Accept: application/ld+json) into DCAT-AP terms, and the Turtle answer (parsed by n3) is the same
// graph. Run against a live API: API_BASE=http://127.0.0.1:5000 node --test dcat.test.mjs
import assert from 'node:assert/strict';
import { test } from 'node:test';
import jsonld from 'jsonld';
import { Parser, Writer } from 'n3';

const base = process.env.API_BASE ?? 'http://127.0.0.1:5000';
const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const FOAF = 'http://xmlns.com/foaf/0.1/';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

// The record must stand alone: a context fetched from elsewhere would fail here.
const documentLoader = async (url) => { throw new Error(`the record loads a remote document: ${url}`); };

async function get(accept) {
  const response = await fetch(`${base}/api/v1/dataset`, { headers: { accept } });
  assert.equal(response.status, 200);
  assert.ok(response.headers.get('content-type').startsWith(accept), response.headers.get('content-type'));
  return response.text();
}

const languages = (values) => (values ?? []).map((v) => v['@language']).sort();
const iri = (values) => (values ?? []).map((v) => v['@id']).filter(Boolean);

test('the JSON-LD expands to a DCAT-AP dataset with every required and recommended property', async () => {
  const expanded = await jsonld.expand(JSON.parse(await get('application/ld+json')), { documentLoader });
  assert.equal(expanded.length, 1, 'one top-level node');
  const dataset = expanded[0];
  assert.deepEqual(dataset['@type'], [`${DCAT}Dataset`]);
  assert.deepEqual(languages(dataset[`${DCT}title`]), ['en', 'lv']);
  assert.deepEqual(languages(dataset[`${DCT}description`]), ['en', 'lv']);

  const [publisher] = dataset[`${DCT}publisher`];
  assert.deepEqual(publisher['@type'], [`${FOAF}Agent`]);
  assert.ok(publisher[`${FOAF}name`].length > 0, 'the publisher has a name');
  assert.deepEqual(iri(dataset[`${DCT}license`]), ['https://creativecommons.org/licenses/by/4.0/']);
  const [modified] = dataset[`${DCT}modified`];
  assert.equal(modified['@type'], `${XSD}dateTime`);
  assert.ok(!Number.isNaN(Date.parse(modified['@value'])));
  assert.ok(dataset[`${DCAT}contactPoint`]?.length === 1, 'a contact point');
  assert.ok(iri(dataset[`${DCAT}theme`]).every((t) => t.startsWith('http://publications.europa.eu/resource/authority/data-theme/')));
  assert.ok(iri(dataset[`${DCAT}theme`]).length > 0, 'a theme');
  assert.deepEqual([...new Set(languages(dataset[`${DCAT}keyword`]))], ['en', 'lv']);

  const distributions = dataset[`${DCAT}distribution`];
  for (const distribution of distributions) {
    assert.deepEqual(distribution['@type'], [`${DCAT}Distribution`]);
    for (const property of [`${DCAT}accessURL`, `${DCAT}downloadURL`, `${DCAT}mediaType`, `${DCT}license`]) {
      assert.equal(iri(distribution[property]).length, 1, `${distribution['@id']}: ${property} is one IRI`);
    }
  }
  const downloads = distributions.flatMap((d) => iri(d[`${DCAT}downloadURL`]));
  for (const expected of ['/api/v1/ngos/export?format=csv', '/api/v1/ngos/export?format=json', '/hsds/services?format=ndjson']) {
    assert.ok(downloads.some((url) => url.endsWith(expected)), `a distribution downloads ${expected}`);
  }
  const types = distributions.flatMap((d) => iri(d[`${DCAT}mediaType`]));
  assert.ok(types.includes('http://www.iana.org/assignments/media-types/text/csv'));
});

test('the Turtle is the same graph as the JSON-LD', async () => {
  const quads = new Parser({ baseIRI: base }).parse(await get('text/turtle'));
  const nquads = new Writer({ format: 'N-Quads' }).quadsToString(quads);
  const fromTurtle = await jsonld.canonize(nquads, { algorithm: 'RDFC-1.0', inputFormat: 'application/n-quads' });
  const fromJsonLd = await jsonld.canonize(JSON.parse(await get('application/ld+json')), { algorithm: 'RDFC-1.0', format: 'application/n-quads', documentLoader });
  assert.ok(quads.length > 50, `${quads.length} triples`);
  assert.equal(fromTurtle, fromJsonLd);
});
