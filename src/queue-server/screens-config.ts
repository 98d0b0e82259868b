// Settings of the screens served by the queue server: the address residents' phones reach
// (printed as the ticket's QR code; a kiosk on the MPP's LAN may use another one) and the
// running text of the display board (from the portal's announcements with --content).
import { z } from 'zod';
import { worded } from '../server/config.ts';

export interface ScreensConfig {
  /** Public base URL for the live ticket page, e.g. https://antrean.mpp.contohkota.go.id; null = the address the kiosk uses. */
  publicUrl: string | null;
  /** Running text lines for the display board. */
  ticker: string[];
}

/** `publicUrl` and `ticker` at the top of the config file (config.ts gathers them into `screens`); each message follows the field's name. */
export const screensFields = {
  publicUrl: worded(
    z
      .string()
      .regex(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/)
      .transform((url) => url.replace(/\/+$/, ''))
      .nullish()
      .transform((url) => url ?? null),
    ' harus alamat http(s), mis. https://antrean.mpp.contohkota.go.id',
  ),
  ticker: worded(
    z
      .array(z.string().max(300))
      .max(20)
      .nullish()
      .transform((lines) => (lines ?? []).map((line) => line.trim()).filter(Boolean)),
    ' harus daftar teks (maks. 20 baris, masing-masing maks. 300 karakter)',
  ),
};
