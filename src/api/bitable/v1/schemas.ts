// Generated from catalog/bitable.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import {
  FieldSchema,
  FormSchema,
  ItemSchema,
  RecordSchema,
  RichDescriptionSchema,
  RoleSchema,
  ViewSchema,
} from './models.ts'
import type { CopyAppOutput, CreateAppOutput, GetAppOutput, UpdateAppOutput } from './app.ts'
import type { ListAppBlockWorkflowOutput } from './app.block_workflow.ts'
import type { CopyAppDashboardOutput, ListAppDashboardOutput } from './app.dashboard.ts'
import type { CreateAppRoleOutput, DeleteAppRoleOutput, ListAppRoleOutput, UpdateAppRoleOutput } from './app.role.ts'
import type {
  BatchCreateAppRoleMemberOutput,
  BatchDeleteAppRoleMemberOutput,
  CreateAppRoleMemberOutput,
  DeleteAppRoleMemberOutput,
  ListAppRoleMemberOutput,
} from './app.role.member.ts'
import type {
  BatchCreateAppTableOutput,
  BatchDeleteAppTableOutput,
  CreateAppTableOutput,
  DeleteAppTableOutput,
  ListAppTableOutput,
  PatchAppTableOutput,
} from './app.table.ts'
import type {
  CreateAppTableFieldOutput,
  DeleteAppTableFieldOutput,
  ListAppTableFieldOutput,
  UpdateAppTableFieldOutput,
} from './app.table.field.ts'
import type { CreateAppTableFieldGroupOutput } from './app.table.field_group.ts'
import type { GetAppTableFormOutput, PatchAppTableFormOutput, UpgradeAppTableFormOutput } from './app.table.form.ts'
import type { ListAppTableFormFieldOutput, PatchAppTableFormFieldOutput } from './app.table.form.field.ts'
import type {
  BatchCreateAppTableRecordOutput,
  BatchDeleteAppTableRecordOutput,
  BatchGetAppTableRecordOutput,
  BatchUpdateAppTableRecordOutput,
  CreateAppTableRecordOutput,
  DeleteAppTableRecordOutput,
  GetAppTableRecordOutput,
  ListAppTableRecordOutput,
  SearchAppTableRecordOutput,
  UpdateAppTableRecordOutput,
} from './app.table.record.ts'
import type {
  CreateAppTableViewOutput,
  DeleteAppTableViewOutput,
  GetAppTableViewOutput,
  ListAppTableViewOutput,
  PatchAppTableViewOutput,
} from './app.table.view.ts'
import type { ListAppWorkflowOutput, UpdateAppWorkflowOutput } from './app.workflow.ts'

/** Schema of {@link CopyAppOutput}, for opt-in response validation. */
export const CopyAppOutputSchema: GenericSchema<CopyAppOutput> = /*#__PURE__*/ (() => looseObject({
  app: optional(looseObject({
    app_token: optional(string()),
    name: optional(string()),
    revision: optional(number()),
    folder_token: optional(string()),
    url: optional(string()),
    time_zone: optional(string()),
  })),
}))()

/** Schema of {@link CreateAppOutput}, for opt-in response validation. */
export const CreateAppOutputSchema: GenericSchema<CreateAppOutput> = /*#__PURE__*/ (() => looseObject({
  app: optional(looseObject({
    app_token: optional(string()),
    name: optional(string()),
    revision: optional(number()),
    folder_token: optional(string()),
    url: optional(string()),
    default_table_id: optional(string()),
    time_zone: optional(string()),
  })),
}))()

/** Schema of {@link GetAppOutput}, for opt-in response validation. */
export const GetAppOutputSchema: GenericSchema<GetAppOutput> = /*#__PURE__*/ (() => looseObject({
  app: optional(looseObject({
    app_token: optional(string()),
    name: optional(string()),
    revision: optional(number()),
    is_advanced: optional(boolean()),
    time_zone: optional(string()),
    formula_type: optional(number()),
    advance_version: optional(picklist(['v1', 'v2'])),
  })),
}))()

/** Schema of {@link UpdateAppOutput}, for opt-in response validation. */
export const UpdateAppOutputSchema: GenericSchema<UpdateAppOutput> = /*#__PURE__*/ (() => looseObject({
  app: optional(looseObject({
    app_token: optional(string()),
    name: optional(string()),
    is_advanced: optional(boolean()),
    time_zone: optional(string()),
  })),
}))()

