// Generated from catalog/admin.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { BadgeSchema, GrantSchema, ItemSchema } from './models.ts'
import type { ListAdminDeptStatOutput } from './admin_dept_stat.ts'
import type { ListAdminUserStatOutput } from './admin_user_stat.ts'
import type { ListAuditInfoOutput } from './audit_info.ts'
import type { CreateBadgeOutput, GetBadgeOutput, ListBadgeOutput, UpdateBadgeOutput } from './badge.ts'
import type {
  CreateBadgeGrantOutput,
  DeleteBadgeGrantOutput,
  GetBadgeGrantOutput,
  ListBadgeGrantOutput,
  UpdateBadgeGrantOutput,
} from './badge.grant.ts'
import type { CreateBadgeImageOutput } from './badge_image.ts'
import type { ResetPasswordOutput } from './password.ts'

/** Schema of {@link ListAdminDeptStatOutput}, for opt-in response validation. */
export const ListAdminDeptStatOutputSchema: GenericSchema<ListAdminDeptStatOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(looseObject({
    date: optional(string()),
    department_id: optional(string()),
    department_name: optional(string()),
    department_path: optional(string()),
    total_user_num: optional(number()),
    active_user_num: optional(number()),
    active_user_rate: optional(string()),
    suite_dau: optional(number()),
    suite_active_rate: optional(string()),
    new_user_num: optional(number()),
    new_active_num: optional(number()),
    resign_user_num: optional(number()),
    im_dau: optional(number()),
    send_messenger_user_num: optional(number()),
    send_messenger_num: optional(number()),
    avg_send_messenger_num: optional(string()),
    docs_dau: optional(number()),
    create_docs_user_num: optional(number()),
    create_docs_num: optional(number()),
    avg_create_docs_num: optional(string()),
    cal_dau: optional(number()),
    create_cal_user_num: optional(number()),
    create_cal_num: optional(number()),
    avg_create_cal_num: optional(string()),
    vc_dau: optional(number()),
    vc_duration: optional(number()),
    avg_vc_duration: optional(string()),
    avg_duration: optional(string()),
    task_dau: optional(number()),
    create_task_user_num: optional(number()),
    create_task_num: optional(number()),
    avg_create_task_num: optional(string()),
    email_send_count: optional(string()),
    email_receive_count: optional(string()),
    email_send_ext_count: optional(string()),
    email_receive_ext_count: optional(string()),
    email_send_in_count: optional(string()),
    email_receive_in_count: optional(string()),
    search_active_dau: optional(string()),
    total_search_count: optional(string()),
    quick_search_count: optional(string()),
    tab_search_count: optional(string()),
    product_version: optional(string()),
  }))),
}))()

/** Schema of {@link ListAdminUserStatOutput}, for opt-in response validation. */
export const ListAdminUserStatOutputSchema: GenericSchema<ListAdminUserStatOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(looseObject({
    date: optional(string()),
    user_id: optional(string()),
    user_name: optional(string()),
    department_name: optional(string()),
    department_path: optional(string()),
    create_time: optional(string()),
    user_active_flag: optional(number()),
    register_time: optional(string()),
    suite_active_flag: optional(number()),
    last_active_time: optional(string()),
    im_active_flag: optional(number()),
    send_messenger_num: optional(number()),
    docs_active_flag: optional(number()),
    create_docs_num: optional(number()),
    cal_active_flag: optional(number()),
    create_cal_num: optional(number()),
    vc_active_flag: optional(number()),
    vc_duration: optional(number()),
    active_os: optional(string()),
    create_task_num: optional(number()),
    vc_num: optional(number()),
    app_package_type: optional(string()),
    os_name: optional(string()),
    email_send_count: optional(string()),
    email_receive_count: optional(string()),
    email_send_ext_count: optional(string()),
    email_receive_ext_count: optional(string()),
    email_send_in_count: optional(string()),
    email_receive_in_count: optional(string()),
    search_active_flag: optional(number()),
    total_search_count: optional(string()),
    quick_search_count: optional(string()),
    tab_search_count: optional(string()),
  }))),
}))()

/** Schema of {@link ListAuditInfoOutput}, for opt-in response validation. */
export const ListAuditInfoOutputSchema: GenericSchema<ListAuditInfoOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(ItemSchema())),
}))()

/** Schema of {@link CreateBadgeOutput}, for opt-in response validation. */
export const CreateBadgeOutputSchema: GenericSchema<CreateBadgeOutput> = /*#__PURE__*/ (() => looseObject({
  badge: optional(BadgeSchema()),
}))()

/** Schema of {@link GetBadgeOutput}, for opt-in response validation. */
export const GetBadgeOutputSchema: GenericSchema<GetBadgeOutput> = /*#__PURE__*/ (() => looseObject({
  badge: optional(BadgeSchema()),
}))()

/** Schema of {@link ListBadgeOutput}, for opt-in response validation. */
export const ListBadgeOutputSchema: GenericSchema<ListBadgeOutput> = /*#__PURE__*/ (() => looseObject({
  badges: optional(array(BadgeSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link UpdateBadgeOutput}, for opt-in response validation. */
export const UpdateBadgeOutputSchema: GenericSchema<UpdateBadgeOutput> = /*#__PURE__*/ (() => looseObject({
  badge: optional(BadgeSchema()),
}))()

/** Schema of {@link CreateBadgeGrantOutput}, for opt-in response validation. */
export const CreateBadgeGrantOutputSchema: GenericSchema<CreateBadgeGrantOutput> = /*#__PURE__*/ (() => looseObject({
  grant: optional(GrantSchema()),
}))()

/** Schema of {@link DeleteBadgeGrantOutput}, for opt-in response validation. */
export const DeleteBadgeGrantOutputSchema: GenericSchema<DeleteBadgeGrantOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetBadgeGrantOutput}, for opt-in response validation. */
export const GetBadgeGrantOutputSchema: GenericSchema<GetBadgeGrantOutput> = /*#__PURE__*/ (() => looseObject({
  grant: optional(GrantSchema()),
}))()

/** Schema of {@link ListBadgeGrantOutput}, for opt-in response validation. */
export const ListBadgeGrantOutputSchema: GenericSchema<ListBadgeGrantOutput> = /*#__PURE__*/ (() => looseObject({
  grants: optional(array(GrantSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link UpdateBadgeGrantOutput}, for opt-in response validation. */
export const UpdateBadgeGrantOutputSchema: GenericSchema<UpdateBadgeGrantOutput> = /*#__PURE__*/ (() => looseObject({
  grant: optional(GrantSchema()),
}))()

/** Schema of {@link CreateBadgeImageOutput}, for opt-in response validation. */
export const CreateBadgeImageOutputSchema: GenericSchema<CreateBadgeImageOutput> = /*#__PURE__*/ (() => looseObject({
  image_key: optional(string()),
}))()

/** Schema of {@link ResetPasswordOutput}, for opt-in response validation. */
export const ResetPasswordOutputSchema: GenericSchema<ResetPasswordOutput> = /*#__PURE__*/ (() => looseObject({}))()
