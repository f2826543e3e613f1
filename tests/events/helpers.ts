import { createEventDispatcher } from '../../src/events/index.ts'
import type { AnyLarkEvent, EventDispatcherOptions } from '../../src/events/index.ts'
import { listen } from '../../src/node/index.ts'
import { captureLogger } from '../helpers.ts'

export const ENCRYPT_KEY = 'kEy-0f-the-app-9a8b7c'
export const VERIFICATION_TOKEN = 'vToken-3c4d5e6f7a8b'
export const WEBHOOK = '/webhook/event'

/** A dispatcher served on loopback that records every handler call; logs are captured. */
export async function serveDispatcher(options: Partial<EventDispatcherOptions> = {}) {
  const calls: AnyLarkEvent[] = []
  const logger = captureLogger()
  const record = async (event: AnyLarkEvent) => {
    calls.push(event)
  }
  const dispatch = createEventDispatcher({
    encryptKey: ENCRYPT_KEY,
    verificationToken: VERIFICATION_TOKEN,
    logger,
    logLevel: 'debug',
    ...options,
    handlers: options.handlers ?? {
      'im.message.receive_v1': record,
      'contact.user.created_v3': record,
      message: record,
    },
  })
  const server = await listen(dispatch)
  return { url: `${server.url}${WEBHOOK}`, dispatch, calls, logger, close: () => server.close() }
}

/** Sends a request over real HTTP; returns the status and the parsed JSON body. */
export async function post(request: Request): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(request)
  const text = await response.text()
  return { status: response.status, body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) }
}

/** A minimal im.message.receive_v1 payload. */
export function messageEvent(text = 'hi'): Record<string, unknown> {
  return {
    sender: { sender_id: { open_id: 'ou_1' }, sender_type: 'user' },
    message: { message_id: 'om_1', create_time: '1700000000000', chat_id: 'oc_1', chat_type: 'p2p', message_type: 'text', content: JSON.stringify({ text }) },
  }
}
