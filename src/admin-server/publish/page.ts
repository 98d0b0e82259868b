// The Terbitkan page in words and names: what the public site shows and since when, what
// waits to be published (who changed what, when), the preview's stamp, confirmation pages
// for Terbitkan and Batalkan terbitan, the publish log and the kept releases. No version
// hashes, release folder names or usernames: those are the machinery's, not the editors'.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hasRole } from '../accounts/accounts.ts';
import type { Ctx } from '../context.ts';
import { sendPage } from '../context.ts';
import type { CommitInfo } from '../git.ts';
import { csrfField, formatWhen, type Html, html, postButton } from '../html.ts';
import type { Release } from './types.ts';
import { t } from '../strings/index.ts';

const w = t.publishPage;
const LISTED = 20;

/** The person behind a username, by name ("jadwal" is the daily rebuild). */
export function nameOf(ctx: Ctx, username: string): string {
  if (username === 'jadwal') return w.scheduler;
  return ctx.room.accounts.list().find((a) => a.username === username)?.name ?? username;
}

/** What the latest preview shows: kept beside the accounts database, written when one succeeds. */
export interface PreviewStamp {
  commit: string;
  actor: string;
  at: string;
}
const stampFile = (ctx: Ctx) => path.join(path.dirname(ctx.room.config.dbFile), 'pratinjau.json');

export function writePreviewStamp(ctx: Ctx, stamp: PreviewStamp): void {
  writeFileSync(stampFile(ctx), JSON.stringify(stamp));
}

export function readPreviewStamp(ctx: Ctx): PreviewStamp | null {
  const file = stampFile(ctx);
  if (!existsSync(file)) return null;
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as PreviewStamp;
    return /^[0-9a-f]{40}$/.test(value.commit) ? value : null;
  } catch {
    return null;
  }
}

const when = (ctx: Ctx, at: string | number) => formatWhen(at, ctx.room.config.timeZone);

/** Changes saved after `since` (all when null), newest first. */
const changesSince = (ctx: Ctx, since: string | null, limit = LISTED + 1) =>
  since ? ctx.room.repo.log({ since, limit }) : ctx.room.repo.log({ limit });

function changeList(ctx: Ctx, changes: CommitInfo[], total: number): Html {
  const shown = changes.slice(0, LISTED);
  return html`<ul class="changes">${shown.map((c) => html`<li>${w.change(when(ctx, c.date), c.authorName, c.subject)}</li>`)}${
    total > shown.length ? html`<li><a href="/riwayat">${w.moreChanges(total - shown.length)}</a></li>` : ''
  }</ul>`;
}

async function countSince(ctx: Ctx, since: string | null): Promise<number> {
  return (await changesSince(ctx, since, 10_000)).length;
}

async function previewBlock(ctx: Ctx, csrf: string): Promise<Html> {
  const stamp = readPreviewStamp(ctx);
  const shown = stamp ? (await ctx.room.repo.log({ rev: stamp.commit, limit: 1 }))[0] : undefined;
  if (!stamp || !shown)
    return html`<p>${t.publish.noPreview}</p><div class="actions">${postButton('/pratinjau', t.publish.previewButton, csrf)}</div>`;
  const newer = await countSince(ctx, stamp.commit);
  return html`<p>${w.previewOf(when(ctx, shown.date), shown.authorName, `${when(ctx, stamp.at)} oleh ${nameOf(ctx, stamp.actor)}`)}</p><p>${
    newer ? w.previewStale(newer) : w.previewFresh
  }</p><div class="actions">${postButton('/pratinjau', newer ? w.refreshPreview : t.publish.previewButton, csrf, {}, newer ? 'button' : 'secondary')} ${
    // A stale preview opens only after it is rebuilt (with progress): it never shows old content unawares.
    newer
      ? postButton('/pratinjau', t.publish.openPreview, csrf, { buka: '1' }, 'secondary')
      : html`<a href="/pratinjau/">${t.publish.openPreview}</a>`
  }</div>`;
}

const liveRelease = (releases: Release[]) => releases.find((r) => r.live) ?? null;

