// Generated from catalog/trust_party.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { AvatarSchema, I18nNameSchema, IdSchema, ParentDepartmentIdSchema, TargetTenantSchema } from './models.ts'
import type {
  GetCollaborationTenantOutput,
  ListCollaborationTenantOutput,
  VisibleCollaborationTenantOrganizationOutput,
} from './collaboration_tenant.ts'
import type {
  GetCollaborationTenantCollaborationDepartmentOutput,
} from './collaboration_tenant.collaboration_department.ts'
import type { GetCollaborationTenantCollaborationUserOutput } from './collaboration_tenant.collaboration_user.ts'

/** Schema of {@link GetCollaborationTenantOutput}, for opt-in response validation. */
export const GetCollaborationTenantOutputSchema: GenericSchema<GetCollaborationTenantOutput> = /*#__PURE__*/ (() => looseObject({
  target_tenant: optional(TargetTenantSchema()),
}))()

/** Schema of {@link ListCollaborationTenantOutput}, for opt-in response validation. */
export const ListCollaborationTenantOutputSchema: GenericSchema<ListCollaborationTenantOutput> = /*#__PURE__*/ (() => looseObject({
  target_tenant_list: optional(array(TargetTenantSchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link VisibleCollaborationTenantOrganizationOutput}, for opt-in response validation. */
export const VisibleCollaborationTenantOrganizationOutputSchema: GenericSchema<VisibleCollaborationTenantOrganizationOutput> = /*#__PURE__*/ (() => looseObject({
  collaboration_entity_list: optional(array(looseObject({
    collaboration_entity_type: picklist(['user', 'department', 'group']),
    department_id: optional(string()),
    open_department_id: optional(string()),
    user_id: optional(string()),
    open_user_id: optional(string()),
    union_user_id: optional(string()),
    department_name: optional(string()),
    i18n_department_name: optional(I18nNameSchema()),
    department_order: optional(string()),
    user_name: optional(string()),
    i18n_user_name: optional(I18nNameSchema()),
    user_avatar: optional(AvatarSchema()),
    group_id: optional(string()),
    open_group_id: optional(string()),
    group_name: optional(string()),
    i18n_group_name: optional(I18nNameSchema()),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link GetCollaborationTenantCollaborationDepartmentOutput}, for opt-in response validation. */
export const GetCollaborationTenantCollaborationDepartmentOutputSchema: GenericSchema<GetCollaborationTenantCollaborationDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
  target_department: looseObject({
    open_department_id: optional(string()),
    department_id: optional(string()),
    name: optional(string()),
    i18n_name: optional(I18nNameSchema()),
    order: optional(string()),
    leaders: optional(array(looseObject({ leader_type: number(), id: IdSchema() }))),
    parent_department_id: optional(ParentDepartmentIdSchema()),
  }),
}))()

/** Schema of {@link GetCollaborationTenantCollaborationUserOutput}, for opt-in response validation. */
export const GetCollaborationTenantCollaborationUserOutputSchema: GenericSchema<GetCollaborationTenantCollaborationUserOutput> = /*#__PURE__*/ (() => looseObject({
  target_user: looseObject({
    open_id: optional(string()),
    user_id: optional(string()),
    union_id: optional(string()),
    name: string(),
    i18n_name: optional(I18nNameSchema()),
    avatar: optional(AvatarSchema()),
    mobile: optional(string()),
    status: optional(looseObject({
      is_frozen: optional(boolean()),
      is_resigned: optional(boolean()),
      is_activated: optional(boolean()),
      is_exited: optional(boolean()),
      is_unjoin: optional(boolean()),
    })),
    department_ids: optional(array(string())),
    leader_user_id: optional(string()),
    job_title: optional(string()),
    custom_attrs: optional(array(looseObject({
      type: optional(string()),
      id: optional(string()),
      value: optional(looseObject({
        text: optional(string()),
        url: optional(string()),
        pc_url: optional(string()),
        option_value: optional(string()),
        picture_url: optional(string()),
        name: optional(string()),
        generic_user: optional(looseObject({ id: string(), type: number() })),
      })),
    }))),
    employee_no: optional(string()),
    parent_department_ids: optional(array(ParentDepartmentIdSchema())),
    leader_id: optional(IdSchema()),
  }),
}))()
