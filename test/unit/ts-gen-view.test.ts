// The TypeScript generator's logic (generators/ts.ts), exact and in process, apart from the
// templates: the view the templates get (moduleView) for each option and several envelopes,
// the status exports' refusals, the naming schemes memberCase adds, and the files it writes
// besides the templates' (package.json, index.cjs, tsconfig.json). The templates' own bytes
// are left to the golden loop.
import { expect, test } from "vitest";
import ts, { moduleView } from "../../generators/ts.js";
import type { Catalog } from "../../src/catalog/model.js";
import type { Generator, GeneratorNaming } from "../../src/generate/plugin.js";
import { catalogOf, generateWith } from "./catalog-support.js";
import { thrownMessage } from "./thrown.js";

const gen = ts as Generator<unknown>;
const view = (catalog: Catalog, options: Record<string, unknown>) => JSON.parse(JSON.stringify(moduleView(catalog, gen.parseOptions(options) as never, "N"))) as unknown;

const refusal = (catalog: Catalog, options: Record<string, unknown>): string | undefined => thrownMessage(() => moduleView(catalog, gen.parseOptions(options) as never, "N"));

/** Unique names, an RFC 9457 envelope (inline details) with member descriptions, catalog defaults, package metadata, upstream codes of two providers, a written canonical code, a deprecation, a planned code and an alias. */
const T1_CONFIG = "title: Ts API\nversion: \"3.1.0\"\nlicense: MIT\nrepository: https://example.com/r\nkeywords: [errs, api]\ndefaults:\n  unknownRetryable: yes\nenvelope:\n  preset: rfc9457\n  descriptions:\n    title: The title.\n    requestId: Never set.\n";
const T1_SPECS: Record<string, string> = {
  "main.yaml": [
    "codes:",
    "  - name: A_ONE",
    "    status: 404",
    "    details:",
    "      id: { type: string, required: true }",
    "    upstream:",
    "      stripe: [card_declined, expired_card]",
    "      \"Meta (WhatsApp Cloud API)\": [\"131047\"]",
    "  - name: B_TWO",
    "    status: { varies: [400, 409] }",
    "    canonical: NOT_FOUND",
    "    deprecated: { replacement: A_ONE }",
    "  - name: C_PLAN",
    "    lifecycle: planned",
    "    surfacesAs: A_ONE",
    "    retryable: no",
    "  - name: D_ALIAS",
    "    aliasOf: A_ONE",
  ].join("\n") + "\n",
};

