// Every public URL in one place, so pages, feeds, sitemaps and search agree.

/** Page of a service. */
export const serviceUrl = (slug: string) => `/layanan/${slug}/`;
/** Page listing every service of one category. */
export const categoryUrl = (category: string) => `/layanan/kategori/${category}/`;
/** Page of a gerai. */
export const geraiUrl = (slug: string) => `/gerai/${slug}/`;
/** Page of an announcement. */
export const announcementUrl = (slug: string) => `/pengumuman/${slug}/`;
/** Page N (1-based) of the announcement list. */
export const announcementListUrl = (page: number) => (page <= 1 ? '/pengumuman/' : `/pengumuman/halaman/${page}/`);
/** Announcements carrying a tag. */
export const tagUrl = (tag: string) => `/pengumuman/tag/${tagSlug(tag)}/`;
/** URL-safe form of a free-text tag. */
export function tagSlug(tag: string): string {
  return tag
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
/** Page of a life-event guide. */
export const guideUrl = (slug: string) => `/panduan/${slug}/`;
/** Page of a guide's step, for links from a service page. */
export const guideStepUrl = (slug: string, step: number) => `/panduan/${slug}/#langkah-${step}`;
/** Page from the "halaman" collection (tentang, faq, ...). */
export const pageUrl = (slug: string) => `/${slug}/`;
/** Absolute URL on the configured site. */
export const absoluteUrl = (origin: string, path: string) => new URL(path, `${origin}/`).toString();
