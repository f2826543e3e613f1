import { describe, expect, it } from 'vitest'
import { createChatQueue } from '../../src/bot/queue.ts'

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

describe('createChatQueue', () => {
  it('runs one key one task at a time, in order of `order`, whatever the push order within the window', async () => {
    const queue = createChatQueue({ orderWindow: 20 })
    const log: string[] = []
    const task = (name: string) => async () => {
      log.push(`start ${name}`)
      await pause(5)
      log.push(`end ${name}`)
    }
    const done = [3, 1, 2].map((n) => queue.push('chat', n, task(`m${n}`)))
    expect(queue.size).toBe(3)
    await Promise.all(done)
    expect(log).toEqual(['start m1', 'end m1', 'start m2', 'end m2', 'start m3', 'end m3'])
    expect(queue.size).toBe(0)
  })

  it('keeps arrival order for equal orders and sorts late arrivals among the waiting ones', async () => {
    const queue = createChatQueue({ orderWindow: 0 })
    const seen: string[] = []
    const slow = queue.push('c', 10, async () => void (await pause(30), seen.push('first')))
    await pause(5)
    const later = [queue.push('c', 30, async () => void seen.push('b')), queue.push('c', 20, async () => void seen.push('a')), queue.push('c', 20, async () => void seen.push('a2'))]
    await Promise.all([slow, ...later])
    expect(seen).toEqual(['first', 'a', 'a2', 'b'])
  })

  it('runs different keys in parallel: all ten are running at once', async () => {
    const queue = createChatQueue({ orderWindow: 0 })
    let running = 0
    let most = 0
    let open!: () => void
    const gate = new Promise<void>((resolve) => (open = resolve))
    const done = Array.from({ length: 10 }, (_, i) =>
      queue.push(`chat${i}`, 0, async () => {
        most = Math.max(most, ++running)
        await gate
        running--
      }),
    )
    while (most < 10) await pause(2)
    open()
    await Promise.all(done)
    expect(most).toBe(10)
  })

  it('a failing task rejects its own promise and the key goes on', async () => {
    const queue = createChatQueue({ orderWindow: 0 })
    const failing = queue.push('c', 1, async () => {
      throw new Error('boom')
    })
    const next = queue.push('c', 2, async () => {})
    await expect(failing).rejects.toThrow('boom')
    await expect(next).resolves.toBeUndefined()
  })

  it('is bounded per key and in total: a full queue answers undefined and runs nothing', async () => {
    const queue = createChatQueue({ orderWindow: 0, maxPerChat: 2, maxTotal: 3 })
    let ran = 0
    const task = async () => void (await pause(10), ran++)
    const first = queue.push('a', 1, task) // running: not counted as waiting once started
    await pause(1)
    expect(queue.push('a', 2, task)).toBeDefined()
    expect(queue.push('a', 3, task)).toBeDefined()
    expect(queue.push('a', 4, task)).toBeUndefined()
    expect(queue.push('b', 1, task)).toBeUndefined() // total of 3 reached
    await first
    await queue.idle()
    expect(ran).toBe(3)
  })

  it('idle() resolves once everything ran', async () => {
    const queue = createChatQueue({ orderWindow: 5 })
    let ran = 0
    for (let i = 0; i < 5; i++) void queue.push(`k${i % 2}`, i, async () => void (await pause(3), ran++))
    await queue.idle()
    expect(ran).toBe(5)
    await expect(queue.idle()).resolves.toBeUndefined()
  })
})