/** The Terbitkan page. */
export async function publishPage(ctx: Ctx, progress: Html): Promise<void> {
  const { publisher } = ctx.room;
  const csrf = ctx.session?.csrf ?? '';
  const penerbit = ctx.account ? hasRole(ctx.account.role, 'penerbit') : false;
  const log = publisher?.log() ?? [];
  const releases = publisher?.releases() ?? [];
  const live = liveRelease(releases);
  const pending = await changesSince(ctx, live?.commit ?? null);
  const total = pending.length > LISTED ? await countSince(ctx, live?.commit ?? null) : pending.length;
  const last = log[0];
  const rolledBack =
    last?.action === 'batal'
      ? html`<div class="alert" role="alert">${w.rolledBack(when(ctx, last.at), nameOf(ctx, last.actor), total)}</div>`
      : '';
  sendPage(
    ctx,
    200,
    { title: t.publish.title, alert: publisher ? null : t.publish.noPublisher },
    html`<h2>${w.site}</h2><p>${live ? w.liveSince(when(ctx, live.createdAt), nameOf(ctx, live.actor)) : w.neverLive}</p>${rolledBack}
<h2>${w.pending(total)}</h2>${total ? changeList(ctx, pending, total) : ''}${
      penerbit
        ? html`<div class="actions"><a class="button" href="/terbit/yakin">${t.publish.publishButton}</a>${
            live ? html` <a class="button secondary" href="/terbit/batal/yakin">${t.publish.rollbackButton}</a>` : ''
          }</div>`
        : html`<p>${t.publish.onlyPenerbit}</p>`
    }
<h2>${t.publish.previewTitle}</h2><p>${t.publish.previewIntro}</p>${await previewBlock(ctx, csrf)}
${progress}
<h2>${t.publish.log}</h2>${
      log.length
        ? html`<table><thead><tr><th scope="col">${t.publish.at}</th><th scope="col">${t.publish.actor}</th><th scope="col">${w.action}</th></tr></thead><tbody>${log.map(
            (e) => html`<tr><td>${when(ctx, e.at)}</td><td>${nameOf(ctx, e.actor)}</td><td>${t.publish.action[e.action]}</td></tr>`,
          )}</tbody></table>`
        : html`<p>${w.emptyLog}</p>`
    }${
      releases.length
        ? html`<h2>${t.publish.releases}</h2><ul>${releases.map(
            (r) =>
              html`<li>${w.releaseLine(when(ctx, r.createdAt), nameOf(ctx, r.actor))}${r.live ? html` — <strong>${t.publish.live}</strong>` : ''}</li>`,
          )}</ul>`
        : ''
    }`,
  );
}

const back = html`<a href="/terbit">${w.cancel}</a>`;
const confirmForm = (ctx: Ctx, action: string, label: string) =>
  html`<form method="post" action="${action}" class="actions">${csrfField(ctx.session?.csrf ?? '')}<button type="submit">${label}</button> ${back}</form>`;

/** "Terbitkan perubahan?": what will go live. */
export async function confirmPublish(ctx: Ctx): Promise<void> {
  const live = liveRelease(ctx.room.publisher?.releases() ?? []);
  const pending = await changesSince(ctx, live?.commit ?? null);
  const total = pending.length > LISTED ? await countSince(ctx, live?.commit ?? null) : pending.length;
  sendPage(
    ctx,
    200,
    { title: w.confirmPublishTitle },
    html`${total ? html`<p>${w.confirmPublishIntro(total)}</p>${changeList(ctx, pending, total)}` : html`<p>${w.nothingToPublish}</p>`}${confirmForm(
      ctx,
      '/terbit',
      w.confirmPublish,
    )}`,
  );
}

/** "Batalkan terbitan?": which release comes back, and which changes leave the public site. */
export async function confirmRollback(ctx: Ctx): Promise<void> {
  const releases = ctx.room.publisher?.releases() ?? [];
  const at = releases.findIndex((r) => r.live);
  const previous = at >= 0 ? releases[at + 1] : undefined;
  const live = at >= 0 ? releases[at] : undefined;
  if (!previous || !live) return sendPage(ctx, 200, { title: w.confirmRollbackTitle, alert: w.noPrevious }, html`<p>${back}</p>`);
  const gone = await ctx.room.repo.log({ rev: live.commit, limit: 10_000 });
  const kept = new Set((await ctx.room.repo.log({ rev: previous.commit, limit: 10_000 })).map((c) => c.hash));
  const lost = gone.filter((c) => !kept.has(c.hash));
  sendPage(
    ctx,
    200,
    { title: w.confirmRollbackTitle },
    html`<p>${w.confirmRollbackIntro(when(ctx, previous.createdAt), nameOf(ctx, previous.actor))}</p>${changeList(ctx, lost, lost.length)}${confirmForm(
      ctx,
      '/terbit/batal',
      w.confirmRollback,
    )}`,
  );
}
