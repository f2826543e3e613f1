/**
 * One chat's messages one after another, different chats in parallel: a queue per key (the chat
 * id) inside one process. Deliveries of one chat can arrive out of order (the platform pushes each
 * event on its own request), so waiting tasks run in the order of their `order` value (the
 * message's create time), and an idle chat waits `orderWindow` ms before it starts, to let the
 * messages sent together arrive. A message that arrives after a later one has started runs after it.
 *
 * The queue is per instance: two instances behind a load balancer each keep their own. Bounded:
 * at most `maxPerChat` tasks wait in one chat and `maxTotal` in all.
 *
 * @module
 */
import { sleep } from '../core/abort.ts'

/** Options of {@link createChatQueue}. */
export interface ChatQueueOptions {
  /** Milliseconds an idle chat waits before running its first task (default 50; 0: at once). */
  readonly orderWindow?: number
  /** Most tasks waiting in one chat (default 100). */
  readonly maxPerChat?: number
  /** Most tasks waiting in all chats together (default 1,000). */
  readonly maxTotal?: number
}

/** A per-key serial queue. */
export interface ChatQueue {
  /**
   * Queues `task` under `key`. Resolves when the task has run (its errors are the caller's to catch:
   * a rejection is passed on, the queue goes on); `undefined` when the queue is full (nothing queued).
   */
  push(key: string, order: number, task: () => Promise<void>): Promise<void> | undefined
  /** Tasks waiting or running, all keys together. */
  readonly size: number
  /** Resolves when no task is waiting or running. */
  idle(): Promise<void>
}

interface Item {
  readonly order: number
  readonly seq: number
  readonly run: () => Promise<void>
}

interface Lane {
  readonly waiting: Item[]
}

/**
 * Makes a per-key serial queue.
 *
 * @param options Order window and bounds.
 * @returns The queue.
 * @example
 * const queue = createChatQueue()
 * await queue.push(message.chatId, message.createTime ?? Date.now(), () => handle(message))
 */
export function createChatQueue(options: ChatQueueOptions = {}): ChatQueue {
  const orderWindow = options.orderWindow ?? 50
  const maxPerChat = options.maxPerChat ?? 100
  const maxTotal = options.maxTotal ?? 1000
  const lanes = new Map<string, Lane>()
  let size = 0
  let seq = 0
  let drained: (() => void) | undefined
  let idle: Promise<void> | undefined

  async function drain(key: string, lane: Lane): Promise<void> {
    if (orderWindow > 0) await sleep(orderWindow)
    for (let item = lane.waiting.shift(); item; item = lane.waiting.shift()) {
      try {
        await item.run()
      } catch {
        // The task's own promise carries its error; the chat goes on.
      }
      size--
    }
    lanes.delete(key)
    if (size === 0) {
      drained?.()
      drained = idle = undefined
    }
  }

  return {
    push(key, order, task) {
      let lane = lanes.get(key)
      if (size >= maxTotal || (lane && lane.waiting.length >= maxPerChat)) return undefined
      let settle!: { resolve: () => void; reject: (error: unknown) => void }
      const done = new Promise<void>((resolve, reject) => (settle = { resolve, reject }))
      const run = () => task().then(settle.resolve, (error: unknown) => (settle.reject(error), Promise.reject(error)))
      const item: Item = { order: Number.isFinite(order) ? order : Infinity, seq: seq++, run }
      size++
      if (lane) {
        // Sorted by (order, arrival): the running task is not in `waiting`.
        let at = lane.waiting.length
        while (at > 0 && lane.waiting[at - 1]!.order > item.order) at--
        lane.waiting.splice(at, 0, item)
      } else {
        lane = { waiting: [item] }
        lanes.set(key, lane)
        void drain(key, lane)
      }
      return done
    },
    get size() {
      return size
    },
    idle() {
      if (size === 0) return Promise.resolve()
      idle ??= new Promise<void>((resolve) => (drained = resolve))
      return idle
    },
  }
}
