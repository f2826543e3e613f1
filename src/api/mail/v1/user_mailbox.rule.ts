// Generated from catalog/mail.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, string } from '../../../core/valibot.ts'
import { ActionItemSchema, ConditionSchema } from './models.ts'
import type { ActionItem, Condition, CreateRule } from './types.ts'

/** Input of {@link createUserMailboxRule}. */
export interface CreateUserMailboxRuleInput {
  path: { user_mailbox_id: string }
  body: {
    condition: Condition
    action: { items: ActionItem[] }
    ignore_the_rest_of_rules: boolean
    name: string
    is_enable: boolean
  }
}

/** `data` of a successful {@link createUserMailboxRule} response. */
export interface CreateUserMailboxRuleOutput {
  rule?: CreateRule
}

/**
 * `mail.v1.user_mailbox.rule.create`: POST /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/rules (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=mail&resource=user_mailbox.rule&version=v1
 */
export const createUserMailboxRule = /*#__PURE__*/ endpoint<CreateUserMailboxRuleInput, CreateUserMailboxRuleOutput>({
  id: 'mail.v1.user_mailbox.rule.create',
  method: 'POST',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/rules',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string() }),
      body: looseObject({
        condition: ConditionSchema(),
        action: looseObject({ items: array(ActionItemSchema()) }),
        ignore_the_rest_of_rules: boolean(),
        name: string(),
        is_enable: boolean(),
      }),
    }),
})

/** Input of {@link deleteUserMailboxRule}. */
export interface DeleteUserMailboxRuleInput {
  path: { user_mailbox_id: string; rule_id: string }
}

/** `data` of a successful {@link deleteUserMailboxRule} response. */
export type DeleteUserMailboxRuleOutput = { [key: string]: unknown }

/**
 * `mail.v1.user_mailbox.rule.delete`: DELETE /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/rules/:rule_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=mail&resource=user_mailbox.rule&version=v1
 */
export const deleteUserMailboxRule = /*#__PURE__*/ endpoint<DeleteUserMailboxRuleInput, DeleteUserMailboxRuleOutput>({
  id: 'mail.v1.user_mailbox.rule.delete',
  method: 'DELETE',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/rules/:rule_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ user_mailbox_id: string(), rule_id: string() }) }),
})

/** Input of {@link listUserMailboxRule}. */
export interface ListUserMailboxRuleInput {
  path: { user_mailbox_id: string }
}

/** `data` of a successful {@link listUserMailboxRule} response. */
export interface ListUserMailboxRuleOutput {
  items?: CreateRule[]
}

/**
 * `mail.v1.user_mailbox.rule.list`: GET /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/rules (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=mail&resource=user_mailbox.rule&version=v1
 */
export const listUserMailboxRule = /*#__PURE__*/ endpoint<ListUserMailboxRuleInput, ListUserMailboxRuleOutput>({
  id: 'mail.v1.user_mailbox.rule.list',
  method: 'GET',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/rules',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ user_mailbox_id: string() }) }),
})

/** Input of {@link reorderUserMailboxRule}. */
export interface ReorderUserMailboxRuleInput {
  path: { user_mailbox_id: string }
  body: { rule_ids: string[] }
}

/** `data` of a successful {@link reorderUserMailboxRule} response. */
export type ReorderUserMailboxRuleOutput = { [key: string]: unknown }

/**
 * `mail.v1.user_mailbox.rule.reorder`: POST /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/rules/reorder (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=reorder&project=mail&resource=user_mailbox.rule&version=v1
 */
export const reorderUserMailboxRule = /*#__PURE__*/ endpoint<ReorderUserMailboxRuleInput, ReorderUserMailboxRuleOutput>({
  id: 'mail.v1.user_mailbox.rule.reorder',
  method: 'POST',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/rules/reorder',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ path: looseObject({ user_mailbox_id: string() }), body: looseObject({ rule_ids: array(string()) }) }),
})

/** Input of {@link updateUserMailboxRule}. */
export interface UpdateUserMailboxRuleInput {
  path: { user_mailbox_id: string; rule_id: string }
  body: {
    condition: Condition
    action: { items: ActionItem[] }
    ignore_the_rest_of_rules: boolean
    name: string
    is_enable: boolean
  }
}

/** `data` of a successful {@link updateUserMailboxRule} response. */
export type UpdateUserMailboxRuleOutput = { [key: string]: unknown }

/**
 * `mail.v1.user_mailbox.rule.update`: PUT /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/rules/:rule_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=mail&resource=user_mailbox.rule&version=v1
 */
export const updateUserMailboxRule = /*#__PURE__*/ endpoint<UpdateUserMailboxRuleInput, UpdateUserMailboxRuleOutput>({
  id: 'mail.v1.user_mailbox.rule.update',
  method: 'PUT',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/rules/:rule_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string(), rule_id: string() }),
      body: looseObject({
        condition: ConditionSchema(),
        action: looseObject({ items: array(ActionItemSchema()) }),
        ignore_the_rest_of_rules: boolean(),
        name: string(),
        is_enable: boolean(),
      }),
    }),
})