test("t1 catalog, options {}", () => {
  expect(view(catalogOf(T1_CONFIG, T1_SPECS), {})).toEqual({
    "notice": "N",
    "typeName": "ErrorCode",
    "unknownRetryable": "yes",
    "typeAliases": [],
    "keyTypeAliases": [],
    "statusExports": null,
    "enumStyle": true,
    "domainScoped": false,
    "catalogDoc": [
      {
        "parts": [
          "Error codes of Ts API, catalog version 3.1.0."
        ]
      }
    ],
    "domains": [
      "main"
    ],
    "envelope": {
      "paths": [
        {
          "name": "code",
          "path": [
            "code"
          ]
        },
        {
          "name": "message",
          "path": [
            "detail"
          ]
        },
        {
          "name": "status",
          "path": [
            "status"
          ]
        },
        {
          "name": "title",
          "path": [
            "title"
          ]
        },
        {
          "name": "requestId",
          "path": [
            "instance"
          ]
        },
        {
          "name": "docsUrl",
          "path": [
            "type"
          ]
        }
      ],
      "detailsShape": "inline",
      "inline": true,
      "indexed": false,
      "itemMatches": [],
      "constants": [],
      "envelopeKeys": [
        "code",
        "detail",
        "instance",
        "status",
        "title",
        "type"
      ],
      "memberDocs": {
        "title": [
          {
            "parts": [
              "The title."
            ]
          }
        ],
        "docsUrl": [],
        "domain": [],
        "requestId": [
          {
            "parts": [
              "Never set."
            ]
          }
        ],
        "timestamp": []
      }
    },
    "canonical": true,
    "canonicalRows": [
      {
        "key": "main/A_ONE",
        "name": "NOT_FOUND"
      },
      {
        "key": "main/B_TWO",
        "name": "NOT_FOUND"
      },
      {
        "key": "main/C_PLAN",
        "name": "UNKNOWN"
      },
      {
        "key": "main/D_ALIAS",
        "name": "NOT_FOUND"
      }
    ],
    "detailsByWire": true,
    "detailsList": false,
    "noDetails": true,
    "listDetails": [],
    "planned": [
      "C_PLAN"
    ],
    "aliases": [
      {
        "wire": "D_ALIAS",
        "target": "A_ONE"
      }
    ],
    "upstream": [
      [
        "meta-whatsapp-cloud-api",
        "131047",
        "A_ONE"
      ],
      [
        "Meta (WhatsApp Cloud API)",
        "131047",
        "A_ONE"
      ],
      [
        "stripe",
        "card_declined",
        "A_ONE"
      ],
      [
        "stripe",
        "expired_card",
        "A_ONE"
      ]
    ],
    "codes": [
      {
        "member": "A_ONE",
        "name": "A_ONE",
        "doc": [
          {
            "parts": [
              "",
              "",
              "A one."
            ]
          },
          {
            "parts": [
              "",
              "",
              "HTTP 404.",
              " ",
              "Canonical code: ",
              "NOT_FOUND."
            ]
          },
          {
            "parts": [
              "",
              "Details: ",
              "id (required)."
            ]
          },
          {
            "parts": [
              "",
              "",
              "Upstream Meta (WhatsApp Cloud API) codes: 131047."
            ]
          },
          {
            "parts": [
              "",
              "",
              "Upstream stripe codes: card_declined, expired_card."
            ]
          }
        ],
        "domain": "main",
        "title": "A one",
        "status": 404,
        "statuses": [
          404
        ],
        "statusVaries": false,
        "retryable": "unknown",
        "retryAfter": false,
        "deprecated": false,
        "lifecycle": "live",
        "details": [
          {
            "name": "id",
            "type": {
              "kind": "string"
            },
            "required": true
          }
        ],
        "listDetails": false
      },
      {
        "member": "B_TWO",
        "name": "B_TWO",
        "doc": [
          {
            "parts": [
              "",
              "",
              "B two."
            ]
          },
          {
            "parts": [
              "",
              "",
              "HTTP status varies (400, 409).",
              " ",
              "Canonical code: ",
              "NOT_FOUND."
            ]
          },
          {
            "tag": "deprecated",
            "parts": [
              "use ",
              {
                "link": "ErrorCode.A_ONE"
              },
              " instead",
              "."
            ]
          }
        ],
        "domain": "main",
        "title": "B two",
        "statuses": [
          400,
          409
        ],
        "statusVaries": true,
        "retryable": "unknown",
        "retryAfter": false,
        "deprecated": true,
        "replacement": "A_ONE",
        "lifecycle": "live",
        "details": [],
        "listDetails": false
      },
      {
        "member": "C_PLAN",
        "name": "C_PLAN",
        "doc": [
          {
            "parts": [
              "",
              "",
              "C plan."
            ]
          },
          {
            "parts": [
              "",
              "Canonical code: ",
              "UNKNOWN.",
              " ",
              "",
              "Not retryable."
            ]
          },
          {
            "parts": [
              "",
              "Planned: ",
              "not emitted yet; clients see ",
              {
                "link": "ErrorCode.A_ONE"
              },
              " until it ships."
            ]
          }
        ],
        "domain": "main",
        "title": "C plan",
        "statuses": [],
        "statusVaries": false,
        "retryable": "no",
        "retryAfter": false,
        "deprecated": false,
        "lifecycle": "planned",
        "surfacesAs": "A_ONE",
        "details": [],
        "listDetails": false
      },
      {
        "member": "D_ALIAS",
        "name": "D_ALIAS",
        "doc": [
          {
            "parts": [
              "",
              "",
              "D alias."
            ]
          },
          {
            "parts": [
              "",
              "",
              "HTTP 404.",
              " ",
              "Canonical code: ",
              "NOT_FOUND."
            ]
          },
          {
            "parts": [
              "",
              "Details: ",
              "id (required)."
            ]
          },
          {
            "parts": [
              "",
              "Alias: ",
              "the same error as ",
              {
                "link": "ErrorCode.A_ONE"
              },
              " under another name."
            ]
          }
        ],
        "domain": "main",
        "title": "D alias",
        "status": 404,
        "statuses": [
          404
        ],
        "statusVaries": false,
        "retryable": "unknown",
        "retryAfter": false,
        "deprecated": false,
        "aliasOf": "A_ONE",
        "lifecycle": "live",
        "details": [
          {
            "name": "id",
            "type": {
              "kind": "string"
            },
            "required": true
          }
        ],
        "listDetails": false
      }
    ]
  });
});

