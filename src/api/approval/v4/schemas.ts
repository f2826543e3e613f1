// Generated from catalog/approval.v4.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import {
  ApprovalSchema,
  AtInfoSchema,
  CcSchema,
  CreateI18nResourceSchema,
  DataSchema,
  DiffInstanceTaskSchema,
  ExternalSchema,
  FileSchema,
  GroupSchema,
  InstanceSchema,
  ItemSchema,
  LinkSchema,
  SummarieSchema,
} from './models.ts'
import type {
  CreateApprovalOutput,
  GetApprovalOutput,
  SubscribeApprovalOutput,
  UnsubscribeApprovalOutput,
} from './approval.ts'
import type { ListDistrictOutput, SearchDistrictOutput } from './district.ts'
import type { CreateExternalApprovalOutput, GetExternalApprovalOutput } from './external_approval.ts'
import type { CheckExternalInstanceOutput, CreateExternalInstanceOutput } from './external_instance.ts'
import type { ListExternalTaskOutput } from './external_task.ts'
import type {
  AddInstanceCcOutput,
  AddInstanceSignOutput,
  CancelInstanceOutput,
  CcInstanceOutput,
  CreateInstanceOutput,
  DetailInstanceOutput,
  GetInstanceOutput,
  InitiatedInstanceOutput,
  ListInstanceOutput,
  PreviewInstanceOutput,
  QueryInstanceOutput,
  RecallInstanceOutput,
  RemindInstanceOutput,
  SearchInstanceCcOutput,
  SpecifiedInstanceRollbackOutput,
  SubscriptionInstanceOutput,
  UnsubscriptionInstanceOutput,
} from './instance.ts'
import type {
  CreateInstanceCommentOutput,
  DeleteInstanceCommentOutput,
  ListInstanceCommentOutput,
  RemoveInstanceCommentOutput,
} from './instance.comment.ts'
import type {
  AddTaskSignOutput,
  ApproveTaskOutput,
  ForwardTaskOutput,
  ListTaskOutput,
  PassTaskOutput,
  QueryTaskOutput,
  RefuseTaskOutput,
  RejectTaskOutput,
  ResubmitTaskOutput,
  RollbackTaskOutput,
  SearchTaskOutput,
  SubscriptionTaskOutput,
  TransferTaskOutput,
  UnsubscriptionTaskOutput,
} from './task.ts'

/** Schema of {@link CreateApprovalOutput}, for opt-in response validation. */
export const CreateApprovalOutputSchema: GenericSchema<CreateApprovalOutput> = /*#__PURE__*/ (() => looseObject({
  approval_code: optional(string()),
  approval_id: optional(string()),
}))()

/** Schema of {@link GetApprovalOutput}, for opt-in response validation. */
export const GetApprovalOutputSchema: GenericSchema<GetApprovalOutput> = /*#__PURE__*/ (() => looseObject({
  approval_name: string(),
  status: picklist(['ACTIVE', 'INACTIVE', 'DELETED', 'UNKNOWN']),
  form: string(),
  node_list: array(looseObject({
    name: string(),
    need_approver: boolean(),
    node_id: string(),
    custom_node_id: optional(string()),
    node_type: picklist(['AND', 'OR', 'SEQUENTIAL', 'CC_NODE']),
    approver_chosen_multi: boolean(),
    approver_chosen_range: optional(array(looseObject({
      approver_range_type: optional(number()),
      approver_range_ids: optional(array(string())),
    }))),
    require_signature: optional(boolean()),
  })),
  viewers: array(looseObject({
    type: picklist(['TENANT', 'DEPARTMENT', 'USER', 'ROLE', 'USER_GROUP', 'NONE']),
    id: optional(string()),
    user_id: optional(string()),
  })),
  approval_admin_ids: optional(array(string())),
  form_widget_relation: optional(string()),
}))()

/** Schema of {@link SubscribeApprovalOutput}, for opt-in response validation. */
export const SubscribeApprovalOutputSchema: GenericSchema<SubscribeApprovalOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UnsubscribeApprovalOutput}, for opt-in response validation. */
export const UnsubscribeApprovalOutputSchema: GenericSchema<UnsubscribeApprovalOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListDistrictOutput}, for opt-in response validation. */
export const ListDistrictOutputSchema: GenericSchema<ListDistrictOutput> = /*#__PURE__*/ (() => looseObject({
  version: optional(string()),
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(ItemSchema())),
}))()

