// The words residents type around a service, read as the pages say them: regional and chat
// words, English mixed in, shorthand, and the details of a case set aside (understandQuery).
// The rules of reading a query are in search-normalize.test.ts.
import { describe, expect, it } from 'vitest';
import { canonicalQuery, plainForm, understandQuery, withTypedWords } from '../../src/search/core/normalize.ts';
import { namesNoService } from '../../src/search/core/unknown-words.ts';

describe('understandQuery: vocabulary', () => {
  it('sets aside being late and Javanese chat words for where and if, which no page has', () => {
    expect(canonicalQuery('akta kematian terlambat')).toBe('akta kematian');
    expect(canonicalQuery('akta lahir neng ndi')).toBe('akta lahir');
    expect(canonicalQuery('ktp nek ilang pripun')).toBe('ktp');
  });

  it('sets Javanese and Sundanese function words aside ("ora duwe", "tos bade seep")', () => {
    expect(understandQuery('simbah ora duwe akte lair').meaningful).toEqual(['akta', 'lahir']);
    expect(understandQuery('sim abdi tos bade seep').meaningful).toEqual(['sim']);
    expect(understandQuery('punten kk abdi leungit deui').meaningful).toEqual(['kk']);
    expect(understandQuery('kulo pengin melu bpjs naker').meaningful).toEqual(['bpjs', 'naker']);
  });

  it('sets aside how many, want, I and not in Javanese, Sundanese, Banjar, Minang, Betawi and Balinese', () => {
    expect(understandQuery('gawe akte bayi butuh saksi piro').meaningful).toEqual(['akta', 'saksi']);
    expect(understandQuery('ulun handak bukak usaha, izin usahanya di mana').meaningful).not.toContain('handak');
    expect(understandQuery('ktp ambo patah, baa caro mangganti').meaningful).not.toContain('caro');
    expect(understandQuery('kk doang kaga bisa').meaningful).toEqual(['kk']);
    expect(understandQuery('numpang tanya skck tiang').meaningful).toEqual(['skck']);
  });

  it('reads regional words for divorce, murky water, money, out and bring as the pages say them', () => {
    expect(canonicalQuery('pengen pegatan')).toBe('cerai');
    expect(canonicalQuery('banyu pdam buthek')).toBe('air pdam keruh');
    expect(understandQuery('duit jht').all).toEqual(['uang', 'jht']);
    expect(understandQuery('banyu ora metu').all).toEqual(['air', 'ora', 'keluar']);
  });

  it('keeps the kind of request and the audience typed when a correction leaves them out ("kartu kleuarga rusak")', () => {
    const read = withTypedWords(understandQuery('kartu keluarga'), understandQuery('kartu kleuarga rusak anak'));
    expect(read.meaningful).toEqual(['kartu', 'keluarga']);
    expect(read.all).toEqual(['kartu', 'keluarga', 'kleuarga', 'rusak', 'anak']);
    expect(read.audience).toEqual(['anak']);
  });

  it('sets aside more cities, ports and stations, trades and employers, and home-made goods, as details of the case', () => {
    expect(canonicalQuery('pindah ktp dari bekasi')).toBe('pindah ktp');
    expect(canonicalQuery('kerja di cikarang mau pindah domisili')).toBe('kerja pindah domisili');
    expect(canonicalQuery('paspor ilang di bandara')).toBe('paspor');
    expect(canonicalQuery('npwp karyawan swasta disuruh hrd')).toBe('npwp karyawan disuruh');
    expect(canonicalQuery('izin usaha gorengan')).toBe('izin usaha');
    expect(canonicalQuery('pbb tanah kavling')).toBe('pbb tanah');
  });

  it('reads the counter a resident asks for as the gerai, a neon box as a billboard, and "ongkir" in full', () => {
    expect(understandQuery('loket ktp').all).toEqual(['gerai', 'ktp']);
    expect(understandQuery('counter for passport').all).toEqual(['gerai', 'for', 'paspor']);
    expect(canonicalQuery('izin neon box')).toBe('izin reklame');
    expect(understandQuery('ongkir kirim dokumen').all).toEqual(['ongkos', 'kirim', 'kirim', 'dokumen']);
    // A land sale's deed in full, a province's development bank as a bank, a water gallon as a detail.
    expect(canonicalQuery('ganti nama sppt abis ajb')).toBe('nama sppt akta jual beli');
    expect(canonicalQuery('rekening bpd jateng')).toBe('rekening bank jateng');
    expect(canonicalQuery('usaha isi ulang galon')).toBe('usaha isi ulang');
  });

  it('reads a doubled word written with "2" and a possessive after a hyphen as the plain word', () => {
    expect(plainForm('tiba2')).toBe('tiba');
    expect(plainForm('kecil2an')).toBe('kecil');
    expect(plainForm('ktp-nya')).toBe('ktp');
    expect(plainForm('kk-ku')).toBe('kk');
    // Codes and hyphenated names stay whole.
    for (const code of ['pb1', 'ak-1', 'e-ktp', 'ktp-el', '3x']) expect(plainForm(code)).toBe(code);
    expect(understandQuery('izin toko kecil2an').all).toEqual(['izin', 'toko', 'kecil']);
    expect(understandQuery('ibu saya ktp-nya hilang').meaningful).toEqual(['ktp']);
  });

  it('reads relatives and a friend as who the service is for, set aside like "anak"', () => {
    expect(understandQuery('skck buat ponakan')).toMatchObject({ meaningful: ['skck'], audience: ['ponakan'] });
    expect(understandQuery('ktp adek')).toMatchObject({ meaningful: ['ktp'], audience: ['adek'] });
    expect(understandQuery('bpjs temen').meaningful).toEqual(['bpjs']);
  });

  it('reads the English words of trades, places, deeds and months, and whole English names, as the pages say them', () => {
    expect(understandQuery('building permit').all).toEqual(['persetujuan', 'bangunan', 'gedung']);
    expect(understandQuery('building occupancy certificate').all).toEqual(['bangunan', 'sertifikat', 'laik', 'fungsi']);
    expect(understandQuery('police clearance certificate for job application').all).toEqual(expect.arrayContaining(['skck', 'permohonan']));
    expect(understandQuery('verify land title before buying').all).toEqual(['cek', 'sertifikat', 'tanah', 'before', 'beli']);
    expect(understandQuery('traffic ticket fine payment').all).toEqual(['tilang', 'denda', 'pembayaran']);
    expect(understandQuery('annual tax return deadline march').all).toEqual(['tahunan', 'spt', 'tahunan', 'deadline', 'maret']);
    expect(understandQuery('add my wife to bpjs after married').all).toEqual(
      expect.arrayContaining(['tambah', 'istri', 'bpjs', 'menikah']),
    );
  });

  it('reads a Javanese word with its possessive as the pages say the word, and sets Javanese counts of days aside', () => {
    expect(understandQuery('banyune mati wis rong dino').all).toEqual(['air', 'mati', 'wis', 'rong', 'dino']);
    for (const count of ['rong', 'dino', 'telung', 'sasi']) expect(namesNoService(count, new Set())).toBe(true);
    expect(understandQuery('omahe').meaningful).toEqual(['rumah']);
    expect(understandQuery('bapak pengin munggah kaji, daftare nang ndi').meaningful).toContain('haji');
  });

  it('reads everyday words as the pages say them: a water subscription, scanning a QR code, not affording, a copy', () => {
    expect(canonicalQuery('ganti nama langganan air')).toBe('nama pelanggan air');
    expect(canonicalQuery('ikd ga bisa scan qr')).toBe('ikd pindai qr');
    expect(understandQuery('gak kuat bayar iuran bpjs').all).toContain('mampu');
    expect(canonicalQuery('pengesahan salinan buku nikah')).toBe('pengesahan fotokopi buku nikah');
  });

  it('reads English names of three or four words whole, the longest first, before their pairs', () => {
    // "police record" alone is the SKCK too; the certificate after it is part of its English name.
    expect(understandQuery('police record certificate for job application').all).toEqual(['skck', 'for', 'kerja', 'permohonan']);
    expect(understandQuery('renew police certificate').all).toEqual(['perpanjang', 'skck']);
    expect(understandQuery('pay land and building tax bill').all).toEqual(['bayar', 'pbb', 'tagihan']);
    expect(understandQuery('id card for kids').meaningful).toEqual(['kia']);
    expect(understandQuery('register fixed term employment contract').all).toEqual(['daftar', 'pkwt']);
    expect(understandQuery('islamic court divorce information').all).toEqual(['pengadilan', 'agama', 'cerai', 'informasi']);
  });

  it('reads English words of the case and the agency as the pages say them', () => {
    expect(understandQuery('transfer land title after purchase').all).toEqual(['balik', 'nama', 'sertifikat', 'tanah', 'after', 'beli']);
    expect(understandQuery('land title transfer').all).toEqual(['balik', 'nama', 'sertifikat', 'tanah']);
    expect(understandQuery('work accident insurance for self employed').all).toEqual(
      expect.arrayContaining(['kecelakaan', 'kerja', 'pekerja', 'mandiri']),
    );
    expect(understandQuery('police report for lost wallet').all).toEqual(['surat', 'keterangan', 'kehilangan', 'for', 'hilang', 'dompet']);
    expect(understandQuery('change my bpjs primary clinic').all).toEqual(['perubahan', 'my', 'bpjs', 'faskes']);
    // "Shop" and "update" stay as typed: "toko" begins a pharmacy's name, "update data" is said in Indonesian too.
    expect(understandQuery('business license for small shop').all).toEqual(['nib', 'for', 'small', 'shop']);
    expect(understandQuery('update data bpjs').all).toEqual(['update', 'data', 'bpjs']);
  });

  it('reads the English names of documents and requests as the pages say them', () => {
    expect(understandQuery('birth certificate').meaningful).toEqual(['akta', 'kelahiran']);
    expect(understandQuery('renew passport').all).toEqual(['perpanjang', 'paspor']);
    expect(understandQuery('driving license').meaningful).toEqual(['sim']);
    // "Letter C" is a land record and e-Court a service's name: not translated.
    expect(understandQuery('letter c tanah').meaningful).toContain('letter');
    expect(understandQuery('e-court').meaningful).toEqual(['e-court']);
  });

  it("reads chat shorthand of the words pages use in full, not an agency's acronym", () => {
    expect(understandQuery('byr pbb').meaningful).toEqual(['bayar', 'pbb']);
    expect(understandQuery('akt lhr bayi').meaningful).toEqual(['akta', 'lahir', 'bayi']);
    expect(understandQuery('kk ilang cetak ulg').all).toEqual(['kk', 'hilang', 'cetak', 'ulang']);
    // "STR" is a health worker's registration, not "surat".
    expect(understandQuery('registrasi str bidan').meaningful).toContain('str');
    expect(understandQuery('psg pdm baru, balik nma').all).toEqual(['pasang', 'pdm', 'baru', 'balik', 'nama']);
    expect(understandQuery('bikin lg').all).toEqual(['bikin', 'lagi']);
    expect(understandQuery('legalisir fc bku nikah').all).toEqual(['legalisasi', 'fotokopi', 'buku', 'nikah']);
    expect(understandQuery('kk rusak kna air').all).toContain('kena');
    expect(understandQuery('coretax gabisa login').meaningful).not.toContain('gabisa');
    expect(understandQuery('ganti nm di surat ket lahir').meaningful).toEqual(['nama', 'surat', 'keterangan', 'lahir']);
  });

  it('reads English words of a request mixed into Indonesian as the pages say them', () => {
    expect(understandQuery('lost my ktp need replacement').all).toEqual(['hilang', 'my', 'ktp', 'need', 'pengganti']);
    expect(understandQuery('pay motorcycle tax samsat').all).toEqual(['bayar', 'motor', 'pajak', 'samsat']);
    expect(understandQuery('register tax number pribadi').all).toEqual(['daftar', 'npwp', 'pribadi']);
    expect(understandQuery('health insurance buat freelancer').all).toContain('bpjs');
    // "Air" is Indonesian (water), not translated.
    expect(understandQuery('air pdam mati').all).toEqual(['air', 'pdam', 'mati']);
  });

  it('sets aside a pupil, a student or a newly wed couple the service is for, not a school level', () => {
    expect(understandQuery('skck untuk siswa')).toMatchObject({ meaningful: ['skck'], audience: ['siswa'] });
    expect(canonicalQuery('legalisir ijazah sma')).toBe('legalisasi ijazah sma');
    expect(understandQuery('kk baru pengantin')).toMatchObject({ meaningful: ['kk'], audience: ['pengantin'] });
  });

  it('sets a number beside words aside as a detail (an age, a year), keeping it when it is all there is', () => {
    expect(understandQuery('kia anak umur 10')).toMatchObject({ meaningful: ['kia'], audience: ['anak'] });
    expect(understandQuery('kia anak umur 10').hints).toContain('10');
    expect(canonicalQuery('pajak motor 3 tahun')).toBe('pajak motor');
    expect(canonicalQuery('2026')).toBe('2026');
  });

  it('sets aside words for the resident’s situation (a kind of vehicle, building or trade, a place), keeping them as hints', () => {
    expect(understandQuery('uji kir truk')).toMatchObject({ meaningful: ['uji', 'kir'], hints: ['truk'] });
    expect(canonicalQuery('pbg gudang')).toBe('pbg');
    expect(canonicalQuery('izin usaha laundry')).toBe('izin usaha');
    expect(canonicalQuery('bpjs tk buat nelayan')).toBe('bpjs tk');
    expect(canonicalQuery('skck buat kerja ke jepang')).toBe('skck kerja');
    // The make or model of the vehicle, and the hospital where it happened.
    expect(canonicalQuery('pajak motor honda vario')).toBe('pajak motor');
    expect(canonicalQuery('pajak mobil avanza')).toBe('pajak mobil');
    expect(canonicalQuery('akta lahir di rs')).toBe('akta lahir');
    // Alone, a place is what the resident asks about; abroad is what a visa is about.
    expect(canonicalQuery('surabaya')).toBe('surabaya');
    expect(canonicalQuery('visa kerja luar negeri')).toBe('visa kerja luar negeri');
  });

  it('reads Javanese and Sundanese chat words as the Indonesian words pages use, and drops their particles', () => {
    expect(canonicalQuery('bayar cai pdam')).toBe('bayar air pdam');
    expect(understandQuery('ktp leungit')).toMatchObject({ meaningful: ['ktp'], all: ['ktp', 'hilang'] });
    expect(canonicalQuery('akta mati bapak sing wis sedo')).toBe('akta meninggal');
    expect(canonicalQuery('gawe kk dewe')).toBe('kk');
    expect(understandQuery('nggawe ktp anyar')).toMatchObject({ meaningful: ['ktp'], all: ['nggawe', 'ktp', 'baru'] });
  });

  it('sets aside more ways a document is spoilt or lost (cracked, washed, snatched) and "kena"', () => {
    expect(canonicalQuery('ktp retak')).toBe('ktp');
    expect(canonicalQuery('kk lecek')).toBe('kk');
    expect(canonicalQuery('e-ktp kena jambret')).toBe('e-ktp');
    expect(canonicalQuery('ktp kecuci')).toBe('ktp');
  });

  it('sets aside what befell the resident (a flood, a theft, a thing left behind), a fear, a size, a purpose and a chip', () => {
    expect(canonicalQuery('kk ilang kebawa banjir')).toBe('kk kebawa');
    expect(canonicalQuery('paspor ketinggalan di taksi')).toBe('paspor');
    expect(canonicalQuery('takut sertifikat palsu')).toBe('sertifikat');
    expect(canonicalQuery('papan nama toko gede')).toBe('papan nama toko');
    expect(canonicalQuery('pasang baliho promo')).toBe('pasang baliho');
    expect(canonicalQuery('chip ktp rusak')).toBe('ktp');
    expect(canonicalQuery('ktp ilang kemaren')).toBe('ktp');
    // Nothing else named: the word stays, and is searched.
    expect(canonicalQuery('banjir')).toBe('banjir');
  });

  it('sets aside what went wrong, where and when (terblokir, depan, setahun) and places around the request (pasar)', () => {
    expect(canonicalQuery('akun coretax terblokir')).toBe('akun coretax');
    expect(canonicalQuery('pipa pdam bocor depan rumah')).toBe('pipa pdam bocor rumah');
    expect(canonicalQuery('pajak motor telat setahun')).toBe('pajak motor');
    expect(canonicalQuery('bpjs tk untuk pedagang pasar')).toBe('bpjs tk pedagang');
    expect(canonicalQuery('uji kir mobil pick up')).toBe('uji kir mobil');
  });

  it('keeps a detail word when nothing else names what is asked for ("daftar cpns" asks for CPNS)', () => {
    expect(canonicalQuery('daftar cpns')).toBe('cpns');
    expect(canonicalQuery('skck baru untuk cpns')).toBe('skck');
  });

  it('sets aside more kinds of request: a first-timer, a class up or down, a renewal, eaten by pests', () => {
    expect(understandQuery('ktp pemula').meaningful).toEqual(['ktp']);
    expect(canonicalQuery('naik kelas bpjs')).toBe('kelas bpjs');
    expect(canonicalQuery('skck lama mau diperbarui')).toBe('skck');
    expect(canonicalQuery('paspor dimakan tikus')).toBe('paspor');
  });

  it('sets aside adding someone to or taking someone off a card: a change', () => {
    expect(understandQuery('masukin suami ke bpjs')).toMatchObject({ meaningful: ['bpjs'], audience: ['suami'] });
    expect(canonicalQuery('hapus anggota kk')).toBe('anggota kk');
  });

  it('sets aside opening and having ("buka", "punya"), which fit every service', () => {
    expect(canonicalQuery('buka usaha warung')).toBe('usaha');
    expect(canonicalQuery('rumah belum punya pbb')).toBe('rumah pbb');
    // Alone, opening is what the resident asks about (opening hours).
    expect(canonicalQuery('buka')).toBe('buka');
  });

  it('reads "jamaah" and "no" (nomor) as pages write them', () => {
    expect(canonicalQuery('paspor jamaah haji')).toBe('paspor jemaah haji');
    expect(canonicalQuery('ganti no hp bpjs')).toBe('nomor hp bpjs');
  });

  it('sets aside chat shorthand for still, so, now and via, and "nya" typed apart', () => {
    expect(canonicalQuery('rek air msh atas nama almarhum')).toBe(canonicalQuery('rek air atas nama almarhum'));
    expect(canonicalQuery('imb skrg jd pbg')).toBe('imb pbg');
    expect(canonicalQuery('klaim jht lwt jmo')).toBe('klaim jht jmo');
    expect(canonicalQuery('qr code nya')).toBe(canonicalQuery('qr code'));
  });

  it('reads "anak" of a child aged 17 or more as no audience: the KTP-el, not the child\'s card', () => {
    expect(understandQuery('anak sy udh 17 thn mau bikin ktp').audience).toEqual([]);
    expect(understandQuery('anak saya umur 18 mau rekam ktp').audience).toEqual([]);
    expect(understandQuery('kia anak umur 10').audience).toEqual(['anak']);
    expect(understandQuery('ktp anak 17').audience).toEqual(['anak']);
  });

  it('reads the land tax by its everyday and English names as PBB, not a restaurant\'s "pajak rumah makan"', () => {
    expect(canonicalQuery('bayar pajak tanah')).toBe('bayar pajak pbb');
    expect(canonicalQuery('pay land tax')).toBe('bayar pbb');
    expect(canonicalQuery('daftar pajak rumah makan')).not.toMatch(/pbb/);
  });

  it('reads Madurese, Minang, Makassar, Sundanese and Banjar words as the pages say them, and sets their function words aside', () => {
    expect(canonicalQuery('sengko andik toko klontong, parlo modal dari bank')).toBe(canonicalQuery('toko kelontong modal bank'));
    expect(canonicalQuery('ambo nio buka tabungan')).toBe('tabungan');
    expect(canonicalQuery("tabe' rekening air ta' bisa dibayar di sini ki'")).toBe(canonicalQuery('rekening air bisa dibayar di sini'));
    expect(canonicalQuery('ulun handak baalih puskesmas, nang lawas jauh banar')).toBe(canonicalQuery('pindah puskesmas jauh'));
    expect(canonicalQuery('orok kakara lahir, maulah akta')).toBe('bayi lahir akta');
    expect(canonicalQuery('abdi nembe nikah, kedah mawa naon')).toBe(canonicalQuery('nikah bawa'));
  });

  it('reads more English words of a request as the pages say them, and who and when as details', () => {
    expect(canonicalQuery('remove mortgage from land certificate')).toMatch(/^hak tanggungan .*sertifikat tanah$/);
    expect(canonicalQuery('city zoning information')).toMatch(/^kota tata ruang/);
    expect(canonicalQuery('legalize marriage book for visa')).toMatch(/^legalisasi perkawinan buku/);
    expect(understandQuery('first e-ktp recording for my son').all).toEqual(expect.arrayContaining(['perekaman', 'anak']));
    expect(understandQuery('pension face verification failed').all).toEqual(['pensiun', 'wajah', 'verifikasi', 'gagal']);
    expect(canonicalQuery('new water connection')).toBe('sambungan air');
  });

  it('reads English words of vehicles, pensions, water and local taxes as the pages say them', () => {
    expect(understandQuery('truck inspection').all).toEqual(['truk', 'pengujian']);
    expect(understandQuery('water pipe leaking').all).toEqual(['air', 'pipe', 'bocor']);
    expect(understandQuery('local tax parking').all).toEqual(['daerah', 'pajak', 'parkir']);
    expect(understandQuery('civil servant pension').all).toEqual(['pns', 'pensiun']);
    expect(understandQuery('job seeker card').all).toEqual(['pencari', 'kerja', 'kartu']);
    expect(understandQuery('pensioner face app').all).toEqual(['pensiunan', 'wajah', 'aplikasi']);
  });
});
