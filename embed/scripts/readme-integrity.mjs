// After a build: the README's snippet pins the module's Subresource Integrity hash; write the new one in
// (a test fails when the README's hash is not the served module's).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const module = readFileSync(new URL('../../src/Directory.Api/Embed/directory.js', import.meta.url));
const integrity = `sha384-${createHash('sha384').update(module).digest('base64')}`;
const readme = new URL('../../README.md', import.meta.url);
const text = readFileSync(readme, 'utf8');
const updated = text.replace(/(\/embed\/v1\/directory\.js"\s+integrity=")sha384-[A-Za-z0-9+/=]+"/, `$1${integrity}"`);
if (updated === text && !text.includes(integrity)) throw new Error('README.md: no snippet with an integrity hash found');
writeFileSync(readme, updated);
console.log(integrity);
