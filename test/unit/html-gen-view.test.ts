// The HTML page's data (pageView in generators/html.ts), exact and in process, with each
// row, removed row and retry row rendered to markup: the intro's counts, the filters'
// statuses, the CSP hashes, badges, data attributes, the facts no column shows, detail
// field lists, tags and the retry sentences, on catalogs the shared fixtures do not
// cover. The page template's own bytes are covered by the golden loop.
import { expect, test } from "vitest";
import { pageView } from "../../generators/html.js";
import { html } from "../../src/escape/html.js";
import { catalogOf } from "./catalog-support.js";

/** The view with every markup tree rendered. */
function view(config: string, specs: Record<string, string>) {
  const v = pageView(catalogOf(config, specs), "N", "S", "J");
  return { ...v, retry: v.retry.map((r) => html(r)), sections: v.sections.map((s) => ({ ...s, rows: s.rows.map((r) => html(r)), removed: s.removed?.map((r) => html(r)) })) };
}

/** Two domains of a catalog with unique names: retry data of every kind, a tombstone, notes on a domain. */
const PAY_CONFIG = "title: \"Pay API\"\nversion: \"1.2.0\"";
const PAY_SPECS: Record<string, string> = {
  "billing.yaml": [
    "title: Billing",
    "description: Money things.",
    "notes: Careful | here.",
    "codes:",
    "  - name: CARD_DECLINED",
    "    status: 402",
    "    description: The card was declined.",
    "    cause: The issuer said no.",
    "    fix: Ask for another card.",
    "    retryable: no",
    "  - name: RATE_LIMITED",
    "    status: 429",
    "    retryable: yes",
    "    retry: { retryAfter: true, schedule: [1s, 5s] }",
    "  - name: OLD_CARD",
    "    status: 400",
    "    deprecated: { since: \"1.1.0\", replacement: TOKEN_EXPIRED }",
    "    removed: { since: \"1.2.0\", reason: \"Gone.\" }",
    "  - name: LATER_ONE",
    "    lifecycle: planned",
  ].join("\n") + "\n",
  "auth.yaml": [
    "codes:",
    "  - name: TOKEN_EXPIRED",
    "    status: 401",
    "    retryable: auto",
    "  - name: SLOW_DOWN",
    "    status: 503",
    "    retryable: yes",
    "    retry: { strategy: \"Wait and honour Retry-After.\", retryAfter: true }",
    "  - name: WAS_OLD",
    "    deprecated: { since: \"1.0.0\", replacement: CARD_DECLINED }",
  ].join("\n") + "\n",
};