test("t1 catalog, options {\"memberCase\": \"PascalCase\", \"style\": \"const\", \"typeName\": \"Code\", \"moduleDoc\": \"Doc.\", \"statusMaps\": [\"S\"], \"statusFunctions\": [\"f\", \"g\"], \"typeAliases\": [\"TA\"], \"keyTypeAliases\": [\"KA\"]}", () => {
  expect(view(catalogOf(T1_CONFIG, T1_SPECS), {"memberCase": "PascalCase", "style": "const", "typeName": "Code", "moduleDoc": "Doc.", "statusMaps": ["S"], "statusFunctions": ["f", "g"], "typeAliases": ["TA"], "keyTypeAliases": ["KA"]})).toEqual({
    "notice": "N",
    "typeName": "Code",
    "unknownRetryable": "yes",
    "typeAliases": [
      "TA"
    ],
    "keyTypeAliases": [
      "KA"
    ],
    "statusExports": {
      "typeName": "Code",
      "maps": [
        "S"
      ],
      "functions": [
        "f",
        "g"
      ],
      "rows": [
        [
          "A_ONE",
          404
        ],
        [
          "D_ALIAS",
          404
        ]
      ],
      "complete": false
    },
    "enumStyle": false,
    "domainScoped": false,
    "catalogDoc": [
      {
        "parts": [
          "Doc."
        ]
      }
    ],
    "domains": [
      "main"
    ],
    "envelope": {
      "paths": [
        {
          "name": "code",
          "path": [
            "code"
          ]
        },
        {
          "name": "message",
          "path": [
            "detail"
          ]
        },
        {
          "name": "status",
          "path": [
            "status"
          ]
        },
        {
          "name": "title",
          "path": [
            "title"
          ]
        },
        {
          "name": "requestId",
          "path": [
            "instance"
          ]
        },
        {
          "name": "docsUrl",
          "path": [
            "type"
          ]
        }
      ],
      "detailsShape": "inline",
      "inline": true,
      "indexed": false,
      "itemMatches": [],
      "constants": [],
      "envelopeKeys": [
        "code",
        "detail",
        "instance",
        "status",
        "title",
        "type"
      ],
      "memberDocs": {
        "title": [
          {
            "parts": [
              "The title."
            ]
          }
        ],
        "docsUrl": [],
        "domain": [],
        "requestId": [
          {
            "parts": [
              "Never set."
            ]
          }
        ],
        "timestamp": []
      }
    },
    "canonical": true,
    "canonicalRows": [
      {
        "key": "main/A_ONE",
        "name": "NOT_FOUND"
      },
      {
        "key": "main/B_TWO",
        "name": "NOT_FOUND"
      },
      {
        "key": "main/C_PLAN",
        "name": "UNKNOWN"
      },
      {
        "key": "main/D_ALIAS",
        "name": "NOT_FOUND"
      }
    ],
    "detailsByWire": false,
    "detailsList": false,
    "noDetails": true,
    "listDetails": [],
    "planned": [
      "CPlan"
    ],
    "aliases": [
      {
        "wire": "D_ALIAS",
        "target": "AOne"
      }
    ],
    "upstream": [
      [
        "meta-whatsapp-cloud-api",
        "131047",
        "AOne"
      ],
      [
        "Meta (WhatsApp Cloud API)",
        "131047",
        "AOne"
      ],
      [
        "stripe",
        "card_declined",
        "AOne"
      ],
      [
        "stripe",
        "expired_card",
        "AOne"
      ]
    ],
    "codes": [
      {
        "member": "AOne",
        "name": "A_ONE",
        "doc": [
          {
            "parts": [
              "",
              "",
              "A one."
            ]
          },
          {
            "parts": [
              "",
              "",
              "HTTP 404.",
              " ",
              "Canonical code: ",
              "NOT_FOUND."
            ]
          },
          {
            "parts": [
              "",
              "Details: ",
              "id (required)."
            ]
          },
          {
            "parts": [
              "",
              "",
              "Upstream Meta (WhatsApp Cloud API) codes: 131047."
            ]
          },
          {
            "parts": [
              "",
              "",
              "Upstream stripe codes: card_declined, expired_card."
            ]
          }
        ],
        "domain": "main",
        "title": "A one",
        "status": 404,
        "statuses": [
          404
        ],
        "statusVaries": false,
        "retryable": "unknown",
        "retryAfter": false,
        "deprecated": false,
        "lifecycle": "live",
        "details": [
          {
            "name": "id",
            "type": {
              "kind": "string"
            },
            "required": true
          }
        ],
        "listDetails": false
      },
      {
        "member": "BTwo",
        "name": "B_TWO",
        "doc": [
          {
            "parts": [
              "",
              "",
              "B two."
            ]
          },
          {
            "parts": [
              "",
              "",
              "HTTP status varies (400, 409).",
              " ",
              "Canonical code: ",
              "NOT_FOUND."
            ]
          },
          {
            "tag": "deprecated",
            "parts": [
              "use ",
              {
                "link": "Code.AOne"
              },
              " instead",
              "."
            ]
          }
        ],
        "domain": "main",
        "title": "B two",
        "statuses": [
          400,
          409
        ],
        "statusVaries": true,
        "retryable": "unknown",
        "retryAfter": false,
        "deprecated": true,
        "replacement": "AOne",
        "lifecycle": "live",
        "details": [],
        "listDetails": false
      },
      {
        "member": "CPlan",
        "name": "C_PLAN",
        "doc": [
          {
            "parts": [
              "",
              "",
              "C plan."
            ]
          },
          {
            "parts": [
              "",
              "Canonical code: ",
              "UNKNOWN.",
              " ",
              "",
              "Not retryable."
            ]
          },
          {
            "parts": [
              "",
              "Planned: ",
              "not emitted yet; clients see ",
              {
                "link": "Code.AOne"
              },
              " until it ships."
            ]
          }
        ],
        "domain": "main",
        "title": "C plan",
        "statuses": [],
        "statusVaries": false,
        "retryable": "no",
        "retryAfter": false,
        "deprecated": false,
        "lifecycle": "planned",
        "surfacesAs": "AOne",
        "details": [],
        "listDetails": false
      },
      {
        "member": "DAlias",
        "name": "D_ALIAS",
        "doc": [
          {
            "parts": [
              "",
              "",
              "D alias."
            ]
          },
          {
            "parts": [
              "",
              "",
              "HTTP 404.",
              " ",
              "Canonical code: ",
              "NOT_FOUND."
            ]
          },
          {
            "parts": [
              "",
              "Details: ",
              "id (required)."
            ]
          },
          {
            "parts": [
              "",
              "Alias: ",
              "the same error as ",
              {
                "link": "Code.AOne"
              },
              " under another name."
            ]
          }
        ],
        "domain": "main",
        "title": "D alias",
        "status": 404,
        "statuses": [
          404
        ],
        "statusVaries": false,
        "retryable": "unknown",
        "retryAfter": false,
        "deprecated": false,
        "aliasOf": "AOne",
        "lifecycle": "live",
        "details": [
          {
            "name": "id",
            "type": {
              "kind": "string"
            },
            "required": true
          }
        ],
        "listDetails": false
      }
    ]
  });
});

