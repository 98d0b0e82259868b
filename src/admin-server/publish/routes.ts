// Pratinjau, Terbitkan and Batalkan terbitan, wired to the Publisher (publish/): one build
// at a time (409 otherwise), a progress page that reloads itself (no script), the
// Indonesian messages of a failed build, the publish log and the kept releases.
import path from 'node:path';
import type { Ctx, Route } from '../context.ts';
import { sendPage } from '../context.ts';
import { formatWhen, html } from '../html.ts';
import { editorMessage } from '../checks/build-messages.ts';
import { redirect } from '../http.ts';
import type { BuildOutcome, BuildProgress, Publisher } from './types.ts';
import { confirmPublish, confirmRollback, nameOf, publishPage, readPreviewStamp, writePreviewStamp } from './page.ts';
import { isMediaPath, MEDIA_CSP, serveFile } from '../static.ts';
import { t } from '../strings/index.ts';

/** Whether a build is running now. */
export const isBuilding = (publisher: Publisher | null) => {
  const p = publisher?.progress();
  return Boolean(p && !p.outcome);
};

// Set between the click and the publisher reporting progress, so two quick clicks cannot both start.
let starting = false;

function start(ctx: Ctx, job: (publisher: Publisher, commit: string, actor: string) => Promise<BuildOutcome>): Promise<void> | void {
  const publisher = ctx.room.publisher;
  if (!publisher) return sendPage(ctx, 503, { title: t.publish.title, alert: t.publish.noPublisher }, html``);
  if (starting || isBuilding(publisher))
    return sendPage(
      ctx,
      409,
      { title: t.publish.title, alert: t.errors.busy },
      html`<p><a href="/terbit/proses">${t.publish.progressTitle}</a></p>`,
    );
  starting = true;
  const actor = ctx.account?.username ?? '';
  return ctx.room.repo.head().then((commit) => {
    job(publisher, commit, actor)
      .catch((error: unknown) => console.error(error))
      .finally(() => {
        starting = false;
      });
    redirect(ctx.res, '/terbit/proses');
  });
}

function progressBlock(ctx: Ctx, p: BuildProgress | null, timeZone: string) {
  if (!p) return html``;
  const o = p.outcome;
  return html`<section aria-labelledby="judul-proses"><h2 id="judul-proses">${t.publish.kinds[p.kind]}: ${t.publish.stages[p.stage]}</h2>
<p class="meta">${t.publish.actor} ${nameOf(ctx, p.actor)} · ${formatWhen(p.startedAt, timeZone)}</p>${
    !o
      ? html`<p role="status">${t.publish.running}</p>`
      : o.ok
        ? html`<p class="notice" role="status">${t.publish.done((o.durationMs / 1000).toFixed(1).replace('.', ','))}${
            p.kind === 'pratinjau' ? html` <a href="/pratinjau/">${t.publish.openPreview}</a>` : ''
          }</p>`
        : html`<div class="alert" role="alert"><p>${t.publish.failed}</p><ul class="issues">${o.messages.map((m) => html`<li>${editorMessage(m, ctx.room.repo.dir)}</li>`)}</ul></div>`
  }</section>`;
}

function progressPage(ctx: Ctx): void {
  const p = ctx.room.publisher?.progress() ?? null;
  sendPage(
    ctx,
    200,
    { title: t.publish.progressTitle, refresh: p && !p.outcome ? 2 : undefined },
    html`${progressBlock(ctx, p, ctx.room.config.timeZone)}<p><a href="/terbit">${t.publish.title}</a></p>`,
  );
}

/** Serve the preview build: /pratinjau/<path>, and root-absolute paths its pages link to. */
function previewFile(ctx: Ctx): void {
  const { previewDir } = ctx.room.config;
  const rel = ctx.url.pathname.startsWith('/pratinjau/') ? ctx.url.pathname.slice('/pratinjau'.length) : ctx.url.pathname;
  // The preview's own pages carry their CSP in <meta>; the header only forbids framing.
  // Uploaded media get the public site's sandbox, as nginx sends it.
  ctx.res.setHeader('Content-Security-Policy', isMediaPath(rel) ? MEDIA_CSP : "frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
  serveFile(ctx, path.resolve(previewDir), rel);
}

/** Preview and publish routes. */
export const publishRoutes: Route[] = [
  {
    method: 'GET',
    path: '/terbit',
    access: 'editor',
    kind: 'page',
    handle: (ctx) => publishPage(ctx, progressBlock(ctx, ctx.room.publisher?.progress() ?? null, ctx.room.config.timeZone)),
  },
  { method: 'GET', path: '/terbit/yakin', access: 'penerbit', kind: 'page', handle: confirmPublish },
  { method: 'GET', path: '/terbit/batal/yakin', access: 'penerbit', kind: 'page', handle: confirmRollback },
  { method: 'GET', path: '/terbit/proses', access: 'editor', kind: 'page', handle: progressPage },
  {
    method: 'POST',
    path: '/pratinjau',
    access: 'editor',
    kind: 'page',
    // The stamp says which saved version the preview shows, and who asked for it when.
    handle: async (ctx) => {
      const stamp = readPreviewStamp(ctx);
      if (ctx.form.get('buka') === '1' && stamp && stamp.commit === (await ctx.room.repo.head())) return redirect(ctx.res, '/pratinjau/');
      return start(ctx, (p, c, a) =>
        p.preview(c, a).then((outcome) => {
          if (outcome.ok) writePreviewStamp(ctx, { commit: c, actor: a, at: new Date().toISOString() });
          return outcome;
        }),
      );
    },
  },
  { method: 'POST', path: '/terbit', access: 'penerbit', kind: 'page', handle: (ctx) => start(ctx, (p, c, a) => p.publish(c, a)) },
  { method: 'POST', path: '/terbit/batal', access: 'penerbit', kind: 'page', handle: (ctx) => start(ctx, (p, _c, a) => p.rollback(a)) },
  { method: 'GET', path: '/pratinjau', access: 'editor', kind: 'page', handle: (ctx) => redirect(ctx.res, '/pratinjau/') },
  { method: 'GET', path: '/pratinjau/', prefix: true, access: 'editor', kind: 'page', handle: previewFile },
  { method: 'GET', path: '/', prefix: true, access: 'editor', kind: 'page', handle: previewFile },
];
