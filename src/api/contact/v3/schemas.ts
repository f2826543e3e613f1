// Generated from catalog/contact.v3.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import {
  AssignInfoI18nNameSchema,
  BatchItemSchema,
  EmployeeTypeEnumSchema,
  ExpressionSchema,
  GetJobTitleSchema,
  GetMemberSchema,
  GetUserSchema,
  GetWorkCitySchema,
  I18nNameSchema,
  ItemSchema,
  JobFamilySchema,
  JobLevelSchema,
  LeaderSchema,
  ListItemSchema,
  MemberSchema,
  ResultSchema,
  StatusSchema,
  UnitSchema,
  UpdateUserSchema,
  UserSchema,
  VisibleScopeSchema,
} from './models.ts'
import type { ListCustomAttrOutput } from './custom_attr.ts'
import type {
  BatchDepartmentOutput,
  ChildrenDepartmentOutput,
  CreateDepartmentOutput,
  DeleteDepartmentOutput,
  GetDepartmentOutput,
  ListDepartmentOutput,
  ParentDepartmentOutput,
  PatchDepartmentOutput,
  SearchDepartmentOutput,
  UnbindDepartmentDepartmentChatOutput,
  UpdateDepartmentDepartmentIdOutput,
  UpdateDepartmentOutput,
} from './department.ts'
import type {
  CreateEmployeeTypeEnumOutput,
  DeleteEmployeeTypeEnumOutput,
  ListEmployeeTypeEnumOutput,
  UpdateEmployeeTypeEnumOutput,
} from './employee_type_enum.ts'
import type {
  CreateFunctionalRoleOutput,
  DeleteFunctionalRoleOutput,
  UpdateFunctionalRoleOutput,
} from './functional_role.ts'
import type {
  BatchCreateFunctionalRoleMemberOutput,
  BatchDeleteFunctionalRoleMemberOutput,
  GetFunctionalRoleMemberOutput,
  ListFunctionalRoleMemberOutput,
  ScopesFunctionalRoleMemberOutput,
} from './functional_role.member.ts'
import type {
  CreateGroupOutput,
  DeleteGroupOutput,
  GetGroupOutput,
  MemberGroupBelongOutput,
  PatchGroupOutput,
  SimplelistGroupOutput,
} from './group.ts'
import type {
  AddGroupMemberOutput,
  BatchAddGroupMemberOutput,
  BatchRemoveGroupMemberOutput,
  RemoveGroupMemberOutput,
  SimplelistGroupMemberOutput,
} from './group.member.ts'
import type {
  CreateJobFamilyOutput,
  DeleteJobFamilyOutput,
  GetJobFamilyOutput,
  ListJobFamilyOutput,
  UpdateJobFamilyOutput,
} from './job_family.ts'
import type {
  CreateJobLevelOutput,
  DeleteJobLevelOutput,
  GetJobLevelOutput,
  ListJobLevelOutput,
  UpdateJobLevelOutput,
} from './job_level.ts'
import type { GetJobTitleOutput, ListJobTitleOutput } from './job_title.ts'
import type { ListScopeOutput } from './scope.ts'
import type {
  BindUnitDepartmentOutput,
  CreateUnitOutput,
  DeleteUnitOutput,
  GetUnitOutput,
  ListUnitDepartmentOutput,
  ListUnitOutput,
  PatchUnitOutput,
  UnbindUnitDepartmentOutput,
} from './unit.ts'
import type {
  BasicUserBatchOutput,
  BatchGetUserIdOutput,
  BatchUserOutput,
  CreateUserOutput,
  DeleteUserOutput,
  FindUserByDepartmentOutput,
  GetUserOutput,
  ListUserOutput,
  PatchUserOutput,
  ResurrectUserOutput,
  UpdateUserOutput,
  UpdateUserUserIdOutput,
} from './user.ts'
import type { GetWorkCityOutput, ListWorkCityOutput } from './work_city.ts'

/** Schema of {@link ListCustomAttrOutput}, for opt-in response validation. */
export const ListCustomAttrOutputSchema: GenericSchema<ListCustomAttrOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    id: string(),
    type: string(),
    options: optional(looseObject({
      default_option_id: optional(string()),
      option_type: picklist(['TEXT', 'PICTURE']),
      options: array(looseObject({ id: string(), value: string(), name: optional(string()) })),
    })),
    i18n_name: optional(array(I18nNameSchema())),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link BatchDepartmentOutput}, for opt-in response validation. */
