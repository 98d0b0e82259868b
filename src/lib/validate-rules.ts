// Rules for content that would otherwise publish wrong information without a word:
// unusable profile addresses and numbers, a gerai whose own hours are empty, ended
// agreements and duplicate service names.
import type { RawContent } from './content-types.ts';
import { daysBetween } from './hours.ts';
import { AGREEMENT_WARNING_DAYS, RENEWAL_OVERDUE_DAYS } from './partners.ts';
import { SKM_RANGE, skmGrade } from './skm.ts';
import { formatDate, normalizeWhatsApp, phoneDigits } from './format.ts';
import { fetchUrlProblem, linkUrlProblem, tileUrlProblem } from './validate-urls.ts';

/** Collects issues; the one sink every rule writes to. */
export interface IssueSink {
  error(file: string, field: string, message: string): void;
  warn(file: string, field: string, message: string): void;
}

const QUEUE_EXAMPLE = 'https://antrean.contoh.go.id/v1/antrean';
const ENV_FILE = 'variabel lingkungan';

/** Deployment overrides of profile addresses (MPP_QUEUE_API_URL, MPP_TILE_URL). */
export interface UrlOverrides {
  queueApiUrl?: string;
  tileUrl?: string;
}

/** Every address and number in the profile, plus the environment overrides that replace them. */
export function checkProfileContacts(issues: IssueSink, content: RawContent, overrides: UrlOverrides = {}) {
  const profil = content.profil;
  if (!profil) return;
  const { file, entry } = profil;
  const problem = (field: string, message: string | null) => {
    if (message) issues.error(file, field, message);
  };
  problem('alamatSitus', linkUrlProblem(entry.alamatSitus));
  if (entry.antrian.apiUrl) problem('antrian.apiUrl', fetchUrlProblem(entry.antrian.apiUrl, QUEUE_EXAMPLE));
  problem('peta.tileUrl', tileUrlProblem(entry.peta.tileUrl));
  problem('pengaduan.lapor', linkUrlProblem(entry.pengaduan.lapor));
  if (entry.skm.tautanSurvei) problem('skm.tautanSurvei', linkUrlProblem(entry.skm.tautanSurvei));
  for (const [i, m] of entry.mediaSosial.entries()) problem(`mediaSosial[${i + 1}].url`, linkUrlProblem(m.url));
  const override = (name: string, message: string | null) => {
    if (message) issues.error(ENV_FILE, name, message);
  };
  if (overrides.queueApiUrl) override('MPP_QUEUE_API_URL', fetchUrlProblem(overrides.queueApiUrl, QUEUE_EXAMPLE));
  if (overrides.tileUrl) override('MPP_TILE_URL', tileUrlProblem(overrides.tileUrl));
  const { telepon, whatsapp } = entry.kontak;
  if (telepon.trim() && !phoneDigits(telepon)) {
    issues.error(file, 'kontak.telepon', `"${telepon}" bukan nomor telepon; tulis angka saja, misalnya (0285) 421000`);
  }
  if (whatsapp.trim() && !normalizeWhatsApp(whatsapp)) {
    issues.error(file, 'kontak.whatsapp', `"${whatsapp}" bukan nomor WhatsApp; tulis dengan kode negara, misalnya 6281234567890`);
  }
}

/** Rules across fields and entries that the schema cannot express (name lengths and blank items are in the schema). */
export function checkEntries(issues: IssueSink, content: RawContent) {
  for (const { file, entry } of content.gerai) {
    if (entry.jamSendiri.discriminant && Object.values(entry.jamSendiri.value).every((day) => day.length === 0)) {
      issues.error(
        file,
        'jamSendiri',
        'jam layanan gerai berbeda dicentang tetapi belum ada jam yang diisi, sehingga gerai dan layanannya tampil tutup sepanjang minggu; isi jamnya atau hapus centangnya',
      );
    }
  }
  const names = new Map<string, string>();
  for (const { file, entry } of content.layanan) {
    const key = entry.nama.trim().toLocaleLowerCase('id');
    const other = names.get(key);
    if (other) issues.warn(file, 'nama', `nama layanan "${entry.nama}" sama dengan ${other}; warga sulit membedakannya`);
    else names.set(key, file);
  }
}

