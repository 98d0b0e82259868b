// Schema of /data/layanan.json: one service record.
import { bool, geraiFields, instansiFields, int, list, obj, optStr, pageSlug, pageUrl, str, date } from './fields.ts';
import { AVAILABILITY_KINDS } from '../../vocabulary.ts';

/** One service, as listed in layanan.json. */
export const service = obj('Satu layanan', {
  slug: pageSlug('layanan'),
  nama: str('Nama layanan'),
  url: pageUrl('layanan'),
  ringkasan: str('Ringkasan layanan dalam bahasa sehari-hari'),
  kategori: str('Kategori layanan (nilai dari model konten)'),
  peristiwa: list('Peristiwa hidup yang terkait (kelahiran, pernikahan, ...)', str('Peristiwa hidup')),
  gerai: obj('Gerai yang melayani', geraiFields),
  instansi: obj('Instansi pemilik gerai', instansiFields),
  persyaratan: list(
    'Dokumen yang perlu dibawa',
    obj('Satu dokumen', {
      dokumen: str('Nama dokumen'),
      alternatif: list(
        'Dokumen lain yang boleh dibawa sebagai gantinya (pemohon cukup membawa salah satu); kosong bila hanya satu dokumen',
        str('Nama dokumen pengganti'),
      ),
      bentuk: str('Bentuk dokumen', { enum: ['asli', 'fotokopi', 'asli-dan-fotokopi', 'elektronik', 'di-lokasi'] }),
      jumlah: int('Jumlah lembar atau rangkap'),
      wajib: bool('true bila wajib untuk semua pemohon yang memenuhi kondisi'),
      kondisi: optStr('Hanya diperlukan jika kondisi ini berlaku'),
      catatan: optStr('Catatan tambahan'),
    }),
  ),
  jumlahDokumenWajib: int('Banyaknya dokumen wajib'),
  hadirSendiri: bool('true bila pemohon wajib datang sendiri (tidak dapat diwakilkan)'),
  prosedur: list('Langkah-langkah berurutan', str('Satu langkah')),
  jangkaWaktu: obj('Jangka waktu penyelesaian', {
    teks: str('Jangka waktu seperti tertulis di halaman (disusun dari isian di bawah)'),
    nilai: { type: ['number', 'null'], minimum: 0, description: 'Nilai maksimum dalam satuan di bawah, bila ada' },
    satuan: str('Satuan nilai', { enum: ['menit', 'jam', 'hari-kerja', 'hari'] }),
    dari: {
      type: ['number', 'null'],
      minimum: 0,
      description: 'Nilai terendah bila jangka waktu berupa rentang (misalnya 1 pada 1–3 hari kerja), bila ada',
    },
    selesaiDiTempat: bool('true bila hasil diterima pada kunjungan yang sama'),
    sifat: str('Awalan nilai: tepat (tanpa awalan), sekitar atau paling-lama', { enum: ['tepat', 'sekitar', 'paling-lama'] }),
    keterangan: optStr('Keterangan lanjutan, misalnya "sejak berkas lengkap"'),
  }),
  biaya: obj('Biaya atau tarif', {
    gratis: bool('true bila tidak dipungut biaya'),
    jenis: str('gratis, berbayar (tarif tetap) atau sesuai-perhitungan (besarnya dihitung per permohonan)', {
      enum: ['gratis', 'berbayar', 'sesuai-perhitungan'],
    }),
    terendah: {
      type: ['integer', 'null'],
      minimum: 0,
      description: 'Tarif terendah dalam rupiah (0 bila gratis, null bila sesuai perhitungan)',
    },
    ringkasan: str('Ringkasan biaya, misalnya Gratis, Rp80.000 atau Sesuai perhitungan'),
    tarif: list('Rincian tarif tetap', obj('Satu tarif', { uraian: str('Uraian tarif'), jumlah: int('Jumlah dalam rupiah') })),
    perhitungan: {
      ...obj('Cara biaya dihitung bila jenis sesuai-perhitungan; null untuk jenis lain', {
        caraHitung: str('Apa yang menentukan besarnya biaya'),
        tempatCek: optStr('Tempat warga mengetahui jumlah pastinya'),
        tautanCek: optStr('Halaman resmi untuk mengecek atau menghitung biaya', { format: 'uri' }),
      }),
      type: ['object', 'null'],
    },
    dasarHukum: optStr('Dasar hukum tarif atau perhitungan'),
    caraBayar: optStr('Cara pembayaran'),
    biayaLain: list(
      'Biaya di luar layanan yang perlu disiapkan pemohon (misalnya pas foto, meterai); tidak dibayar kepada gerai',
      obj('Satu biaya lain', {
        uraian: str('Uraian biaya'),
        perkiraan: { type: ['integer', 'null'], minimum: 0, description: 'Perkiraan dalam rupiah, null bila tidak tentu' },
      }),
    ),
  }),
  produk: str('Produk yang diterima pemohon'),
  pengaduan: optStr('Penanganan pengaduan khusus layanan ini'),
  dasarHukum: list('Peraturan yang menjadi dasar layanan', str('Peraturan')),
  ketersediaan: obj('Ketersediaan di MPP ini', {
    status: str('penuh, terbatas atau tidak-tersedia', { enum: AVAILABILITY_KINDS.map((kind) => kind.value) }),
    keterangan: optStr('Batasan atau tempat lain, bila tidak dilayani penuh'),
  }),
  alternatifDaring: optStr('Tautan pengajuan daring', { format: 'uri' }),
  sumberResmi: optStr('Halaman resmi instansi yang menjadi acuan', { format: 'uri' }),
  alias: list('Sebutan lain yang dipakai warga', str('Kata kunci')),
  ditinjau: { ...date('Tanggal informasi terakhir ditinjau'), type: ['string', 'null'] },
});

/** Top-level fields of layanan.json after the envelope. */
export const servicesProperties = {
  jumlah: int('Banyaknya layanan'),
  layanan: list('Semua layanan, urut abjad', service),
};
