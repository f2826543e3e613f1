// Generated from catalog/report.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { QueryRuleOutput } from './rule.ts'
import type { RemoveRuleViewOutput } from './rule.view.ts'
import type { QueryTaskOutput } from './task.ts'

/** Schema of {@link QueryRuleOutput}, for opt-in response validation. */
export const QueryRuleOutputSchema: GenericSchema<QueryRuleOutput> = /*#__PURE__*/ (() => looseObject({
  rules: optional(array(looseObject({
    rule_id: optional(string()),
    name: optional(string()),
    icon_name: optional(string()),
    created_at: optional(number()),
    creator_user_id: optional(string()),
    creator_user_name: optional(string()),
    owner_user_id: optional(string()),
    owner_user_name: optional(string()),
    form_schema: optional(array(looseObject({
      name: optional(string()),
      type: optional(picklist([
        'number',
        'text',
        'image',
        'address',
        'dropdown',
        'attachement',
        'multiSelect',
        'datetime',
      ])),
    }))),
    is_deleted: optional(number()),
    need_report_user_ids: optional(array(string())),
    need_report_department_ids: optional(array(string())),
    need_report_chat_ids: optional(array(string())),
    cc_user_ids: optional(array(string())),
    cc_department_ids: optional(array(string())),
    to_user_ids: optional(array(string())),
    to_chat_ids: optional(array(string())),
    to_leaders: optional(array(number())),
    to_department_owners: optional(array(number())),
    manager_user_ids: optional(array(string())),
    cc_chat_ids: optional(array(string())),
  }))),
}))()

/** Schema of {@link RemoveRuleViewOutput}, for opt-in response validation. */
export const RemoveRuleViewOutputSchema: GenericSchema<RemoveRuleViewOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link QueryTaskOutput}, for opt-in response validation. */
export const QueryTaskOutputSchema: GenericSchema<QueryTaskOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    task_id: optional(string()),
    rule_name: optional(string()),
    from_user_id: optional(string()),
    from_user_name: optional(string()),
    department_name: optional(string()),
    commit_time: optional(number()),
    form_contents: optional(array(looseObject({
      field_id: optional(string()),
      field_name: optional(string()),
      field_value: optional(string()),
    }))),
    rule_id: optional(string()),
    department_ids: optional(array(string())),
    to_user_ids: optional(array(string())),
    to_user_names: optional(array(string())),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()
