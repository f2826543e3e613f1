// Generated from catalog/directory.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import {
  AbnormalSchema,
  AvatarSchema,
  DepartmentSchema,
  EmployeeSchema,
  NameSchema,
  ObjectsSchema,
  PageResponseSchema,
} from './models.ts'
import type {
  CreateCollaborationRuleOutput,
  DeleteCollaborationRuleOutput,
  ListCollaborationRuleOutput,
  UpdateCollaborationRuleOutput,
} from './collaboration_rule.ts'
import type { ListCollaborationTenantOutput } from './collaboration_tenant.ts'
import type { ListCollborationShareEntityOutput } from './collboration_share_entity.ts'
import type {
  CreateDepartmentOutput,
  DeleteDepartmentOutput,
  FilterDepartmentOutput,
  MgetDepartmentOutput,
  PatchDepartmentOutput,
  SearchDepartmentOutput,
} from './department.ts'
import type {
  CreateEmployeeOutput,
  DeleteEmployeeOutput,
  FilterEmployeeOutput,
  MgetEmployeeOutput,
  PatchEmployeeOutput,
  RegularEmployeeOutput,
  ResurrectEmployeeOutput,
  SearchEmployeeOutput,
  ToEmployeeBeResignedOutput,
} from './employee.ts'

/** Schema of {@link CreateCollaborationRuleOutput}, for opt-in response validation. */
export const CreateCollaborationRuleOutputSchema: GenericSchema<CreateCollaborationRuleOutput> = /*#__PURE__*/ (() => looseObject({
  add_rule_id: optional(string()),
}))()

/** Schema of {@link DeleteCollaborationRuleOutput}, for opt-in response validation. */
export const DeleteCollaborationRuleOutputSchema: GenericSchema<DeleteCollaborationRuleOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListCollaborationRuleOutput}, for opt-in response validation. */
export const ListCollaborationRuleOutputSchema: GenericSchema<ListCollaborationRuleOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    rule_id: optional(string()),
    subjects: optional(ObjectsSchema()),
    subject_is_valid: optional(boolean()),
    objects: optional(ObjectsSchema()),
    object_is_valid: optional(boolean()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link UpdateCollaborationRuleOutput}, for opt-in response validation. */
export const UpdateCollaborationRuleOutputSchema: GenericSchema<UpdateCollaborationRuleOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListCollaborationTenantOutput}, for opt-in response validation. */
export const ListCollaborationTenantOutputSchema: GenericSchema<ListCollaborationTenantOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    tenant_key: optional(string()),
    connect_time: optional(number()),
    avatar: optional(AvatarSchema()),
    brand: optional(string()),
    name: optional(NameSchema()),
    short_name: optional(NameSchema()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link ListCollborationShareEntityOutput}, for opt-in response validation. */
export const ListCollborationShareEntityOutputSchema: GenericSchema<ListCollborationShareEntityOutput> = /*#__PURE__*/ (() => looseObject({
  page_token: optional(string()),
  has_more: optional(boolean()),
  share_departments: optional(array(looseObject({
    open_department_id: optional(string()),
    name: optional(NameSchema()),
  }))),
  share_groups: optional(array(looseObject({ open_group_id: optional(string()), name: optional(NameSchema()) }))),
  share_users: optional(array(looseObject({
    open_user_id: optional(string()),
    name: optional(NameSchema()),
    avatar: optional(AvatarSchema()),
  }))),
}))()

/** Schema of {@link CreateDepartmentOutput}, for opt-in response validation. */
export const CreateDepartmentOutputSchema: GenericSchema<CreateDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
  department_id: optional(string()),
}))()

/** Schema of {@link DeleteDepartmentOutput}, for opt-in response validation. */
export const DeleteDepartmentOutputSchema: GenericSchema<DeleteDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link FilterDepartmentOutput}, for opt-in response validation. */
export const FilterDepartmentOutputSchema: GenericSchema<FilterDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
  departments: optional(array(DepartmentSchema())),
  page_response: optional(PageResponseSchema()),
  abnormals: optional(array(AbnormalSchema())),
}))()

/** Schema of {@link MgetDepartmentOutput}, for opt-in response validation. */
export const MgetDepartmentOutputSchema: GenericSchema<MgetDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
  departments: optional(array(DepartmentSchema())),
  abnormals: optional(array(AbnormalSchema())),
}))()

/** Schema of {@link PatchDepartmentOutput}, for opt-in response validation. */
export const PatchDepartmentOutputSchema: GenericSchema<PatchDepartmentOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link SearchDepartmentOutput}, for opt-in response validation. */
export const SearchDepartmentOutputSchema: GenericSchema<SearchDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
  departments: optional(array(DepartmentSchema())),
  page_response: optional(PageResponseSchema()),
  abnormals: optional(array(AbnormalSchema())),
}))()

/** Schema of {@link CreateEmployeeOutput}, for opt-in response validation. */
export const CreateEmployeeOutputSchema: GenericSchema<CreateEmployeeOutput> = /*#__PURE__*/ (() => looseObject({
  employee_id: optional(string()),
}))()

/** Schema of {@link DeleteEmployeeOutput}, for opt-in response validation. */
export const DeleteEmployeeOutputSchema: GenericSchema<DeleteEmployeeOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link FilterEmployeeOutput}, for opt-in response validation. */
export const FilterEmployeeOutputSchema: GenericSchema<FilterEmployeeOutput> = /*#__PURE__*/ (() => looseObject({
  employees: optional(array(EmployeeSchema())),
  page_response: optional(PageResponseSchema()),
  abnormals: optional(array(AbnormalSchema())),
}))()

/** Schema of {@link MgetEmployeeOutput}, for opt-in response validation. */
export const MgetEmployeeOutputSchema: GenericSchema<MgetEmployeeOutput> = /*#__PURE__*/ (() => looseObject({
  employees: optional(array(EmployeeSchema())),
  abnormals: optional(array(AbnormalSchema())),
}))()

/** Schema of {@link PatchEmployeeOutput}, for opt-in response validation. */
export const PatchEmployeeOutputSchema: GenericSchema<PatchEmployeeOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link RegularEmployeeOutput}, for opt-in response validation. */
export const RegularEmployeeOutputSchema: GenericSchema<RegularEmployeeOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link ResurrectEmployeeOutput}, for opt-in response validation. */
export const ResurrectEmployeeOutputSchema: GenericSchema<ResurrectEmployeeOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link SearchEmployeeOutput}, for opt-in response validation. */
export const SearchEmployeeOutputSchema: GenericSchema<SearchEmployeeOutput> = /*#__PURE__*/ (() => looseObject({
  employees: optional(array(EmployeeSchema())),
  page_response: optional(PageResponseSchema()),
  abnormals: optional(array(AbnormalSchema())),
}))()

/** Schema of {@link ToEmployeeBeResignedOutput}, for opt-in response validation. */
export const ToEmployeeBeResignedOutputSchema: GenericSchema<ToEmployeeBeResignedOutput> = /*#__PURE__*/ (() => looseObject({
}))()
