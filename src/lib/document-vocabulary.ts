// The documents residents bring, as services name them differently ("KK", "Kartu Keluarga (KK)",
// "KK orang tua"; "KTP-el pemohon", "KTP-el pemilik usaha"). A guide's combined checklist
// asks for each once: a name is the same document when it starts with one of a document's
// aliases and the rest only says whose it is in a way that means the resident's own
// (pemohon, pemilik, ...). Anything else ("KTP-el dua orang saksi") stays its own item.

interface DocumentKind {
  /** Shown on the merged checklist item. */
  name: string;
  /** Ways services write the document's name, lower case. */
  aliases: string[];
  /** What may follow the name and still mean the resident's (or their family's) own copy. */
  ownQualifiers: string[];
}

// Who applies in a guide: the resident, as applicant, owner, reporter or parent of the child.
const RESIDENT = ['pemohon', 'pemilik', 'penanggung jawab', 'pelapor', 'wajib pajak', 'asli', 'yang masih berlaku'];

const VOCABULARY: DocumentKind[] = [
  {
    name: 'KTP-el',
    aliases: ['ktp-el', 'ktp el', 'e-ktp', 'ektp', 'ktp', 'kartu tanda penduduk elektronik', 'kartu tanda penduduk'],
    ownQualifiers: [...RESIDENT, 'orang tua atau wali'],
  },
  {
    // A family has one KK at a time: the parents', the old one and the updated one are the same card.
    name: 'Kartu Keluarga (KK)',
    aliases: ['kk', 'kartu keluarga (kk)', 'kartu keluarga'],
    ownQualifiers: [...RESIDENT, 'orang tua', 'lama', 'terbaru'],
  },
  { name: 'NPWP', aliases: ['npwp', 'nomor pokok wajib pajak (npwp)', 'nomor pokok wajib pajak'], ownQualifiers: RESIDENT },
  { name: 'NIB', aliases: ['nib', 'nomor induk berusaha (nib)', 'nomor induk berusaha'], ownQualifiers: RESIDENT },
  { name: 'Akta kelahiran', aliases: ['akta kelahiran', 'kutipan akta kelahiran', 'akte kelahiran'], ownQualifiers: RESIDENT },
  { name: 'Buku nikah', aliases: ['buku nikah', 'kutipan akta nikah'], ownQualifiers: RESIDENT },
  { name: 'Paspor', aliases: ['paspor'], ownQualifiers: RESIDENT },
];

const normalise = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A comparable key for a name outside the vocabulary (case, accents, punctuation ignored). */
export const nameKey = (name: string) =>
  normalise(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The document a name refers to, or null when the name is not (only) a known document of the resident's own. */
export function knownDocument(name: string): { key: string; name: string } | null {
  const text = normalise(name);
  for (const kind of VOCABULARY) {
    for (const alias of kind.aliases) {
      if (text !== alias && !text.startsWith(`${alias} `)) continue;
      const rest = text.slice(alias.length).trim();
      if (rest === '' || kind.ownQualifiers.some((q) => rest === q || rest.startsWith(`${q} `))) {
        return { key: nameKey(kind.name), name: kind.name };
      }
    }
  }
  return null;
}

/** The identity a checklist merges on: a known document's, or the name's own. */
export const documentIdentity = (name: string) => knownDocument(name)?.key ?? nameKey(name);
