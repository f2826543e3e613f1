// Generated from catalog/approval.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { ApprovalSchema, GroupSchema, InstanceSchema, LinkSchema } from './models.ts'
import type { CreateApprovalOutput, GetApprovalOutput } from './approval.ts'
import type { SearchCcOutput } from './cc.ts'
import type { ListExternalOutput } from './external.ts'
import type { CreateExternalInstanceOutput } from './external.instance.ts'
import type { UploadFileOutput } from './file.ts'
import type {
  ApproveInstanceOutput,
  CancelInstanceOutput,
  CcInstanceOutput,
  CreateInstanceOutput,
  GetInstanceOutput,
  ListInstanceOutput,
  RejectInstanceOutput,
  SearchInstanceOutput,
  TransferInstanceOutput,
} from './instance.ts'
import type { SubscribeSubscriptionOutput, UnsubscribeSubscriptionOutput } from './subscription.ts'
import type { SearchTaskOutput } from './task.ts'

/** Schema of {@link CreateApprovalOutput}, for opt-in response validation. */
export const CreateApprovalOutputSchema: GenericSchema<CreateApprovalOutput> = /*#__PURE__*/ (() => looseObject({
  approval_code: optional(string()),
}))()

/** Schema of {@link GetApprovalOutput}, for opt-in response validation. */
export const GetApprovalOutputSchema: GenericSchema<GetApprovalOutput> = /*#__PURE__*/ (() => looseObject({
  approval_name: optional(string()),
  status: optional(picklist(['ACTIVE', 'INACTIVE', 'DELETED', 'UNKNOWN'])),
  form: optional(string()),
  node_list: optional(array(looseObject({
    name: optional(string()),
    need_approver: optional(boolean()),
    node_id: optional(string()),
    custom_node_id: optional(string()),
    node_type: optional(picklist(['AND', 'OR', 'SEQUENTIAL', 'CC_NODE'])),
  }))),
  viewers: optional(array(looseObject({
    type: optional(picklist(['TENANT', 'DEPARTMENT', 'USER', 'ROLE', 'USER_GROUP', 'NONE'])),
    open_id: optional(string()),
    user_id: optional(string()),
  }))),
}))()

/** Schema of {@link SearchCcOutput}, for opt-in response validation. */
export const SearchCcOutputSchema: GenericSchema<SearchCcOutput> = /*#__PURE__*/ (() => looseObject({
  count: optional(number()),
  cc_list: optional(array(looseObject({
    approval: optional(ApprovalSchema()),
    group: optional(GroupSchema()),
    instance: optional(InstanceSchema()),
    cc: optional(looseObject({
      user_id: optional(string()),
      create_time: optional(number()),
      read_status: optional(string()),
      title: optional(string()),
      extra: optional(string()),
      link: optional(LinkSchema()),
    })),
  }))),
}))()

/** Schema of {@link ListExternalOutput}, for opt-in response validation. */
export const ListExternalOutputSchema: GenericSchema<ListExternalOutput> = /*#__PURE__*/ (() => looseObject({
  data: optional(array(looseObject({
    instance_id: optional(string()),
    approval_code: optional(string()),
    approval_id: optional(string()),
    status: optional(string()),
    update_time: optional(number()),
    tasks: optional(array(looseObject({
      id: optional(string()),
      status: optional(string()),
      update_time: optional(number()),
    }))),
  }))),
  scroll_id: optional(string()),
}))()

/** Schema of {@link CreateExternalInstanceOutput}, for opt-in response validation. */
export const CreateExternalInstanceOutputSchema: GenericSchema<CreateExternalInstanceOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UploadFileOutput}, for opt-in response validation. */
export const UploadFileOutputSchema: GenericSchema<UploadFileOutput> = /*#__PURE__*/ (() => looseObject({
  code: optional(string()),
  url: optional(string()),
}))()