test("pay catalog", () => {
  expect(view(PAY_CONFIG, PAY_SPECS)).toEqual({
    "notice": "N",
    "title": "Pay API",
    "version": "1.2.0",
    "intro": "6 error codes in 2 domains, catalog version 1.2.0. Of these, 1 is deprecated and 1 is planned (not emitted yet). 1 code was removed.",
    "csp": "default-src 'none'; style-src 'sha256-jeCzxH8RLFl0X3F6YmkyJkxCKnVjlUhy4jeyI69K1kM='; script-src 'sha256-baQ7lE5JToheaa8CH5PG2TMceKoigIRxFCkWClu9FbU='; img-src 'none'; base-uri 'none'; form-action 'none'",
    "style": "S",
    "script": "J",
    "total": "6",
    "domains": [
      {
        "value": "auth",
        "label": "Auth",
        "id": "domain--auth",
        "count": "3 codes"
      },
      {
        "value": "billing",
        "label": "Billing",
        "id": "domain--billing",
        "count": "3 codes"
      }
    ],
    "statuses": [
      {
        "value": "401",
        "label": "401"
      },
      {
        "value": "402",
        "label": "402"
      },
      {
        "value": "429",
        "label": "429"
      },
      {
        "value": "503",
        "label": "503"
      },
      {
        "value": "unstated",
        "label": "not stated"
      }
    ],
    "canonical": false,
    "hasRetry": true,
    "retryId": "retry--strategy",
    "retry": [
      "<tr><td data-label=\"Code\"><a href=\"#rate-limited\"><code>RATE_LIMITED</code></a></td><td data-label=\"Retryable\">Yes</td><td data-label=\"Strategy\">The client may retry. Schedule: 1s, 5s. Honour the <code>Retry-After</code> header.</td></tr>",
      "<tr><td data-label=\"Code\"><a href=\"#slow-down\"><code>SLOW_DOWN</code></a></td><td data-label=\"Retryable\">Yes</td><td data-label=\"Strategy\">Wait and honour Retry-After.</td></tr>",
      "<tr><td data-label=\"Code\"><a href=\"#token-expired\"><code>TOKEN_EXPIRED</code></a></td><td data-label=\"Retryable\">Auto</td><td data-label=\"Strategy\">The platform retries by itself.</td></tr>"
    ],
    "sections": [
      {
        "id": "domain--auth",
        "domain": "auth",
        "headingId": "domain--auth--h",
        "title": "Auth",
        "description": "",
        "notes": "",
        "count": "3 codes",
        "hasCodes": true,
        "rows": [
          "<tr id=\"slow-down\" data-domain=\"auth\" data-status=\"503\" data-retry=\"yes\" data-dep=\"no\"><td class=\"c-code\" data-label=\"Code\"><a class=\"code-name\" href=\"#slow-down\" title=\"Link to this code\"><code>SLOW<wbr>_DOWN</code></a> <button type=\"button\" class=\"copy\" data-anchor=\"slow-down\" aria-label=\"Copy link to SLOW_DOWN\" hidden>Copy link</button></td><td class=\"c-http\" data-label=\"HTTP\">503</td><td class=\"c-retry\" data-label=\"Retry\"><span class=\"retry retry-yes\">Yes, honours Retry-After</span></td><td class=\"c-text\" data-label=\"Description\"><strong class=\"title\">Slow down</strong><div class=\"marker fact-retry-strategy\"><strong>Retry strategy:</strong> <p>Wait and honour Retry-After.</p></div></td></tr>",
          "<tr id=\"token-expired\" data-domain=\"auth\" data-status=\"401\" data-retry=\"auto\" data-dep=\"no\"><td class=\"c-code\" data-label=\"Code\"><a class=\"code-name\" href=\"#token-expired\" title=\"Link to this code\"><code>TOKEN<wbr>_EXPIRED</code></a> <button type=\"button\" class=\"copy\" data-anchor=\"token-expired\" aria-label=\"Copy link to TOKEN_EXPIRED\" hidden>Copy link</button></td><td class=\"c-http\" data-label=\"HTTP\">401</td><td class=\"c-retry\" data-label=\"Retry\"><span class=\"retry retry-auto\">Auto</span></td><td class=\"c-text\" data-label=\"Description\"><strong class=\"title\">Token expired</strong></td></tr>",
          "<tr id=\"was-old\" data-domain=\"auth\" data-status=\"unstated\" data-retry=\"unknown\" data-dep=\"yes\"><td class=\"c-code\" data-label=\"Code\"><a class=\"code-name\" href=\"#was-old\" title=\"Link to this code\"><code>WAS<wbr>_OLD</code></a> <span class=\"badge badge-deprecated\">deprecated</span> <button type=\"button\" class=\"copy\" data-anchor=\"was-old\" aria-label=\"Copy link to WAS_OLD\" hidden>Copy link</button></td><td class=\"c-http\" data-label=\"HTTP\">—</td><td class=\"c-retry\" data-label=\"Retry\"><span class=\"retry retry-unknown\">—</span></td><td class=\"c-text\" data-label=\"Description\"><strong class=\"title\">Was old</strong><div class=\"marker marker-deprecated\"><strong>Deprecated:</strong> use <a href=\"#card-declined\"><code>CARD_DECLINED</code></a> instead (since 1.0.0).</div></td></tr>"
        ]
      },
      {
        "id": "domain--billing",
        "domain": "billing",
        "headingId": "domain--billing--h",
        "title": "Billing",
        "description": "Money things.",
        "notes": "Careful | here.",
        "count": "3 codes",
        "hasCodes": true,
        "rows": [
          "<tr id=\"card-declined\" data-domain=\"billing\" data-status=\"402\" data-retry=\"no\" data-dep=\"no\"><td class=\"c-code\" data-label=\"Code\"><a class=\"code-name\" href=\"#card-declined\" title=\"Link to this code\"><code>CARD<wbr>_DECLINED</code></a> <button type=\"button\" class=\"copy\" data-anchor=\"card-declined\" aria-label=\"Copy link to CARD_DECLINED\" hidden>Copy link</button></td><td class=\"c-http\" data-label=\"HTTP\">402</td><td class=\"c-retry\" data-label=\"Retry\"><span class=\"retry retry-no\">No</span></td><td class=\"c-text\" data-label=\"Description\"><strong class=\"title\">Card declined</strong><div class=\"desc\"><p>The card was declined.</p></div><div class=\"marker fact-cause\"><strong>Cause:</strong> <p>The issuer said no.</p></div><div class=\"marker fact-fix\"><strong>Fix:</strong> <p>Ask for another card.</p></div></td></tr>",
          "<tr id=\"later-one\" data-domain=\"billing\" data-status=\"unstated\" data-retry=\"unknown\" data-dep=\"no\"><td class=\"c-code\" data-label=\"Code\"><a class=\"code-name\" href=\"#later-one\" title=\"Link to this code\"><code>LATER<wbr>_ONE</code></a> <span class=\"badge badge-planned\">planned</span> <button type=\"button\" class=\"copy\" data-anchor=\"later-one\" aria-label=\"Copy link to LATER_ONE\" hidden>Copy link</button></td><td class=\"c-http\" data-label=\"HTTP\">—</td><td class=\"c-retry\" data-label=\"Retry\"><span class=\"retry retry-unknown\">—</span></td><td class=\"c-text\" data-label=\"Description\"><strong class=\"title\">Later one</strong><div class=\"marker fact-planned\"><strong>Planned:</strong> not emitted yet.</div></td></tr>",
          "<tr id=\"rate-limited\" data-domain=\"billing\" data-status=\"429\" data-retry=\"yes\" data-dep=\"no\"><td class=\"c-code\" data-label=\"Code\"><a class=\"code-name\" href=\"#rate-limited\" title=\"Link to this code\"><code>RATE<wbr>_LIMITED</code></a> <button type=\"button\" class=\"copy\" data-anchor=\"rate-limited\" aria-label=\"Copy link to RATE_LIMITED\" hidden>Copy link</button></td><td class=\"c-http\" data-label=\"HTTP\">429</td><td class=\"c-retry\" data-label=\"Retry\"><span class=\"retry retry-yes\">Yes, honours Retry-After</span></td><td class=\"c-text\" data-label=\"Description\"><strong class=\"title\">Rate limited</strong><div class=\"marker fact-retry-schedule\"><strong>Retry schedule:</strong> 1s, 5s.</div></td></tr>"
        ],
        "removed": [
          "<tr id=\"old-card\" data-domain=\"billing\" data-removed=\"yes\"><td class=\"c-code\" data-label=\"Code\"><a class=\"code-name\" href=\"#old-card\"><code>OLD<wbr>_CARD</code></a> <span class=\"badge badge-removed\">removed</span></td><td data-label=\"Removed in\">1.2.0 (deprecated in 1.1.0)</td><td class=\"c-text\" data-label=\"Instead\"><strong class=\"title\">Old card</strong> Use <a href=\"#token-expired\"><code>TOKEN_EXPIRED</code></a> instead. Gone.</td></tr>"
        ]
      }
    ]
  });
});

