// The public REST API at /api/v1, as the signed-in browser uses it: the session cookie goes with every request, the
// session's anti-forgery token with every change, and the marker header keeps the browser's own sign-in dialog away.

const BASE = '/api/v1';
let csrfToken = null;

/** The session's anti-forgery token, kept in this page's memory only. */
export function useCsrfToken(token) {
  csrfToken = token;
}

/** The headers every request of the application carries (for the rare request made without fetch). */
export function applicationHeaders(method) {
  const headers = { 'X-Requested-With': 'inspectra' };
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) {
    headers['X-CSRF-Token'] = csrfToken;
  }
  return headers;
}

/** A refusal from the API, with its RFC 9457 problem. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  get violations() {
    return this.problem.violations || [];
  }

  /** 412: the resource changed since it was read (its ETag no longer matches the If-Match sent). */
  get changedMeanwhile() {
    return this.status === 412;
  }
}

/**
 * The If-Match header for a write to what was read at a version (API.md, Conditional requests): an inspection, a
 * judgement and an evidence record answer with the ETag "v<version>", the version their bodies carry; a stale one
 * answers 412 and changes nothing. etag: the ETag itself where the response's header was read.
 */
export function ifMatch(version, etag) {
  return { headers: { 'If-Match': etag || `"v${version}"` } };
}

/**
 * One request. body: an object (sent as JSON), or a Blob/File/string with options.contentType.
 * options.accept picks the media type; options.headers adds headers (If-Match); options.response returns the fetch
 * Response itself.
 */
export async function request(method, path, body, options = {}) {
  const headers = { ...applicationHeaders(method), Accept: options.accept || 'application/json', ...(options.headers || {}) };
  let payload;
  if (body instanceof Blob || typeof body === 'string') {
    payload = body;
    headers['Content-Type'] = options.contentType || 'application/octet-stream';
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(BASE + path, {
    method, headers, body: payload, credentials: 'same-origin', signal: options.signal,
  });
  if (response.status === 401 && !options.allowUnauthorized) {
    const next = location.pathname + location.search;
    location.assign('/sign-in?next=' + encodeURIComponent(next));
    const leaving = new ApiError(401, { title: 'Signed out' });
    leaving.leaving = true;
    throw leaving;
  }
  if (!response.ok) {
    let problem;
    try {
      problem = await response.json();
    } catch (notJson) {
      problem = { title: response.statusText, status: response.status };
    }
    throw new ApiError(response.status, problem);
  }
  if (options.response) {
    return response;
  }
  if (response.status === 204) {
    return null;
  }
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

export const get = (path, options) => request('GET', path, undefined, options);

/** The next page's address from a Link header (API.md, Paging), relative to the API, or null. */
export function nextPage(link) {
  const next = (link || '').split(',').find((l) => /rel="?next"?/.test(l));
  const url = next?.match(/<([^>]+)>/)?.[1];
  if (!url) {
    return null;
  }
  const parsed = new URL(url, location.origin);
  return parsed.pathname.replace(/^\/api\/v1/, '') + parsed.search;
}

/** A whole list the API pages: every page, followed by its Link rel="next", up to a bound. */
export async function getAll(path, maxPages = 50) {
  const items = [];
  let next = path + (path.includes('?') ? '&' : '?') + 'limit=500';
  for (let n = 0; next && n < maxPages; n++) {
    const response = await request('GET', next, undefined, { response: true });
    items.push(...(await response.json()));
    next = nextPage(response.headers.get('Link'));
  }
  return items;
}
export const post = (path, body, options) => request('POST', path, body, options);
export const put = (path, body, options) => request('PUT', path, body, options);
export const del = (path, options) => request('DELETE', path, undefined, options);

/** An id for a URL path segment. */
export function seg(id) {
  return encodeURIComponent(id);
}

/** Downloads what the API answers in one media type as a file (a PDF, a spreadsheet). */
export async function download(path, accept, filename) {
  const response = await request('GET', path, undefined, { accept, response: true });
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
