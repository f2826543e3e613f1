/**
 * Learning on demand: the first request under a generated module's paths (`/open-apis/<domain>/<version>/`)
 * loads that one generated module (and its `…/schemas`) and teaches it to the fake, so a catalog endpoint answers
 * without `fake.learn`. Nothing is loaded when the fake is made; each module loads at most once per
 * fake (concurrent first requests share the load), and only names of the generated list
 * (`CATALOG_MODULES`, written by `npm run generate`) are ever loaded, whatever the path says.
 *
 * The modules are found next to this code: `src/api/<domain>/<version>/index.ts` in the source
 * tree, `dist/api/<domain>/<version>/index.js` once built (scripts/link-core.mjs writes the
 * relative path into the built file). A runtime that cannot load them (a bundled worker, say) keeps
 * the fake as it was: what it was not taught answers 404.
 *
 * @module
 */
import type { ApiModule } from './learn.ts'
import { CATALOG_HEADS, CATALOG_MODULES } from './modules.ts'

export { CATALOG_MODULES }

/** Loads one catalog module pair: `contact/v3` → the endpoint module and its schemas module. */
export type LoadCatalogModule = (subpath: string) => Promise<readonly ApiModule[]>


/**
 * The catalog module a request path belongs to.
 *
 * @param path A request path, e.g. `/open-apis/bitable/v1/apps/x/tables/y/records`.
 * @returns `bitable/v1`, or undefined when the path is not under a known module.
 */
export function catalogModuleOf(path: string): string | undefined {
  return CATALOG_HEADS.get(path.split('/').slice(1, 4).join('/'))
}

// Replaced after the build by the path from the built file to dist/api/ (scripts/link-core.mjs);
// in the source tree it stays a mark, and the modules are the `.ts` files of src/api/.
const BUILT_API_ROOT: string = '#larkfn-api-root'

/**
 * The default loader: imports `<api root>/<domain>/<version>/index` and `…/schemas` next to this code.
 *
 * @param subpath A name from {@link CATALOG_MODULES}.
 * @returns The two modules.
 */
export const loadCatalogModule: LoadCatalogModule = async (subpath) => {
  const built = !BUILT_API_ROOT.startsWith('#')
  const root = new URL(built ? BUILT_API_ROOT : '../../api/', import.meta.url)
  const ext = built ? '.js' : '.ts'
  const load = (file: string) => importModule(new URL(`${subpath}/${file}${ext}`, root).href)
  return Promise.all([load('index'), load('schemas')])
}

/**
 * Imports a module by URL. In the source tree the test runner's own `import()` does it; the build
 * rewrites that line (scripts/link-core.mjs) so the built file holds no `import()` of a computed
 * name, which workerd refuses when it loads a bundle, and uses the runtime's loader instead. Where
 * code cannot be made from a string (workerd), that throws, and the fake keeps its 404.
 */
function importModule(href: string): Promise<ApiModule> {
  if (BUILT_API_ROOT.startsWith('#')) return import(/* @vite-ignore */ href)
  const runtimeImport = new Function('href', 'return import(href)') as (href: string) => Promise<ApiModule>
  return runtimeImport(href)
}

/** The on-demand learner of one fake. */
export interface OnDemand {
  /** Learns the module of a path if it is a catalog module not loaded yet; resolves when done (never rejects). */
  prepare(path: string): Promise<void>
}

/**
 * Makes the on-demand learner of one fake.
 *
 * @param learn Teaches loaded modules to the fake, keeping what it already learned.
 * @param load How to load a module pair; `false` turns learning on demand off.
 * @returns The learner.
 */
export function createOnDemand(learn: (modules: readonly ApiModule[]) => void, load: LoadCatalogModule | false): OnDemand {
  const loads = new Map<string, Promise<void>>()
  return {
    prepare(path) {
      if (load === false) return Promise.resolve()
      const module = catalogModuleOf(path)
      if (module === undefined) return Promise.resolve()
      let done = loads.get(module)
      if (done === undefined) {
        // One attempt per module: a runtime that cannot load it answers 404 from then on, cheaply.
        done = load(module).then(learn).catch(() => undefined)
        loads.set(module, done)
      }
      return done
    },
  }
}