/** A domain-scoped catalog: a name in two domains, written canonical codes, an empty domain, tombstones without a deprecation. */
const SCOPED_CONFIG = "uniqueness: domain\nnaming: lower_snake";
const SCOPED_SPECS: Record<string, string> = {
  "alpha.yaml": [
    "codes:",
    "  - name: busy",
    "    status: 503",
    "    canonical: UNAVAILABLE",
    "    retryable: auto",
    "    retry: { schedule: [1s] }",
    "  - name: moved",
    "    deprecated: { since: \"2.0\", replacement: beta/busy }",
    "  - name: later",
    "    lifecycle: planned",
    "  - name: later_too",
    "    lifecycle: planned",
    "  - name: old_one",
    "    deprecated: true",
    "  - name: gone",
    "    deprecated: { replacement: busy }",
    "    removed: { since: \"3.0\" }",
    "  - name: gone_why",
    "    removed: { since: \"3.0\", reason: \"No longer needed.\" }",
  ].join("\n") + "\n",
  "beta.yaml": [
    "codes:",
    "  - name: busy",
    "    status: 429",
    "    retryable: yes",
    "    retry: { strategy: \"Back off; see RETRY-AFTER.\", retryAfter: true, schedule: [2s, 4s] }",
    "  - name: odd",
    "    retryable: yes",
    "    retry: { retryAfter: true }",
  ].join("\n") + "\n",
  "gamma.yaml": [
    "codes: []",
  ].join("\n") + "\n",
};