/** Schema of {@link ListAppBlockWorkflowOutput}, for opt-in response validation. */
export const ListAppBlockWorkflowOutputSchema: GenericSchema<ListAppBlockWorkflowOutput> = /*#__PURE__*/ (() => looseObject({
  workflows: optional(array(looseObject({
    workflow_id: optional(string()),
    title: optional(string()),
    status: optional(picklist(['Enable', 'Disable'])),
  }))),
}))()

/** Schema of {@link CopyAppDashboardOutput}, for opt-in response validation. */
export const CopyAppDashboardOutputSchema: GenericSchema<CopyAppDashboardOutput> = /*#__PURE__*/ (() => looseObject({
  block_id: optional(string()),
  name: optional(string()),
}))()

/** Schema of {@link ListAppDashboardOutput}, for opt-in response validation. */
export const ListAppDashboardOutputSchema: GenericSchema<ListAppDashboardOutput> = /*#__PURE__*/ (() => looseObject({
  dashboards: array(looseObject({
    block_id: string(),
    name: string(),
    share_config: optional(looseObject({
      share_flag: optional(boolean()),
      share_scope_type: optional(picklist(['1', '2', '3'])),
      share_token: optional(string()),
      share_link: optional(string()),
      show_source: optional(boolean()),
      source_link: optional(string()),
    })),
  })),
  page_token: string(),
  has_more: boolean(),
  total: optional(number()),
}))()

/** Schema of {@link CreateAppRoleOutput}, for opt-in response validation. */
export const CreateAppRoleOutputSchema: GenericSchema<CreateAppRoleOutput> = /*#__PURE__*/ (() => looseObject({
  role: optional(RoleSchema()),
}))()

/** Schema of {@link DeleteAppRoleOutput}, for opt-in response validation. */
export const DeleteAppRoleOutputSchema: GenericSchema<DeleteAppRoleOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link ListAppRoleOutput}, for opt-in response validation. */
export const ListAppRoleOutputSchema: GenericSchema<ListAppRoleOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(RoleSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
  total: optional(number()),
}))()

/** Schema of {@link UpdateAppRoleOutput}, for opt-in response validation. */
export const UpdateAppRoleOutputSchema: GenericSchema<UpdateAppRoleOutput> = /*#__PURE__*/ (() => looseObject({
  role: optional(RoleSchema()),
}))()

/** Schema of {@link BatchCreateAppRoleMemberOutput}, for opt-in response validation. */
export const BatchCreateAppRoleMemberOutputSchema: GenericSchema<BatchCreateAppRoleMemberOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link BatchDeleteAppRoleMemberOutput}, for opt-in response validation. */
export const BatchDeleteAppRoleMemberOutputSchema: GenericSchema<BatchDeleteAppRoleMemberOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateAppRoleMemberOutput}, for opt-in response validation. */
export const CreateAppRoleMemberOutputSchema: GenericSchema<CreateAppRoleMemberOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link DeleteAppRoleMemberOutput}, for opt-in response validation. */
export const DeleteAppRoleMemberOutputSchema: GenericSchema<DeleteAppRoleMemberOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListAppRoleMemberOutput}, for opt-in response validation. */
export const ListAppRoleMemberOutputSchema: GenericSchema<ListAppRoleMemberOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    open_id: optional(string()),
    union_id: optional(string()),
    user_id: optional(string()),
    chat_id: optional(string()),
    department_id: optional(string()),
    open_department_id: optional(string()),
    member_name: optional(string()),
    member_en_name: optional(string()),
    member_type: optional(picklist(['user', 'chat', 'department'])),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
  total: optional(number()),
}))()

/** Schema of {@link BatchCreateAppTableOutput}, for opt-in response validation. */
export const BatchCreateAppTableOutputSchema: GenericSchema<BatchCreateAppTableOutput> = /*#__PURE__*/ (() => looseObject({
  table_ids: optional(array(string())),
}))()

/** Schema of {@link BatchDeleteAppTableOutput}, for opt-in response validation. */
export const BatchDeleteAppTableOutputSchema: GenericSchema<BatchDeleteAppTableOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateAppTableOutput}, for opt-in response validation. */
export const CreateAppTableOutputSchema: GenericSchema<CreateAppTableOutput> = /*#__PURE__*/ (() => looseObject({
  table_id: optional(string()),
  default_view_id: optional(string()),
  field_id_list: optional(array(string())),
}))()

