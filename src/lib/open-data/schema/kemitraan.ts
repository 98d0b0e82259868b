// Schema of /data/kemitraan.json: every agency, its presence at the MPP and its agreements.
import { PARTNER_STATES } from '../../partners.ts';
import { agencySite, instansiFields, int, list, obj, optDate, optStr, slugs, str } from './fields.ts';

const agreement = obj('Satu perjanjian kerja sama', {
  slug: str('Pengenal perjanjian yang tetap'),
  judul: str('Judul perjanjian'),
  tahap: str('Tahap yang dicatat pengelola', { enum: ['ditandatangani', 'perpanjangan', 'belum-ditandatangani'] }),
  status: str('Status pada tanggal diperbarui; aktif, segera-berakhir dan berakhir dihitung dari berlakuSampai', {
    enum: ['aktif', 'segera-berakhir', 'berakhir', 'perpanjangan', 'belum-ditandatangani'],
  }),
  nomor: list('Nomor perjanjian dari masing-masing pihak', str('Nomor')),
  ditandatangani: optDate('Tanggal ditandatangani; null bila belum'),
  berlakuMulai: optDate('Berlaku mulai'),
  berlakuSampai: optDate('Berlaku sampai'),
  ruangLingkup: optStr('Ruang lingkup kerja sama'),
  dokumen: optStr('Naskah perjanjian (PDF)', { format: 'uri' }),
});
const partnerStates = ['berlaku', 'perpanjangan', 'berakhir', 'belum-ditandatangani', 'tanpa-pks'];
const agency = obj('Satu instansi', {
  ...instansiFields,
  situs: agencySite,
  kontak: optStr('Kontak instansi'),
  layananDiMpp: obj('Cara instansi melayani di MPP', {
    status: str('gerai-sendiri, gerai-lain (dilayani di gerai instansi lain) atau belum-buka', {
      enum: ['gerai-sendiri', 'gerai-lain', 'belum-buka'],
    }),
    gerai: slugs('Slug gerai tempat instansi melayani (lihat gerai.json)', 'gerai'),
    rencana: optStr('Rencana pembukaan bila belum buka'),
  }),
  statusKerjaSama: str('Status kerja sama instansi; tanpa-pks untuk perangkat daerah yang tidak memerlukan PKS', { enum: partnerStates }),
  perjanjian: list('Perjanjian kerja sama instansi ini', agreement),
});

/** Top-level fields of kemitraan.json after the envelope. */
export const partnersProperties = {
  jumlah: int('Banyaknya instansi'),
  jumlahMenurutStatus: obj(
    'Banyaknya instansi menurut status kerja sama (tanpa perangkat daerah tanpa PKS), sama dengan halaman Kemitraan',
    Object.fromEntries(PARTNER_STATES.map((state) => [state, int(`Instansi berstatus ${state}`)])),
  ),
  instansi: list('Semua instansi, urut abjad', agency),
};
