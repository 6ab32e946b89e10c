import { z } from 'zod';
import type { PerspectiveActionFunction } from '../bindings/backends/action-wire.js';
import type { JsonObject } from '../bindings/effects/effect-log.js';
import { HttpError } from './http-util.js';
import { isPagePath } from './project-paths.js';

/**
 * The arguments of each system.perspective action, by the 8.1 manual's parameter names, checked and turned into
 * what the web client performs. Optional parameters may be absent or null. Unknown keys are dropped.
 */

const text = (max: number) => z.string().max(max);
const optional = <T extends z.ZodType>(schema: T) => schema.nullable().optional();
const params = optional(z.record(z.string(), z.json()));
const flag = optional(z.boolean());
const popupId = text(256);
const dockId = text(256);
const viewPath = text(512).min(1);

/** navigate(url=...): web addresses and the protocols the manual names (tel:, sms:, mailto:); nothing that runs code. */
const URL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:', 'sms:']);
const webAddress = text(2048).refine((value) => {
  try {
    return URL_PROTOCOLS.has(new URL(value).protocol);
  } catch {
    return false;
  }
}, 'url must be an absolute http, https, mailto, tel or sms address');

/** navigate(page=...): "new-page" and "/new-page" both name the page new-page. */
const pagePath = text(512).transform((value) => value.replace(/^\/+/, '')).refine(isPagePath, 'page must be a page path such as "/machines/line-1"');

const popup = z.object({
  id: popupId, view: viewPath, params, title: optional(text(256)), position: optional(z.record(z.string(), z.json())),
  showCloseIcon: flag, draggable: flag, resizable: flag, modal: flag, overlayDismiss: flag, viewportBound: flag,
});

/** The bytes of download(data=...): a string (written as UTF-8) or a byte[] (Java bytes are signed: -128..127; 0..255 is accepted too). */
const downloadData = z.union([z.string(), z.array(z.number().int().min(-128).max(255))]);

function toBase64(data: z.infer<typeof downloadData>): string {
  if (typeof data === 'string') return Buffer.from(data, 'utf8').toString('base64');
  return Buffer.from(data.map((byte) => (byte + 256) % 256)).toString('base64');
}

/** The file name a browser may save: no folders, no control characters. */
function safeFilename(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = name.replace(/^.*[\\/]/, '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return base === '' || base === '.' || base === '..' ? 'download' : base;
}

const SCHEMAS = {
  sendMessage: z.object({ messageType: text(256).min(1), payload: optional(z.record(z.string(), z.json())), scope: optional(z.enum(['page', 'session', 'view'])) })
    .transform(({ messageType, payload, scope }) => ({ messageType, payload: payload ?? {}, scope: scope ?? 'page' })),
  navigate: z.object({ page: optional(pagePath), url: optional(webAddress), view: optional(viewPath), params, newTab: flag })
    .transform(({ page, url, view, params: viewParams, newTab }, ctx) => {
      // The manual: page wins, then view, then url.
      if (page !== undefined && page !== null) return { target: 'page', path: `/${page}`, params: viewParams ?? {}, newTab: newTab ?? false };
      if (view !== undefined && view !== null) return { target: 'view', view, params: viewParams ?? {}, newTab: false };
      if (url !== undefined && url !== null) return { target: 'url', url, params: {}, newTab: newTab ?? false };
      ctx.addIssue({ code: 'custom', message: 'navigate needs page, view or url' });
      return z.NEVER;
    }),
  openPopup: popup,
  togglePopup: popup,
  closePopup: z.object({ id: popupId }),
  openDock: z.object({ id: dockId, params }),
  toggleDock: z.object({ id: dockId, params }),
  closeDock: z.object({ id: dockId }),
  alterDock: z.object({ dockId, config: optional(z.record(z.string(), z.json())) }),
  download: z.object({ filename: text(255).min(1), data: downloadData, contentType: optional(text(256)) })
    .transform(({ filename, data, contentType }) => ({
      filename: safeFilename(filename),
      contentType: contentType ?? (typeof data === 'string' ? 'text/plain; charset=utf-8' : 'application/octet-stream'),
      base64: toBase64(data),
    })),
  refresh: z.object({}),
  vibrateDevice: z.object({ duration: z.union([z.number().int(), z.string().regex(/^\d{1,9}$/).transform(Number)]).pipe(z.number().int().min(0).max(600_000)) }),
  setTheme: z.object({ name: text(64).regex(/^[A-Za-z0-9_-]+$/, 'name must be a theme name such as "dark" or "light"') }),
  closePage: z.object({ message: optional(text(4096)) }),
} satisfies Record<PerspectiveActionFunction, z.ZodType>;

/** The arguments as the page performs them; HttpError 400 naming the problem when they are not valid. */
export function pageActionArgs(fn: PerspectiveActionFunction, args: JsonObject): JsonObject {
  const parsed = SCHEMAS[fn].safeParse(args);
  if (!parsed.success) throw new HttpError(400, `Invalid arguments for ${fn}: ${z.prettifyError(parsed.error)}`);
  return JSON.parse(JSON.stringify(parsed.data)) as JsonObject;
}
