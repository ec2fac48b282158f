// Python names. Enum members are UPPER_SNAKE whatever the catalog's style: Python's
// keywords are all lower or Title case (`None`, `class`), and `mro` or `_sunder_`
// cannot arise, so no member needs renaming. Detail keys that are keywords or not
// identifiers (`class`, `None`, `from`) are kept as written: the generator switches
// to the functional `TypedDict("X", {...})` form instead of renaming them.
import { capitalize, upperSnake } from "./words.js";

export function pythonMemberName(words: readonly string[]): string {
  return upperSnake(words);
}

/** `["auth", "missing"]` → `AuthMissing` (TypedDict names are built on it). */
export function pythonClassName(words: readonly string[]): string {
  return words.map(capitalize).join("");
}

/** A detail field's wire name as a class-name part: `recovery_endpoint` → `RecoveryEndpoint`, `countryCode` → `CountryCode`. */
export function pythonFieldPart(name: string): string {
  return name.split("_").filter(Boolean).map(capitalize).join("");
}

/** Hard keywords (`keyword.kwlist`); soft keywords (`match`, `case`, `type`, `_`) are valid names. */
export const PYTHON_KEYWORDS: ReadonlySet<string> = new Set(
  ("False None True and as assert async await break class continue def del elif else except finally for from global if " +
    "import in is lambda nonlocal not or pass raise return try while with yield").split(" "),
);

/** Whether `name` can be written as a class attribute: an ASCII identifier that is not a keyword. */
export function isPythonName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !PYTHON_KEYWORDS.has(name);
}

/** Public top-level standard-library modules (`sys.stdlib_module_names` of 3.11, plus 3.14's new ones). */
export const PYTHON_STDLIB_MODULES: ReadonlySet<string> = new Set(
  ("abc aifc annotationlib antigravity argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii " +
    "bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys compileall " +
    "compression concurrent configparser contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses datetime " +
    "dbm decimal difflib dis distutils doctest email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput " +
    "fnmatch fractions ftplib functools gc genericpath getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac " +
    "html http idlelib imaplib imghdr imp importlib inspect io ipaddress itertools json keyword lib2to3 linecache locale " +
    "logging lzma mailbox mailcap marshal math mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis nntplib " +
    "nt ntpath nturl2path numbers opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil " +
    "platform plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data pyexpat " +
    "queue quopri random re readline reprlib resource rlcompleter runpy sched secrets select selectors shelve shlex " +
    "shutil signal site smtpd smtplib sndhdr socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl " +
    "stat statistics string stringprep struct subprocess sunau symtable sys sysconfig syslog tabnanny tarfile telnetlib " +
    "tempfile termios textwrap this threading time timeit tkinter token tokenize tomllib trace traceback tracemalloc tty " +
    "turtle turtledemo types typing unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser winreg " +
    "winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo").split(" "),
);

/** Why `name` cannot be an import package name, or undefined when it can. */
export function packageNameProblem(name: string): string | undefined {
  if (!/^[a-z][a-z0-9_]*$/.test(name)) return "must be a lower-case Python identifier (`^[a-z][a-z0-9_]*$`)";
  if (PYTHON_KEYWORDS.has(name)) return "must not be a Python keyword";
  if (PYTHON_STDLIB_MODULES.has(name)) return "must not shadow a standard-library module";
  return undefined;
}

/** Import package name for a catalog slug: `acme-voice` → `acme_voice_errors`. */
export function defaultPackageName(catalogName: string): string {
  return `${catalogName.replace(/-/g, "_")}_errors`;
}

/** PEP 508 distribution name (`acme-voice-errors`). */
export const DISTRIBUTION_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;

const PRE: Readonly<Record<string, string>> = { a: "a", alpha: "a", b: "b", beta: "b", c: "rc", rc: "rc", pre: "rc", preview: "rc" };
const VERSION =
  /^v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?(\d+)?)?(?:[-_.]?(post|rev|r)[-_.]?(\d+)?)?(?:[-_.]?(dev)[-_.]?(\d+)?)?(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?$/i;

/**
 * The normalised PEP 440 form of a catalog version: `1.0.0-rc.1` → `1.0.0rc1`,
 * `2.0.0-beta` → `2.0.0b0`, `1.2.3+build.7` → `1.2.3+build.7`. Throws for a version
 * PEP 440 cannot spell (`1.0.0-x.7`), naming the fix.
 */
export function pep440Version(version: string): string {
  const m = VERSION.exec(version.trim());
  if (!m) {
    throw new Error(
      `catalog version ${JSON.stringify(version)} is not a PEP 440 version; use e.g. 1.2.0, 1.2.0-rc.1, 1.2.0-beta.2 or 1.2.0.dev3`,
    );
  }
  const [, epoch, release, pre, preN, post, postN, dev, devN, local] = m;
  const num = (n: string | undefined): string => String(BigInt(n ?? "0"));
  let out = epoch !== undefined && num(epoch) !== "0" ? `${num(epoch)}!` : "";
  out += release!.split(".").map(num).join(".");
  if (pre) out += PRE[pre.toLowerCase()]! + num(preN);
  if (post) out += `.post${num(postN)}`;
  if (dev) out += `.dev${num(devN)}`;
  if (local) out += `+${local.toLowerCase().replace(/[-_]/g, ".")}`;
  return out;
}
