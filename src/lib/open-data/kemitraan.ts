// /data/kemitraan.json: every agency, how it serves at the MPP and its agreements.
import type { Agreement, Instansi, Site } from '../site-types.ts';
import { countPartnerStates } from '../partners.ts';
import { envelope } from './files.ts';
import { orNull, portalUrl } from './records.ts';

function agreementRecord(site: Site, a: Agreement) {
  return {
    slug: a.slug,
    judul: a.judul,
    tahap: a.tahap,
    status: a.status,
    nomor: [...a.nomor],
    ditandatangani: a.ditandatangani ?? null,
    berlakuMulai: a.berlakuMulai ?? null,
    berlakuSampai: a.berlakuSampai ?? null,
    ruangLingkup: orNull(a.ruangLingkup),
    dokumen: a.dokumen ? portalUrl(site, a.dokumen) : null,
  };
}

function presenceRecord(i: Instansi) {
  const { presence } = i;
  if (presence.kind === 'gerai-sendiri') return { status: presence.kind, gerai: presence.gerai.map((g) => g.slug), rencana: null };
  if (presence.kind === 'gerai-lain') return { status: presence.kind, gerai: [presence.gerai.slug], rencana: null };
  return { status: presence.kind, gerai: [], rencana: orNull(presence.plan) };
}

/** /data/kemitraan.json: every agency, how it serves at the MPP and its agreements, with the counts /kemitraan/ shows. */
export function partnersDocument(site: Site) {
  return {
    ...envelope(site, 'kemitraan'),
    jumlah: site.instansi.length,
    jumlahMenurutStatus: countPartnerStates(site.instansi.map((i) => i.partnerState)),
    instansi: site.instansi.map((i) => ({
      slug: i.slug,
      nama: i.nama,
      singkatan: orNull(i.singkatan),
      jenis: i.jenis,
      situs: orNull(i.situs),
      kontak: orNull(i.kontak),
      layananDiMpp: presenceRecord(i),
      statusKerjaSama: i.partnerState,
      perjanjian: i.agreements.map((a) => agreementRecord(site, a)),
    })),
  };
}
