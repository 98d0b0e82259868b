// Turns what the YAML parser and Keystatic's reader throw into messages editors can act on:
// Indonesian, with the field path numbered from 1 and a syntax error's line and column.

const YAML_REASONS: [RegExp, string][] = [
  [/bad indentation/i, 'indentasi (jumlah spasi di awal baris) tidak sesuai'],
  [/duplicated mapping key/i, 'nama kolom yang sama ditulis dua kali'],
  [/tab characters must not be used/i, 'indentasi memakai tab; gunakan spasi'],
  [/multiline key may not be an implicit key|colon is missed|key node is missed/i, 'tanda titik dua (:) setelah nama kolom hilang'],
  [/within a (double|single) quoted scalar/i, 'tanda kutip tidak ditutup'],
  [/within a flow collection|missed comma between flow/i, 'kurung [ ] atau { } tidak ditutup, atau koma hilang'],
  [/document separator is expected/i, 'ada teks yang tidak pada tempatnya'],
  [/unknown tag/i, 'tanda ! tidak dikenal'],
];

/** Keystatic's message for a field the model does not have (an old or misspelt name); read.ts words it with src/migrations/leftovers.ts. */
export const UNKNOWN_KEY = /Key on object value "([^"]+)" is not allowed/i;

const SCHEMA_MESSAGES: [RegExp, string][] = [
  [UNKNOWN_KEY, 'kolom "$1" tidak dikenal model konten; bila dari versi portal sebelumnya, jalankan "npm run migrate-content"'],
  [/Must be a valid option/i, 'pilihan tidak valid'],
  [/Must be a string/i, 'harus berupa teks'],
  [/Must be a number/i, 'harus berupa angka'],
  [/Must be a whole number/i, 'harus berupa bilangan bulat'],
  [/Must be a boolean/i, 'harus berupa ya/tidak'],
  [/Must be an array/i, 'harus berupa daftar'],
  [/Must be an object/i, 'harus berupa kumpulan kolom'],
  [/Must be a valid date|Must be a string or date/i, 'harus berupa tanggal (TTTT-BB-HH)'],
  [/is not a valid URL|Must be a valid URL/i, 'harus berupa alamat URL lengkap, misalnya https://www.contoh.go.id'],
  [/must not be empty|is required|Required/i, 'wajib diisi'],
  [/must be no longer than (\d+) characters/i, 'maksimal $1 karakter'],
  [/must be at least (\d+) characters/i, 'minimal $1 karakter'],
  [/must be a multiple of/i, 'jumlah angka di belakang koma terlalu banyak'],
  [/Must be at least (\d+)/i, 'minimal $1'],
  [/Must be at most (\d+)/i, 'maksimal $1'],
  [/Must be less than or equal to (\d+)/i, 'maksimal $1'],
  [/Must be greater than or equal to (\d+)/i, 'minimal $1'],
  [/must be after (\S+)/i, 'harus setelah $1'],
  [/must be no later than (\S+)/i, 'tidak boleh setelah $1'],
];

/** One schema message in Indonesian; messages already in Indonesian (our own patterns) pass unchanged. */
export function translateSchemaMessage(message: string): string {
  for (const [pattern, replacement] of SCHEMA_MESSAGES) {
    const match = message.match(pattern);
    if (match) return match[0].replace(pattern, replacement);
  }
  return /[A-Za-z]+ (must|is|Must)\b/.test(message) ? 'isi kolom tidak valid' : message;
}

/** A field path as editors count list items: "persyaratan.0.dokumen" → "persyaratan[1].dokumen". */
export function fieldPath(raw: string): string {
  return raw.replace(/\.(\d+)(?=\.|$)/g, (_, n: string) => `[${Number(n) + 1}]`);
}

interface YamlError {
  name: string;
  reason?: string;
  mark?: { line: number; column: number };
}

function isYamlError(error: unknown): error is YamlError {
  return typeof error === 'object' && error !== null && (error as YamlError).name === 'YAMLException';
}

/** A YAML syntax error as "baris L, kolom C: cause", counted from the top of the file. */
export function yamlErrorMessage(error: unknown, firstLine = 1): string | null {
  if (!isYamlError(error)) return null;
  const reason = error.reason ?? '';
  const cause = YAML_REASONS.find(([pattern]) => pattern.test(reason))?.[1] ?? `penulisan tidak sesuai format YAML (${reason})`;
  const where = error.mark ? `baris ${error.mark.line + firstLine}, kolom ${error.mark.column + 1}: ` : '';
  return `${where}${cause}`;
}
