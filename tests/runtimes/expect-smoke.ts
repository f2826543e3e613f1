/**
 * The assertions every runtime of the matrix must pass, written once: `describeSmoke` runs the smoke
 * in one runtime (through its harness) and checks each step's real values against what the fake was
 * seeded with. A step a runtime cannot run is listed as a refusal: the test then asserts that exact
 * error, and `docs/runtimes.md` says why. Nothing is skipped.
 *
 * @module
 */
import { describe, expect, it } from 'vitest'
import {
  appFor,
  eventIdFor,
  IMAGE_BYTES,
  imageFor,
  imageNameFor,
  lookupUser,
  sha256Hex,
  USER_COUNT,
  PAGE_SIZE,
  usersFor,
  type Runtime,
} from './matrix.ts'
import type { SmokeReport, Step, StepResult } from './smoke.ts'

/** A step the runtime refuses, with the error it must refuse with and the reason (for the docs). */
export interface Refusal {
  readonly step: Step
  readonly error: RegExp
  readonly why: string
}

/** How one runtime's harness is described. */
export interface SmokeSuite {
  /** What `detectRuntime()` must say inside the runtime (guards against a harness running the wrong one). */
  readonly detected: RegExp
  /** Starts the runtime and runs the smoke in it. */
  readonly run: () => Promise<SmokeReport>
  readonly refusals?: readonly Refusal[]
  /** Per test, the harness's start-up included (browser launch, workerd boot). Default 60 s. */
  readonly timeout?: number
}

/** The value every step must give, in the given runtime. */
async function expectedValues(runtime: Runtime): Promise<Record<Step, unknown>> {
  const { appId, tenantKey } = appFor(runtime)
  const user = lookupUser(runtime)
  const eventId = eventIdFor(runtime)
  return {
    contact: {
      found: { email: user.email, userId: user.open_id },
      missing: { email: `nobody.${runtime}@example.com` },
      // Node resolves the root's `node` condition; Bun and Deno (which match `node` too) the plain one.
      transport: runtime === 'node20' || runtime === 'node24' ? 'nodeFetch' : 'global fetch',
    },
    paginate: {
      openIds: usersFor(runtime).map((u) => u.open_id),
      requests: Math.ceil(USER_COUNT / PAGE_SIZE),
    },
    files: {
      imageKey: expect.stringMatching(/^img_v3_[0-9a-f]+$/),
      streamFirst: true,
      filename: imageNameFor(runtime),
      contentType: 'image/png',
      contentLength: IMAGE_BYTES,
      size: IMAGE_BYTES,
      chunks: expect.any(Number),
      sha256: await sha256Hex(imageFor(runtime)),
      equal: true,
    },
    events: {
      platformSample: 'hello world',
      encryptedOnTheWire: true,
      status: 200,
      reply: '{}',
      handled: [{ type: 'im.message.receive_v1', eventId, appId, tenantKey, chatId: `oc_${eventId}`, text: `hello from ${runtime}` }],
      replayStatus: 200,
      forgedStatus: 401,
      forgedReply: '{"msg":"unauthorized"}',
    },
    messages: {
      first: { msgType: 'text', text: `hi @${user.name} from ${runtime}`, chatType: '', resources: 0 },
      reply: { msgType: 'post', text: `# ${runtime}\n\n**done**: \`ok\``, parentIsFirst: true },
      parsed: { type: 'image', imageKey: 'img_x' },
      chunks: 4,
      fitting: true,
      fenced: true,
    },
    cards: { cards: 1, text: `streamed in ${runtime}: one two three four five `, sentByReference: true },
    bot: {
      statuses: [200, 200, 200],
      handled: [`hello bot from ${runtime}`],
      rejected: ['not-mentioned'],
      reply: `**${runtime}** got: hello bot from ${runtime}`,
      replyIsToQuestion: true,
    },
    sheets: {
      written: `Q ${runtime}/1!A1:B2`,
      appended: `Q ${runtime}/1!A3:B3`,
      values: [[runtime, 1], ['total', { type: 'formula', text: '=B1' }], ['more', 2]],
      batch: [[['more', 2]], [[1]]],
      revision: 2,
    },
  }
}

const TITLES: Record<Step, string> = {
  contact: 'createContext + batchGetUserId finds the seeded user by email, and not the unknown one, over the runtime\'s default fetch',
  paginate: `paginateItems follows page_token over ${Math.ceil(USER_COUNT / PAGE_SIZE)} pages and yields all ${USER_COUNT} users in order`,
  files: 'createImage uploads the bytes as multipart; getImage streams the same bytes back with name and type',
  events: 'the webhook dispatcher decrypts and verifies a platform delivery, runs the handler once, refuses a forged signature',
  messages: 'larkfn/messages builders sent and replied with, read back with getMessage and normalized; long markdown split with fences reopened',
  cards: 'larkfn/cards streams a short answer into a CardKit card sent by reference (rising sequence, streaming turned off)',
  bot: 'larkfn/bot answers a direct message once with a markdown reply to it, and leaves a group message without a mention',
  sheets: 'larkfn/sheets and sheets v2: cells written, appended and read back from the fake, the range one encoded path segment',
}

/**
 * Declares one runtime's suite: one test per step, plus one that the runtime is the one named.
 *
 * @param runtime The runtime (its data in the fake, its name in the report).
 * @param suite How to run the smoke there, what it must report, which steps it refuses.
 */
export function describeSmoke(runtime: Runtime, suite: SmokeSuite): void {
  // Every test awaits the one run, so a harness that cannot start fails each test with its error
  // (a failing beforeAll would only mark them skipped).
  let report: Promise<SmokeReport> | undefined
  const reportOnce = () => (report ??= suite.run())
  const result = async (step: Step): Promise<StepResult> => {
    const found = (await reportOnce()).results.find((r) => r.step === step)
    if (!found) throw new Error(`${runtime}: the smoke reported no ${step} step`)
    return found
  }
  const timeout = suite.timeout ?? 60_000

  describe(runtime, () => {
    it(`is the runtime it claims to be (it reports ${String(suite.detected)})`, async () => {
      const { runtime: named, detected } = await reportOnce()
      expect(named).toBe(runtime)
      expect(detected).toMatch(suite.detected)
    }, timeout)

    for (const step of Object.keys(TITLES) as Step[]) {
      const refusal = suite.refusals?.find((r) => r.step === step)
      if (refusal) {
        it(`${step}: refused (${refusal.why})`, async () => {
          const r = await result(step)
          expect(r.ok, `${runtime} was expected to refuse ${step}, but it passed: update the refusal and docs/runtimes.md`).toBe(false)
          if (!r.ok) expect(r.error).toMatch(refusal.error)
        }, timeout)
        continue
      }
      it(`${step}: ${TITLES[step]}`, async () => {
        const r = await result(step)
        if (!r.ok) expect.fail(`${runtime} ${step} failed: ${r.error}`)
        expect(r.value).toEqual((await expectedValues(runtime))[step])
      }, timeout)
    }
  })
}
