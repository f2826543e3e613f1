// Generated from catalog/apaas.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, record, string } from '../../../core/valibot.ts'
import {
  ActivityLabelSchema,
  AuditLogListItemSchema,
  ColumnSchema,
  CreatedBySchema,
  DataSchema,
  DepartmentDisplayInfoSchema,
  FilterSchema,
  GetItemSchema,
  ItemSchema,
} from './models.ts'
import type { ListAppOutput } from './app.ts'
import type {
  AuditApplicationAuditLogLogListOutput,
  DataApplicationAuditLogChangeLogDetailOutput,
  DataApplicationAuditLogChangeLogsListOutput,
  GetApplicationAuditLogOutput,
} from './application.audit_log.ts'
import type {
  GetApplicationEnvironmentVariableOutput,
  QueryApplicationEnvironmentVariableOutput,
} from './application.environment_variable.ts'
import type { ExecuteApplicationFlowOutput } from './application.flow.ts'
import type { InvokeApplicationFunctionOutput } from './application.function.ts'
import type { OqlApplicationObjectQueryOutput, SearchApplicationObjectOutput } from './application.object.ts'
import type {
  BatchCreateApplicationObjectRecordOutput,
  BatchDeleteApplicationObjectRecordOutput,
  BatchQueryApplicationObjectRecordOutput,
  BatchUpdateApplicationObjectRecordOutput,
  CreateApplicationObjectRecordOutput,
  DeleteApplicationObjectRecordOutput,
  PatchApplicationObjectRecordOutput,
  QueryApplicationObjectRecordOutput,
} from './application.object.record.ts'
import type {
  BatchCreateApplicationRecordPermissionMemberAuthorizationOutput,
  BatchRemoveApplicationRecordPermissionMemberAuthorizationOutput,
} from './application.record_permission.member.ts'
import type {
  BatchCreateApplicationRoleMemberAuthorizationOutput,
  BatchRemoveApplicationRoleMemberAuthorizationOutput,
  GetApplicationRoleMemberOutput,
} from './application.role.member.ts'
import type { CancelApprovalInstanceOutput } from './approval_instance.ts'
import type {
  AddApprovalTaskAssigneeOutput,
  AgreeApprovalTaskOutput,
  RejectApprovalTaskOutput,
  TransferApprovalTaskOutput,
} from './approval_task.ts'
import type { ListSeatActivityOutput } from './seat_activity.ts'
import type { ListSeatAssignmentOutput } from './seat_assignment.ts'
import type { QueryTenantAppMetricsOutput } from './tenant_app_metrics.ts'
import type {
  CcUserTaskOutput,
  ChatUserTaskGroupOutput,
  ExpeditingUserTaskOutput,
  QueryUserTaskOutput,
  RollbackUserTaskOutput,
  RollbackUserTaskPointsOutput,
} from './user_task.ts'
import type { SqlWorkspaceCommandsOutput } from './workspace.ts'
import type { EnumWorkspaceEnumGetOutput, ListWorkspaceEnumOutput } from './workspace.enum.ts'
import type {
  ListWorkspaceTableOutput,
  RecordsWorkspaceTableBatchUpdateOutput,
  RecordsWorkspaceTableDeleteOutput,
  RecordsWorkspaceTableGetOutput,
  RecordsWorkspaceTablePatchOutput,
  RecordsWorkspaceTablePostOutput,
  TableWorkspaceTableGetOutput,
} from './workspace.table.ts'
import type { ViewsWorkspaceViewGetOutput } from './workspace.view.ts'

