// import() of a module outside Lockstep: a third-party generator. The CLI runs as a script
// compiled by node:vm (src/cli/code-cache.ts), where import() has no module loader of its
// own; the loader, itself an ES module, hands in its import().
type Importer = (specifier: string) => Promise<unknown>;

let importer: Importer = (specifier) => import(specifier);

export function useImporter(next: Importer): void {
  importer = next;
}

export function importModule(specifier: string): Promise<unknown> {
  return importer(specifier);
}