test("scoped catalog", () => {
  expect(view(SCOPED_CONFIG, SCOPED_SPECS)).toEqual({
    "notice": "N",
    "title": "T",
    "version": "0.0.0",
    "intro": "7 error codes in 3 domains, catalog version 0.0.0. Of these, 2 are deprecated and 2 are planned (not emitted yet). 2 codes were removed.",
    "csp": "default-src 'none'; style-src 'sha256-jeCzxH8RLFl0X3F6YmkyJkxCKnVjlUhy4jeyI69K1kM='; script-src 'sha256-baQ7lE5JToheaa8CH5PG2TMceKoigIRxFCkWClu9FbU='; img-src 'none'; base-uri 'none'; form-action 'none'",
    "style": "S",
    "script": "J",
    "total": "7",
    "domains": [
      {
        "value": "alpha",
        "label": "Alpha",
        "id": "domain--alpha",
        "count": "5 codes"
      },
      {
        "value": "beta",
        "label": "Beta",
        "id": "domain--beta",
        "count": "2 codes"
      },
      {
        "value": "gamma",
        "label": "Gamma",
        "id": "domain--gamma",
        "count": "0 codes"
      }
    ],
    "statuses": [
      {
        "value": "429",
        "label": "429"
      },
      {
        "value": "503",
        "label": "503"
      },
      {
        "value": "unstated",
        "label": "not stated"
      }
    ],
    "canonical": true,
    "hasRetry": true,
    "retryId": "retry--strategy",
    "retry": [
      "<tr><td data-label=\"Code\"><a href=\"#alpha-busy\"><code>alpha/busy</code></a></td><td data-label=\"Retryable\">Auto</td><td data-label=\"Strategy\">The platform retries by itself. Schedule: 1s.</td></tr>",
      "<tr><td data-label=\"Code\"><a href=\"#beta-busy\"><code>beta/busy</code></a></td><td data-label=\"Retryable\">Yes</td><td data-label=\"Strategy\">Back off; see RETRY-AFTER. Schedule: 2s, 4s.</td></tr>",
      "<tr><td data-label=\"Code\"><a href=\"#beta-odd\"><code>beta/odd</code></a></td><td data-label=\"Retryable\">Yes</td><td data-label=\"Strategy\">The client may retry. Honour the <code>Retry-After</code> header.</td></tr>"
    ],
    "sections": [
      {
        "id": "domain--alpha",
        "domain": "alpha",
        "headingId": "domain--alpha--h",
        "title": "Alpha",
        "description": "",
        "notes": "",
        "count": "5 codes",
        "hasCodes": true,
        "rows": [
          "<tr id=\"alpha-busy\" data-domain=\"alpha\" data-status=\"503\" data-retry=\"auto\" data-dep=\"no\"><td class=\"c-code\" data-label=\"Code\"><a class=\"code-name\" href=\"#alpha-busy\" title=\"Link to this code\"><code>busy</code></a> <button type=\"button\" class=\"copy\" data-anchor=\"alpha-busy\" aria-label=\"Copy link to busy\" hidden>Copy link</button></td><td class=\"c-http\" data-label=\"HTTP\">503</td><td class=\"c-canonical\" data-label=\"Canonical\">UNAVAILABLE</td><td class=\"c-retry\" data-label=\"Retry\"><span class=\"retry retry-auto\">Auto</span></td><td class=\"c-text\" data-label=\"Description\"><strong class=\"title\">Busy</strong><div class=\"marker fact-retry-schedule\"><strong>Retry schedule:</strong> 1s.</div></td></tr>",
          "<tr id=\"alpha-later\" data-domain=\"alpha\" data-status=\"unstated\" data-retry=\"unknown\" data-dep=\"no\"><td class=\"c-code\" data-label=\"Code\"><a class=\"code-name\" href=\"#alpha-later\" title=\"Link to this code\"><code>later</code></a> <span class=\"badge badge-planned\">planned</span> <button type=\"button\" class=\"copy\" data-anchor=\"alpha-later\" aria-label=\"Copy link to later\" hidden>Copy link</button></td><td class=\"c-http\" data-label=\"HTTP\">—</td><td class=\"c-canonical\" data-label=\"Canonical\">UNKNOWN</td><td class=\"c-retry\" data-label=\"Retry\"><span class=\"retry retry-unknown\">—</span></td><td class=\"c-text\" data-label=\"Description\"><strong class=\"title\">Later</strong><div class=\"marker fact-planned\"><strong>Planned:</strong> not emitted yet.</div></td></tr>",
          "<tr id=\"alpha-later-too\" data-domain=\"alpha\" data-status=\"unstated\" data-retry=\"unknown\" data-dep=\"no\"><td class=\"c-code\" data-label=\"Code\"><a class=\"code-name\" href=\"#alpha-later-too\" title=\"Link to this code\"><code>later<wbr>_too</code></a> <span class=\"badge badge-planned\">planned</span> <button type=\"button\" class=\"copy\" data-anchor=\"alpha-later-too\" aria-label=\"Copy link to later_too\" hidden>Copy link</button></td><td class=\"c-http\" data-label=\"HTTP\">—</td><td class=\"c-canonical\" data-label=\"Canonical\">UNKNOWN</td><td class=\"c-retry\" data-label=\"Retry\"><span class=\"retry retry-unknown\">—</span></td><td class=\"c-text\" data-label=\"Description\"><strong class=\"title\">Later too</strong><div class=\"marker fact-planned\"><strong>Planned:</strong> not emitted yet.</div></td></tr>",
          "<tr id=\"alpha-moved\" data-domain=\"alpha\" data-status=\"unstated\" data-retry=\"unknown\" data-dep=\"yes\"><td class=\"c-code\" data-label=\"Code\"><a class=\"code-name\" href=\"#alpha-moved\" title=\"Link to this code\"><code>moved</code></a> <span class=\"badge badge-deprecated\">deprecated</span> <button type=\"button\" class=\"copy\" data-anchor=\"alpha-moved\" aria-label=\"Copy link to moved\" hidden>Copy link</button></td><td class=\"c-http\" data-label=\"HTTP\">—</td><td class=\"c-canonical\" data-label=\"Canonical\">UNKNOWN</td><td class=\"c-retry\" data-label=\"Retry\"><span class=\"retry retry-unknown\">—</span></td><td class=\"c-text\" data-label=\"Description\"><strong class=\"title\">Moved</strong><div class=\"marker marker-deprecated\"><strong>Deprecated:</strong> use <a href=\"#beta-busy\"><code>beta/busy</code></a> instead (since 2.0).</div></td></tr>",
          "<tr id=\"alpha-old-one\" data-domain=\"alpha\" data-status=\"unstated\" data-retry=\"unknown\" data-dep=\"yes\"><td class=\"c-code\" data-label=\"Code\"><a class=\"code-name\" href=\"#alpha-old-one\" title=\"Link to this code\"><code>old<wbr>_one</code></a> <span class=\"badge badge-deprecated\">deprecated</span> <button type=\"button\" class=\"copy\" data-anchor=\"alpha-old-one\" aria-label=\"Copy link to old_one\" hidden>Copy link</button></td><td class=\"c-http\" data-label=\"HTTP\">—</td><td class=\"c-canonical\" data-label=\"Canonical\">UNKNOWN</td><td class=\"c-retry\" data-label=\"Retry\"><span class=\"retry retry-unknown\">—</span></td><td class=\"c-text\" data-label=\"Description\"><strong class=\"title\">Old one</strong><div class=\"marker marker-deprecated\"><strong>Deprecated:</strong> T no longer returns old_one.</div></td></tr>"
        ],
        "removed": [
          "<tr id=\"alpha-gone\" data-domain=\"alpha\" data-removed=\"yes\"><td class=\"c-code\" data-label=\"Code\"><a class=\"code-name\" href=\"#alpha-gone\"><code>gone</code></a> <span class=\"badge badge-removed\">removed</span></td><td data-label=\"Removed in\">3.0</td><td class=\"c-text\" data-label=\"Instead\"><strong class=\"title\">Gone</strong> Use <a href=\"#alpha-busy\"><code>busy</code></a> instead.</td></tr>",
          "<tr id=\"alpha-gone-why\" data-domain=\"alpha\" data-removed=\"yes\"><td class=\"c-code\" data-label=\"Code\"><a class=\"code-name\" href=\"#alpha-gone-why\"><code>gone<wbr>_why</code></a> <span class=\"badge badge-removed\">removed</span></td><td data-label=\"Removed in\">3.0</td><td class=\"c-text\" data-label=\"Instead\"><strong class=\"title\">Gone why</strong> No longer needed.</td></tr>"
        ]
      },
      {
        "id": "domain--beta",
        "domain": "beta",
        "headingId": "domain--beta--h",
        "title": "Beta",
        "description": "",
        "notes": "",
        "count": "2 codes",
        "hasCodes": true,
        "rows": [
          "<tr id=\"beta-busy\" data-domain=\"beta\" data-status=\"429\" data-retry=\"yes\" data-dep=\"no\"><td class=\"c-code\" data-label=\"Code\"><a class=\"code-name\" href=\"#beta-busy\" title=\"Link to this code\"><code>busy</code></a> <button type=\"button\" class=\"copy\" data-anchor=\"beta-busy\" aria-label=\"Copy link to busy\" hidden>Copy link</button></td><td class=\"c-http\" data-label=\"HTTP\">429</td><td class=\"c-canonical\" data-label=\"Canonical\">RESOURCE_EXHAUSTED</td><td class=\"c-retry\" data-label=\"Retry\"><span class=\"retry retry-yes\">Yes, honours Retry-After</span></td><td class=\"c-text\" data-label=\"Description\"><strong class=\"title\">Busy</strong><div class=\"marker fact-retry-strategy\"><strong>Retry strategy:</strong> <p>Back off; see RETRY-AFTER.</p></div><div class=\"marker fact-retry-schedule\"><strong>Retry schedule:</strong> 2s, 4s.</div></td></tr>",
          "<tr id=\"beta-odd\" data-domain=\"beta\" data-status=\"unstated\" data-retry=\"yes\" data-dep=\"no\"><td class=\"c-code\" data-label=\"Code\"><a class=\"code-name\" href=\"#beta-odd\" title=\"Link to this code\"><code>odd</code></a> <button type=\"button\" class=\"copy\" data-anchor=\"beta-odd\" aria-label=\"Copy link to odd\" hidden>Copy link</button></td><td class=\"c-http\" data-label=\"HTTP\">—</td><td class=\"c-canonical\" data-label=\"Canonical\">UNKNOWN</td><td class=\"c-retry\" data-label=\"Retry\"><span class=\"retry retry-yes\">Yes, honours Retry-After</span></td><td class=\"c-text\" data-label=\"Description\"><strong class=\"title\">Odd</strong></td></tr>"
        ]
      },
      {
        "id": "domain--gamma",
        "domain": "gamma",
        "headingId": "domain--gamma--h",
        "title": "Gamma",
        "description": "",
        "notes": "",
        "count": "0 codes",
        "hasCodes": false,
        "rows": []
      }
    ]
  });
});