/** Schema of {@link ListAppOutput}, for opt-in response validation. */
export const ListAppOutputSchema: GenericSchema<ListAppOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    name: optional(array(ActivityLabelSchema())),
    namespace: optional(string()),
    created_at: optional(number()),
    creator: optional(number()),
    owner: optional(number()),
    status: optional(picklist(['pending_launch', 'enabled', 'disabled', 'stopped', 'unspecified'])),
    app_roles_info: optional(looseObject({
      admins: optional(array(number())),
      developers: optional(array(number())),
      test_users: optional(array(number())),
      data_admins: optional(array(number())),
    })),
    icon: optional(string()),
    description: optional(array(ActivityLabelSchema())),
    type: optional(picklist(['custom', 'client_isv_saas', 'client_isv_project'])),
    enable_status: optional(picklist(['enabled', 'disabled'])),
    release_status: optional(picklist(['released', 'unreleased'])),
    service_status: optional(picklist(['available', 'unavailable'])),
    service_unavailable_reason: optional(picklist(['from_isv', 'entitlement_expire'])),
    feature_set: optional(picklist(['paid', 'free'])),
    charge_mode: optional(picklist(['per_user', 'per_user_per_app', 'free', 'independent'])),
    isv_tenant: optional(DepartmentDisplayInfoSchema()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link AuditApplicationAuditLogLogListOutput}, for opt-in response validation. */
export const AuditApplicationAuditLogLogListOutputSchema: GenericSchema<AuditApplicationAuditLogLogListOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(AuditLogListItemSchema())),
  total: optional(string()),
}))()

/** Schema of {@link DataApplicationAuditLogChangeLogDetailOutput}, for opt-in response validation. */
export const DataApplicationAuditLogChangeLogDetailOutputSchema: GenericSchema<DataApplicationAuditLogChangeLogDetailOutput> = /*#__PURE__*/ (() => looseObject({
  data: optional(DataSchema()),
}))()

/** Schema of {@link DataApplicationAuditLogChangeLogsListOutput}, for opt-in response validation. */
export const DataApplicationAuditLogChangeLogsListOutputSchema: GenericSchema<DataApplicationAuditLogChangeLogsListOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(AuditLogListItemSchema())),
  total: optional(string()),
}))()

/** Schema of {@link GetApplicationAuditLogOutput}, for opt-in response validation. */
export const GetApplicationAuditLogOutputSchema: GenericSchema<GetApplicationAuditLogOutput> = /*#__PURE__*/ (() => looseObject({
  data: optional(DataSchema()),
}))()

/** Schema of {@link GetApplicationEnvironmentVariableOutput}, for opt-in response validation. */
export const GetApplicationEnvironmentVariableOutputSchema: GenericSchema<GetApplicationEnvironmentVariableOutput> = /*#__PURE__*/ (() => looseObject({
  item: optional(GetItemSchema()),
}))()

/** Schema of {@link QueryApplicationEnvironmentVariableOutput}, for opt-in response validation. */
export const QueryApplicationEnvironmentVariableOutputSchema: GenericSchema<QueryApplicationEnvironmentVariableOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(GetItemSchema())),
  total: number(),
}))()

/** Schema of {@link ExecuteApplicationFlowOutput}, for opt-in response validation. */
export const ExecuteApplicationFlowOutputSchema: GenericSchema<ExecuteApplicationFlowOutput> = /*#__PURE__*/ (() => looseObject({
  status: optional(string()),
  out_params: optional(string()),
  execution_id: optional(string()),
  error_msg: optional(string()),
  code: optional(string()),
}))()

/** Schema of {@link InvokeApplicationFunctionOutput}, for opt-in response validation. */
export const InvokeApplicationFunctionOutputSchema: GenericSchema<InvokeApplicationFunctionOutput> = /*#__PURE__*/ (() => looseObject({
  result: optional(string()),
}))()

/** Schema of {@link OqlApplicationObjectQueryOutput}, for opt-in response validation. */
export const OqlApplicationObjectQueryOutputSchema: GenericSchema<OqlApplicationObjectQueryOutput> = /*#__PURE__*/ (() => looseObject({
  columns: array(string()),
  rows: string(),
}))()

