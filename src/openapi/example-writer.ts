// Example bodies as JSON text, written straight from the envelope's member tree.
//
//   exampleWriter(tree, holder)(NOT_FOUND, 404, "")
//   → {"error": {"code": "NOT_FOUND", "message": "Not found", "status": 404}, "request_id": "req_…"}
import type { ErrorCode } from "../catalog/model.js";
import { jsonText, quoted } from "./inline-json.js";
import { isBranch, isRequired, type Branch, type Member } from "./members.js";

/** Writes the JSON text of one example body; `extra` (detail members written inline) goes into the object holding the code. */
export type ExampleWriter = (code: ErrorCode, status: number, extra: string) => string;

/**
 * Compiles the tree into an example writer once: keys quoted and constants written ahead,
 * so each of the ~80,000 examples of a big catalog is a few concatenations. Members whose
 * example is undefined are left out, and so is an optional object left empty (e.g. `meta`
 * holding only an absent docs URL).
 */
export function exampleWriter(root: Branch, holder: Branch): ExampleWriter {
  type Part = (code: ErrorCode, status: number, extra: string) => string | undefined;
  const member = (node: Member): Part => {
    if (node.role === "constant") {
      const text = jsonText(node.example(undefined as never, 0));
      return () => text;
    }
    return (code, status) => {
      const value = node.example(code, status);
      return value === undefined ? undefined : jsonText(value);
    };
  };
  const compile = (branch: Branch): ((code: ErrorCode, status: number, extra: string) => string) => {
    const parts = [...branch.children].map(([key, node]): [string, Part] => {
      if (!isBranch(node)) return [`${quoted(key)}: `, member(node)];
      const inner = compile(node);
      const optional = !isRequired(node);
      return [`${quoted(key)}: `, (code, status, extra) => {
        const text = inner(code, status, extra);
        return optional && text === "{}" ? undefined : text;
      }];
    });
    return (code, status, extra) => {
      let out = "";
      for (const [label, part] of parts) {
        const text = part(code, status, extra);
        if (text !== undefined) out += (out ? ", " : "") + label + text;
      }
      if (branch === holder && extra) out += (out ? ", " : "") + extra;
      // A `0` segment: the list's first item.
      if (branch.children.has("0")) return `[${out.slice('"0": '.length)}]`;
      return `{${out}}`;
    };
  };
  return compile(root);
}