/** Schema of {@link DeleteAppTableOutput}, for opt-in response validation. */
export const DeleteAppTableOutputSchema: GenericSchema<DeleteAppTableOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link ListAppTableOutput}, for opt-in response validation. */
export const ListAppTableOutputSchema: GenericSchema<ListAppTableOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  total: optional(number()),
  items: optional(array(looseObject({
    table_id: optional(string()),
    revision: optional(number()),
    name: optional(string()),
  }))),
}))()

/** Schema of {@link PatchAppTableOutput}, for opt-in response validation. */
export const PatchAppTableOutputSchema: GenericSchema<PatchAppTableOutput> = /*#__PURE__*/ (() => looseObject({
  name: optional(string()),
}))()

/** Schema of {@link CreateAppTableFieldOutput}, for opt-in response validation. */
export const CreateAppTableFieldOutputSchema: GenericSchema<CreateAppTableFieldOutput> = /*#__PURE__*/ (() => looseObject({
  field: optional(FieldSchema()),
}))()

/** Schema of {@link DeleteAppTableFieldOutput}, for opt-in response validation. */
export const DeleteAppTableFieldOutputSchema: GenericSchema<DeleteAppTableFieldOutput> = /*#__PURE__*/ (() => looseObject({
  field_id: optional(string()),
  deleted: optional(boolean()),
}))()

/** Schema of {@link ListAppTableFieldOutput}, for opt-in response validation. */
export const ListAppTableFieldOutputSchema: GenericSchema<ListAppTableFieldOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  total: optional(number()),
  items: optional(array(ItemSchema())),
}))()

/** Schema of {@link UpdateAppTableFieldOutput}, for opt-in response validation. */
export const UpdateAppTableFieldOutputSchema: GenericSchema<UpdateAppTableFieldOutput> = /*#__PURE__*/ (() => looseObject({
  field: optional(FieldSchema()),
}))()

/** Schema of {@link CreateAppTableFieldGroupOutput}, for opt-in response validation. */
export const CreateAppTableFieldGroupOutputSchema: GenericSchema<CreateAppTableFieldGroupOutput> = /*#__PURE__*/ (() => looseObject({
  field_groups: optional(string()),
}))()

/** Schema of {@link GetAppTableFormOutput}, for opt-in response validation. */
export const GetAppTableFormOutputSchema: GenericSchema<GetAppTableFormOutput> = /*#__PURE__*/ (() => looseObject({
  form: FormSchema(),
}))()

/** Schema of {@link PatchAppTableFormOutput}, for opt-in response validation. */
export const PatchAppTableFormOutputSchema: GenericSchema<PatchAppTableFormOutput> = /*#__PURE__*/ (() => looseObject({
  form: FormSchema(),
}))()

/** Schema of {@link UpgradeAppTableFormOutput}, for opt-in response validation. */
export const UpgradeAppTableFormOutputSchema: GenericSchema<UpgradeAppTableFormOutput> = /*#__PURE__*/ (() => looseObject({
  form: optional(looseObject({ id: optional(string()) })),
}))()

/** Schema of {@link ListAppTableFormFieldOutput}, for opt-in response validation. */
export const ListAppTableFormFieldOutputSchema: GenericSchema<ListAppTableFormFieldOutput> = /*#__PURE__*/ (() => looseObject({
  items: array(looseObject({
    field_id: optional(string()),
    title: optional(string()),
    description: optional(string()),
    required: optional(boolean()),
    visible: optional(boolean()),
    rich_description: optional(array(RichDescriptionSchema())),
  })),
  page_token: string(),
  has_more: boolean(),
  total: number(),
}))()

/** Schema of {@link PatchAppTableFormFieldOutput}, for opt-in response validation. */
export const PatchAppTableFormFieldOutputSchema: GenericSchema<PatchAppTableFormFieldOutput> = /*#__PURE__*/ (() => looseObject({
  fields: optional(looseObject({
    pre_field_id: optional(string()),
    title: optional(string()),
    description: optional(string()),
    required: optional(boolean()),
    visible: optional(boolean()),
    rich_description: optional(array(RichDescriptionSchema())),
  })),
}))()

/** Schema of {@link BatchCreateAppTableRecordOutput}, for opt-in response validation. */
export const BatchCreateAppTableRecordOutputSchema: GenericSchema<BatchCreateAppTableRecordOutput> = /*#__PURE__*/ (() => looseObject({
  records: optional(array(RecordSchema())),
}))()

