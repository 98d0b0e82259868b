// Chat shorthand residents type for words the pages write in full ("byr pbb", "kk ilang
// cetak ulg", "akt lhr bayi"), read as the full word. Only forms every texter reads one way:
// no agency's acronym ("str" is a health worker's registration, not "surat"; "blk" a
// training centre). Shorthand of stop words ("yg", "utk", "hrs") is in stop-words.ts.
// Pure word list; normalize.ts applies it like other spellings.

export const SHORTHAND_IN_FULL: Readonly<Record<string, string>> = {
  // Documents and what is done with them
  srt: 'surat',
  srat: 'surat',
  akt: 'akta',
  lhr: 'lahir',
  nkh: 'nikah',
  rek: 'rekening',
  pjk: 'pajak',
  byr: 'bayar',
  dftr: 'daftar',
  daftr: 'daftar',
  syrt: 'syarat',
  ulg: 'ulang',
  ulng: 'ulang',
  prpnjg: 'perpanjang',
  almt: 'alamat',
  tgl: 'tanggal',
  kls: 'kelas',
  rmh: 'rumah',
  ktr: 'kantor',
  kntr: 'kantor',
  bw: 'bawa',
  psg: 'pasang',
  ongkir: 'ongkos kirim',
  nma: 'nama',
  nm: 'nama',
  fc: 'fotokopi',
  ket: 'keterangan',
  bku: 'buku',
  utg: 'utang',
  tny: 'tanya',
  org: 'orang',
  kna: 'kena',
  // Time words ("2 mgg lalu", "kmrn", "brp hri")
  hri: 'hari',
  mgg: 'minggu',
  kmrn: 'kemarin',
  kmrin: 'kemarin',
  lg: 'lagi',
  lgi: 'lagi',
  // Stop words, set aside once spelled out ("msh", "dtg", "skrg": unknown-words.ts)
  ato: 'atau',
  sndiri: 'sendiri',
};
