// Life-event guides ("panduan"): the content and resolved shapes, cross-entry validation,
// resolving steps to services, and a service's place in guides. The totals residents plan
// with are in guide-totals.ts, the merged checklist in guide-checklist.ts.
// Pure logic: works on any service shape that carries the fields used here.
import type { ProcessingTime } from './format.ts';

/** A guide's step as stored in content (keystatic.config.ts › panduan › langkah). */
export interface GuideStepEntry {
  judul: string;
  layanan: readonly { layanan: string | null; bilaPerlu: boolean }[];
  bilaPerlu: boolean;
  diLuarMpp: string;
  catatan: string;
}

/** A guide as stored in content. */
export interface GuideEntry {
  judul: string;
  untukSiapa: string;
  pengantar: string;
  peristiwa: string;
  kataKunci: readonly string[];
  langkah: readonly GuideStepEntry[];
}

/** What a guide needs to know about a service. */
export interface GuideService {
  slug: string;
  nama: string;
  gerai: { slug: string; kode: string; nama: string; lantai: number };
  biaya: { discriminant: string; value?: unknown };
  jangkaWaktu: ProcessingTime;
  persyaratan: readonly { dokumen: string; alternatif?: readonly string[]; bentuk: string; opsional: boolean; kondisi: string }[];
}

/** A resolved step: its services split into the ones to choose from and the ones only some need. */
export interface GuideStep<S extends GuideService = GuideService> {
  /** 1-based position in the guide. */
  number: number;
  judul: string;
  /** Services of which the resident needs one ("atau" alternatives). */
  choices: S[];
  /** Services in this step needed only by some residents ("bila perlu"). */
  extras: S[];
  /** The whole step is needed only by some residents. */
  optional: boolean;
  /** Text of a step taken outside the MPP (e.g. at the midwife); '' when at the MPP. */
  outside: string;
  note: string;
}

/** A guide with its steps resolved to services. */
export interface Guide<S extends GuideService = GuideService> extends Omit<GuideEntry, 'langkah'> {
  slug: string;
  steps: GuideStep<S>[];
}

/** A guide's place in a service's page: "langkah 1 dari 4", with its neighbours. */
export interface GuideMembership {
  guide: { slug: string; judul: string };
  step: number;
  total: number;
  previous: StepLink | null;
  next: StepLink | null;
}

/** A neighbouring step: its number, title, and the service to open (null outside the MPP or with alternatives). */
export interface StepLink {
  number: number;
  judul: string;
  service: string | null;
}

interface Issue {
  file: string;
  field: string;
  message: string;
}

/** Errors in guides: empty steps, unknown services, a service listed twice. */
export function guideProblems(guides: readonly { file: string; entry: GuideEntry }[], serviceSlugs: ReadonlySet<string>): Issue[] {
  const issues: Issue[] = [];
  for (const { file, entry } of guides) {
    if (entry.langkah.length === 0) issues.push({ file, field: 'langkah', message: 'panduan wajib memiliki paling sedikit satu langkah' });
    const seen = new Map<string, number>();
    entry.langkah.forEach((step, index) => {
      const at = `langkah ${index + 1}`;
      const hasOutside = step.diLuarMpp.trim() !== '';
      if (step.layanan.length === 0 && !hasOutside) {
        issues.push({
          file,
          field: at,
          message: 'langkah kosong: pilih paling sedikit satu layanan atau isi "Langkah di luar MPP"',
        });
      }
      if (step.layanan.length > 0 && step.layanan.every((l) => l.bilaPerlu) && !hasOutside) {
        issues.push({
          file,
          field: `${at} › layanan`,
          message: 'semua layanan ditandai "bila perlu"; tandai seluruh langkah "bila perlu" dan biarkan paling sedikit satu layanan wajib',
        });
      }
      for (const { layanan } of step.layanan) {
        const field = `${at} › layanan`;
        if (!layanan) {
          issues.push({ file, field, message: 'layanan wajib dipilih' });
          continue;
        }
        if (!serviceSlugs.has(layanan)) {
          issues.push({ file, field, message: `layanan "${layanan}" tidak ditemukan (tidak ada entri layanan/${layanan})` });
          continue;
        }
        const earlier = seen.get(layanan);
        if (earlier !== undefined) {
          const where = earlier === index + 1 ? 'di langkah ini' : `di langkah ${earlier}`;
          issues.push({ file, field, message: `layanan "${layanan}" sudah disebut ${where}; setiap layanan cukup disebut sekali` });
        } else seen.set(layanan, index + 1);
      }
    });
  }
  return issues;
}

/** Resolve a validated guide's service slugs to services. */
export function resolveGuide<S extends GuideService>(slug: string, entry: GuideEntry, services: ReadonlyMap<string, S>): Guide<S> {
  const pick = (list: GuideStepEntry['layanan']) => list.map((l) => services.get(l.layanan ?? '')).filter((s): s is S => s !== undefined);
  const { langkah, ...rest } = entry;
  return {
    ...rest,
    slug,
    steps: langkah.map((step, index) => ({
      number: index + 1,
      judul: step.judul,
      choices: pick(step.layanan.filter((l) => !l.bilaPerlu)),
      extras: pick(step.layanan.filter((l) => l.bilaPerlu)),
      optional: step.bilaPerlu,
      outside: step.diLuarMpp.trim(),
      note: step.catatan.trim(),
    })),
  };
}

/** Every guide step a service appears in, for its page. */
export function guidesOfService(guides: readonly Guide[], serviceSlug: string): GuideMembership[] {
  const found: GuideMembership[] = [];
  for (const guide of guides) {
    const step = guide.steps.find((s) => [...s.choices, ...s.extras].some((x) => x.slug === serviceSlug));
    if (!step) continue;
    const neighbour = (n: number) => {
      const s = guide.steps[n - 1];
      if (!s) return null;
      const only = s.choices.length === 1 ? (s.choices[0]?.slug ?? null) : null;
      return { number: s.number, judul: s.judul, service: only };
    };
    found.push({
      guide: { slug: guide.slug, judul: guide.judul },
      step: step.number,
      total: guide.steps.length,
      previous: neighbour(step.number - 1),
      next: neighbour(step.number + 1),
    });
  }
  return found;
}