/** Catalog notes and an envelope with descriptions (an error body section), a code with a cause only. */
const SMALL_CONFIG = "title: Small\nnotes: Quote the request id.\nenvelope:\n  preset: aip193\n  descriptions:\n    code: The code.\n";
const SMALL_SPECS: Record<string, string> = {
  "one.yaml": [
    "codes:",
    "  - name: A_B",
    "    status: 404",
    "    title: Custom title",
  ].join("\n") + "\n",
  "two.yaml": [
    "codes:",
    "  - name: C_D",
    "    cause: Because.",
  ].join("\n") + "\n",
};

test("small catalog", () => {
  expect(view(SMALL_CONFIG, SMALL_SPECS)).toEqual({
    "notice": "N",
    "title": "Small",
    "version": "0.0.0",
    "intro": "2 error codes in 2 domains, catalog version 0.0.0.",
    "catalogNotes": "Quote the request id.",
    "errorBody": {
      "contentType": "application/json",
      "members": [
        {
          "member": "code",
          "path": "error.details.0.reason",
          "description": "The code."
        },
        {
          "member": "message",
          "path": "error.message",
          "description": "Human-readable message; match on the code, not on this text."
        },
        {
          "member": "status",
          "path": "error.code",
          "description": "The HTTP status code of the response."
        },
        {
          "member": "details",
          "path": "error.details.0.metadata",
          "description": "Details; their shape depends on the code."
        },
        {
          "member": "canonical",
          "path": "error.status",
          "description": "Canonical status name (google.rpc.Code)."
        }
      ],
      "constants": [
        {
          "path": "error.details.0.@type",
          "json": "\"type.googleapis.com/google.rpc.ErrorInfo\""
        }
      ],
      "example": "{\n  \"error\": {\n    \"details\": [\n      {\n        \"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\",\n        \"reason\": \"A_B\"\n      }\n    ],\n    \"message\": \"Custom title\",\n    \"code\": 404,\n    \"status\": \"NOT_FOUND\"\n  }\n}"
    },
    "csp": "default-src 'none'; style-src 'sha256-jeCzxH8RLFl0X3F6YmkyJkxCKnVjlUhy4jeyI69K1kM='; script-src 'sha256-baQ7lE5JToheaa8CH5PG2TMceKoigIRxFCkWClu9FbU='; img-src 'none'; base-uri 'none'; form-action 'none'",
    "style": "S",
    "script": "J",
    "total": "2",
    "domains": [
      {
        "value": "one",
        "label": "One",
        "id": "domain--one",
        "count": "1 code"
      },
      {
        "value": "two",
        "label": "Two",
        "id": "domain--two",
        "count": "1 code"
      }
    ],
    "statuses": [
      {
        "value": "404",
        "label": "404"
      },
      {
        "value": "unstated",
        "label": "not stated"
      }
    ],
    "canonical": true,
    "hasRetry": false,
    "retryId": "retry--strategy",
    "retry": [],
    "sections": [
      {
        "id": "domain--one",
        "domain": "one",
        "headingId": "domain--one--h",
        "title": "One",
        "description": "",
        "notes": "",
        "count": "1 code",
        "hasCodes": true,
        "rows": [
          "<tr id=\"a-b\" data-domain=\"one\" data-status=\"404\" data-retry=\"unknown\" data-dep=\"no\"><td class=\"c-code\" data-label=\"Code\"><a class=\"code-name\" href=\"#a-b\" title=\"Link to this code\"><code>A<wbr>_B</code></a> <button type=\"button\" class=\"copy\" data-anchor=\"a-b\" aria-label=\"Copy link to A_B\" hidden>Copy link</button></td><td class=\"c-http\" data-label=\"HTTP\">404</td><td class=\"c-canonical\" data-label=\"Canonical\">NOT_FOUND</td><td class=\"c-retry\" data-label=\"Retry\"><span class=\"retry retry-unknown\">—</span></td><td class=\"c-text\" data-label=\"Description\"><strong class=\"title\">Custom title</strong></td></tr>"
        ]
      },
      {
        "id": "domain--two",
        "domain": "two",
        "headingId": "domain--two--h",
        "title": "Two",
        "description": "",
        "notes": "",
        "count": "1 code",
        "hasCodes": true,
        "rows": [
          "<tr id=\"c-d\" data-domain=\"two\" data-status=\"unstated\" data-retry=\"unknown\" data-dep=\"no\"><td class=\"c-code\" data-label=\"Code\"><a class=\"code-name\" href=\"#c-d\" title=\"Link to this code\"><code>C<wbr>_D</code></a> <button type=\"button\" class=\"copy\" data-anchor=\"c-d\" aria-label=\"Copy link to C_D\" hidden>Copy link</button></td><td class=\"c-http\" data-label=\"HTTP\">—</td><td class=\"c-canonical\" data-label=\"Canonical\">UNKNOWN</td><td class=\"c-retry\" data-label=\"Retry\"><span class=\"retry retry-unknown\">—</span></td><td class=\"c-text\" data-label=\"Description\"><strong class=\"title\">C d</strong><div class=\"marker fact-cause\"><strong>Cause:</strong> <p>Because.</p></div></td></tr>"
        ]
      }
    ]
  });
});

