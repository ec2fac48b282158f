// A Sample as the files a user would write: `lockstep.config.yaml` and one
// `<spec>/<domain>.yaml` per domain, in YAML styles chosen by the sample's seed.
import { BUILTIN_GENERATORS } from "../../../generators/index.js";
import type { SourceText } from "../../../src/catalog/compile.js";
import type { Sample } from "./catalog.js";
import type { DetailSpec, SampleCode } from "./codes.js";
import { fillNames } from "./config.js";
import { rng, YamlWriter, ymap, type Y, type YMap } from "./yaml-emit.js";

export interface SampleTexts {
  readonly config: SourceText;
  readonly specs: readonly SourceText[];
}

export const CONFIG_FILE = "lockstep.config.yaml";

function detail(spec: DetailSpec): Y {
  if (typeof spec === "string") return spec;
  return ymap([
    ["type", spec.type],
    ["required", spec.required],
    ["description", spec.description],
    ["values", spec.values],
    ["of", spec.of === undefined ? undefined : detail(spec.of)],
    ["fields", spec.fields === undefined ? undefined : ymap(spec.fields.map(([k, v]) => [k, detail(v)]))],
  ]);
}

function code(c: SampleCode, shuffle: <T>(items: T[]) => T[]): YMap {
  const deprecated = c.deprecated === undefined || c.deprecated === true ? c.deprecated : ymap([["since", c.deprecated.since], ["replacement", c.deprecated.replacement], ["reason", c.deprecated.reason]]);
  const entries: [string, Y | undefined][] = [
    ["title", c.title],
    ["status", c.status === undefined || typeof c.status !== "object" || Array.isArray(c.status) ? c.status : ymap([["varies", c.status.varies]])],
    ["description", c.description],
    ["cause", c.cause],
    ["fix", c.fix],
    ["retryable", c.retryable],
    ["retry", c.retry && ymap([["strategy", c.retry.strategy], ["retryAfter", c.retry.retryAfter], ["schedule", c.retry.schedule]])],
    ["details", c.details && ymap(c.details.map(([k, v]) => [k, detail(v)]))],
    ["deprecated", deprecated],
    ["aliasOf", c.aliasOf],
    ["lifecycle", c.lifecycle],
    ["surfacesAs", c.surfacesAs],
    ["since", c.since],
    ["upstream", c.upstream && ymap(c.upstream)],
    ["tags", c.tags],
    ["related", c.related?.map((r) => ymap([["code", r.code], ["note", r.note]]))],
  ];
  // `name` usually first, as people write it; the other keys in any order.
  const shuffled = shuffle(entries);
  const at = shuffle([0, 0, 0, Math.min(2, shuffled.length)])[0]!;
  shuffled.splice(at, 0, ["name", c.name]);
  return ymap(shuffled);
}

/** The sample's config and domain files. */
export function renderSample(sample: Sample): SampleTexts {
  const random = rng(sample.style ^ 0x5eed);
  const shuffle = <T>(items: T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  const c = sample.config;
  const env = c.envelope;
  const envelope: Y | undefined =
    env === undefined || typeof env === "string"
      ? env
      : ymap([
          ["preset", env.preset],
          ["contentType", env.contentType],
          ["fields", env.fields && ymap(Object.entries(env.fields))],
          ["detailsShape", env.detailsShape],
          ["constants", env.constants && ymap(env.constants)],
        ]);
  const generators =
    c.generators &&
    ymap(BUILTIN_GENERATORS.map((g) => {
      const options = fillNames(c.generators![g.name] ?? {}, c.name) as Record<string, unknown>;
      return [g.name, ymap([["options", Object.keys(options).length ? toY(options) : undefined]])];
    }));
  const specDir = c.spec ?? "spec";
  const config = ymap([
    ["catalog", ymap([["name", c.name], ["title", c.title], ["version", c.version], ["naming", c.naming], ["uniqueness", c.uniqueness], ["docsUrl", c.docsUrl], ["envelope", envelope]])],
    ["spec", c.spec],
    ["generators", generators],
  ]);
  const writer = new YamlWriter(sample.style);
  const specs = sample.domains.map((d) => ({
    path: `${specDir}/${d.id}.yaml`,
    text: writer.document(
      ymap([
        ["domain", d.declareId ? d.id : undefined],
        ["title", d.title],
        ["description", d.description],
        ["notes", d.notes],
        ["codes", d.codes.length || random() < 0.5 ? d.codes.map((x) => code(x, shuffle)) : undefined],
      ]),
      "../schema/domain.schema.json",
    ),
  }));
  return { config: { path: CONFIG_FILE, text: writer.document(config, "./schema/config.schema.json") }, specs };
}

function toY(value: unknown): Y {
  if (Array.isArray(value)) return value.map(toY);
  if (value && typeof value === "object") return ymap(Object.entries(value).map(([k, v]) => [k, toY(v)]));
  return value as Y;
}

/** Every file of a sample as one text: what a failure report prints to reproduce it. */
export function formatTexts(texts: SampleTexts): string {
  return [texts.config, ...texts.specs].map((f) => `# ---- ${f.path}\n${f.text}`).join("");
}
