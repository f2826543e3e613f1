/**
 * Type tests of the card JSON 2.0 types and defineCard, checked by `tsc --noEmit -p .`.
 */
import { expectTypeOf } from 'vitest'
import { card } from '../../src/messages/builders.ts'
import { defineCard, type CardElement, type CardJson2 } from '../../src/cards/types.ts'

// A streaming card, as the card kit creates it, compiles.
const streaming: CardJson2 = {
  schema: '2.0',
  config: {
    update_multi: true,
    streaming_mode: true,
    streaming_config: {
      print_frequency_ms: { default: 70, android: 70, ios: 70, pc: 70 },
      print_step: { default: 1 },
      print_strategy: 'fast',
    },
    summary: { content: '', i18n_content: { en_us: 'Thinking' } },
    width_mode: 'fill',
    enable_forward: true,
    locales: ['zh_cn', 'en_us'],
    style: { color: { 'cus-0': { light_mode: 'rgba(5,157,178,0.52)', dark_mode: 'rgba(78,23,108,0.49)' } } },
  },
  card_link: { url: 'https://example.com' },
  header: {
    title: { tag: 'plain_text', content: 'Answer' },
    subtitle: { tag: 'plain_text', content: 'draft' },
    template: 'blue',
    icon: { tag: 'standard_icon', token: 'robot_outlined' },
    text_tag_list: [{ tag: 'text_tag', text: { tag: 'plain_text', content: 'AI' }, color: 'neutral' }],
    padding: '12px',
  },
  body: {
    direction: 'vertical',
    padding: '12px 8px',
    elements: [
      { tag: 'markdown', element_id: 'answer', content: '' },
      { tag: 'div', text: { tag: 'lark_md', content: '**bold**' } },
      { tag: 'hr' },
      { tag: 'img', img_key: 'img_v2_1', alt: { tag: 'plain_text', content: 'chart' } },
      {
        tag: 'column_set',
        flex_mode: 'bisect',
        columns: [
          { tag: 'column', width: 'weighted', weight: 1, elements: [{ tag: 'markdown', content: 'left' }] },
          { tag: 'column', width: 'weighted', weight: 1, elements: [{ tag: 'person', user_id: 'ou_1', size: 'small' }] },
        ],
      },
      {
        tag: 'table',
        page_size: 5,
        columns: [{ name: 'n', display_name: 'Name', data_type: 'text' }],
        rows: [{ n: 'a' }, { n: 'b' }],
      },
      { tag: 'collapsible_panel', expanded: false, header: { title: { tag: 'plain_text', content: 'Reasoning' } }, elements: [] },
      {
        tag: 'form',
        name: 'feedback',
        elements: [
          { tag: 'input', name: 'note', placeholder: { tag: 'plain_text', content: 'Why?' } },
          {
            tag: 'select_static',
            name: 'score',
            options: [
              { text: { tag: 'plain_text', content: 'Good' }, value: 'good' },
              { text: { tag: 'plain_text', content: 'Bad' }, value: 'bad' },
            ],
          },
          { tag: 'button', name: 'send', text: { tag: 'plain_text', content: 'Send' }, type: 'primary_filled', form_action_type: 'submit' },
        ],
      },
      {
        tag: 'button',
        element_id: 'stop',
        text: { tag: 'plain_text', content: 'Stop' },
        type: 'danger',
        size: 'small',
        behaviors: [{ type: 'callback', value: { action: 'stop' } }, { type: 'open_url', default_url: 'https://example.com' }],
        confirm: { title: { tag: 'plain_text', content: 'Stop?' } },
      },
      { tag: 'chart', chart_spec: { type: 'bar', data: [] } },
    ],
  },
}
void streaming

// Fields the platform adds later still type-check, on the card and on components.
const future: CardJson2 = { schema: '2.0', some_new_field: 1, body: { elements: [{ tag: 'markdown', content: 'x', new_option: true }] } }
void future

// A misspelt tag does not.
// @ts-expect-error 'markdwn' is not a component tag
const typo: CardElement = { tag: 'markdwn', content: 'x' }
void typo
// @ts-expect-error 'markdwn' is not a component tag, inside a card either
void defineCard({ schema: '2.0', body: { elements: [{ tag: 'markdwn', content: 'x' }] } })

// Only JSON 2.0: schema '1.0' (or no schema) is refused.
// @ts-expect-error schema must be '2.0'
const old: CardJson2 = { schema: '1.0', body: { elements: [] } }
void old
// @ts-expect-error schema is required
void defineCard({ body: { elements: [] } })
// @ts-expect-error JSON 2.0 cards only take update_multi: true
void defineCard({ schema: '2.0', config: { update_multi: false }, body: { elements: [] } })
// @ts-expect-error print_strategy is 'fast' or 'delay'
void defineCard({ schema: '2.0', config: { streaming_config: { print_strategy: 'slow' } }, body: { elements: [] } })
// @ts-expect-error a behaviour's type is 'open_url' or 'callback'
void defineCard({ schema: '2.0', body: { elements: [{ tag: 'button', behaviors: [{ type: 'jump', default_url: 'x' }] }] } })

// defineCard returns its argument's literal types.
const answer = defineCard({
  schema: '2.0',
  config: { streaming_mode: true, summary: { content: '' } },
  body: { elements: [{ tag: 'markdown', element_id: 'answer', content: '' }, { tag: 'hr' }] },
})
expectTypeOf(answer.schema).toEqualTypeOf<'2.0'>()
expectTypeOf(answer.config.streaming_mode).toEqualTypeOf<true>()
expectTypeOf(answer.body.elements[0].tag).toEqualTypeOf<'markdown'>()
expectTypeOf(answer.body.elements[0].element_id).toEqualTypeOf<'answer'>()
expectTypeOf(answer.body.elements[1].tag).toEqualTypeOf<'hr'>()
expectTypeOf(answer.body.elements).toHaveProperty('length').toEqualTypeOf<2>()
// ...and stays a CardJson2.
expectTypeOf(answer).toMatchTypeOf<CardJson2>()

// A defined card goes straight into the card message builder.
void card(answer)

// Card callback replies in larkfn/events take the same card JSON 2.0 type.
import type { CardActionReply } from '../../src/events/callbacks.ts'
export const callbackReply: CardActionReply = {
  toast: { type: 'success', content: 'saved' },
  card: { type: 'raw', data: defineCard({ schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'done' }] } }) },
}
