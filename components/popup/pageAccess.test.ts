import { describe, expect, it } from 'vitest';
import { accessFromScriptingError, pageAccess } from './pageAccess';

describe('pageAccess', () => {
  it('allows web pages', () => {
    expect(pageAccess('https://example.org/article')).toEqual({ ok: true });
    expect(pageAccess('http://127.0.0.1:8080/x.html')).toEqual({ ok: true });
  });

  it('explains browser pages, stores and extension pages', () => {
    const cases: [string, RegExp][] = [
      ['chrome://settings', /browser pages/],
      ['about:blank', /browser pages/],
      ['edge://newtab', /browser pages/],
      ['https://chromewebstore.google.com/detail/abc', /extension store/],
      ['https://chrome.google.com/webstore/category/extensions', /extension store/],
      ['https://addons.mozilla.org/en-US/firefox/', /extension store/],
      ['chrome-extension://abcdef/dashboard.html', /extension's own page/],
      ['data:text/html,hi', /Not a web page/],
    ];
    for (const [url, title] of cases) {
      const access = pageAccess(url);
      expect(access.ok, url).toBe(false);
      if (!access.ok) expect(access.title, url).toMatch(title);
    }
  });

  it('asks for file access only when it is missing', () => {
    const denied = pageAccess('file:///home/me/a.html', false);
    expect(denied.ok).toBe(false);
    if (!denied.ok) expect(denied.reason).toMatch(/Allow access to file URLs/);
    expect(pageAccess('file:///home/me/a.html', true)).toEqual({ ok: true });
  });

  it('does not mistake a page that mentions the store for the store', () => {
    expect(pageAccess('https://news.example/chromewebstore.google.com').ok).toBe(true);
  });

  it('handles a tab without URL', () => {
    expect(pageAccess(undefined).ok).toBe(false);
  });
});

describe('accessFromScriptingError', () => {
  it("reads Chromium's refusals", () => {
    expect(accessFromScriptingError('Cannot access a chrome:// URL')?.title).toMatch(/browser pages/);
    expect(accessFromScriptingError('Cannot access a chrome-extension:// URL')?.title).toMatch(
      /extension's own/,
    );
    expect(accessFromScriptingError('The extensions gallery cannot be scripted.')?.title).toMatch(
      /extension store/,
    );
  });
  it('says nothing about a mere missing permission', () => {
    expect(
      accessFromScriptingError(
        'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      ),
    ).toBeUndefined();
  });
});