/** Details of every type (enums, lists and maps of objects and enums, required, described), tags, an alias, several and varying statuses, retry sentences. */
const SHAPES_CONFIG = "title: Shapes\nversion: \"2.0.0\"";
const SHAPES_SPECS: Record<string, string> = {
  "shapes.yaml": [
    "codes:",
    "  - name: BAD_INPUT",
    "    status: [400, 422]",
    "    tags: [input, client]",
    "    details:",
    "      field: { type: string, required: true, description: The field. }",
    "      mode: { type: enum, values: [strict, lax] }",
    "      issues: { type: list, of: { type: object, fields: { path: string, kinds: { type: list, of: { type: enum, values: [x, y] } } } } }",
    "      counts: { type: map, of: integer }",
    "      nested: { type: object, fields: { inner: boolean } }",
    "      byKey: { type: map, of: { type: object, fields: { v: integer } } }",
    "      modes: { type: map, of: { type: enum, values: [p, q] } }",
    "  - name: ODD",
    "    status: { varies: [409, 400] }",
    "    retryable: no",
    "    retry: { schedule: [1s] }",
    "  - name: WHATEVER",
    "    status: varies",
    "    aliasOf: ODD",
    "  - name: AUTO",
    "    retryable: auto",
    "    retry: { retryAfter: true }",
    "  - name: UNSURE",
    "    status: 401",
    "    retry: { schedule: [1m, 1h] }",
    "  - name: NEVER",
    "    retryable: no",
    "    retry: { retryAfter: true, strategy: \"Do not. Really.\" }",
  ].join("\n") + "\n",
};

