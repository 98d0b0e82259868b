// Turns a processing time of the first model (free text "teks" plus an optional number)
// into the structured form entered once since model version 4, so that residents read the
// same sentence: the parse is kept only when the portal's own wording of the result
// (formatProcessingTime) gives back the old text; otherwise the whole old text becomes the
// remark (keterangan), which the portal shows as written.
import { formatProcessingTime, formatTimeSpan, type ProcessingTime } from '../lib/format.ts';

/** jangkaWaktu as the first model stored it. */
export interface OldProcessingTime {
  teks?: unknown;
  nilai?: unknown;
  satuan?: unknown;
}

export type ParsedProcessingTime =
  | { ok: true; value: ProcessingTime; structured: boolean; addedMaximum: boolean }
  | { ok: false; field: string; reason: string };

const UNITS: Record<string, string> = { menit: 'menit', jam: 'jam', 'hari kerja': 'hari-kerja', 'hari kalender': 'hari', hari: 'hari' };
const QUALIFIERS: Record<string, string> = { sekitar: 'sekitar', 'paling lama': 'paling-lama' };
const NUMBER = String.raw`\d+(?:,\d+)?`;
// "[Selesai di tempat, ][sekitar|paling lama ]N[–M] unit[ rest]" at the start of the text.
const LEADING = new RegExp(
  String.raw`^(?<site>selesai di tempat(?=$|[\s,;]))?(?:,?\s*(?<q>sekitar|paling lama)?\s*(?<from>${NUMBER})(?:\s*[–-]\s*(?<to>${NUMBER}))?\s+(?<unit>menit|jam|hari kerja|hari kalender|hari)(?=$|[\s,;.:)]))?(?<rest>.*)$`,
  'is',
);

const toNumber = (text: string | undefined) => (text === undefined ? null : Number(text.replace(',', '.')));
const sameWording = (a: string, b: string) =>
  a.length > 0 && a.charAt(0).toLowerCase() === b.charAt(0).toLowerCase() && a.slice(1) === b.slice(1);

function parseLeading(text: string, fallbackUnit: string): ProcessingTime | null {
  const match = text.match(LEADING);
  const g = match?.groups;
  if (!g || (!g.site && !g.unit)) return null;
  const rest = g.rest ?? '';
  const to = toNumber(g.to);
  const from = toNumber(g.from);
  return {
    selesaiDiTempat: Boolean(g.site),
    sifat: g.q ? (QUALIFIERS[g.q.toLowerCase()] ?? 'tepat') : 'tepat',
    dari: to !== null ? from : null,
    nilai: to ?? from,
    satuan: g.unit ? (UNITS[g.unit.toLowerCase()] ?? fallbackUnit) : fallbackUnit,
    // The portal joins words with a space and keeps punctuation attached ("; kartu aktif 14 hari").
    keterangan: rest.trim(),
  };
}

/** Whether a number is written in a text as a number of its own ("14", "1,5"). */
function mentions(text: string, value: number): boolean {
  const written = String(value).replace('.', ',');
  return new RegExp(`(^|[^\\d,])${written.replace(/[.,]/g, '[.,]')}($|[^\\d])`).test(text);
}

/** Fields of the new form; content edited halfway by hand has some of them beside "teks". */
const NEW_FIELDS = ['selesaiDiTempat', 'sifat', 'dari', 'keterangan'] as const;

/**
 * The structured processing time for an old one. The old number (the first model's
 * "Nilai maksimum", published in open data) is kept: in the structure, in the kept text, or
 * added to the remark as "(paling lama N satuan)". `ok: false` when text would be lost:
 * "teks" that is not text, or "teks" beside a different new-form value entered by hand.
 */
export function migrateProcessingTime(old: OldProcessingTime & Record<string, unknown>): ParsedProcessingTime {
  if (old.teks !== undefined && old.teks !== null && typeof old.teks !== 'string') {
    return {
      ok: false,
      field: 'jangkaWaktu.teks',
      reason: 'isinya bukan teks; tulis jangka waktu ini dengan tangan di isian "Jangka waktu penyelesaian", lalu hapus kolom "teks"',
    };
  }
  const text = typeof old.teks === 'string' ? old.teks.replace(/\s+/g, ' ').trim() : '';
  const oldValue = typeof old.nilai === 'number' ? old.nilai : null;
  const unit = typeof old.satuan === 'string' && old.satuan ? old.satuan : 'hari-kerja';
  const empty: ProcessingTime = { selesaiDiTempat: false, sifat: 'tepat', dari: null, nilai: null, satuan: unit, keterangan: '' };
  const handEdited = NEW_FIELDS.some(
    (k) => old[k] !== undefined && old[k] !== null && old[k] !== '' && old[k] !== false && !(k === 'sifat' && old[k] === 'tepat'),
  );
  if (handEdited) {
    const current = { ...empty, ...old, nilai: oldValue } as ProcessingTime;
    if (!text || sameWording(formatProcessingTime(current), text))
      return { ok: true, value: current, structured: true, addedMaximum: false };
    return {
      ok: false,
      field: 'jangkaWaktu.teks',
      reason: `isian ini sudah sebagian diisi dalam format baru ("${formatProcessingTime(current)}") tetapi teks lama "${text}" berbeda; pilih yang benar di isian "Jangka waktu penyelesaian", lalu hapus kolom "teks"`,
    };
  }
  if (!text) return { ok: true, value: { ...empty, nilai: oldValue }, structured: oldValue !== null, addedMaximum: false };
  const parsed = parseLeading(text, unit);
  const structured = parsed !== null && sameWording(formatProcessingTime(parsed), text);
  const value = structured && parsed ? parsed : { ...empty, keterangan: text };
  const kept = oldValue === null || value.nilai === oldValue || value.dari === oldValue || mentions(text, oldValue);
  if (!kept) value.keterangan = `${value.keterangan} (paling lama ${formatTimeSpan({ dari: null, nilai: oldValue, satuan: unit })})`.trim();
  return { ok: true, value, structured, addedMaximum: !kept };
}