/** Schema of {@link ApproveInstanceOutput}, for opt-in response validation. */
export const ApproveInstanceOutputSchema: GenericSchema<ApproveInstanceOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link CancelInstanceOutput}, for opt-in response validation. */
export const CancelInstanceOutputSchema: GenericSchema<CancelInstanceOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link CcInstanceOutput}, for opt-in response validation. */
export const CcInstanceOutputSchema: GenericSchema<CcInstanceOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link CreateInstanceOutput}, for opt-in response validation. */
export const CreateInstanceOutputSchema: GenericSchema<CreateInstanceOutput> = /*#__PURE__*/ (() => looseObject({
  instance_code: optional(string()),
}))()

/** Schema of {@link GetInstanceOutput}, for opt-in response validation. */
export const GetInstanceOutputSchema: GenericSchema<GetInstanceOutput> = /*#__PURE__*/ (() => looseObject({
  approval_code: optional(string()),
  approval_name: optional(string()),
  start_time: optional(number()),
  end_time: optional(number()),
  user_id: optional(string()),
  open_id: optional(string()),
  serial_number: optional(string()),
  department_id: optional(string()),
  status: optional(picklist(['PENDING', 'APPROVED', 'REJECTED', 'CANCELED', 'DELETED'])),
  uuid: optional(string()),
  form: optional(string()),
  task_list: optional(array(looseObject({
    id: optional(string()),
    user_id: optional(string()),
    open_id: optional(string()),
    status: optional(picklist(['PENDING', 'APPROVED', 'REJECTED', 'TRANSFERRED', 'DONE'])),
    node_id: optional(string()),
    node_name: optional(string()),
    custom_node_id: optional(string()),
    type: optional(picklist(['AND', 'OR', 'AUTO_PASS', 'AUTO_REJECT', 'SEQUENTIAL'])),
    start_time: optional(number()),
    end_time: optional(number()),
  }))),
  comment_list: optional(array(looseObject({
    id: optional(string()),
    user_id: optional(string()),
    open_id: optional(string()),
    comment: optional(string()),
    create_time: optional(number()),
  }))),
  timeline: optional(array(looseObject({
    type: optional(string()),
    create_time: optional(number()),
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
    ext: optional(string()),
    node_key: optional(string()),
    modified_instance_code: optional(string()),
    reverted_instance_code: optional(string()),
  }))),
}))()

/** Schema of {@link ListInstanceOutput}, for opt-in response validation. */
export const ListInstanceOutputSchema: GenericSchema<ListInstanceOutput> = /*#__PURE__*/ (() => looseObject({
  instance_code_list: optional(array(string())),
}))()

/** Schema of {@link RejectInstanceOutput}, for opt-in response validation. */
export const RejectInstanceOutputSchema: GenericSchema<RejectInstanceOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link SearchInstanceOutput}, for opt-in response validation. */
export const SearchInstanceOutputSchema: GenericSchema<SearchInstanceOutput> = /*#__PURE__*/ (() => looseObject({
  count: optional(number()),
  instance_list: optional(array(looseObject({
    approval: optional(ApprovalSchema()),
    group: optional(GroupSchema()),
    instance: optional(InstanceSchema()),
  }))),
}))()

/** Schema of {@link TransferInstanceOutput}, for opt-in response validation. */
export const TransferInstanceOutputSchema: GenericSchema<TransferInstanceOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link SubscribeSubscriptionOutput}, for opt-in response validation. */
export const SubscribeSubscriptionOutputSchema: GenericSchema<SubscribeSubscriptionOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UnsubscribeSubscriptionOutput}, for opt-in response validation. */
export const UnsubscribeSubscriptionOutputSchema: GenericSchema<UnsubscribeSubscriptionOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link SearchTaskOutput}, for opt-in response validation. */
export const SearchTaskOutputSchema: GenericSchema<SearchTaskOutput> = /*#__PURE__*/ (() => looseObject({
  count: optional(number()),
  task_list: optional(array(looseObject({
    approval: optional(ApprovalSchema()),
    group: optional(GroupSchema()),
    instance: optional(InstanceSchema()),
    task: optional(looseObject({
      start_time: optional(number()),
      user_id: optional(string()),
      end_time: optional(number()),
      title: optional(string()),
      status: optional(string()),
      extra: optional(string()),
      link: optional(LinkSchema()),
    })),
  }))),
}))()