test.each<[Record<string, unknown>, string]>([
  [{"statusMaps": ["ErrorCodeInfo"]}, "statusMaps/statusFunctions: ErrorCodeInfo is already a name of the generated module; choose another"],
  [{"statusFunctions": ["isErrorCode"]}, "statusMaps/statusFunctions: isErrorCode is already a name of the generated module; choose another"],
  [{"statusMaps": ["X"], "statusFunctions": ["X"]}, "statusMaps/statusFunctions: X is already a name of the generated module; choose another"],
  [{"typeAliases": ["S"], "statusMaps": ["S"]}, "statusMaps/statusFunctions: S is already a name of the generated module; choose another"],
  [{"keyTypeAliases": ["K"], "statusFunctions": ["K"]}, "statusMaps/statusFunctions: K is already a name of the generated module; choose another"],
  [{"statusMaps": ["getErrorCodeInfo"]}, "statusMaps/statusFunctions: getErrorCodeInfo is already a name of the generated module; choose another"],
  [{"statusMaps": ["ERROR_CODE_INFO"]}, "statusMaps/statusFunctions: ERROR_CODE_INFO is already a name of the generated module; choose another"],
  [{"statusFunctions": ["ErrorCodeKey"]}, "statusMaps/statusFunctions: ErrorCodeKey is already a name of the generated module; choose another"],
  [{"statusMaps": ["ErrorCode"]}, "statusMaps/statusFunctions: ErrorCode is already a name of the generated module; choose another"],
  [{"typeName": "Code", "statusMaps": ["CODE_INFO", "ErrorCodeInfo"]}, "statusMaps/statusFunctions: CODE_INFO is already a name of the generated module; choose another"],
])("t1 catalog: status exports %j are refused", (options, message) => {
  expect(refusal(catalogOf(T1_CONFIG, T1_SPECS), options)).toBe(message);
});

test("t1 catalog: the files, and those not from templates exact", () => {
  const files = generateWith(gen, catalogOf(T1_CONFIG, T1_SPECS), {});
  expect([...files.keys()]).toEqual(["index.cjs", "index.d.cts", "index.d.ts", "index.js", "index.ts", "package.json", "tsconfig.json"]);
  expect(files.get("index.d.cts")).toBe(files.get("index.d.ts"));
  expect(files.get("index.cjs")).toBe([
    "// Code generated by lockstep from spec/main.yaml. DO NOT EDIT.",
    "// CommonJS entry point: require() of index.js, an ES module (Node 20.19+ / 22.12+).",
    "\"use strict\";",
    "module.exports = require(\"./index.js\");",
  ].join("\n") + "\n");
  expect(files.get("package.json")).toBe([
    "{",
    "  \"name\": \"t-errors\",",
    "  \"version\": \"3.1.0\",",
    "  \"description\": \"Error codes of Ts API. Generated by lockstep; do not edit.\",",
    "  \"keywords\": [",
    "    \"errs\",",
    "    \"api\"",
    "  ],",
    "  \"license\": \"MIT\",",
    "  \"repository\": {",
    "    \"type\": \"git\",",
    "    \"url\": \"https://example.com/r\"",
    "  },",
    "  \"type\": \"module\",",
    "  \"main\": \"./index.js\",",
    "  \"types\": \"./index.d.ts\",",
    "  \"exports\": {",
    "    \".\": {",
    "      \"import\": {",
    "        \"types\": \"./index.d.ts\",",
    "        \"default\": \"./index.js\"",
    "      },",
    "      \"require\": {",
    "        \"types\": \"./index.d.cts\",",
    "        \"default\": \"./index.cjs\"",
    "      }",
    "    }",
    "  },",
    "  \"files\": [",
    "    \"index.cjs\",",
    "    \"index.d.cts\",",
    "    \"index.d.ts\",",
    "    \"index.js\",",
    "    \"index.ts\"",
    "  ],",
    "  \"sideEffects\": false,",
    "  \"scripts\": {",
    "    \"build\": \"tsc -p tsconfig.json\",",
    "    \"prepublishOnly\": \"tsc -p tsconfig.json\"",
    "  },",
    "  \"devDependencies\": {",
    "    \"typescript\": \"^5.9.3\"",
    "  }",
    "}",
  ].join("\n") + "\n");
  expect(files.get("tsconfig.json")).toBe([
    "{",
    "  \"compilerOptions\": {",
    "    \"target\": \"ES2022\",",
    "    \"module\": \"NodeNext\",",
    "    \"moduleResolution\": \"NodeNext\",",
    "    \"strict\": true,",
    "    \"declaration\": true,",
    "    \"outDir\": \"dist\",",
    "    \"lib\": [",
    "      \"ES2022\"",
    "    ],",
    "    \"types\": []",
    "  },",
    "  \"files\": [",
    "    \"index.ts\"",
    "  ]",
    "}",
  ].join("\n") + "\n");
});

/** A domain-scoped catalog with an AIP-193 envelope (an indexed list matched by a constant): one name in two domains, an alias and a replacement across domains. */
const SCOPED_CONFIG = "uniqueness: domain\nnaming: lower_snake\nenvelope: aip193\n";
const SCOPED_SPECS: Record<string, string> = {
  "one.yaml": [
    "codes:",
    "  - name: same",
    "    status: 400",
    "  - name: other",
    "    status: 409",
    "    aliasOf: two/same",
  ].join("\n") + "\n",
  "two.yaml": [
    "codes:",
    "  - name: same",
    "    status: 500",
    "    deprecated: { replacement: one/same }",
  ].join("\n") + "\n",
};