/** Schema of {@link SearchDistrictOutput}, for opt-in response validation. */
export const SearchDistrictOutputSchema: GenericSchema<SearchDistrictOutput> = /*#__PURE__*/ (() => looseObject({
  version: optional(string()),
  items: optional(array(ItemSchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link CreateExternalApprovalOutput}, for opt-in response validation. */
export const CreateExternalApprovalOutputSchema: GenericSchema<CreateExternalApprovalOutput> = /*#__PURE__*/ (() => looseObject({
  approval_code: string(),
}))()

/** Schema of {@link GetExternalApprovalOutput}, for opt-in response validation. */
export const GetExternalApprovalOutputSchema: GenericSchema<GetExternalApprovalOutput> = /*#__PURE__*/ (() => looseObject({
  approval_name: string(),
  approval_code: string(),
  group_code: string(),
  group_name: optional(string()),
  description: optional(string()),
  external: optional(ExternalSchema()),
  viewers: optional(array(looseObject({
    viewer_type: optional(picklist(['USER', 'TENANT', 'DEPARTMENT', 'NONE'])),
    viewer_user_id: optional(string()),
    viewer_department_id: optional(string()),
  }))),
  i18n_resources: optional(array(CreateI18nResourceSchema())),
  managers: optional(array(string())),
}))()

/** Schema of {@link CheckExternalInstanceOutput}, for opt-in response validation. */
export const CheckExternalInstanceOutputSchema: GenericSchema<CheckExternalInstanceOutput> = /*#__PURE__*/ (() => looseObject({
  diff_instances: optional(array(looseObject({
    instance_id: string(),
    update_time: optional(string()),
    tasks: optional(array(DiffInstanceTaskSchema())),
  }))),
}))()

/** Schema of {@link CreateExternalInstanceOutput}, for opt-in response validation. */
export const CreateExternalInstanceOutputSchema: GenericSchema<CreateExternalInstanceOutput> = /*#__PURE__*/ (() => looseObject({
  data: optional(DataSchema()),
  process_record: optional(looseObject({
    instance: optional(CcSchema()),
    task: optional(CcSchema()),
    cc: optional(CcSchema()),
  })),
}))()

/** Schema of {@link ListExternalTaskOutput}, for opt-in response validation. */
export const ListExternalTaskOutputSchema: GenericSchema<ListExternalTaskOutput> = /*#__PURE__*/ (() => looseObject({
  data: optional(array(looseObject({
    instance_id: string(),
    approval_id: string(),
    approval_code: string(),
    status: picklist(['PENDING', 'APPROVED', 'REJECTED', 'CANCELED', 'DELETED', 'HIDDEN']),
    update_time: string(),
    tasks: optional(array(looseObject({
      id: string(),
      status: picklist(['PENDING', 'APPROVED', 'REJECTED', 'TRANSFERRED', 'DONE']),
      update_time: string(),
    }))),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link AddInstanceCcOutput}, for opt-in response validation. */
export const AddInstanceCcOutputSchema: GenericSchema<AddInstanceCcOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link AddInstanceSignOutput}, for opt-in response validation. */
export const AddInstanceSignOutputSchema: GenericSchema<AddInstanceSignOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link CancelInstanceOutput}, for opt-in response validation. */
export const CancelInstanceOutputSchema: GenericSchema<CancelInstanceOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link CcInstanceOutput}, for opt-in response validation. */
export const CcInstanceOutputSchema: GenericSchema<CcInstanceOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link CreateInstanceOutput}, for opt-in response validation. */
export const CreateInstanceOutputSchema: GenericSchema<CreateInstanceOutput> = /*#__PURE__*/ (() => looseObject({
  instance_code: string(),
  instance_link: string(),
}))()

/** Schema of {@link DetailInstanceOutput}, for opt-in response validation. */
export const DetailInstanceOutputSchema: GenericSchema<DetailInstanceOutput> = /*#__PURE__*/ (() => looseObject({
  definition_name: string(),
  start_time: optional(string()),
  end_time: string(),
  user_id: string(),
  serial_number: string(),
  department_id: string(),
  status: picklist(['PENDING', 'APPROVED', 'REJECTED', 'CANCELED', 'DELETED']),
  form: string(),
  tasks: array(looseObject({
    id: string(),
    user_id: string(),
    status: picklist(['PENDING', 'APPROVED', 'REJECTED', 'TRANSFERRED', 'DONE']),
    node_id: optional(string()),
    node_name: optional(string()),
    type: optional(picklist(['AND', 'OR', 'AUTO_PASS', 'AUTO_REJECT', 'SEQUENTIAL'])),
    start_time: string(),
    end_time: optional(string()),
  })),
  comments: array(looseObject({
    id: string(),
    user_id: string(),
    comment: string(),
    create_time: string(),
    files: optional(array(FileSchema())),
  })),
  operation_records: array(looseObject({
    type: picklist([
      'START',
      'PASS',
      'REJECT',
      'AUTO_PASS',
      'AUTO_REJECT',
      'REMOVE_REPEAT',
      'TRANSFER',
      'ADD_APPROVER_BEFORE',
      'ADD_APPROVER',
      'ADD_APPROVER_AFTER',
      'DELETE_APPROVER',
      'ROLLBACK_SELECTED',
      'ROLLBACK',
      'CANCEL',
      'DELETE',
      'CC',
    ]),
    create_time: string(),
    user_id: optional(string()),
    cc_user_ids: optional(array(string())),
    task_id: optional(string()),
    comment: optional(string()),
    node_id: optional(string()),
    files: optional(array(FileSchema())),
  })),
  definition_code: string(),
  reverted: optional(boolean()),
  instance_code: string(),
  current_nodes: optional(array(looseObject({
    node_id: optional(string()),
    node_name: optional(string()),
    type: optional(picklist(['AND', 'OR', 'SEQUENTIAL', 'AUTO_PASS', 'AUTO_REJECT'])),
    approvers: optional(array(looseObject({ task_id: optional(string()), user_id: optional(string()) }))),
  }))),
}))()

/** Schema of {@link GetInstanceOutput}, for opt-in response validation. */
export const GetInstanceOutputSchema: GenericSchema<GetInstanceOutput> = /*#__PURE__*/ (() => looseObject({
  approval_name: string(),
  start_time: optional(string()),
  end_time: string(),
  user_id: string(),
  open_id: string(),
  serial_number: string(),
  department_id: string(),
  status: picklist(['PENDING', 'APPROVED', 'REJECTED', 'CANCELED', 'DELETED']),
  uuid: string(),
  form: string(),
  task_list: array(looseObject({
    id: string(),
    user_id: string(),
    open_id: optional(string()),
    status: picklist(['PENDING', 'APPROVED', 'REJECTED', 'TRANSFERRED', 'DONE']),
    node_id: optional(string()),
    node_name: optional(string()),
    custom_node_id: optional(string()),
    type: optional(picklist(['AND', 'OR', 'AUTO_PASS', 'AUTO_REJECT', 'SEQUENTIAL'])),
    start_time: string(),
    end_time: optional(string()),
  })),
  comment_list: array(looseObject({
    id: string(),
    user_id: string(),
    open_id: string(),
    comment: string(),
    create_time: string(),
    files: optional(array(FileSchema())),
  })),
  timeline: array(looseObject({
    type: picklist([
      'START',
      'PASS',
      'REJECT',
      'AUTO_PASS',
      'AUTO_REJECT',
      'REMOVE_REPEAT',
      'TRANSFER',
      'ADD_APPROVER_BEFORE',
      'ADD_APPROVER',
      'ADD_APPROVER_AFTER',
      'DELETE_APPROVER',
      'ROLLBACK_SELECTED',
      'ROLLBACK',
      'CANCEL',
      'DELETE',
      'CC',
    ]),
    create_time: string(),
    user_id: optional(string()),
    open_id: optional(string()),
    user_id_list: optional(array(string())),
    open_id_list: optional(array(string())),
    task_id: optional(string()),
    comment: optional(string()),
    cc_user_list: optional(array(looseObject({
      user_id: optional(string()),
      cc_id: optional(string()),
      open_id: optional(string()),
    }))),
    ext: string(),
    node_key: optional(string()),
    files: optional(array(FileSchema())),
  })),
  modified_instance_code: optional(string()),
  reverted_instance_code: optional(string()),
  approval_code: string(),
  reverted: optional(boolean()),
  instance_code: string(),
}))()

/** Schema of {@link InitiatedInstanceOutput}, for opt-in response validation. */
export const InitiatedInstanceOutputSchema: GenericSchema<InitiatedInstanceOutput> = /*#__PURE__*/ (() => looseObject({
  instances: array(looseObject({
    instance_status: picklist(['0', '1', '2', '3', '4', '5']),
    definition_code: string(),
    initiator: optional(string()),
    initiator_name: optional(string()),
    instance_code: string(),
    definition_group_id: optional(string()),
    definition_group_name: optional(string()),
    definition_name: optional(string()),
    summaries: optional(array(SummarieSchema())),
    instance_external_id: optional(string()),
    link: optional(string()),
  })),
  page_token: optional(string()),
  has_more: optional(boolean()),
  count: optional(number()),
}))()

/** Schema of {@link ListInstanceOutput}, for opt-in response validation. */
export const ListInstanceOutputSchema: GenericSchema<ListInstanceOutput> = /*#__PURE__*/ (() => looseObject({
  instance_code_list: array(string()),
  page_token: string(),
  has_more: boolean(),
}))()

/** Schema of {@link PreviewInstanceOutput}, for opt-in response validation. */
export const PreviewInstanceOutputSchema: GenericSchema<PreviewInstanceOutput> = /*#__PURE__*/ (() => looseObject({
  preview_nodes: optional(array(looseObject({
    node_id: optional(string()),
    node_name: optional(string()),
    node_type: optional(string()),
    comments: optional(array(string())),
    custom_node_id: optional(string()),
    user_id_list: optional(array(string())),
    end_cc_id_list: optional(array(string())),
    is_empty_logic: optional(boolean()),
    is_approver_type_free: optional(boolean()),
    has_cc_type_free: optional(boolean()),
  }))),
}))()

/** Schema of {@link QueryInstanceOutput}, for opt-in response validation. */
export const QueryInstanceOutputSchema: GenericSchema<QueryInstanceOutput> = /*#__PURE__*/ (() => looseObject({
  count: optional(number()),
  instance_list: optional(array(looseObject({
    approval: optional(ApprovalSchema()),
    group: optional(GroupSchema()),
    instance: optional(InstanceSchema()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link RecallInstanceOutput}, for opt-in response validation. */
export const RecallInstanceOutputSchema: GenericSchema<RecallInstanceOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link RemindInstanceOutput}, for opt-in response validation. */
export const RemindInstanceOutputSchema: GenericSchema<RemindInstanceOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link SearchInstanceCcOutput}, for opt-in response validation. */
export const SearchInstanceCcOutputSchema: GenericSchema<SearchInstanceCcOutput> = /*#__PURE__*/ (() => looseObject({
  count: optional(number()),
  cc_list: optional(array(looseObject({
    approval: optional(ApprovalSchema()),
    group: optional(GroupSchema()),
    instance: optional(InstanceSchema()),
    cc: optional(looseObject({
      user_id: optional(string()),
      create_time: optional(string()),
      read_status: optional(picklist(['read', 'unread'])),
      title: optional(string()),
      extra: optional(string()),
      link: optional(LinkSchema()),
    })),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link SpecifiedInstanceRollbackOutput}, for opt-in response validation. */
export const SpecifiedInstanceRollbackOutputSchema: GenericSchema<SpecifiedInstanceRollbackOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link SubscriptionInstanceOutput}, for opt-in response validation. */
export const SubscriptionInstanceOutputSchema: GenericSchema<SubscriptionInstanceOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UnsubscriptionInstanceOutput}, for opt-in response validation. */
export const UnsubscriptionInstanceOutputSchema: GenericSchema<UnsubscriptionInstanceOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateInstanceCommentOutput}, for opt-in response validation. */
export const CreateInstanceCommentOutputSchema: GenericSchema<CreateInstanceCommentOutput> = /*#__PURE__*/ (() => looseObject({
  comment_id: string(),
}))()

/** Schema of {@link DeleteInstanceCommentOutput}, for opt-in response validation. */
export const DeleteInstanceCommentOutputSchema: GenericSchema<DeleteInstanceCommentOutput> = /*#__PURE__*/ (() => looseObject({
  comment_id: optional(string()),
}))()

/** Schema of {@link ListInstanceCommentOutput}, for opt-in response validation. */
export const ListInstanceCommentOutputSchema: GenericSchema<ListInstanceCommentOutput> = /*#__PURE__*/ (() => looseObject({
  comments: array(looseObject({
    id: string(),
    content: string(),
    create_time: string(),
    update_time: string(),
    is_delete: number(),
    replies: optional(array(looseObject({
      id: string(),
      content: string(),
      create_time: optional(string()),
      update_time: optional(string()),
      is_delete: number(),
      at_info_list: optional(array(AtInfoSchema())),
      commentator: string(),
      extra: optional(string()),
    }))),
    at_info_list: optional(array(AtInfoSchema())),
    commentator: string(),
    extra: optional(string()),
  })),
}))()

/** Schema of {@link RemoveInstanceCommentOutput}, for opt-in response validation. */
export const RemoveInstanceCommentOutputSchema: GenericSchema<RemoveInstanceCommentOutput> = /*#__PURE__*/ (() => looseObject({
  instance_id: optional(string()),
  external_id: optional(string()),
}))()

/** Schema of {@link AddTaskSignOutput}, for opt-in response validation. */
export const AddTaskSignOutputSchema: GenericSchema<AddTaskSignOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link ApproveTaskOutput}, for opt-in response validation. */
export const ApproveTaskOutputSchema: GenericSchema<ApproveTaskOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link ForwardTaskOutput}, for opt-in response validation. */
export const ForwardTaskOutputSchema: GenericSchema<ForwardTaskOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link ListTaskOutput}, for opt-in response validation. */
export const ListTaskOutputSchema: GenericSchema<ListTaskOutput> = /*#__PURE__*/ (() => looseObject({
  tasks: array(looseObject({
    topic: picklist(['1', '2', '3', '17', '18']),
    user_id: string(),
    title: string(),
    status: picklist(['1', '2', '17', '18', '33', '34']),
    instance_status: picklist(['0', '1', '2', '3', '4', '5']),
    definition_code: string(),
    initiator: optional(string()),
    initiator_name: optional(string()),
    task_id: string(),
    instance_code: string(),
    definition_group_id: optional(string()),
    definition_group_name: optional(string()),
    definition_name: optional(string()),
    summaries: optional(array(SummarieSchema())),
    instance_external_id: optional(string()),
    task_external_id: optional(string()),
    support_api_operate: optional(boolean()),
    link: optional(string()),
  })),
  page_token: optional(string()),
  has_more: optional(boolean()),
  count: optional(number()),
}))()

/** Schema of {@link PassTaskOutput}, for opt-in response validation. */
export const PassTaskOutputSchema: GenericSchema<PassTaskOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link QueryTaskOutput}, for opt-in response validation. */
export const QueryTaskOutputSchema: GenericSchema<QueryTaskOutput> = /*#__PURE__*/ (() => looseObject({
  tasks: array(looseObject({
    topic: picklist(['1', '2', '3', '17', '18']),
    user_id: string(),
    title: string(),
    urls: looseObject({ helpdesk: optional(string()), mobile: optional(string()), pc: optional(string()) }),
    process_external_id: optional(string()),
    task_external_id: optional(string()),
    status: picklist(['1', '2', '17', '18', '33', '34']),
    process_status: picklist(['0', '1', '2', '3', '4', '5']),
    definition_code: string(),
    initiators: optional(array(string())),
    initiator_names: optional(array(string())),
    task_id: string(),
    process_id: string(),
    process_code: string(),
    definition_group_id: optional(string()),
    definition_group_name: optional(string()),
    definition_id: optional(string()),
    definition_name: optional(string()),
  })),
  page_token: optional(string()),
  has_more: optional(boolean()),
  count: optional(looseObject({ total: number(), has_more: optional(boolean()) })),
}))()

/** Schema of {@link RefuseTaskOutput}, for opt-in response validation. */
export const RefuseTaskOutputSchema: GenericSchema<RefuseTaskOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link RejectTaskOutput}, for opt-in response validation. */
export const RejectTaskOutputSchema: GenericSchema<RejectTaskOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link ResubmitTaskOutput}, for opt-in response validation. */
export const ResubmitTaskOutputSchema: GenericSchema<ResubmitTaskOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link RollbackTaskOutput}, for opt-in response validation. */
export const RollbackTaskOutputSchema: GenericSchema<RollbackTaskOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link SearchTaskOutput}, for opt-in response validation. */
export const SearchTaskOutputSchema: GenericSchema<SearchTaskOutput> = /*#__PURE__*/ (() => looseObject({
  count: optional(number()),
  task_list: optional(array(looseObject({
    approval: optional(ApprovalSchema()),
    group: optional(GroupSchema()),
    instance: optional(InstanceSchema()),
    task: optional(looseObject({
      user_id: optional(string()),
      start_time: optional(string()),
      end_time: optional(string()),
      status: optional(picklist([
        'rejected',
        'pending',
        'approved',
        'transferred',
        'done',
        'rm_repeat',
        'processed',
        'hidden',
      ])),
      title: optional(string()),
      extra: optional(string()),
      link: optional(LinkSchema()),
      task_id: optional(string()),
      update_time: optional(string()),
      task_external_id: optional(string()),
    })),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link SubscriptionTaskOutput}, for opt-in response validation. */
export const SubscriptionTaskOutputSchema: GenericSchema<SubscriptionTaskOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link TransferTaskOutput}, for opt-in response validation. */
export const TransferTaskOutputSchema: GenericSchema<TransferTaskOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link UnsubscriptionTaskOutput}, for opt-in response validation. */
export const UnsubscriptionTaskOutputSchema: GenericSchema<UnsubscriptionTaskOutput> = /*#__PURE__*/ (() => looseObject({
}))()