test("shapes catalog", () => {
  expect(view(SHAPES_CONFIG, SHAPES_SPECS)).toEqual({
    "notice": "N",
    "title": "Shapes",
    "version": "2.0.0",
    "intro": "6 error codes in 1 domain, catalog version 2.0.0.",
    "csp": "default-src 'none'; style-src 'sha256-jeCzxH8RLFl0X3F6YmkyJkxCKnVjlUhy4jeyI69K1kM='; script-src 'sha256-baQ7lE5JToheaa8CH5PG2TMceKoigIRxFCkWClu9FbU='; img-src 'none'; base-uri 'none'; form-action 'none'",
    "style": "S",
    "script": "J",
    "total": "6",
    "domains": [
      {
        "value": "shapes",
        "label": "Shapes",
        "id": "domain--shapes",
        "count": "6 codes"
      }
    ],
    "statuses": [
      {
        "value": "400",
        "label": "400"
      },
      {
        "value": "401",
        "label": "401"
      },
      {
        "value": "409",
        "label": "409"
      },
      {
        "value": "422",
        "label": "422"
      },
      {
        "value": "varies",
        "label": "varies"
      },
      {
        "value": "unstated",
        "label": "not stated"
      }
    ],
    "canonical": false,
    "hasRetry": true,
    "retryId": "retry--strategy",
    "retry": [
      "<tr><td data-label=\"Code\"><a href=\"#auto\"><code>AUTO</code></a></td><td data-label=\"Retryable\">Auto</td><td data-label=\"Strategy\">The platform retries by itself. Honour the <code>Retry-After</code> header.</td></tr>",
      "<tr><td data-label=\"Code\"><a href=\"#never\"><code>NEVER</code></a></td><td data-label=\"Retryable\">No</td><td data-label=\"Strategy\">Do not. Really. Honour the <code>Retry-After</code> header.</td></tr>",
      "<tr><td data-label=\"Code\"><a href=\"#odd\"><code>ODD</code></a></td><td data-label=\"Retryable\">No</td><td data-label=\"Strategy\">Do not retry. Schedule: 1s.</td></tr>",
      "<tr><td data-label=\"Code\"><a href=\"#unsure\"><code>UNSURE</code></a></td><td data-label=\"Retryable\">—</td><td data-label=\"Strategy\"> Schedule: 1m, 1h.</td></tr>",
      "<tr><td data-label=\"Code\"><a href=\"#whatever\"><code>WHATEVER</code></a></td><td data-label=\"Retryable\">No</td><td data-label=\"Strategy\">Do not retry. Schedule: 1s.</td></tr>"
    ],
    "sections": [
      {
        "id": "domain--shapes",
        "domain": "shapes",
        "headingId": "domain--shapes--h",
        "title": "Shapes",
        "description": "",
        "notes": "",
        "count": "6 codes",
        "hasCodes": true,
        "rows": [
          "<tr id=\"auto\" data-domain=\"shapes\" data-status=\"unstated\" data-retry=\"auto\" data-dep=\"no\"><td class=\"c-code\" data-label=\"Code\"><a class=\"code-name\" href=\"#auto\" title=\"Link to this code\"><code>AUTO</code></a> <button type=\"button\" class=\"copy\" data-anchor=\"auto\" aria-label=\"Copy link to AUTO\" hidden>Copy link</button></td><td class=\"c-http\" data-label=\"HTTP\">—</td><td class=\"c-retry\" data-label=\"Retry\"><span class=\"retry retry-auto\">Auto, honours Retry-After</span></td><td class=\"c-text\" data-label=\"Description\"><strong class=\"title\">Auto</strong></td></tr>",
          "<tr id=\"bad-input\" data-domain=\"shapes\" data-status=\"400 422\" data-retry=\"unknown\" data-dep=\"no\"><td class=\"c-code\" data-label=\"Code\"><a class=\"code-name\" href=\"#bad-input\" title=\"Link to this code\"><code>BAD<wbr>_INPUT</code></a> <button type=\"button\" class=\"copy\" data-anchor=\"bad-input\" aria-label=\"Copy link to BAD_INPUT\" hidden>Copy link</button></td><td class=\"c-http\" data-label=\"HTTP\">400, 422</td><td class=\"c-retry\" data-label=\"Retry\"><span class=\"retry retry-unknown\">—</span></td><td class=\"c-text\" data-label=\"Description\"><strong class=\"title\">Bad input</strong><div class=\"marker fact-details\"><strong>Details:</strong> byKey, counts, field (required), issues, mode, modes, nested.<ul class=\"fields\"><li><code>byKey</code> <span class=\"type\">map of object</span><ul class=\"fields\"><li><code>v</code> <span class=\"type\">integer</span></li></ul></li><li><code>counts</code> <span class=\"type\">map of integer</span></li><li><code>field</code> <span class=\"type\">string</span> <span class=\"req\">required</span> — The field.</li><li><code>issues</code> <span class=\"type\">list of object</span><ul class=\"fields\"><li><code>kinds</code> <span class=\"type\">list of enum</span>: <code>x</code>, <code>y</code></li><li><code>path</code> <span class=\"type\">string</span></li></ul></li><li><code>mode</code> <span class=\"type\">enum</span>: <code>strict</code>, <code>lax</code></li><li><code>modes</code> <span class=\"type\">map of enum</span>: <code>p</code>, <code>q</code></li><li><code>nested</code> <span class=\"type\">object</span><ul class=\"fields\"><li><code>inner</code> <span class=\"type\">boolean</span></li></ul></li></ul></div><div class=\"marker\"><span class=\"tag\">client</span> <span class=\"tag\">input</span></div></td></tr>",
          "<tr id=\"never\" data-domain=\"shapes\" data-status=\"unstated\" data-retry=\"no\" data-dep=\"no\"><td class=\"c-code\" data-label=\"Code\"><a class=\"code-name\" href=\"#never\" title=\"Link to this code\"><code>NEVER</code></a> <button type=\"button\" class=\"copy\" data-anchor=\"never\" aria-label=\"Copy link to NEVER\" hidden>Copy link</button></td><td class=\"c-http\" data-label=\"HTTP\">—</td><td class=\"c-retry\" data-label=\"Retry\"><span class=\"retry retry-no\">No, honours Retry-After</span></td><td class=\"c-text\" data-label=\"Description\"><strong class=\"title\">Never</strong><div class=\"marker fact-retry-strategy\"><strong>Retry strategy:</strong> <p>Do not. Really.</p></div></td></tr>",
          "<tr id=\"odd\" data-domain=\"shapes\" data-status=\"varies 400 409\" data-retry=\"no\" data-dep=\"no\"><td class=\"c-code\" data-label=\"Code\"><a class=\"code-name\" href=\"#odd\" title=\"Link to this code\"><code>ODD</code></a> <button type=\"button\" class=\"copy\" data-anchor=\"odd\" aria-label=\"Copy link to ODD\" hidden>Copy link</button></td><td class=\"c-http\" data-label=\"HTTP\">varies (400, 409)</td><td class=\"c-retry\" data-label=\"Retry\"><span class=\"retry retry-no\">No</span></td><td class=\"c-text\" data-label=\"Description\"><strong class=\"title\">Odd</strong><div class=\"marker fact-retry-schedule\"><strong>Retry schedule:</strong> 1s.</div></td></tr>",
          "<tr id=\"unsure\" data-domain=\"shapes\" data-status=\"401\" data-retry=\"unknown\" data-dep=\"no\"><td class=\"c-code\" data-label=\"Code\"><a class=\"code-name\" href=\"#unsure\" title=\"Link to this code\"><code>UNSURE</code></a> <button type=\"button\" class=\"copy\" data-anchor=\"unsure\" aria-label=\"Copy link to UNSURE\" hidden>Copy link</button></td><td class=\"c-http\" data-label=\"HTTP\">401</td><td class=\"c-retry\" data-label=\"Retry\"><span class=\"retry retry-unknown\">—</span></td><td class=\"c-text\" data-label=\"Description\"><strong class=\"title\">Unsure</strong><div class=\"marker fact-retry-schedule\"><strong>Retry schedule:</strong> 1m, 1h.</div></td></tr>",
          "<tr id=\"whatever\" data-domain=\"shapes\" data-status=\"varies\" data-retry=\"no\" data-dep=\"no\"><td class=\"c-code\" data-label=\"Code\"><a class=\"code-name\" href=\"#whatever\" title=\"Link to this code\"><code>WHATEVER</code></a> <span class=\"badge badge-alias\">alias</span> <button type=\"button\" class=\"copy\" data-anchor=\"whatever\" aria-label=\"Copy link to WHATEVER\" hidden>Copy link</button></td><td class=\"c-http\" data-label=\"HTTP\">varies</td><td class=\"c-retry\" data-label=\"Retry\"><span class=\"retry retry-no\">No</span></td><td class=\"c-text\" data-label=\"Description\"><strong class=\"title\">Whatever</strong><div class=\"marker fact-retry-schedule\"><strong>Retry schedule:</strong> 1s.</div><div class=\"marker fact-alias\"><strong>Alias:</strong> the same error as <a href=\"#odd\"><code>ODD</code></a> under another name.</div></td></tr>"
        ]
      }
    ]
  });
});

