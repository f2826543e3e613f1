// Generated from catalog/contact.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { BatchAddDepartmentOutput } from './department.ts'
import type { ListRoleOutput } from './role.ts'
import type { GetTaskOutput } from './task.ts'
import type { BatchAddUserOutput } from './user.ts'

/** Schema of {@link BatchAddDepartmentOutput}, for opt-in response validation. */
export const BatchAddDepartmentOutputSchema: GenericSchema<BatchAddDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
  task_id: optional(string()),
}))()

/** Schema of {@link ListRoleOutput}, for opt-in response validation. */
export const ListRoleOutputSchema: GenericSchema<ListRoleOutput> = /*#__PURE__*/ (() => looseObject({
  role_list: optional(array(looseObject({ id: optional(string()), name: optional(string()) }))),
}))()

/** Schema of {@link GetTaskOutput}, for opt-in response validation. */
export const GetTaskOutputSchema: GenericSchema<GetTaskOutput> = /*#__PURE__*/ (() => looseObject({
  task_id: optional(string()),
  type: optional(picklist(['add_user', 'add_department'])),
  status: optional(number()),
  progress: optional(number()),
  total_num: optional(number()),
  success_num: optional(number()),
  fail_num: optional(number()),
  create_time: optional(number()),
  finish_time: optional(number()),
  task_info: optional(array(looseObject({
    code: optional(number()),
    msg: optional(string()),
    action: optional(number()),
    name: optional(string()),
    email: optional(string()),
    mobile: optional(string()),
    user_id: optional(string()),
    departments: optional(array(string())),
    open_id: optional(string()),
    department_id: optional(string()),
    parent_id: optional(string()),
    chat_id: optional(string()),
  }))),
}))()

/** Schema of {@link BatchAddUserOutput}, for opt-in response validation. */
export const BatchAddUserOutputSchema: GenericSchema<BatchAddUserOutput> = /*#__PURE__*/ (() => looseObject({
  task_id: optional(string()),
}))()