type AgreementEntry = RawContent['kerjaSama'][number]['entry'];
const RENEWAL = '"Perpanjangan sedang diproses"';

/**
 * Dates of one agreement: required once signed, in order, and warnings that follow the
 * stage: a signed agreement ending soon or ended asks for renewal; one whose renewal is
 * already "sedang diproses" only gets a word when that has taken very long.
 */
export function checkAgreementDates(issues: IssueSink, file: string, entry: AgreementEntry, today: string) {
  const { tahap, ditandatangani, berlakuMulai, berlakuSampai } = entry;
  if (tahap !== 'belum-ditandatangani') {
    const labels = { ditandatangani: 'tanggal ditandatangani', berlakuMulai: 'berlaku mulai', berlakuSampai: 'berlaku sampai' } as const;
    for (const field of Object.keys(labels) as (keyof typeof labels)[]) {
      if (!entry[field])
        issues.error(
          file,
          field,
          `${labels[field]} wajib diisi untuk perjanjian yang sudah ditandatangani; bila belum, pilih tahap "Belum ditandatangani"`,
        );
    }
  }
  if (berlakuSampai && ditandatangani && berlakuSampai < ditandatangani) {
    issues.error(
      file,
      'berlakuSampai',
      `berlaku sampai ${formatDate(berlakuSampai)} lebih awal dari tanggal ditandatangani ${formatDate(ditandatangani)}`,
    );
  }
  if (berlakuSampai && berlakuMulai && berlakuSampai < berlakuMulai) {
    issues.error(
      file,
      'berlakuSampai',
      `berlaku sampai ${formatDate(berlakuSampai)} lebih awal dari berlaku mulai ${formatDate(berlakuMulai)}`,
    );
  }
  if (!berlakuSampai || tahap === 'belum-ditandatangani') return;
  const left = daysBetween(today, berlakuSampai);
  if (tahap === 'perpanjangan') {
    if (-left > RENEWAL_OVERDUE_DAYS)
      issues.warn(
        file,
        'tahap',
        `perpanjangan sudah diproses sejak perjanjian berakhir ${formatDate(berlakuSampai)} (${-left} hari lalu); bila perjanjian baru sudah ditandatangani, catat tanggalnya dan pilih tahap "Sudah ditandatangani"`,
      );
    return;
  }
  if (left < 0) {
    issues.warn(
      file,
      'berlakuSampai',
      `perjanjian sudah berakhir ${formatDate(berlakuSampai)} (${-left} hari lalu); perbarui, pilih tahap ${RENEWAL} bila sedang diurus, atau arsipkan`,
    );
  } else if (left <= AGREEMENT_WARNING_DAYS) {
    issues.warn(
      file,
      'berlakuSampai',
      `perjanjian berakhir ${formatDate(berlakuSampai)} (${left} hari lagi); siapkan perpanjangan dan pilih tahap ${RENEWAL} bila sudah diurus`,
    );
  }
}

/** The satisfaction index must be one the regulation can grade, and say which survey it is. */
export function checkSkm(issues: IssueSink, file: string, skm: NonNullable<RawContent['profil']>['entry']['skm']) {
  if (skm.nilai == null) return;
  if (!skmGrade(skm.nilai)) {
    issues.error(
      file,
      'skm.nilai',
      `nilai IKM ${skm.nilai} di luar rentang ${SKM_RANGE.min}–${SKM_RANGE.max} (PermenPAN-RB 14/2017: nilai rata-rata unsur × 25); periksa hasil survei`,
    );
  }
  if (!skm.periode.trim()) issues.error(file, 'skm.periode', 'periode survei wajib diisi bila nilai IKM diisi, misalnya Semester I 2026');
}