/** Schema of {@link SearchApplicationObjectOutput}, for opt-in response validation. */
export const SearchApplicationObjectOutputSchema: GenericSchema<SearchApplicationObjectOutput> = /*#__PURE__*/ (() => looseObject({
  records: optional(string()),
  has_more: optional(boolean()),
  next_page_token: optional(string()),
  objects: optional(array(looseObject({
    object: optional(looseObject({
      id: optional(number()),
      api_name: optional(string()),
      label: optional(record(string(), string())),
      settings: optional(looseObject({
        display_name: optional(string()),
        allow_search_fields: optional(array(string())),
        search_layout: optional(looseObject({ display_fields: optional(array(string())) })),
      })),
    })),
    fields: optional(array(looseObject({
      id: optional(number()),
      api_name: optional(string()),
      type: optional(string()),
      label: optional(record(string(), string())),
    }))),
  }))),
}))()

/** Schema of {@link BatchCreateApplicationObjectRecordOutput}, for opt-in response validation. */
export const BatchCreateApplicationObjectRecordOutputSchema: GenericSchema<BatchCreateApplicationObjectRecordOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ItemSchema())),
}))()

/** Schema of {@link BatchDeleteApplicationObjectRecordOutput}, for opt-in response validation. */
export const BatchDeleteApplicationObjectRecordOutputSchema: GenericSchema<BatchDeleteApplicationObjectRecordOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ItemSchema())),
}))()

/** Schema of {@link BatchQueryApplicationObjectRecordOutput}, for opt-in response validation. */
export const BatchQueryApplicationObjectRecordOutputSchema: GenericSchema<BatchQueryApplicationObjectRecordOutput> = /*#__PURE__*/ (() => looseObject({
  items: string(),
  total: optional(number()),
  next_page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link BatchUpdateApplicationObjectRecordOutput}, for opt-in response validation. */
export const BatchUpdateApplicationObjectRecordOutputSchema: GenericSchema<BatchUpdateApplicationObjectRecordOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ItemSchema())),
}))()

/** Schema of {@link CreateApplicationObjectRecordOutput}, for opt-in response validation. */
export const CreateApplicationObjectRecordOutputSchema: GenericSchema<CreateApplicationObjectRecordOutput> = /*#__PURE__*/ (() => looseObject({
  id: optional(string()),
}))()

/** Schema of {@link DeleteApplicationObjectRecordOutput}, for opt-in response validation. */
export const DeleteApplicationObjectRecordOutputSchema: GenericSchema<DeleteApplicationObjectRecordOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link PatchApplicationObjectRecordOutput}, for opt-in response validation. */
export const PatchApplicationObjectRecordOutputSchema: GenericSchema<PatchApplicationObjectRecordOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link QueryApplicationObjectRecordOutput}, for opt-in response validation. */
export const QueryApplicationObjectRecordOutputSchema: GenericSchema<QueryApplicationObjectRecordOutput> = /*#__PURE__*/ (() => looseObject({
  item: string(),
}))()

/** Schema of {@link BatchCreateApplicationRecordPermissionMemberAuthorizationOutput}, for opt-in response validation. */
export const BatchCreateApplicationRecordPermissionMemberAuthorizationOutputSchema: GenericSchema<BatchCreateApplicationRecordPermissionMemberAuthorizationOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link BatchRemoveApplicationRecordPermissionMemberAuthorizationOutput}, for opt-in response validation. */
export const BatchRemoveApplicationRecordPermissionMemberAuthorizationOutputSchema: GenericSchema<BatchRemoveApplicationRecordPermissionMemberAuthorizationOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link BatchCreateApplicationRoleMemberAuthorizationOutput}, for opt-in response validation. */
export const BatchCreateApplicationRoleMemberAuthorizationOutputSchema: GenericSchema<BatchCreateApplicationRoleMemberAuthorizationOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link BatchRemoveApplicationRoleMemberAuthorizationOutput}, for opt-in response validation. */
export const BatchRemoveApplicationRoleMemberAuthorizationOutputSchema: GenericSchema<BatchRemoveApplicationRoleMemberAuthorizationOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetApplicationRoleMemberOutput}, for opt-in response validation. */
export const GetApplicationRoleMemberOutputSchema: GenericSchema<GetApplicationRoleMemberOutput> = /*#__PURE__*/ (() => looseObject({
  role_member: optional(looseObject({
    role_api_id: optional(string()),
    role_api_name: optional(string()),
    users: optional(array(string())),
    departments: optional(array(string())),
    user_filter: optional(FilterSchema()),
    user_display_infos: optional(array(DepartmentDisplayInfoSchema())),
    department_display_infos: optional(array(DepartmentDisplayInfoSchema())),
    type: optional(picklist(['all', 'custom'])),
    updated_by: optional(string()),
    updated_at: optional(number()),
  })),
}))()