test("every code with a stated status: no `varies` or `not stated` filter choice", () => {
  const v = pageView(catalogOf("", { "core.yaml": "codes:\n  - name: B\n    status: [503, 404]\n  - name: A\n    status: 429\n" }), "N", "S", "J");
  expect(v.statuses).toEqual([
    { value: "404", label: "404" },
    { value: "429", label: "429" },
    { value: "503", label: "503" },
  ]);
  expect({ hasRetry: v.hasRetry, retry: v.retry, canonical: v.canonical, intro: v.intro }).toEqual({ hasRetry: false, retry: [], canonical: false, intro: "2 error codes in 1 domain, catalog version 0.0.0." });
});

test("the sections are built when read: an array of one per domain, each read a fresh build, so one domain's rows exist at a time", () => {
  const v = pageView(catalogOf(PAY_CONFIG, PAY_SPECS), "N", "S", "J");
  expect(Array.isArray(v.sections)).toBe(true);
  expect(v.sections).toHaveLength(2);
  expect(Object.isFrozen(v.sections)).toBe(true);
  const first = v.sections[0]!;
  expect(v.sections[0]).not.toBe(first);
  expect(v.sections[0]).toEqual(first);
  expect(v.sections.map((s) => s.domain)).toEqual(["auth", "billing"]);
});