test("scoped catalog, options {}", () => {
  expect(view(catalogOf(SCOPED_CONFIG, SCOPED_SPECS), {})).toEqual({
    "notice": "N",
    "typeName": "ErrorCode",
    "unknownRetryable": "unknown",
    "typeAliases": [],
    "keyTypeAliases": [],
    "statusExports": null,
    "enumStyle": true,
    "domainScoped": true,
    "catalogDoc": [
      {
        "parts": [
          "Error codes of T, catalog version 0.0.0."
        ]
      }
    ],
    "domains": [
      "one",
      "two"
    ],
    "envelope": {
      "paths": [
        {
          "name": "code",
          "path": [
            "error",
            "details",
            "0",
            "reason"
          ]
        },
        {
          "name": "message",
          "path": [
            "error",
            "message"
          ]
        },
        {
          "name": "status",
          "path": [
            "error",
            "code"
          ]
        },
        {
          "name": "details",
          "path": [
            "error",
            "details",
            "0",
            "metadata"
          ]
        },
        {
          "name": "canonical",
          "path": [
            "error",
            "status"
          ]
        }
      ],
      "detailsShape": "object",
      "inline": false,
      "indexed": true,
      "itemMatches": [
        {
          "list": "error.details",
          "key": "@type",
          "value": "type.googleapis.com/google.rpc.ErrorInfo"
        }
      ],
      "constants": [
        {
          "path": [
            "error",
            "details",
            "0",
            "@type"
          ],
          "value": "type.googleapis.com/google.rpc.ErrorInfo"
        }
      ],
      "envelopeKeys": [
        "@type",
        "metadata",
        "reason"
      ],
      "memberDocs": {
        "title": [],
        "docsUrl": [],
        "domain": [],
        "requestId": [],
        "timestamp": []
      }
    },
    "canonical": true,
    "canonicalRows": [
      {
        "key": "one/other",
        "name": "ABORTED"
      },
      {
        "key": "one/same",
        "name": "INVALID_ARGUMENT"
      },
      {
        "key": "two/same",
        "name": "INTERNAL"
      }
    ],
    "detailsByWire": false,
    "detailsList": false,
    "noDetails": true,
    "listDetails": [],
    "planned": [],
    "aliases": [
      {
        "wire": "other",
        "target": "two_same"
      }
    ],
    "upstream": [],
    "codes": [
      {
        "member": "one_other",
        "name": "other",
        "doc": [
          {
            "parts": [
              "",
              "",
              "Other."
            ]
          },
          {
            "parts": [
              "",
              "",
              "HTTP 409.",
              " ",
              "Canonical code: ",
              "ABORTED."
            ]
          },
          {
            "parts": [
              "",
              "Alias: ",
              "the same error as ",
              {
                "link": "ErrorCode.two_same"
              },
              " under another name."
            ]
          }
        ],
        "domain": "one",
        "title": "Other",
        "status": 409,
        "statuses": [
          409
        ],
        "statusVaries": false,
        "retryable": "unknown",
        "retryAfter": false,
        "deprecated": false,
        "aliasOf": "two_same",
        "lifecycle": "live",
        "details": [],
        "listDetails": false
      },
      {
        "member": "one_same",
        "name": "same",
        "doc": [
          {
            "parts": [
              "",
              "",
              "Same."
            ]
          },
          {
            "parts": [
              "",
              "",
              "HTTP 400.",
              " ",
              "Canonical code: ",
              "INVALID_ARGUMENT."
            ]
          }
        ],
        "domain": "one",
        "title": "Same",
        "status": 400,
        "statuses": [
          400
        ],
        "statusVaries": false,
        "retryable": "unknown",
        "retryAfter": false,
        "deprecated": false,
        "lifecycle": "live",
        "details": [],
        "listDetails": false
      },
      {
        "member": "two_same",
        "name": "same",
        "doc": [
          {
            "parts": [
              "",
              "",
              "Same."
            ]
          },
          {
            "parts": [
              "",
              "",
              "HTTP 500.",
              " ",
              "Canonical code: ",
              "INTERNAL."
            ]
          },
          {
            "tag": "deprecated",
            "parts": [
              "use ",
              {
                "link": "ErrorCode.one_same"
              },
              " instead",
              "."
            ]
          }
        ],
        "domain": "two",
        "title": "Same",
        "status": 500,
        "statuses": [
          500
        ],
        "statusVaries": false,
        "retryable": "unknown",
        "retryAfter": false,
        "deprecated": true,
        "replacement": "one_same",
        "lifecycle": "live",
        "details": [],
        "listDetails": false
      }
    ]
  });
});