/** Schema of {@link CancelApprovalInstanceOutput}, for opt-in response validation. */
export const CancelApprovalInstanceOutputSchema: GenericSchema<CancelApprovalInstanceOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link AddApprovalTaskAssigneeOutput}, for opt-in response validation. */
export const AddApprovalTaskAssigneeOutputSchema: GenericSchema<AddApprovalTaskAssigneeOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link AgreeApprovalTaskOutput}, for opt-in response validation. */
export const AgreeApprovalTaskOutputSchema: GenericSchema<AgreeApprovalTaskOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link RejectApprovalTaskOutput}, for opt-in response validation. */
export const RejectApprovalTaskOutputSchema: GenericSchema<RejectApprovalTaskOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link TransferApprovalTaskOutput}, for opt-in response validation. */
export const TransferApprovalTaskOutputSchema: GenericSchema<TransferApprovalTaskOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListSeatActivityOutput}, for opt-in response validation. */
export const ListSeatActivityOutputSchema: GenericSchema<ListSeatActivityOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    user_id: optional(number()),
    namespace: optional(string()),
    status: optional(picklist(['in_use', 'released'])),
    active_time: optional(number()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link ListSeatAssignmentOutput}, for opt-in response validation. */
export const ListSeatAssignmentOutputSchema: GenericSchema<ListSeatAssignmentOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    user_id: optional(number()),
    namespace: optional(string()),
    status: optional(picklist(['in_use', 'released'])),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link QueryTenantAppMetricsOutput}, for opt-in response validation. */
export const QueryTenantAppMetricsOutputSchema: GenericSchema<QueryTenantAppMetricsOutput> = /*#__PURE__*/ (() => looseObject({
  metrics: optional(array(looseObject({ namespace: optional(string()), data: optional(string()) }))),
}))()

/** Schema of {@link CcUserTaskOutput}, for opt-in response validation. */
export const CcUserTaskOutputSchema: GenericSchema<CcUserTaskOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link ChatUserTaskGroupOutput}, for opt-in response validation. */
export const ChatUserTaskGroupOutputSchema: GenericSchema<ChatUserTaskGroupOutput> = /*#__PURE__*/ (() => looseObject({
  chat_id: optional(string()),
}))()

/** Schema of {@link ExpeditingUserTaskOutput}, for opt-in response validation. */
export const ExpeditingUserTaskOutputSchema: GenericSchema<ExpeditingUserTaskOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link QueryUserTaskOutput}, for opt-in response validation. */
export const QueryUserTaskOutputSchema: GenericSchema<QueryUserTaskOutput> = /*#__PURE__*/ (() => looseObject({
  count: optional(string()),
  tasks: optional(array(looseObject({
    task_id: optional(string()),
    task_start_time: optional(string()),
    workflow_instance: optional(looseObject({
      id: optional(string()),
      label: optional(array(ActivityLabelSchema())),
      status: optional(string()),
    })),
    initiator: optional(looseObject({ user_id: optional(string()), name: optional(string()) })),
    summarys: optional(array(looseObject({
      file_key: optional(ActivityLabelSchema()),
      file_value: optional(array(ActivityLabelSchema())),
    }))),
  }))),
}))()

