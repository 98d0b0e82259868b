// Home and "Periksa konten" pages, and the room's stylesheet.
import { readFileSync } from 'node:fs';
import { type CheckIssue, issueUrl } from './checks.ts';
import type { Ctx, Route } from '../context.ts';
import { sendPage } from '../context.ts';
import { guideFigures } from '../guide-images.ts';
import { formatWhen, html, postButton } from '../html.ts';
import { send } from '../http.ts';
import { migrationBlock } from '../migrate-routes.ts';
import { t } from '../strings/index.ts';

const CSS = readFileSync(new URL('../ruang.css', import.meta.url));
// The portal's own icon: without one, browsers ask for /favicon.ico and log its 404.
const ICON = readFileSync(new URL('../../../public/favicon.svg', import.meta.url));

/** One issue, named by the CMS's labels, with a link to its field. */
export function issueItem(issue: CheckIssue) {
  const where = [issue.entryTitle, ...issue.labels].join(' › ');
  const url = issueUrl(issue);
  return html`<li class="${issue.severity}"><strong>${issue.severity === 'error' ? t.check.error : t.check.warning}:</strong> ${where}: ${issue.message}${
    url ? html` <a href="${url}">${t.check.open}</a>` : ''
  }</li>`;
}

async function checkPage(ctx: Ctx): Promise<void> {
  const result = await ctx.room.checks.current();
  const errors = result.issues.filter((i) => i.severity === 'error');
  const warnings = result.issues.filter((i) => i.severity === 'warning');
  const refusal = ctx.account ? ctx.room.refusals.get(ctx.account.username) : undefined;
  sendPage(
    ctx,
    200,
    { title: t.check.title, alert: refusal ? `${t.check.refused}: ${refusal}` : null },
    html`<p class="summary ${errors.length ? 'bad' : 'good'}">${errors.length ? t.check.errors(errors.length) : t.check.ok}${
      warnings.length ? html` ${t.check.warnings(warnings.length)}` : ''
    }</p><ul class="issues">${result.issues.map(issueItem)}</ul>${
      result.issues.some((i) => i.entryTitle === t.check.redirects)
        ? html`<p>${t.redirectSkip.repairIntro}</p>${postButton('/periksa/pengalihan', t.redirectSkip.repair, ctx.session?.csrf ?? '')}`
        : ''
    }<p class="meta">${t.check.checkedAt(formatWhen(result.at, ctx.room.config.timeZone), result.commit.slice(0, 7))}</p>`,
  );
}

async function homePage(ctx: Ctx): Promise<void> {
  sendPage(
    ctx,
    200,
    { title: t.home.title, notice: ctx.url.searchParams.get('ok') },
    html`<p>${t.home.greeting(ctx.account?.name ?? '')}</p>${await migrationBlock(ctx)}<ol class="steps">${t.home.steps.map((s) => html`<li>${s}</li>`)}</ol><p><a href="/panduan">${t.guide.link}</a></p>`,
  );
}

function guidePage(ctx: Ctx): void {
  sendPage(
    ctx,
    200,
    { title: t.guide.title },
    html`<p>${t.guide.intro}</p>${guideFigures(t.guide.introImages)}${t.guide.sections.map(
      (s) => html`<h2>${s.heading}</h2><ol>${s.steps.map((step) => html`<li>${step}</li>`)}</ol>${guideFigures(s.images)}`,
    )}`,
  );
}

/** Home, check panel, the editors' guide, stylesheet and icon. */
export const checkRoutes: Route[] = [
  { method: 'GET', path: '/panduan', access: 'editor', kind: 'page', handle: guidePage },
  { method: 'GET', path: '/', access: 'editor', kind: 'page', handle: homePage },
  { method: 'GET', path: '/periksa', access: 'editor', kind: 'page', handle: checkPage },
  {
    method: 'GET',
    path: '/ruang.css',
    access: 'public',
    kind: 'page',
    handle: (ctx) => send(ctx.res, 200, CSS, 'text/css; charset=utf-8'),
  },
  { method: 'GET', path: '/favicon.svg', access: 'public', kind: 'page', handle: (ctx) => send(ctx.res, 200, ICON, 'image/svg+xml') },
];