test("scoped catalog, options {\"memberCase\": \"camelCase\"}", () => {
  expect(view(catalogOf(SCOPED_CONFIG, SCOPED_SPECS), {"memberCase": "camelCase"})).toEqual({
    "notice": "N",
    "typeName": "ErrorCode",
    "unknownRetryable": "unknown",
    "typeAliases": [],
    "keyTypeAliases": [],
    "statusExports": null,
    "enumStyle": true,
    "domainScoped": true,
    "catalogDoc": [
      {
        "parts": [
          "Error codes of T, catalog version 0.0.0."
        ]
      }
    ],
    "domains": [
      "one",
      "two"
    ],
    "envelope": {
      "paths": [
        {
          "name": "code",
          "path": [
            "error",
            "details",
            "0",
            "reason"
          ]
        },
        {
          "name": "message",
          "path": [
            "error",
            "message"
          ]
        },
        {
          "name": "status",
          "path": [
            "error",
            "code"
          ]
        },
        {
          "name": "details",
          "path": [
            "error",
            "details",
            "0",
            "metadata"
          ]
        },
        {
          "name": "canonical",
          "path": [
            "error",
            "status"
          ]
        }
      ],
      "detailsShape": "object",
      "inline": false,
      "indexed": true,
      "itemMatches": [
        {
          "list": "error.details",
          "key": "@type",
          "value": "type.googleapis.com/google.rpc.ErrorInfo"
        }
      ],
      "constants": [
        {
          "path": [
            "error",
            "details",
            "0",
            "@type"
          ],
          "value": "type.googleapis.com/google.rpc.ErrorInfo"
        }
      ],
      "envelopeKeys": [
        "@type",
        "metadata",
        "reason"
      ],
      "memberDocs": {
        "title": [],
        "docsUrl": [],
        "domain": [],
        "requestId": [],
        "timestamp": []
      }
    },
    "canonical": true,
    "canonicalRows": [
      {
        "key": "one/other",
        "name": "ABORTED"
      },
      {
        "key": "one/same",
        "name": "INVALID_ARGUMENT"
      },
      {
        "key": "two/same",
        "name": "INTERNAL"
      }
    ],
    "detailsByWire": false,
    "detailsList": false,
    "noDetails": true,
    "listDetails": [],
    "planned": [],
    "aliases": [
      {
        "wire": "other",
        "target": "twoSame"
      }
    ],
    "upstream": [],
    "codes": [
      {
        "member": "oneOther",
        "name": "other",
        "doc": [
          {
            "parts": [
              "",
              "",
              "Other."
            ]
          },
          {
            "parts": [
              "",
              "",
              "HTTP 409.",
              " ",
              "Canonical code: ",
              "ABORTED."
            ]
          },
          {
            "parts": [
              "",
              "Alias: ",
              "the same error as ",
              {
                "link": "ErrorCode.twoSame"
              },
              " under another name."
            ]
          }
        ],
        "domain": "one",
        "title": "Other",
        "status": 409,
        "statuses": [
          409
        ],
        "statusVaries": false,
        "retryable": "unknown",
        "retryAfter": false,
        "deprecated": false,
        "aliasOf": "twoSame",
        "lifecycle": "live",
        "details": [],
        "listDetails": false
      },
      {
        "member": "oneSame",
        "name": "same",
        "doc": [
          {
            "parts": [
              "",
              "",
              "Same."
            ]
          },
          {
            "parts": [
              "",
              "",
              "HTTP 400.",
              " ",
              "Canonical code: ",
              "INVALID_ARGUMENT."
            ]
          }
        ],
        "domain": "one",
        "title": "Same",
        "status": 400,
        "statuses": [
          400
        ],
        "statusVaries": false,
        "retryable": "unknown",
        "retryAfter": false,
        "deprecated": false,
        "lifecycle": "live",
        "details": [],
        "listDetails": false
      },
      {
        "member": "twoSame",
        "name": "same",
        "doc": [
          {
            "parts": [
              "",
              "",
              "Same."
            ]
          },
          {
            "parts": [
              "",
              "",
              "HTTP 500.",
              " ",
              "Canonical code: ",
              "INTERNAL."
            ]
          },
          {
            "tag": "deprecated",
            "parts": [
              "use ",
              {
                "link": "ErrorCode.oneSame"
              },
              " instead",
              "."
            ]
          }
        ],
        "domain": "two",
        "title": "Same",
        "status": 500,
        "statuses": [
          500
        ],
        "statusVaries": false,
        "retryable": "unknown",
        "retryAfter": false,
        "deprecated": true,
        "replacement": "oneSame",
        "lifecycle": "live",
        "details": [],
        "listDetails": false
      }
    ]
  });
});

test.each<[Record<string, unknown>, string]>([
  [{"statusMaps": ["S"]}, "statusMaps/statusFunctions key statuses by wire value, which `uniqueness: domain` lets two codes share"],
])("scoped catalog: status exports %j are refused", (options, message) => {
  expect(refusal(catalogOf(SCOPED_CONFIG, SCOPED_SPECS), options)).toBe(message);
});

/** A code whose details are a list (`detailsList:`), every code with a primary status, no package metadata. */
const LISTS_CONFIG = "version: \"0.1.0\"\nenvelope:\n  preset: error-meta\n  descriptions:\n    requestId: The id.\n";
const LISTS_SPECS: Record<string, string> = {
  "core.yaml": [
    "codes:",
    "  - name: MANY",
    "    status: 422",
    "    retryable: yes",
    "    retry: { retryAfter: true }",
    "    detailsList:",
    "      path: { type: string, required: true }",
    "  - name: ONE",
    "    status: [503, 502]",
  ].join("\n") + "\n",
};

