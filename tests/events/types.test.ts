import { describe, expectTypeOf, it } from 'vitest'
import type { ImMessageReceiveV1Event } from '../../src/api/events.ts'
import { createEventDispatcher, type CardActionReply, type LarkEvent } from '../../src/events/index.ts'

describe('handler types', () => {
  it('types the event of each handler by its event type', () => {
    createEventDispatcher({
      handlers: {
        'im.message.receive_v1': async (e) => {
          expectTypeOf(e).toEqualTypeOf<LarkEvent<'im.message.receive_v1'>>()
          expectTypeOf(e.event).toEqualTypeOf<ImMessageReceiveV1Event>()
          expectTypeOf(e.event.message.content).toEqualTypeOf<string>()
          expectTypeOf(e.eventId).toEqualTypeOf<string | undefined>()
        },
        app_ticket: (e) => {
          expectTypeOf(e.event.app_ticket).toEqualTypeOf<string>()
          expectTypeOf(e.event.type).toEqualTypeOf<'app_ticket'>()
        },
        'contact.user.created_v3': (e) => {
          expectTypeOf(e.event.object).not.toBeAny()
        },
      },
    })
  })

  it('types callback replies', () => {
    createEventDispatcher({
      handlers: {
        'card.action.trigger': async (e) => {
          expectTypeOf(e.event.action?.value).toEqualTypeOf<Record<string, unknown> | string | undefined>()
          return { toast: { type: 'success', content: 'ok' } } satisfies CardActionReply
        },
        'card.action.trigger_v1': (e) => {
          expectTypeOf(e.event.open_message_id).toEqualTypeOf<string | undefined>()
          return { config: { wide_screen_mode: true }, elements: [] }
        },
      },
    })
    createEventDispatcher({
      handlers: {
        // @ts-expect-error a toast type the platform does not have
        'card.action.trigger': () => ({ toast: { type: 'bad' } }),
      },
    })
  })

  it('takes extra event types through the type parameter, and refuses unknown ones without it', () => {
    createEventDispatcher<{ 'x.custom_v1': { n: number } }>({
      handlers: {
        'x.custom_v1': (e) => {
          expectTypeOf(e.event.n).toEqualTypeOf<number>()
        },
        'im.chat.disbanded_v1': (e) => {
          expectTypeOf(e.event.chat_id).toEqualTypeOf<string | undefined>()
        },
      },
    })
    createEventDispatcher({
      handlers: {
        // @ts-expect-error not a known event type
        'no.such.event_v1': () => undefined,
      },
    })
  })
})
