// /data/layanan.json: the service catalogue, one record per service.
import type { Service, Site } from '../site-types.ts';
import { formatProcessingTime } from '../format.ts';
import { costSummary, lowestFee } from '../service-view.ts';
import { serviceUrl } from '../urls.ts';
import { SERVED_IN_FULL } from '../vocabulary.ts';
import { envelope } from './files.ts';
import { geraiRef, orNull, portalUrl } from './records.ts';

/** One service as an open-data record. */
export function serviceRecord(site: Site, service: Service) {
  const paid = service.biaya.discriminant === 'berbayar' ? service.biaya.value : null;
  const computed = service.biaya.discriminant === 'sesuai-perhitungan' ? service.biaya.value : null;
  const { ketersediaan, jangkaWaktu } = service;
  return {
    slug: service.slug,
    nama: service.nama,
    url: portalUrl(site, serviceUrl(service.slug)),
    ringkasan: service.ringkasan,
    kategori: service.kategori,
    peristiwa: [...service.peristiwa],
    ...geraiRef(service.gerai),
    persyaratan: service.persyaratan.map((p) => ({
      dokumen: p.dokumen,
      alternatif: [...p.alternatif],
      bentuk: p.bentuk,
      jumlah: p.jumlah ?? 1,
      wajib: !p.opsional,
      kondisi: orNull(p.kondisi),
      catatan: orNull(p.catatan),
    })),
    jumlahDokumenWajib: service.requiredDocuments,
    hadirSendiri: service.hadirSendiri,
    prosedur: [...service.prosedur],
    jangkaWaktu: {
      teks: formatProcessingTime(jangkaWaktu),
      nilai: jangkaWaktu.nilai ?? null,
      satuan: jangkaWaktu.satuan,
      dari: jangkaWaktu.dari ?? null,
      selesaiDiTempat: jangkaWaktu.selesaiDiTempat,
      sifat: jangkaWaktu.sifat,
      keterangan: orNull(jangkaWaktu.keterangan),
    },
    biaya: {
      gratis: service.biaya.discriminant === 'gratis',
      jenis: service.biaya.discriminant,
      terendah: lowestFee(service.biaya),
      ringkasan: costSummary(service.biaya),
      tarif: (paid?.tarif ?? []).map((t) => ({ uraian: t.uraian, jumlah: t.jumlah ?? 0 })),
      perhitungan: computed
        ? { caraHitung: computed.caraHitung, tempatCek: orNull(computed.tempatCek), tautanCek: orNull(computed.tautanCek) }
        : null,
      dasarHukum: orNull(paid?.dasarHukum ?? computed?.dasarHukum),
      caraBayar: orNull(paid?.caraBayar ?? computed?.caraBayar),
      biayaLain: service.biayaLain.map((c) => ({ uraian: c.uraian, perkiraan: c.perkiraan ?? null })),
    },
    produk: service.produk,
    pengaduan: orNull(service.pengaduan),
    dasarHukum: [...service.dasarHukum],
    ketersediaan: {
      status: ketersediaan.discriminant,
      keterangan: ketersediaan.discriminant === SERVED_IN_FULL ? null : ketersediaan.value,
    },
    alternatifDaring: orNull(service.alternatifDaring),
    sumberResmi: orNull(service.sumberResmi),
    alias: [...service.alias],
    ditinjau: service.ditinjau,
  };
}

/** /data/layanan.json: the whole service catalogue. */
export function servicesDocument(site: Site) {
  return { ...envelope(site, 'layanan'), jumlah: site.services.length, layanan: site.services.map((s) => serviceRecord(site, s)) };
}