test("lists catalog, options {\"statusMaps\": [\"S\"], \"packageName\": \"@acme/errors\"}", () => {
  expect(view(catalogOf(LISTS_CONFIG, LISTS_SPECS), {"statusMaps": ["S"], "packageName": "@acme/errors"})).toEqual({
    "notice": "N",
    "typeName": "ErrorCode",
    "unknownRetryable": "unknown",
    "typeAliases": [],
    "keyTypeAliases": [],
    "statusExports": {
      "typeName": "ErrorCode",
      "maps": [
        "S"
      ],
      "functions": [],
      "rows": [
        [
          "MANY",
          422
        ],
        [
          "ONE",
          503
        ]
      ],
      "complete": true
    },
    "enumStyle": true,
    "domainScoped": false,
    "catalogDoc": [
      {
        "parts": [
          "Error codes of T, catalog version 0.1.0."
        ]
      }
    ],
    "domains": [
      "core"
    ],
    "envelope": {
      "paths": [
        {
          "name": "code",
          "path": [
            "error",
            "code"
          ]
        },
        {
          "name": "message",
          "path": [
            "error",
            "message"
          ]
        },
        {
          "name": "status",
          "path": [
            "error",
            "status"
          ]
        },
        {
          "name": "details",
          "path": [
            "error",
            "details"
          ]
        },
        {
          "name": "requestId",
          "path": [
            "meta",
            "request_id"
          ]
        },
        {
          "name": "docsUrl",
          "path": [
            "meta",
            "docs_url"
          ]
        },
        {
          "name": "timestamp",
          "path": [
            "meta",
            "timestamp"
          ]
        }
      ],
      "detailsShape": "object",
      "inline": false,
      "indexed": false,
      "itemMatches": [],
      "constants": [],
      "envelopeKeys": [
        "code",
        "details",
        "message",
        "status"
      ],
      "memberDocs": {
        "title": [],
        "docsUrl": [],
        "domain": [],
        "requestId": [
          {
            "parts": [
              "The id."
            ]
          }
        ],
        "timestamp": []
      }
    },
    "canonical": false,
    "canonicalRows": [],
    "detailsByWire": true,
    "detailsList": false,
    "noDetails": true,
    "listDetails": [
      "MANY"
    ],
    "planned": [],
    "aliases": [],
    "upstream": [],
    "codes": [
      {
        "member": "MANY",
        "name": "MANY",
        "doc": [
          {
            "parts": [
              "",
              "",
              "Many."
            ]
          },
          {
            "parts": [
              "",
              "",
              "HTTP 422.",
              " ",
              "",
              "Retryable. Honours Retry-After."
            ]
          },
          {
            "parts": [
              "",
              "Details: ",
              "a list of: path (required)."
            ]
          }
        ],
        "domain": "core",
        "title": "Many",
        "status": 422,
        "statuses": [
          422
        ],
        "statusVaries": false,
        "retryable": "yes",
        "retryAfter": true,
        "deprecated": false,
        "lifecycle": "live",
        "details": [
          {
            "name": "path",
            "type": {
              "kind": "string"
            },
            "required": true
          }
        ],
        "listDetails": true
      },
      {
        "member": "ONE",
        "name": "ONE",
        "doc": [
          {
            "parts": [
              "",
              "",
              "One."
            ]
          },
          {
            "parts": [
              "",
              "",
              "HTTP 503, 502 (primary 503)."
            ]
          }
        ],
        "domain": "core",
        "title": "One",
        "status": 503,
        "statuses": [
          503,
          502
        ],
        "statusVaries": false,
        "retryable": "unknown",
        "retryAfter": false,
        "deprecated": false,
        "lifecycle": "live",
        "details": [],
        "listDetails": false
      }
    ]
  });
});

test("lists catalog: the files, and those not from templates exact", () => {
  const files = generateWith(gen, catalogOf(LISTS_CONFIG, LISTS_SPECS), {"statusMaps": ["S"], "packageName": "@acme/errors"});
  expect([...files.keys()]).toEqual(["index.cjs", "index.d.cts", "index.d.ts", "index.js", "index.ts", "package.json", "tsconfig.json"]);
  expect(files.get("index.d.cts")).toBe(files.get("index.d.ts"));
  expect(files.get("index.cjs")).toBe([
    "// Code generated by lockstep from spec/core.yaml. DO NOT EDIT.",
    "// CommonJS entry point: require() of index.js, an ES module (Node 20.19+ / 22.12+).",
    "\"use strict\";",
    "module.exports = require(\"./index.js\");",
  ].join("\n") + "\n");
  expect(files.get("package.json")).toBe([
    "{",
    "  \"name\": \"@acme/errors\",",
    "  \"version\": \"0.1.0\",",
    "  \"description\": \"Error codes of T. Generated by lockstep; do not edit.\",",
    "  \"type\": \"module\",",
    "  \"main\": \"./index.js\",",
    "  \"types\": \"./index.d.ts\",",
    "  \"exports\": {",
    "    \".\": {",
    "      \"import\": {",
    "        \"types\": \"./index.d.ts\",",
    "        \"default\": \"./index.js\"",
    "      },",
    "      \"require\": {",
    "        \"types\": \"./index.d.cts\",",
    "        \"default\": \"./index.cjs\"",
    "      }",
    "    }",
    "  },",
    "  \"files\": [",
    "    \"index.cjs\",",
    "    \"index.d.cts\",",
    "    \"index.d.ts\",",
    "    \"index.js\",",
    "    \"index.ts\"",
    "  ],",
    "  \"sideEffects\": false,",
    "  \"scripts\": {",
    "    \"build\": \"tsc -p tsconfig.json\",",
    "    \"prepublishOnly\": \"tsc -p tsconfig.json\"",
    "  },",
    "  \"devDependencies\": {",
    "    \"typescript\": \"^5.9.3\"",
    "  }",
    "}",
  ].join("\n") + "\n");
  expect(files.get("tsconfig.json")).toBe([
    "{",
    "  \"compilerOptions\": {",
    "    \"target\": \"ES2022\",",
    "    \"module\": \"NodeNext\",",
    "    \"moduleResolution\": \"NodeNext\",",
    "    \"strict\": true,",
    "    \"declaration\": true,",
    "    \"outDir\": \"dist\",",
    "    \"lib\": [",
    "      \"ES2022\"",
    "    ],",
    "    \"types\": []",
    "  },",
    "  \"files\": [",
    "    \"index.ts\"",
    "  ]",
    "}",
  ].join("\n") + "\n");
});