export const BatchDepartmentOutputSchema: GenericSchema<BatchDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ItemSchema())),
}))()

/** Schema of {@link ChildrenDepartmentOutput}, for opt-in response validation. */
export const ChildrenDepartmentOutputSchema: GenericSchema<ChildrenDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(ItemSchema())),
}))()

/** Schema of {@link CreateDepartmentOutput}, for opt-in response validation. */
export const CreateDepartmentOutputSchema: GenericSchema<CreateDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
  department: optional(ItemSchema()),
}))()

/** Schema of {@link DeleteDepartmentOutput}, for opt-in response validation. */
export const DeleteDepartmentOutputSchema: GenericSchema<DeleteDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetDepartmentOutput}, for opt-in response validation. */
export const GetDepartmentOutputSchema: GenericSchema<GetDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
  department: optional(ItemSchema()),
}))()

/** Schema of {@link ListDepartmentOutput}, for opt-in response validation. */
export const ListDepartmentOutputSchema: GenericSchema<ListDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(ItemSchema())),
}))()

/** Schema of {@link ParentDepartmentOutput}, for opt-in response validation. */
export const ParentDepartmentOutputSchema: GenericSchema<ParentDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(ItemSchema())),
}))()

/** Schema of {@link PatchDepartmentOutput}, for opt-in response validation. */
export const PatchDepartmentOutputSchema: GenericSchema<PatchDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
  department: optional(ItemSchema()),
}))()

/** Schema of {@link SearchDepartmentOutput}, for opt-in response validation. */
export const SearchDepartmentOutputSchema: GenericSchema<SearchDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ItemSchema())),
  page_token: optional(string()),
  has_more: boolean(),
}))()

/** Schema of {@link UnbindDepartmentDepartmentChatOutput}, for opt-in response validation. */
export const UnbindDepartmentDepartmentChatOutputSchema: GenericSchema<UnbindDepartmentDepartmentChatOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UpdateDepartmentOutput}, for opt-in response validation. */
export const UpdateDepartmentOutputSchema: GenericSchema<UpdateDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
  department: optional(looseObject({
    name: string(),
    i18n_name: optional(AssignInfoI18nNameSchema()),
    parent_department_id: string(),
    department_id: optional(string()),
    open_department_id: optional(string()),
    leader_user_id: optional(string()),
    chat_id: optional(string()),
    order: optional(string()),
    unit_ids: optional(array(string())),
    member_count: optional(number()),
    status: optional(looseObject({ is_deleted: optional(boolean()) })),
    leaders: optional(array(LeaderSchema())),
    group_chat_employee_types: optional(array(number())),
    primary_member_count: optional(number()),
  })),
}))()

/** Schema of {@link UpdateDepartmentDepartmentIdOutput}, for opt-in response validation. */
export const UpdateDepartmentDepartmentIdOutputSchema: GenericSchema<UpdateDepartmentDepartmentIdOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateEmployeeTypeEnumOutput}, for opt-in response validation. */
export const CreateEmployeeTypeEnumOutputSchema: GenericSchema<CreateEmployeeTypeEnumOutput> = /*#__PURE__*/ (() => looseObject({
  employee_type_enum: optional(EmployeeTypeEnumSchema()),
}))()

/** Schema of {@link DeleteEmployeeTypeEnumOutput}, for opt-in response validation. */
export const DeleteEmployeeTypeEnumOutputSchema: GenericSchema<DeleteEmployeeTypeEnumOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListEmployeeTypeEnumOutput}, for opt-in response validation. */
export const ListEmployeeTypeEnumOutputSchema: GenericSchema<ListEmployeeTypeEnumOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(EmployeeTypeEnumSchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link UpdateEmployeeTypeEnumOutput}, for opt-in response validation. */
export const UpdateEmployeeTypeEnumOutputSchema: GenericSchema<UpdateEmployeeTypeEnumOutput> = /*#__PURE__*/ (() => looseObject({
  employee_type_enum: optional(EmployeeTypeEnumSchema()),
}))()

/** Schema of {@link CreateFunctionalRoleOutput}, for opt-in response validation. */
export const CreateFunctionalRoleOutputSchema: GenericSchema<CreateFunctionalRoleOutput> = /*#__PURE__*/ (() => looseObject({
  role_id: string(),
}))()

