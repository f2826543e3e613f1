/**
 * The fake's API layer: the stateful contact and IM routes, the world they keep, the routes learned
 * from generated modules, and the knobs tests turn (`learn`, `seedDepartments`, `seedChats`,
 * `messages`, `chats`, `files`, `cards`, `card`).
 *
 * @module
 */
import type { FakeFeishu } from '../fake-feishu.ts'
import type { Router } from '../router.ts'
import { cardkitRoutes, cardView, type FakeCardView } from '../routes/cardkit.ts'
import { contactDepartmentRoutes } from '../routes/contact-departments.ts'
import { contactUserRoutes } from '../routes/contact-users.ts'
import { customBotKnobs, customBotRoutes, type FakeCustomBotKnobs } from '../routes/custom-bot.ts'
import { imChatRoutes } from '../routes/im-chats.ts'
import { imFileRoutes } from '../routes/im-files.ts'
import { imMessageRoutes } from '../routes/im-messages.ts'
import { imBotKnobs, imBotRoutes, type FakeBotKnobs } from '../routes/im-bot.ts'
import { sheetValueKnobs, sheetValueRoutes, type FakeSheetKnobs } from '../routes/sheets-values.ts'
import type { State } from '../state.ts'
import type { RouteSpec } from '../types.ts'
import { layerRouters, learnModules, type ApiModule, type LearnedRoutes } from './learn.ts'
import { createOnDemand, loadCatalogModule, type LoadCatalogModule } from './on-demand.ts'
import { createSpecificRouter } from './specific-router.ts'
import {
  addChat,
  addDepartment,
  createWorld,
  type ApiEnv,
  type FakeCard,
  type FakeChat,
  type FakeChatInput,
  type FakeDepartment,
  type FakeDepartmentInput,
  type FakeFile,
  type FakeMessage,
  type World,
} from './world.ts'

/** What the API layer adds to a fake server. */
export interface FakeApiKnobs extends FakeCustomBotKnobs, FakeBotKnobs, FakeSheetKnobs {
  /**
   * Teaches the fake generated endpoint modules: every endpoint function found gets a generic
   * route that checks the token kind and the request against the endpoint's schema, and answers a
   * sample shaped by its `<ExportName>OutputSchema` (pass the `…/schemas` module too). The fake's
   * own routes (and `fake.route` ones) still answer first. Learning survives `reset()`.
   * A catalog module is also learned on its first request (see `learnOnDemand`), so `learn` is
   * needed only for modules of your own or where the fake cannot load the package's files.
   *
   * @example
   * fake.learn(await import('larkfn/contact/v3'), await import('larkfn/contact/v3/schemas'))
   */
  learn(...modules: readonly ApiModule[]): number
  /** Adds departments to one tenant's directory (members by open_id; parent by `department_id`, root `'0'`). */
  seedDepartments(departments: readonly FakeDepartmentInput[]): FakeDepartment[]
  /** Adds chats; the fake's first app's bot is in each unless `bots` says otherwise. */
  seedChats(chats: readonly FakeChatInput[]): FakeChat[]
  /** Seeded departments, oldest first. */
  readonly departments: readonly FakeDepartment[]
  /** Seeded and created chats (p2p chats included), oldest first. */
  readonly chats: readonly FakeChat[]
  /** Every stored message, oldest first. */
  readonly messages: readonly FakeMessage[]
  /** Every uploaded image and file, bytes included, oldest first. */
  readonly files: readonly FakeFile[]
  /** Every CardKit card entity, oldest first. */
  readonly cards: readonly FakeCard[]
  /** A card as tests read it (streaming, sequence, summary, updates, messages, element text), or undefined. */
  card(cardId: string): FakeCardView | undefined
}

/** The API layer of one fake server. */
export interface ApiLayer {
  /** Stateful routes to register with the fake's own routes. */
  readonly routes: readonly RouteSpec[]
  /** The router the handler uses: the fake's own routes, then the learned ones. */
  router(main: Router): Router
  readonly knobs: FakeApiKnobs
  /** Forgets departments, chats, messages, files and cards (learned routes stay). */
  reset(): void
}

/**
 * Makes the API layer of a fake server.
 *
 * @param state Reads the fake's current state.
 * @param onDemand Learning on demand: `true` (the default loader), `false`, or a loader.
 * @returns Routes, router, knobs and reset.
 */
export function createApiLayer(state: () => State, onDemand: boolean | LoadCatalogModule = true): ApiLayer {
  let world: World = createWorld()
  const env: ApiEnv = { state, world: () => world }
  const learned: LearnedRoutes = { router: createSpecificRouter(), removers: new Map() }
  const lazy = createOnDemand((modules) => learnModules(learned, modules, true), onDemand === true ? loadCatalogModule : onDemand)
  const firstApp = () => state().apps.keys().next().value
  const knobs: FakeApiKnobs = {
    ...customBotKnobs(env),
    ...imBotKnobs(env),
    ...sheetValueKnobs(env),
    learn: (...modules) => learnModules(learned, modules),
    seedDepartments: (departments) => departments.map((d) => addDepartment(world, d)),
    seedChats: (chats) => chats.map((c) => addChat(world, c, firstApp(), state().now)),
    get departments() {
      return [...world.departments]
    },
    get chats() {
      return [...world.chats]
    },
    get messages() {
      return [...world.messages]
    },
    get files() {
      return [...world.files.values()]
    },
    get cards() {
      return [...world.cards.values()]
    },
    card(cardId) {
      const card = world.cards.get(cardId)
      return card === undefined ? undefined : cardView(card)
    },
  }
  const routes = [
    ...contactUserRoutes(env),
    ...contactDepartmentRoutes(env),
    ...imChatRoutes(env),
    ...imMessageRoutes(env),
    ...imFileRoutes(env),
    ...cardkitRoutes(env),
    ...customBotRoutes(env),
    ...imBotRoutes(env),
    ...sheetValueRoutes(env),
  ]
  const reserved = new Map(routes.map((r) => [`${r.method} ${r.path}`, new Set(r.reserved ?? [])] as const))
  return {
    routes,
    router: (main) => ({ ...layerRouters(main, learned.router, reserved), prepare: lazy.prepare }),
    knobs,
    reset() {
      world = createWorld()
    },
  }
}

/**
 * Adds the API knobs to a fake's object, keeping their getters live.
 *
 * @param fake The fake without the knobs.
 * @param knobs The layer's knobs.
 * @returns The same object, now with the knobs.
 */
export function withApiKnobs(fake: Omit<FakeFeishu, keyof FakeApiKnobs>, knobs: FakeApiKnobs): FakeFeishu {
  return Object.defineProperties(fake, Object.getOwnPropertyDescriptors(knobs)) as FakeFeishu
}

/**
 * Teaches a fake generated endpoint modules: the same as `fake.learn(...modules)`.
 *
 * @param fake The fake server.
 * @param modules Endpoint modules (`larkfn/<domain>/<version>`) and their `…/schemas` modules.
 * @returns The number of endpoints learned.
 * @example
 * learnApi(fake, await import('larkfn/im/v1'), await import('larkfn/im/v1/schemas'))
 */
export function learnApi(fake: Pick<FakeApiKnobs, 'learn'>, ...modules: readonly ApiModule[]): number {
  return fake.learn(...modules)
}
