// Settings of the screens served by the queue server: the address residents' phones reach
// (printed as the ticket's QR code; a kiosk on the MPP's LAN may use another one) and the
// running text of the display board (from the portal's announcements with --content).

export interface ScreensConfig {
  /** Public base URL for the live ticket page, e.g. https://antrean.mpp.contohkota.go.id; null = the address the kiosk uses. */
  publicUrl: string | null;
  /** Running text lines for the display board. */
  ticker: string[];
}

/** Reads `publicUrl` and `ticker` from raw settings; `bad` throws the config's Indonesian error. */
export function screensConfig(raw: Record<string, unknown>, bad: (message: string) => never): ScreensConfig {
  let publicUrl: string | null = null;
  if (raw.publicUrl !== undefined && raw.publicUrl !== null) {
    const value = raw.publicUrl;
    if (typeof value !== 'string' || !/^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(value))
      bad('publicUrl harus alamat http(s), mis. https://antrean.mpp.contohkota.go.id');
    publicUrl = (value as string).replace(/\/+$/, '');
  }
  const ticker = raw.ticker ?? [];
  if (!Array.isArray(ticker) || ticker.some((t) => typeof t !== 'string' || t.length > 300) || ticker.length > 20) {
    bad('ticker harus daftar teks (maks. 20 baris, masing-masing maks. 300 karakter)');
  }
  return { publicUrl, ticker: (ticker as string[]).map((t) => t.trim()).filter(Boolean) };
}