/** Schema of {@link RollbackUserTaskOutput}, for opt-in response validation. */
export const RollbackUserTaskOutputSchema: GenericSchema<RollbackUserTaskOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link RollbackUserTaskPointsOutput}, for opt-in response validation. */
export const RollbackUserTaskPointsOutputSchema: GenericSchema<RollbackUserTaskPointsOutput> = /*#__PURE__*/ (() => looseObject({
  tasks: optional(array(looseObject({
    id: optional(string()),
    activity_label: optional(array(ActivityLabelSchema())),
    is_start: optional(boolean()),
  }))),
}))()

/** Schema of {@link SqlWorkspaceCommandsOutput}, for opt-in response validation. */
export const SqlWorkspaceCommandsOutputSchema: GenericSchema<SqlWorkspaceCommandsOutput> = /*#__PURE__*/ (() => looseObject({
  result: string(),
}))()

/** Schema of {@link EnumWorkspaceEnumGetOutput}, for opt-in response validation. */
export const EnumWorkspaceEnumGetOutputSchema: GenericSchema<EnumWorkspaceEnumGetOutput> = /*#__PURE__*/ (() => looseObject({
  name: string(),
  description: string(),
  options: array(string()),
  created_at: string(),
  created_by: CreatedBySchema(),
}))()

/** Schema of {@link ListWorkspaceEnumOutput}, for opt-in response validation. */
export const ListWorkspaceEnumOutputSchema: GenericSchema<ListWorkspaceEnumOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: boolean(),
  page_token: string(),
  items: array(looseObject({
    name: string(),
    description: string(),
    options: array(string()),
    created_at: number(),
    created_by: optional(CreatedBySchema()),
  })),
}))()

/** Schema of {@link ListWorkspaceTableOutput}, for opt-in response validation. */
export const ListWorkspaceTableOutputSchema: GenericSchema<ListWorkspaceTableOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: boolean(),
  page_token: string(),
  items: array(looseObject({ name: string(), description: string(), columns: array(ColumnSchema()) })),
}))()

/** Schema of {@link RecordsWorkspaceTableBatchUpdateOutput}, for opt-in response validation. */
export const RecordsWorkspaceTableBatchUpdateOutputSchema: GenericSchema<RecordsWorkspaceTableBatchUpdateOutput> = /*#__PURE__*/ (() => looseObject({
  record_ids: array(string()),
}))()

/** Schema of {@link RecordsWorkspaceTableDeleteOutput}, for opt-in response validation. */
export const RecordsWorkspaceTableDeleteOutputSchema: GenericSchema<RecordsWorkspaceTableDeleteOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link RecordsWorkspaceTableGetOutput}, for opt-in response validation. */
export const RecordsWorkspaceTableGetOutputSchema: GenericSchema<RecordsWorkspaceTableGetOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: boolean(),
  page_token: string(),
  total: number(),
  items: string(),
}))()

/** Schema of {@link RecordsWorkspaceTablePatchOutput}, for opt-in response validation. */
export const RecordsWorkspaceTablePatchOutputSchema: GenericSchema<RecordsWorkspaceTablePatchOutput> = /*#__PURE__*/ (() => looseObject({
  record_ids: array(string()),
}))()

/** Schema of {@link RecordsWorkspaceTablePostOutput}, for opt-in response validation. */
export const RecordsWorkspaceTablePostOutputSchema: GenericSchema<RecordsWorkspaceTablePostOutput> = /*#__PURE__*/ (() => looseObject({
  record_ids: array(string()),
}))()

/** Schema of {@link TableWorkspaceTableGetOutput}, for opt-in response validation. */
export const TableWorkspaceTableGetOutputSchema: GenericSchema<TableWorkspaceTableGetOutput> = /*#__PURE__*/ (() => looseObject({
  name: string(),
  description: string(),
  columns: array(ColumnSchema()),
}))()

/** Schema of {@link ViewsWorkspaceViewGetOutput}, for opt-in response validation. */
export const ViewsWorkspaceViewGetOutputSchema: GenericSchema<ViewsWorkspaceViewGetOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: boolean(),
  page_token: string(),
  total: number(),
  items: string(),
}))()
