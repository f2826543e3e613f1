/**
 * The directory, chats, messages and stored files behind the fake's stateful contact and IM routes.
 * `reset()` swaps in a fresh world, like the rest of the fake's state.
 *
 * @module
 */
import { FAKE_TENANT_KEY } from '../defaults.ts'
import { randomHex } from '../ids.ts'
import type { State } from '../state.ts'
import type { FakeMention } from '../routes/im-mentions.ts'
import type { RouteSpec } from '../types.ts'

/** A department of one tenant. Users not in any department sit in the root, `'0'`. */
export interface FakeDepartment {
  readonly department_id: string
  readonly open_department_id: string
  readonly name: string
  /** `'0'` is the tenant's root. */
  readonly parent_department_id: string
  readonly tenant_key: string
  /** open_ids of the members. */
  readonly members: readonly string[]
  readonly leader_user_id?: string
  readonly order?: string
}

/** What `seedDepartments` takes: missing ids are generated, `parent_department_id` defaults to `'0'`. */
export type FakeDepartmentInput = Partial<FakeDepartment>

/** A group or p2p chat. */
export interface FakeChat {
  readonly chat_id: string
  readonly name: string
  readonly description: string
  readonly tenant_key: string
  readonly chat_mode: 'group' | 'p2p'
  readonly chat_type: 'private' | 'public'
  /** open_id of the owner, when a user owns the chat. */
  readonly owner_id?: string
  /** open_ids of the user members. */
  readonly members: readonly string[]
  /** App ids of the bots in the chat. */
  readonly bots: readonly string[]
  /** Fake-clock seconds. */
  readonly create_time: number
}

/** What `seedChats` takes: `chat_id` is generated, `bots` defaults to the fake's first app. */
export type FakeChatInput = Partial<FakeChat>

/** Who sent a message. */
export interface FakeSender {
  readonly id: string
  readonly id_type: 'app_id' | 'open_id'
  readonly sender_type: 'app' | 'user'
  readonly tenant_key: string
}

/** A message as the fake stored it. */
export interface FakeMessage {
  readonly message_id: string
  readonly chat_id: string
  readonly msg_type: string
  /** The `content` JSON text as sent, mentions replaced by their placeholders (`@_user_1`). */
  readonly content: string
  /** The people mentioned, when any (see routes/im-mentions.ts). */
  readonly mentions?: readonly FakeMention[]
  readonly sender: FakeSender
  readonly root_id?: string
  readonly parent_id?: string
  readonly thread_id?: string
  readonly uuid?: string
  /** Fake-clock milliseconds. */
  readonly create_time: number
  /** Fake-clock milliseconds of the last edit (`PUT /im/v1/messages/:message_id`). */
  readonly update_time?: number
  /** How many times the message was edited. */
  readonly edits?: number
  /** Recalled (`DELETE /im/v1/messages/:message_id`, or `fake.recall`). */
  readonly deleted?: boolean
}

/** An uploaded image or file, bytes included. */
export interface FakeFile {
  /** `image_key` or `file_key`. */
  readonly key: string
  readonly kind: 'image' | 'file'
  /** `image_type` (`message`, `avatar`) or `file_type` (`pdf`, `stream`…). */
  readonly type: string
  /** The file part's filename (or `file_name`). */
  readonly name: string
  readonly contentType: string
  readonly bytes: Uint8Array
  readonly appId: string
  readonly tenantKey?: string
  /** Files: `duration` in milliseconds, when sent. */
  readonly duration?: number
}

/** A CardKit card entity (`POST /cardkit/v1/cards`), as the fake keeps it (see routes/cardkit.ts). */
export interface FakeCard {
  readonly card_id: string
  readonly app_id: string
  readonly tenant_key: string
  /** The parsed card JSON (2.0); element content updates are written into it. */
  json: Record<string, unknown>
  /** `config.streaming_mode`. */
  streaming: boolean
  /** The last accepted `sequence`; 0 before any update. */
  sequence: number
  /** Elements with an `element_id`, in document order: objects inside `json`. */
  elements: Map<string, Record<string, unknown>>
  /** `config.summary.content`, when set. */
  summary?: string
  /** Messages that sent this card by `card_id` (the platform sends a card entity once). */
  readonly messageIds: string[]
  /** Accepted element content updates. */
  updates: number
  /** Fake-clock milliseconds of the accepted content updates. */
  readonly updateTimes: number[]
  /** Fake-clock milliseconds. */
  readonly create_time: number
}

