// Generated from catalog/approval.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, maxLength, optional, picklist, pipe, string } from '../../../core/valibot.ts'
import { I18nResourceSchema } from './models.ts'
import type { I18nResource } from './types.ts'

/** Input of {@link sendMessage}. */
export interface SendMessageInput {
  body: {
    template_id: string
    user_id?: string
    open_id?: string
    uuid?: string
    approval_name?: string
    title_user_id?: string
    title_user_id_type?: 'user_id' | 'open_id'
    comment?: string
    content?: {
      user_id?: string
      user_id_type?: 'user_id' | 'open_id'
      department_id?: string
      user_name?: string
      department_name?: string
      /** Max 5 items. */
      summaries: { summary?: string }[]
    }
    custom_title?: string
    custom_content?: string
    note?: string
    sender_user_id?: string
    text?: string
    /** Max 2 items. */
    actions: { action_name: string; url: string; android_url: string; ios_url: string; pc_url: string }[]
    action_callback?: {
      action_callback_url?: string
      action_callback_token?: string
      action_callback_key?: string
      action_context?: string
    }
    action_configs?: {
      action_type: string
      action_name?: string
      is_need_reason?: boolean
      is_reason_required?: boolean
      is_need_attachment?: boolean
      next_status?: string
    }[]
    i18n_resources: I18nResource[]
  }
}

/** `data` of a successful {@link sendMessage} response. */
export interface SendMessageOutput {
  message_id?: string
}

/**
 * `approval.v1.message.send`: POST /open-apis/approval/v1/message/send (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/approval-v4/message/send-bot-messages
 */
export const sendMessage = /*#__PURE__*/ endpoint<SendMessageInput, SendMessageOutput>({
  id: 'approval.v1.message.send',
  method: 'POST',
  path: '/open-apis/approval/v1/message/send',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        template_id: string(),
        user_id: optional(string()),
        open_id: optional(string()),
        uuid: optional(string()),
        approval_name: optional(string()),
        title_user_id: optional(string()),
        title_user_id_type: optional(picklist(['user_id', 'open_id'])),
        comment: optional(string()),
        content: optional(looseObject({
          user_id: optional(string()),
          user_id_type: optional(picklist(['user_id', 'open_id'])),
          department_id: optional(string()),
          user_name: optional(string()),
          department_name: optional(string()),
          summaries: pipe(array(looseObject({ summary: optional(string()) })), maxLength(5)),
        })),
        custom_title: optional(string()),
        custom_content: optional(string()),
        note: optional(string()),
        sender_user_id: optional(string()),
        text: optional(string()),
        actions: pipe(
          array(looseObject({
            action_name: string(),
            url: string(),
            android_url: string(),
            ios_url: string(),
            pc_url: string(),
          })),
          maxLength(2),
        ),
        action_callback: optional(looseObject({
          action_callback_url: optional(string()),
          action_callback_token: optional(string()),
          action_callback_key: optional(string()),
          action_context: optional(string()),
        })),
        action_configs: optional(array(looseObject({
          action_type: string(),
          action_name: optional(string()),
          is_need_reason: optional(boolean()),
          is_reason_required: optional(boolean()),
          is_need_attachment: optional(boolean()),
          next_status: optional(string()),
        }))),
        i18n_resources: array(I18nResourceSchema()),
      }),
    }),
})

/** Input of {@link updateMessage}. */
export interface UpdateMessageInput {
  body: {
    message_id: string
    status:
      | 'APPROVED'
      | 'REJECTED'
      | 'CANCELLED'
      | 'FORWARDED'
      | 'ROLLBACK'
      | 'ADD'
      | 'DELETED'
      | 'PROCESSED'
      | 'CUSTOM'
    status_name?: string
    detail_action_name?: string
    i18n_resources: I18nResource[]
  }
}

/** `data` of a successful {@link updateMessage} response. */
export interface UpdateMessageOutput {
  message_id?: string
}

/**
 * `approval.v1.message.update`: POST /open-apis/approval/v1/message/update (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/approval-v4/message/update-bot-messages
 */
export const updateMessage = /*#__PURE__*/ endpoint<UpdateMessageInput, UpdateMessageOutput>({
  id: 'approval.v1.message.update',
  method: 'POST',
  path: '/open-apis/approval/v1/message/update',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        message_id: string(),
        status: picklist([
          'APPROVED',
          'REJECTED',
          'CANCELLED',
          'FORWARDED',
          'ROLLBACK',
          'ADD',
          'DELETED',
          'PROCESSED',
          'CUSTOM',
        ]),
        status_name: optional(string()),
        detail_action_name: optional(string()),
        i18n_resources: array(I18nResourceSchema()),
      }),
    }),
})
