import { escapeHtml } from './http-util.js';

export interface LoginPageModel {
  readonly project: string;
  readonly returnPath: string;
  readonly error: string | null;
  readonly nonce: string;
}

/** The login form at /data/perspective/client/<project>/-/login. */
export function renderLoginPage(model: LoginPageModel): string {
  const action = `/data/perspective/client/${model.project}/-/login`;
  const error = model.error ? `<p id="error" role="alert">${escapeHtml(model.error)}</p>` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Log in · ${escapeHtml(model.project)}</title>
<style nonce="${model.nonce}">body{font-family:system-ui,sans-serif;margin:2rem}label{display:block;margin:.5rem 0}#error{color:#b00020}</style>
</head><body>
<h1>Log in to ${escapeHtml(model.project)}</h1>
${error}
<form method="post" action="${escapeHtml(action)}">
<input type="hidden" name="return" value="${escapeHtml(model.returnPath)}">
<label>Username <input id="username" name="username" autocomplete="username" required maxlength="128"></label>
<label>Password <input id="password" name="password" type="password" autocomplete="current-password" required maxlength="1024"></label>
<button id="submit" type="submit">Log in</button>
</form>
</body></html>`;
}
