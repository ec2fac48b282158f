// Hostile text beyond the torture fixture, for languages the built-ins do not cover:
// escapes a compiler decodes before it reads the source (Java's `\u002a\u002f` closes a
// comment, `\u0022` ends a string), string templates of other languages (Kotlin, Dart,
// Swift, Ruby, C#, printf, shell), raw-string delimiters, and control characters.
// Added to the fixture as one more domain file, so the built-ins' golden files (which
// use the fixture alone) do not change.
import { lazyYaml } from "../generate/lazy.js";
import type { SourceText } from "../catalog/compile.js";

const DOMAIN = {
  title: "Escapes \\u002a\\u002f and $templates",
  description: "Ends with a backslash \\",
  codes: [
    {
      name: "UNICODE_ESCAPE",
      status: 400,
      title: "Unicode escape \\u0022 quote",
      description: "Java decodes \\u002a\\u002f before comments and \\u0022 before strings; \\u000a is a line feed; \\\\u0041 is not an escape.\nAn octal \\101, a hex \\x41 and \\U0001F600.",
    },
    {
      name: "TEMPLATE_SYNTAX",
      status: 422,
      title: "Template $name and ${name}",
      description: "Kotlin and Dart ${x} and $x, Swift \\(x), Ruby #{x}, C# {0} and {{x}}, printf %s %d %n %%, shell $(x) and `x`.",
      cause: "Raw strings: r#\"x\"# and \"\"\" and ''' and R\"(x)\" and @\"x\".",
    },
    {
      name: "CONTROL_CHARS",
      status: 500,
      title: "Controls \u0007 \u001b in a title",
      // DEL, C1 controls and U+2028/U+2029 are left out: the built-in ts and json generators write them raw (valid, but not hygienic).
      description: "Bell \u0007, escape \u001b, NUL \u0000, vertical tab \u000b, form feed \u000c, CR \r alone.\n\tTabbed line, trailing tab\t",
    },
  ],
};

/** The extra domain file, as YAML. */
export function extraSpec(): SourceText {
  return { path: "spec/zz-escapes.yaml", text: lazyYaml().stringify(DOMAIN) };
}