/** Schema of {@link DeleteFunctionalRoleOutput}, for opt-in response validation. */
export const DeleteFunctionalRoleOutputSchema: GenericSchema<DeleteFunctionalRoleOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UpdateFunctionalRoleOutput}, for opt-in response validation. */
export const UpdateFunctionalRoleOutputSchema: GenericSchema<UpdateFunctionalRoleOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link BatchCreateFunctionalRoleMemberOutput}, for opt-in response validation. */
export const BatchCreateFunctionalRoleMemberOutputSchema: GenericSchema<BatchCreateFunctionalRoleMemberOutput> = /*#__PURE__*/ (() => looseObject({
  results: optional(array(ResultSchema())),
}))()

/** Schema of {@link BatchDeleteFunctionalRoleMemberOutput}, for opt-in response validation. */
export const BatchDeleteFunctionalRoleMemberOutputSchema: GenericSchema<BatchDeleteFunctionalRoleMemberOutput> = /*#__PURE__*/ (() => looseObject({
  result: optional(array(ResultSchema())),
}))()

/** Schema of {@link GetFunctionalRoleMemberOutput}, for opt-in response validation. */
export const GetFunctionalRoleMemberOutputSchema: GenericSchema<GetFunctionalRoleMemberOutput> = /*#__PURE__*/ (() => looseObject({
  member: optional(GetMemberSchema()),
}))()

/** Schema of {@link ListFunctionalRoleMemberOutput}, for opt-in response validation. */
export const ListFunctionalRoleMemberOutputSchema: GenericSchema<ListFunctionalRoleMemberOutput> = /*#__PURE__*/ (() => looseObject({
  members: optional(array(GetMemberSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link ScopesFunctionalRoleMemberOutput}, for opt-in response validation. */
export const ScopesFunctionalRoleMemberOutputSchema: GenericSchema<ScopesFunctionalRoleMemberOutput> = /*#__PURE__*/ (() => looseObject({
  results: optional(array(ResultSchema())),
}))()

/** Schema of {@link CreateGroupOutput}, for opt-in response validation. */
export const CreateGroupOutputSchema: GenericSchema<CreateGroupOutput> = /*#__PURE__*/ (() => looseObject({
  group_id: string(),
}))()

/** Schema of {@link DeleteGroupOutput}, for opt-in response validation. */
export const DeleteGroupOutputSchema: GenericSchema<DeleteGroupOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetGroupOutput}, for opt-in response validation. */
export const GetGroupOutputSchema: GenericSchema<GetGroupOutput> = /*#__PURE__*/ (() => looseObject({
  group: looseObject({
    id: string(),
    name: string(),
    description: optional(string()),
    member_user_count: optional(number()),
    member_department_count: optional(number()),
    type: optional(number()),
    dynamic_group_rule: optional(looseObject({
      department_level: optional(picklist(['recursive', 'non_recursive'])),
      expressions: optional(array(ExpressionSchema())),
      joiner_rule: optional(string()),
      group_status: optional(picklist(['completed', 'failure', 'creating', 'updating'])),
    })),
    visible_scope: optional(VisibleScopeSchema()),
    department_scope_list: optional(array(string())),
  }),
}))()

/** Schema of {@link MemberGroupBelongOutput}, for opt-in response validation. */
export const MemberGroupBelongOutputSchema: GenericSchema<MemberGroupBelongOutput> = /*#__PURE__*/ (() => looseObject({
  group_list: optional(array(string())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link PatchGroupOutput}, for opt-in response validation. */
export const PatchGroupOutputSchema: GenericSchema<PatchGroupOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link SimplelistGroupOutput}, for opt-in response validation. */
export const SimplelistGroupOutputSchema: GenericSchema<SimplelistGroupOutput> = /*#__PURE__*/ (() => looseObject({
  grouplist: array(looseObject({
    id: string(),
    name: string(),
    description: optional(string()),
    member_user_count: optional(number()),
    member_department_count: optional(number()),
    type: optional(number()),
    department_scope_list: optional(array(string())),
    group_id: optional(string()),
  })),
  page_token: string(),
  has_more: boolean(),
}))()

/** Schema of {@link AddGroupMemberOutput}, for opt-in response validation. */
export const AddGroupMemberOutputSchema: GenericSchema<AddGroupMemberOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link BatchAddGroupMemberOutput}, for opt-in response validation. */
export const BatchAddGroupMemberOutputSchema: GenericSchema<BatchAddGroupMemberOutput> = /*#__PURE__*/ (() => looseObject({
  results: optional(array(looseObject({ member_id: string(), code: number() }))),
}))()

/** Schema of {@link BatchRemoveGroupMemberOutput}, for opt-in response validation. */
export const BatchRemoveGroupMemberOutputSchema: GenericSchema<BatchRemoveGroupMemberOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link RemoveGroupMemberOutput}, for opt-in response validation. */
export const RemoveGroupMemberOutputSchema: GenericSchema<RemoveGroupMemberOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link SimplelistGroupMemberOutput}, for opt-in response validation. */
export const SimplelistGroupMemberOutputSchema: GenericSchema<SimplelistGroupMemberOutput> = /*#__PURE__*/ (() => looseObject({
  memberlist: array(MemberSchema()),
  page_token: string(),
  has_more: boolean(),
}))()

/** Schema of {@link CreateJobFamilyOutput}, for opt-in response validation. */
export const CreateJobFamilyOutputSchema: GenericSchema<CreateJobFamilyOutput> = /*#__PURE__*/ (() => looseObject({
  job_family: optional(JobFamilySchema()),
}))()

/** Schema of {@link DeleteJobFamilyOutput}, for opt-in response validation. */
export const DeleteJobFamilyOutputSchema: GenericSchema<DeleteJobFamilyOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetJobFamilyOutput}, for opt-in response validation. */
export const GetJobFamilyOutputSchema: GenericSchema<GetJobFamilyOutput> = /*#__PURE__*/ (() => looseObject({
  job_family: optional(JobFamilySchema()),
}))()

/** Schema of {@link ListJobFamilyOutput}, for opt-in response validation. */
export const ListJobFamilyOutputSchema: GenericSchema<ListJobFamilyOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(JobFamilySchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link UpdateJobFamilyOutput}, for opt-in response validation. */
export const UpdateJobFamilyOutputSchema: GenericSchema<UpdateJobFamilyOutput> = /*#__PURE__*/ (() => looseObject({
  job_family: optional(JobFamilySchema()),
}))()

/** Schema of {@link CreateJobLevelOutput}, for opt-in response validation. */
export const CreateJobLevelOutputSchema: GenericSchema<CreateJobLevelOutput> = /*#__PURE__*/ (() => looseObject({
  job_level: optional(JobLevelSchema()),
}))()

/** Schema of {@link DeleteJobLevelOutput}, for opt-in response validation. */
export const DeleteJobLevelOutputSchema: GenericSchema<DeleteJobLevelOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetJobLevelOutput}, for opt-in response validation. */
export const GetJobLevelOutputSchema: GenericSchema<GetJobLevelOutput> = /*#__PURE__*/ (() => looseObject({
  job_level: optional(JobLevelSchema()),
}))()