/** The mutable world of one fake server. */
export interface World {
  readonly departments: FakeDepartment[]
  readonly chats: FakeChat[]
  readonly messages: FakeMessage[]
  readonly files: Map<string, FakeFile>
  /** Message ids by `appId uuid`, with the fake-clock second they were sent: the one-hour dedupe. */
  readonly uuids: Map<string, { readonly messageId: string; readonly at: number }>
  /** CardKit card entities by `card_id`, oldest first. */
  readonly cards: Map<string, FakeCard>
}

/** What the stateful routes read: the fake's state (apps, users, clock) and its world. */
export interface ApiEnv {
  readonly state: () => State
  readonly world: () => World
}

/**
 * A stateful route. `reserved` lists values its path parameters never take: the literal segments
 * of sibling endpoints (`/users/batch` next to `/users/:user_id`), so `GET /users/batch_get_id`
 * still answers 404 like any path the fake does not serve, and a learned sibling still answers.
 */
export interface StatefulRoute extends RouteSpec {
  readonly reserved?: readonly string[]
}

/**
 * State a route file keeps beside a world (custom bots, reactions…): made on first use for each
 * world, so a new world (`reset()`) starts without it.
 *
 * @param make Makes the state of one world.
 * @returns The state of a world.
 */
export function perWorld<T>(make: () => T): (world: World) => T {
  const states = new WeakMap<World, T>()
  return (world) => {
    let state = states.get(world)
    if (state === undefined) states.set(world, (state = make()))
    return state
  }
}

/**
 * Makes an empty world.
 *
 * @returns No departments, chats, messages, files or cards.
 */
export function createWorld(): World {
  return { departments: [], chats: [], messages: [], files: new Map(), uuids: new Map(), cards: new Map() }
}

/**
 * Adds (or replaces, by tenant and `department_id`) a department.
 *
 * @param world The world to change.
 * @param input The department's fields.
 * @returns The department as stored.
 */
export function addDepartment(world: World, input: FakeDepartmentInput): FakeDepartment {
  const department: FakeDepartment = Object.freeze({
    ...input,
    department_id: input.department_id ?? `D${randomHex(4)}`,
    open_department_id: input.open_department_id ?? `od-${randomHex(16)}`,
    name: input.name ?? 'Fake Department',
    parent_department_id: input.parent_department_id ?? '0',
    tenant_key: input.tenant_key ?? FAKE_TENANT_KEY,
    members: Object.freeze([...(input.members ?? [])]),
  })
  const at = world.departments.findIndex(
    (d) => d.tenant_key === department.tenant_key && d.department_id === department.department_id,
  )
  if (at >= 0) world.departments[at] = department
  else world.departments.push(department)
  return department
}

/**
 * Adds (or replaces, by `chat_id`) a chat.
 *
 * @param world The world to change.
 * @param input The chat's fields.
 * @param defaultBot The app id whose bot joins when `bots` is not given.
 * @param now Fake-clock seconds, the default `create_time`.
 * @returns The chat as stored.
 */
export function addChat(world: World, input: FakeChatInput, defaultBot: string | undefined, now: number): FakeChat {
  const chat: FakeChat = Object.freeze({
    ...input,
    chat_id: input.chat_id ?? `oc_${randomHex(16)}`,
    name: input.name ?? (input.chat_mode === 'p2p' ? '' : 'Fake Chat'),
    description: input.description ?? '',
    tenant_key: input.tenant_key ?? FAKE_TENANT_KEY,
    chat_mode: input.chat_mode ?? 'group',
    chat_type: input.chat_type ?? 'private',
    members: Object.freeze([...(input.members ?? [])]),
    bots: Object.freeze([...(input.bots ?? (defaultBot === undefined ? [] : [defaultBot]))]),
    create_time: input.create_time ?? now,
  })
  const at = world.chats.findIndex((c) => c.chat_id === chat.chat_id)
  if (at >= 0) world.chats[at] = chat
  else world.chats.push(chat)
  return chat
}
