// Generates a synthetic but realistic MPP content set, written as the same YAML and Markdoc
// files Keystatic writes, for benchmarks at scale (search bytes, build time, page weight).
// Deterministic: the same options give byte-identical output.
//
//   npx node src/bench/generate-content.ts --services 10000 --out /tmp/mpp-10k
//   MPP_CONTENT_DIR=/tmp/mpp-10k/content npx astro build --outDir .cache/dist-10k
//
// Options: --services N (10000)  --gerai N (60)  --announcements N (2000)
//          --agreements N (200)  --seed N (1)  --today YYYY-MM-DD (2026-11-01)  --out DIR
//
// The steps live in ./generate/, one file per kind of content. They share one random stream
// (the profile's hours aside), so their order below is part of the output: keep it.
import { parseArgs } from 'node:util';
import { addAgreements } from './generate/agreements.ts';
import { addAnnouncements, addPages } from './generate/announcements.ts';
import { addClosures } from './generate/closures.ts';
import { addAgenciesAndGerai } from './generate/gerai.ts';
import { type ContentFile, DEFAULTS, type GenerateOptions } from './generate/options.ts';
import { addProfileAndHours } from './generate/profile.ts';
import { Random } from './generate/random.ts';
import { addServices } from './generate/services.ts';
import { writeContent } from './generate/write.ts';

export { type ContentFile, DEFAULTS, type GenerateOptions } from './generate/options.ts';
export { rng } from './generate/random.ts';
export { slugify } from './generate/text.ts';
export { writeContent } from './generate/write.ts';

/** Generate the whole content set in memory (deterministic for the same options). */
export function generateContent(options: GenerateOptions): ContentFile[] {
  const r = new Random(options.seed);
  const files: ContentFile[] = [];
  const add = (file: string, text: string) => files.push({ path: file, text });
  addProfileAndHours(options, add);
  const { instansi, gerai } = addAgenciesAndGerai(r, options, add);
  const services = addServices(r, options, gerai, add);
  addAgreements(r, options, instansi, add);
  addAnnouncements(r, options, services, add);
  addPages(add);
  addClosures(r, options, gerai, add);
  return files;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      services: { type: 'string' },
      gerai: { type: 'string' },
      announcements: { type: 'string' },
      agreements: { type: 'string' },
      seed: { type: 'string' },
      today: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (!values.out) {
    console.error('Pemakaian: node src/bench/generate-content.ts --services 10000 --out /tmp/mpp-10k');
    process.exit(2);
  }
  const num = (value: string | undefined, fallback: number) =>
    value === undefined ? fallback : Math.max(0, Number.parseInt(value, 10) || 0);
  const options: GenerateOptions = {
    services: num(values.services, DEFAULTS.services),
    gerai: Math.max(1, num(values.gerai, DEFAULTS.gerai)),
    announcements: num(values.announcements, DEFAULTS.announcements),
    agreements: num(values.agreements, DEFAULTS.agreements),
    seed: num(values.seed, DEFAULTS.seed),
    today: values.today && /^\d{4}-\d{2}-\d{2}$/.test(values.today) ? values.today : DEFAULTS.today,
  };
  const started = performance.now();
  const files = generateContent(options);
  const root = writeContent(values.out, files);
  const ms = Math.round(performance.now() - started);
  console.log(
    `${files.length} berkas ditulis ke ${root} dalam ${ms} ms (${options.services} layanan, ${options.gerai} gerai, ${options.announcements} pengumuman, ${options.agreements} perjanjian; seed ${options.seed}).`,
  );
  console.log(`Bangun dengan: MPP_CONTENT_DIR=${root} npx astro build --outDir .cache/dist-${options.services}`);
}