/** Schema of {@link ListJobLevelOutput}, for opt-in response validation. */
export const ListJobLevelOutputSchema: GenericSchema<ListJobLevelOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(JobLevelSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link UpdateJobLevelOutput}, for opt-in response validation. */
export const UpdateJobLevelOutputSchema: GenericSchema<UpdateJobLevelOutput> = /*#__PURE__*/ (() => looseObject({
  job_level: optional(JobLevelSchema()),
}))()

/** Schema of {@link GetJobTitleOutput}, for opt-in response validation. */
export const GetJobTitleOutputSchema: GenericSchema<GetJobTitleOutput> = /*#__PURE__*/ (() => looseObject({
  job_title: optional(GetJobTitleSchema()),
}))()

/** Schema of {@link ListJobTitleOutput}, for opt-in response validation. */
export const ListJobTitleOutputSchema: GenericSchema<ListJobTitleOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(GetJobTitleSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link ListScopeOutput}, for opt-in response validation. */
export const ListScopeOutputSchema: GenericSchema<ListScopeOutput> = /*#__PURE__*/ (() => looseObject({
  department_ids: optional(array(string())),
  user_ids: optional(array(string())),
  group_ids: optional(array(string())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link BindUnitDepartmentOutput}, for opt-in response validation. */
export const BindUnitDepartmentOutputSchema: GenericSchema<BindUnitDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateUnitOutput}, for opt-in response validation. */
export const CreateUnitOutputSchema: GenericSchema<CreateUnitOutput> = /*#__PURE__*/ (() => looseObject({
  unit_id: string(),
}))()

/** Schema of {@link DeleteUnitOutput}, for opt-in response validation. */
export const DeleteUnitOutputSchema: GenericSchema<DeleteUnitOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetUnitOutput}, for opt-in response validation. */
export const GetUnitOutputSchema: GenericSchema<GetUnitOutput> = /*#__PURE__*/ (() => looseObject({
  unit: UnitSchema(),
}))()

/** Schema of {@link ListUnitOutput}, for opt-in response validation. */
export const ListUnitOutputSchema: GenericSchema<ListUnitOutput> = /*#__PURE__*/ (() => looseObject({
  unitlist: array(UnitSchema()),
  has_more: boolean(),
  page_token: string(),
}))()

/** Schema of {@link ListUnitDepartmentOutput}, for opt-in response validation. */
export const ListUnitDepartmentOutputSchema: GenericSchema<ListUnitDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
  departmentlist: array(looseObject({ unit_id: string(), department_id: string() })),
  has_more: boolean(),
  page_token: string(),
}))()