/** An envelope whose details are a list (reason-domain), with a description of its domain member. */
const REASON_CONFIG = "version: \"0.1.0\"\nenvelope:\n  preset: reason-domain\n  descriptions:\n    domain: The domain.\n";
const REASON_SPECS: Record<string, string> = {
  "core.yaml": [
    "codes:",
    "  - name: MANY",
    "    status: 422",
    "    retryable: yes",
    "    retry: { retryAfter: true }",
    "    details:",
    "      path: { type: string, required: true }",
    "  - name: ONE",
    "    status: [503, 502]",
  ].join("\n") + "\n",
};

test("reason catalog, options {\"statusMaps\": [\"S\"], \"packageName\": \"@acme/errors\"}", () => {
  expect(view(catalogOf(REASON_CONFIG, REASON_SPECS), {"statusMaps": ["S"], "packageName": "@acme/errors"})).toEqual({
    "notice": "N",
    "typeName": "ErrorCode",
    "unknownRetryable": "unknown",
    "typeAliases": [],
    "keyTypeAliases": [],
    "statusExports": {
      "typeName": "ErrorCode",
      "maps": [
        "S"
      ],
      "functions": [],
      "rows": [
        [
          "MANY",
          422
        ],
        [
          "ONE",
          503
        ]
      ],
      "complete": true
    },
    "enumStyle": true,
    "domainScoped": false,
    "catalogDoc": [
      {
        "parts": [
          "Error codes of T, catalog version 0.1.0."
        ]
      }
    ],
    "domains": [
      "core"
    ],
    "envelope": {
      "paths": [
        {
          "name": "code",
          "path": [
            "error",
            "reason"
          ]
        },
        {
          "name": "message",
          "path": [
            "error",
            "message"
          ]
        },
        {
          "name": "status",
          "path": [
            "error",
            "status"
          ]
        },
        {
          "name": "details",
          "path": [
            "error",
            "details"
          ]
        },
        {
          "name": "requestId",
          "path": [
            "error",
            "request_id"
          ]
        },
        {
          "name": "domain",
          "path": [
            "error",
            "domain"
          ]
        }
      ],
      "detailsShape": "list",
      "inline": false,
      "indexed": false,
      "itemMatches": [],
      "constants": [],
      "envelopeKeys": [
        "details",
        "domain",
        "message",
        "reason",
        "request_id",
        "status"
      ],
      "memberDocs": {
        "title": [],
        "docsUrl": [],
        "domain": [
          {
            "parts": [
              "The domain."
            ]
          }
        ],
        "requestId": [],
        "timestamp": []
      }
    },
    "canonical": false,
    "canonicalRows": [],
    "detailsByWire": true,
    "detailsList": true,
    "noDetails": true,
    "listDetails": [],
    "planned": [],
    "aliases": [],
    "upstream": [],
    "codes": [
      {
        "member": "MANY",
        "name": "MANY",
        "doc": [
          {
            "parts": [
              "",
              "",
              "Many."
            ]
          },
          {
            "parts": [
              "",
              "",
              "HTTP 422.",
              " ",
              "",
              "Retryable. Honours Retry-After."
            ]
          },
          {
            "parts": [
              "",
              "Details: ",
              "path (required)."
            ]
          }
        ],
        "domain": "core",
        "title": "Many",
        "status": 422,
        "statuses": [
          422
        ],
        "statusVaries": false,
        "retryable": "yes",
        "retryAfter": true,
        "deprecated": false,
        "lifecycle": "live",
        "details": [
          {
            "name": "path",
            "type": {
              "kind": "string"
            },
            "required": true
          }
        ],
        "listDetails": false
      },
      {
        "member": "ONE",
        "name": "ONE",
        "doc": [
          {
            "parts": [
              "",
              "",
              "One."
            ]
          },
          {
            "parts": [
              "",
              "",
              "HTTP 503, 502 (primary 503)."
            ]
          }
        ],
        "domain": "core",
        "title": "One",
        "status": 503,
        "statuses": [
          503,
          502
        ],
        "statusVaries": false,
        "retryable": "unknown",
        "retryAfter": false,
        "deprecated": false,
        "lifecycle": "live",
        "details": [],
        "listDetails": false
      }
    ]
  });
});

test("a description of a member the envelope lacks gives it no doc comment", () => {
  const catalog = catalogOf(REASON_CONFIG, REASON_SPECS);
  const envelope = { ...catalog.envelope, descriptions: { ...catalog.envelope.descriptions, timestamp: "When.", domain: "The domain." } };
  expect(moduleView({ ...catalog, envelope }, gen.parseOptions({}) as never, "N").envelope.memberDocs).toEqual({ title: [], docsUrl: [], domain: [{ parts: ["The domain."] }], requestId: [], timestamp: [] });
});

test("naming: memberCase adds a scheme that mints the members it makes", () => {
  const catalog = catalogOf(T1_CONFIG, T1_SPECS);
  const code = catalog.codes[0]!;
  const naming = gen.naming as (options: unknown) => GeneratorNaming;
  const schemes = (options: Record<string, unknown>) => naming(gen.parseOptions(options)).schemes.map((s) => [s.key, s.label, s.per, s.mint(code as never, catalog)]);
  expect(schemes({})).toEqual([["ts", "TypeScript member", "code", "A_ONE"]]);
  expect(schemes({ memberCase: "PascalCase" })).toEqual([
    ["ts", "TypeScript member", "code", "A_ONE"],
    ["tsMember", "TypeScript member (memberCase: PascalCase)", "code", "AOne"],
  ]);
  expect(schemes({ memberCase: "camelCase" })[1]).toEqual(["tsMember", "TypeScript member (memberCase: camelCase)", "code", "aOne"]);
});
