// Life-event guides ("panduan"): cross-entry validation, resolving steps to services,
// the totals residents plan with (visits, gerai, fees, time) and the merged checklist.
// Pure logic: works on any service shape that carries the fields used here.
import type { DurationUnit, ProcessingTime } from './format.ts';

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

/**
 * A service's fee: one fixed amount, or a range that depends on the resident's choice or
 * situation. `high` is null when the amount is computed per application (no upper bound).
 */
export type Fee = { kind: 'fixed'; amount: number } | { kind: 'variable'; low: number; high: number | null };

/** The fee of a service: free is a fixed 0; several different tariffs, or a computed fee, make it variable. */
export function serviceFee(biaya: GuideService['biaya']): Fee {
  // Computed per application (PBG retribution, vehicle tax): nothing is known in advance.
  if (biaya.discriminant === 'sesuai-perhitungan') return { kind: 'variable', low: 0, high: null };
  if (biaya.discriminant !== 'berbayar') return { kind: 'fixed', amount: 0 };
  const amounts = ((biaya.value as { tarif: { jumlah: number | null }[] }).tarif ?? []).map((t) => t.jumlah ?? 0);
  const low = Math.min(...amounts, Number.POSITIVE_INFINITY);
  const high = Math.max(...amounts, 0);
  if (!Number.isFinite(low)) return { kind: 'fixed', amount: 0 };
  return low === high ? { kind: 'fixed', amount: low } : { kind: 'variable', low, high };
}

function stepFee(step: GuideStep): Fee {
  const fees = step.choices.map((s) => serviceFee(s.biaya));
  if (fees.length === 0) return { kind: 'fixed', amount: 0 };
  const lows = fees.map((f) => (f.kind === 'fixed' ? f.amount : f.low));
  const low = Math.min(...lows);
  if (fees.some((f) => f.kind === 'variable' && f.high === null)) return { kind: 'variable', low, high: null };
  const high = Math.max(...fees.map((f) => (f.kind === 'fixed' ? f.amount : (f.high ?? 0))));
  return low === high ? { kind: 'fixed', amount: low } : { kind: 'variable', low, high };
}

/** Time totals, kept per unit: working days and calendar days do not add up honestly. */
export type TimeTotal = Record<DurationUnit, number>;

export interface GuideTotals {
  /** Trips to the MPP when every required step is done as early as possible. */
  visits: number;
  /** Gerai of the required steps, in order of first use (first choice of each step). */
  gerai: GuideService['gerai'][];
  /** Sum of the fixed fees of required steps (free steps count 0; variable steps their lowest known fee). */
  fixedFees: number;
  /** Required steps whose fee depends on the resident's choice or situation, or is computed per application. */
  variableFeeSteps: number[];
  /** Completion time of each required step (its slowest alternative), summed per unit. */
  time: TimeTotal;
  /** Required MPP steps with no maximum time in content. */
  untimedSteps: number[];
  /** Steps needed only by some residents (whole step optional). */
  optionalSteps: number[];
  /** Steps taken outside the MPP. */
  outsideSteps: number[];
}

const DAY_UNITS = new Set(['hari-kerja', 'hari']);
// Only to pick the slowest of "atau" alternatives; totals stay in each service's own unit.
const MINUTES: Record<string, number> = { menit: 1, jam: 60, 'hari-kerja': (1440 * 7) / 5, hari: 1440 };
const roughMinutes = (s: GuideService) => (s.jangkaWaktu.nilai ?? 0) * (MINUTES[s.jangkaWaktu.satuan] ?? 0);
const takesDays = (s: GuideService) => DAY_UNITS.has(s.jangkaWaktu.satuan) && (s.jangkaWaktu.nilai ?? 0) > 0;