/** Schema of {@link PatchUnitOutput}, for opt-in response validation. */
export const PatchUnitOutputSchema: GenericSchema<PatchUnitOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link UnbindUnitDepartmentOutput}, for opt-in response validation. */
export const UnbindUnitDepartmentOutputSchema: GenericSchema<UnbindUnitDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link BasicUserBatchOutput}, for opt-in response validation. */
export const BasicUserBatchOutputSchema: GenericSchema<BasicUserBatchOutput> = /*#__PURE__*/ (() => looseObject({
  users: optional(array(looseObject({
    user_id: optional(string()),
    name: optional(string()),
    i18n_name: optional(AssignInfoI18nNameSchema()),
  }))),
}))()

/** Schema of {@link BatchUserOutput}, for opt-in response validation. */
export const BatchUserOutputSchema: GenericSchema<BatchUserOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(BatchItemSchema())),
}))()

/** Schema of {@link BatchGetUserIdOutput}, for opt-in response validation. */
export const BatchGetUserIdOutputSchema: GenericSchema<BatchGetUserIdOutput> = /*#__PURE__*/ (() => looseObject({
  user_list: optional(array(looseObject({
    user_id: optional(string()),
    mobile: optional(string()),
    email: optional(string()),
    status: optional(StatusSchema()),
  }))),
}))()

/** Schema of {@link CreateUserOutput}, for opt-in response validation. */
export const CreateUserOutputSchema: GenericSchema<CreateUserOutput> = /*#__PURE__*/ (() => looseObject({
  user: optional(UserSchema()),
}))()

/** Schema of {@link DeleteUserOutput}, for opt-in response validation. */
export const DeleteUserOutputSchema: GenericSchema<DeleteUserOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link FindUserByDepartmentOutput}, for opt-in response validation. */
export const FindUserByDepartmentOutputSchema: GenericSchema<FindUserByDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(UserSchema())),
}))()

/** Schema of {@link GetUserOutput}, for opt-in response validation. */
export const GetUserOutputSchema: GenericSchema<GetUserOutput> = /*#__PURE__*/ (() => looseObject({
  user: optional(GetUserSchema()),
}))()

/** Schema of {@link ListUserOutput}, for opt-in response validation. */
export const ListUserOutputSchema: GenericSchema<ListUserOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(ListItemSchema())),
}))()

/** Schema of {@link PatchUserOutput}, for opt-in response validation. */
export const PatchUserOutputSchema: GenericSchema<PatchUserOutput> = /*#__PURE__*/ (() => looseObject({
  user: optional(UserSchema()),
}))()

/** Schema of {@link ResurrectUserOutput}, for opt-in response validation. */
export const ResurrectUserOutputSchema: GenericSchema<ResurrectUserOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link UpdateUserOutput}, for opt-in response validation. */
export const UpdateUserOutputSchema: GenericSchema<UpdateUserOutput> = /*#__PURE__*/ (() => looseObject({
  user: optional(UpdateUserSchema()),
}))()

/** Schema of {@link UpdateUserUserIdOutput}, for opt-in response validation. */
export const UpdateUserUserIdOutputSchema: GenericSchema<UpdateUserUserIdOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetWorkCityOutput}, for opt-in response validation. */
export const GetWorkCityOutputSchema: GenericSchema<GetWorkCityOutput> = /*#__PURE__*/ (() => looseObject({
  work_city: optional(GetWorkCitySchema()),
}))()

/** Schema of {@link ListWorkCityOutput}, for opt-in response validation. */
export const ListWorkCityOutputSchema: GenericSchema<ListWorkCityOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(GetWorkCitySchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()