/** Schema of {@link BatchDeleteAppTableRecordOutput}, for opt-in response validation. */
export const BatchDeleteAppTableRecordOutputSchema: GenericSchema<BatchDeleteAppTableRecordOutput> = /*#__PURE__*/ (() => looseObject({
  records: optional(array(looseObject({ deleted: optional(boolean()), record_id: optional(string()) }))),
}))()

/** Schema of {@link BatchGetAppTableRecordOutput}, for opt-in response validation. */
export const BatchGetAppTableRecordOutputSchema: GenericSchema<BatchGetAppTableRecordOutput> = /*#__PURE__*/ (() => looseObject({
  records: optional(array(RecordSchema())),
  forbidden_record_ids: optional(array(string())),
  absent_record_ids: optional(array(string())),
}))()

/** Schema of {@link BatchUpdateAppTableRecordOutput}, for opt-in response validation. */
export const BatchUpdateAppTableRecordOutputSchema: GenericSchema<BatchUpdateAppTableRecordOutput> = /*#__PURE__*/ (() => looseObject({
  records: optional(array(RecordSchema())),
}))()

/** Schema of {@link CreateAppTableRecordOutput}, for opt-in response validation. */
export const CreateAppTableRecordOutputSchema: GenericSchema<CreateAppTableRecordOutput> = /*#__PURE__*/ (() => looseObject({
  record: optional(RecordSchema()),
}))()

/** Schema of {@link DeleteAppTableRecordOutput}, for opt-in response validation. */
export const DeleteAppTableRecordOutputSchema: GenericSchema<DeleteAppTableRecordOutput> = /*#__PURE__*/ (() => looseObject({
  deleted: optional(boolean()),
  record_id: optional(string()),
}))()

/** Schema of {@link GetAppTableRecordOutput}, for opt-in response validation. */
export const GetAppTableRecordOutputSchema: GenericSchema<GetAppTableRecordOutput> = /*#__PURE__*/ (() => looseObject({
  record: optional(RecordSchema()),
}))()

/** Schema of {@link ListAppTableRecordOutput}, for opt-in response validation. */
export const ListAppTableRecordOutputSchema: GenericSchema<ListAppTableRecordOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  total: optional(number()),
  items: optional(array(RecordSchema())),
}))()

/** Schema of {@link SearchAppTableRecordOutput}, for opt-in response validation. */
export const SearchAppTableRecordOutputSchema: GenericSchema<SearchAppTableRecordOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(RecordSchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
  total: optional(number()),
}))()

/** Schema of {@link UpdateAppTableRecordOutput}, for opt-in response validation. */
export const UpdateAppTableRecordOutputSchema: GenericSchema<UpdateAppTableRecordOutput> = /*#__PURE__*/ (() => looseObject({
  record: optional(RecordSchema()),
}))()

/** Schema of {@link CreateAppTableViewOutput}, for opt-in response validation. */
export const CreateAppTableViewOutputSchema: GenericSchema<CreateAppTableViewOutput> = /*#__PURE__*/ (() => looseObject({
  view: optional(ViewSchema()),
}))()

/** Schema of {@link DeleteAppTableViewOutput}, for opt-in response validation. */
export const DeleteAppTableViewOutputSchema: GenericSchema<DeleteAppTableViewOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetAppTableViewOutput}, for opt-in response validation. */
export const GetAppTableViewOutputSchema: GenericSchema<GetAppTableViewOutput> = /*#__PURE__*/ (() => looseObject({
  view: optional(ViewSchema()),
}))()

/** Schema of {@link ListAppTableViewOutput}, for opt-in response validation. */
export const ListAppTableViewOutputSchema: GenericSchema<ListAppTableViewOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ViewSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
  total: optional(number()),
}))()

/** Schema of {@link PatchAppTableViewOutput}, for opt-in response validation. */
export const PatchAppTableViewOutputSchema: GenericSchema<PatchAppTableViewOutput> = /*#__PURE__*/ (() => looseObject({
  view: optional(ViewSchema()),
}))()

/** Schema of {@link ListAppWorkflowOutput}, for opt-in response validation. */
export const ListAppWorkflowOutputSchema: GenericSchema<ListAppWorkflowOutput> = /*#__PURE__*/ (() => looseObject({
  workflows: array(looseObject({ workflow_id: string(), status: optional(string()), title: optional(string()) })),
}))()

/** Schema of {@link UpdateAppWorkflowOutput}, for opt-in response validation. */
export const UpdateAppWorkflowOutputSchema: GenericSchema<UpdateAppWorkflowOutput> = /*#__PURE__*/ (() => looseObject({
}))()
