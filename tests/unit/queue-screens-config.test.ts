// Settings of the screens in the queue server's config file: the public address printed as
// the ticket's QR code and the display board's running text, with clear messages naming the field.
import { describe, expect, it } from 'vitest';
import { ConfigError, normalizeConfig } from '../../src/queue-server/config.ts';

const base = { timeZone: 'Asia/Jakarta' };

describe('screens configuration', () => {
  it('defaults to the kiosk address and no running text', () => {
    expect(normalizeConfig(base).screens).toEqual({ publicUrl: null, ticker: [] });
  });

  it('keeps a public address without its trailing slash, and the running text lines', () => {
    const config = normalizeConfig({
      ...base,
      publicUrl: 'https://antrean.mpp.contohkota.go.id/',
      ticker: [' Gerai Samsat tutup Jumat ', ''],
    });
    expect(config.screens).toEqual({ publicUrl: 'https://antrean.mpp.contohkota.go.id', ticker: ['Gerai Samsat tutup Jumat'] });
  });

  it('names the field in Indonesian when a value is unusable', () => {
    expect(() => normalizeConfig({ ...base, publicUrl: 'antrean.mpp.go.id' })).toThrow(
      new ConfigError('Konfigurasi tidak valid: publicUrl harus alamat http(s), mis. https://antrean.mpp.contohkota.go.id'),
    );
    expect(() => normalizeConfig({ ...base, ticker: 'satu baris' })).toThrow(
      'Konfigurasi tidak valid: ticker harus daftar teks (maks. 20 baris, masing-masing maks. 300 karakter)',
    );
    expect(() => normalizeConfig({ ...base, ticker: ['x'.repeat(301)] })).toThrow(/ticker harus daftar teks/);
  });
});