/** Totals of a guide, computed from its services' content. */
export function guideTotals(guide: Guide): GuideTotals {
  const required = guide.steps.filter((s) => !s.optional);
  const totals: GuideTotals = {
    visits: 0,
    gerai: [],
    fixedFees: 0,
    variableFeeSteps: [],
    time: { menit: 0, jam: 0, 'hari-kerja': 0, hari: 0 },
    untimedSteps: [],
    optionalSteps: guide.steps.filter((s) => s.optional).map((s) => s.number),
    outsideSteps: guide.steps.filter((s) => s.outside && s.choices.length === 0).map((s) => s.number),
  };
  // A new trip is needed after leaving the MPP for an outside step or to wait days for a result.
  let mustReturn = true;
  for (const step of required) {
    if (step.choices.length === 0) {
      mustReturn = true;
      continue;
    }
    if (mustReturn) totals.visits += 1;
    mustReturn = step.choices.some(takesDays);
    const first = step.choices[0];
    if (first && !totals.gerai.some((g) => g.slug === first.gerai.slug)) totals.gerai.push(first.gerai);
    const fee = stepFee(step);
    if (fee.kind === 'fixed') totals.fixedFees += fee.amount;
    else {
      totals.fixedFees += fee.low;
      totals.variableFeeSteps.push(step.number);
    }
    // "Selesai di tempat" without a number is a known time: done during the visit.
    const timed = step.choices.filter(
      (s) => (s.jangkaWaktu.nilai !== null && s.jangkaWaktu.nilai !== undefined) || s.jangkaWaktu.selesaiDiTempat,
    );
    if (timed.length < step.choices.length) totals.untimedSteps.push(step.number);
    const longest = timed.reduce<GuideService | undefined>((a, b) => (a && roughMinutes(a) >= roughMinutes(b) ? a : b), undefined);
    if (longest) totals.time[longest.jangkaWaktu.satuan as DurationUnit] += longest.jangkaWaktu.nilai ?? 0;
  }
  return totals;
}

/** One document of the combined checklist, with the steps that need it. */
export interface ChecklistItem {
  /** Stable id for remembering ticks (derived from the document name or names). */
  id: string;
  dokumen: string;
  /** Documents any one of which may be brought instead of `dokumen` ("salah satu dari"); [] for one document. */
  alternatif: string[];
  /** Document forms asked for (asli, fotokopi, ...), in first-seen order. */
  forms: string[];
  steps: number[];
  /** Not every resident needs it: optional in all services, or only from optional steps. */
  optional: boolean;
  conditions: string[];
}

const documentKey = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

type Requirement = GuideService['persyaratan'][number];
const optionsOf = (req: Requirement) => [req.dokumen, ...(req.alternatif ?? [])].map((d) => d.trim()).filter(Boolean);
// The same alternatives in any order are one item: "salah satu dari" has no first choice.
const alternativesKey = (options: readonly string[]) => `salah-satu--${[...new Set(options.map(documentKey))].sort().join('--')}`;

/**
 * The documents of every step merged: each once, with the steps that need it.
 * A "salah satu dari" requirement merges with the same set of alternatives, and is
 * covered by (joins) a document the guide already requires outright that is one of its
 * alternatives: bringing that document satisfies both steps.
 */
export function guideChecklist(guide: Guide): ChecklistItem[] {
  const items = new Map<string, ChecklistItem>();
  const needs: { step: GuideStep; req: Requirement; optional: boolean }[] = [];
  for (const step of guide.steps) {
    for (const service of [...step.choices, ...step.extras]) {
      const extra = step.optional || step.extras.includes(service) || step.choices.length > 1;
      for (const req of service.persyaratan) needs.push({ step, req, optional: extra || req.opsional || req.kondisi.trim() !== '' });
    }
  }
  // Documents required outright by some step, whatever their place in the guide.
  const outright = new Set(needs.filter((n) => !n.optional && optionsOf(n.req).length === 1).map((n) => documentKey(n.req.dokumen)));
  for (const { step, req, optional } of needs) {
    const options = optionsOf(req);
    const covering = options.length > 1 ? options.find((o) => outright.has(documentKey(o))) : undefined;
    const single = options.length <= 1 || covering !== undefined;
    const name = covering ?? req.dokumen.trim();
    const id = single ? documentKey(name) : alternativesKey(options);
    let item = items.get(id);
    if (!item) {
      item = { id, dokumen: name, alternatif: single ? [] : options.slice(1), forms: [], steps: [], optional, conditions: [] };
      items.set(id, item);
    }
    if (!optional) item.optional = false;
    if (!item.forms.includes(req.bentuk)) item.forms.push(req.bentuk);
    if (!item.steps.includes(step.number)) item.steps.push(step.number);
    const condition = req.kondisi.trim();
    if (condition && !item.conditions.includes(condition)) item.conditions.push(condition);
  }
  return [...items.values()];
}
