// Generated from catalog/drive.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import {
  BatchCreateMemberSchema,
  BatchQueryItemSchema,
  ElementSchema,
  FileSchema,
  ItemSchema,
  MemberSchema,
  PermissionPublicSchema,
  ReactionSchema,
} from './models.ts'
import type { CreateExportTaskOutput, GetExportTaskOutput } from './export_task.ts'
import type {
  CopyFileOutput,
  CreateFileFolderOutput,
  CreateFileShortcutOutput,
  DeleteFileOutput,
  DeleteFileSubscribeOutput,
  GetFileSubscribeOutput,
  ListFileOutput,
  MoveFileOutput,
  SubscribeFileOutput,
  TaskFileCheckOutput,
  UploadFileAllOutput,
  UploadFileFinishOutput,
  UploadFilePartOutput,
  UploadFilePrepareOutput,
} from './file.ts'
import type {
  BatchQueryFileCommentOutput,
  CreateFileCommentOutput,
  GetFileCommentOutput,
  ListFileCommentOutput,
  PatchFileCommentOutput,
} from './file.comment.ts'
import type {
  CreateFileCommentReplyOutput,
  DeleteFileCommentReplyOutput,
  ListFileCommentReplyOutput,
  UpdateFileCommentReplyOutput,
} from './file.comment.reply.ts'
import type { GetFileStatisticsOutput } from './file.statistics.ts'
import type {
  CreateFileSubscriptionOutput,
  GetFileSubscriptionOutput,
  PatchFileSubscriptionOutput,
} from './file.subscription.ts'
import type {
  CreateFileVersionOutput,
  DeleteFileVersionOutput,
  GetFileVersionOutput,
  ListFileVersionOutput,
} from './file.version.ts'
import type { ListFileViewRecordOutput } from './file.view_record.ts'
import type { CreateImportTaskOutput, GetImportTaskOutput } from './import_task.ts'
import type {
  BatchGetMediaTmpDownloadUrlOutput,
  UploadMediaAllOutput,
  UploadMediaFinishOutput,
  UploadMediaPartOutput,
  UploadMediaPrepareOutput,
} from './media.ts'
import type { BatchQueryMetaOutput } from './meta.ts'
import type {
  AuthPermissionMemberOutput,
  BatchCreatePermissionMemberOutput,
  CreatePermissionMemberOutput,
  DeletePermissionMemberOutput,
  ListPermissionMemberOutput,
  TransferPermissionMemberOwnerOutput,
  UpdatePermissionMemberOutput,
} from './permission.member.ts'
import type { GetPermissionPublicOutput, PatchPermissionPublicOutput } from './permission.public.ts'
import type {
  CreatePermissionPublicPasswordOutput,
  DeletePermissionPublicPasswordOutput,
  UpdatePermissionPublicPasswordOutput,
} from './permission.public.password.ts'
import type { RemoveUserSubscriptionOutput, SubscriptionUserOutput, SubscriptionUserStatusOutput } from './user.ts'

/** Schema of {@link CreateExportTaskOutput}, for opt-in response validation. */
export const CreateExportTaskOutputSchema: GenericSchema<CreateExportTaskOutput> = /*#__PURE__*/ (() => looseObject({
  ticket: optional(string()),
}))()

/** Schema of {@link GetExportTaskOutput}, for opt-in response validation. */
export const GetExportTaskOutputSchema: GenericSchema<GetExportTaskOutput> = /*#__PURE__*/ (() => looseObject({
  result: optional(looseObject({
    file_extension: picklist(['docx', 'pdf', 'xlsx', 'csv', 'base', 'pptx']),
    type: picklist(['doc', 'sheet', 'bitable', 'docx', 'slides']),
    file_name: optional(string()),
    file_token: optional(string()),
    file_size: optional(number()),
    job_error_msg: optional(string()),
    job_status: optional(number()),
    only_schema: optional(boolean()),
  })),
}))()

/** Schema of {@link CopyFileOutput}, for opt-in response validation. */
export const CopyFileOutputSchema: GenericSchema<CopyFileOutput> = /*#__PURE__*/ (() => looseObject({
  file: optional(FileSchema()),
}))()

/** Schema of {@link CreateFileFolderOutput}, for opt-in response validation. */
export const CreateFileFolderOutputSchema: GenericSchema<CreateFileFolderOutput> = /*#__PURE__*/ (() => looseObject({
  token: optional(string()),
  url: optional(string()),
}))()

/** Schema of {@link CreateFileShortcutOutput}, for opt-in response validation. */
export const CreateFileShortcutOutputSchema: GenericSchema<CreateFileShortcutOutput> = /*#__PURE__*/ (() => looseObject({
  succ_shortcut_node: optional(FileSchema()),
}))()

/** Schema of {@link DeleteFileOutput}, for opt-in response validation. */
export const DeleteFileOutputSchema: GenericSchema<DeleteFileOutput> = /*#__PURE__*/ (() => looseObject({
  task_id: optional(string()),
}))()

/** Schema of {@link DeleteFileSubscribeOutput}, for opt-in response validation. */
export const DeleteFileSubscribeOutputSchema: GenericSchema<DeleteFileSubscribeOutput> = /*#__PURE__*/ (() => looseObject({
  data: string(),
}))()

/** Schema of {@link GetFileSubscribeOutput}, for opt-in response validation. */
export const GetFileSubscribeOutputSchema: GenericSchema<GetFileSubscribeOutput> = /*#__PURE__*/ (() => looseObject({
  is_subscribe: optional(boolean()),
}))()

/** Schema of {@link ListFileOutput}, for opt-in response validation. */
export const ListFileOutputSchema: GenericSchema<ListFileOutput> = /*#__PURE__*/ (() => looseObject({
  files: optional(array(FileSchema())),
  next_page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link MoveFileOutput}, for opt-in response validation. */
export const MoveFileOutputSchema: GenericSchema<MoveFileOutput> = /*#__PURE__*/ (() => looseObject({
  task_id: optional(string()),
}))()

/** Schema of {@link SubscribeFileOutput}, for opt-in response validation. */
export const SubscribeFileOutputSchema: GenericSchema<SubscribeFileOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link TaskFileCheckOutput}, for opt-in response validation. */
export const TaskFileCheckOutputSchema: GenericSchema<TaskFileCheckOutput> = /*#__PURE__*/ (() => looseObject({
  status: optional(string()),
}))()

/** Schema of {@link UploadFileAllOutput}, for opt-in response validation. */
export const UploadFileAllOutputSchema: GenericSchema<UploadFileAllOutput> = /*#__PURE__*/ (() => looseObject({
  file_token: optional(string()),
  url: optional(string()),
  version: optional(string()),
}))()

/** Schema of {@link UploadFileFinishOutput}, for opt-in response validation. */
export const UploadFileFinishOutputSchema: GenericSchema<UploadFileFinishOutput> = /*#__PURE__*/ (() => looseObject({
  file_token: optional(string()),
  version: optional(string()),
  url: optional(string()),
}))()

/** Schema of {@link UploadFilePartOutput}, for opt-in response validation. */
export const UploadFilePartOutputSchema: GenericSchema<UploadFilePartOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link UploadFilePrepareOutput}, for opt-in response validation. */
export const UploadFilePrepareOutputSchema: GenericSchema<UploadFilePrepareOutput> = /*#__PURE__*/ (() => looseObject({
  upload_id: optional(string()),
  block_size: optional(number()),
  block_num: optional(number()),
}))()

/** Schema of {@link BatchQueryFileCommentOutput}, for opt-in response validation. */
export const BatchQueryFileCommentOutputSchema: GenericSchema<BatchQueryFileCommentOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(BatchQueryItemSchema())),
}))()

/** Schema of {@link CreateFileCommentOutput}, for opt-in response validation. */
export const CreateFileCommentOutputSchema: GenericSchema<CreateFileCommentOutput> = /*#__PURE__*/ (() => looseObject({
  comment_id: optional(string()),
  user_id: optional(string()),
  create_time: optional(number()),
  update_time: optional(number()),
  is_solved: optional(boolean()),
  solved_time: optional(number()),
  solver_user_id: optional(string()),
  has_more: optional(boolean()),
  page_token: optional(string()),
  is_whole: optional(boolean()),
  quote: optional(string()),
  reply_list: optional(looseObject({ replies: array(ItemSchema()) })),
}))()

/** Schema of {@link GetFileCommentOutput}, for opt-in response validation. */
export const GetFileCommentOutputSchema: GenericSchema<GetFileCommentOutput> = /*#__PURE__*/ (() => looseObject({
  comment_id: optional(string()),
  user_id: optional(string()),
  create_time: optional(number()),
  update_time: optional(number()),
  is_solved: optional(boolean()),
  solved_time: optional(number()),
  solver_user_id: optional(string()),
  has_more: optional(boolean()),
  page_token: optional(string()),
  is_whole: optional(boolean()),
  quote: optional(string()),
  reply_list: optional(looseObject({ replies: array(ItemSchema()) })),
}))()

/** Schema of {@link ListFileCommentOutput}, for opt-in response validation. */
export const ListFileCommentOutputSchema: GenericSchema<ListFileCommentOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(BatchQueryItemSchema())),
}))()

/** Schema of {@link PatchFileCommentOutput}, for opt-in response validation. */
export const PatchFileCommentOutputSchema: GenericSchema<PatchFileCommentOutput> = /*#__PURE__*/ (() => looseObject({
  data: string(),
}))()

/** Schema of {@link CreateFileCommentReplyOutput}, for opt-in response validation. */
export const CreateFileCommentReplyOutputSchema: GenericSchema<CreateFileCommentReplyOutput> = /*#__PURE__*/ (() => looseObject({
  content: optional(looseObject({ elements: array(ElementSchema()) })),
  reply_id: optional(string()),
  user_id: optional(string()),
  create_time: optional(number()),
  update_time: optional(number()),
  extra: optional(looseObject({ image_list: optional(array(string())) })),
  reactions: optional(array(ReactionSchema())),
}))()

/** Schema of {@link DeleteFileCommentReplyOutput}, for opt-in response validation. */
export const DeleteFileCommentReplyOutputSchema: GenericSchema<DeleteFileCommentReplyOutput> = /*#__PURE__*/ (() => looseObject({
  data: string(),
}))()

/** Schema of {@link ListFileCommentReplyOutput}, for opt-in response validation. */
export const ListFileCommentReplyOutputSchema: GenericSchema<ListFileCommentReplyOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ItemSchema())),
  page_token: optional(string()),
  has_more: boolean(),
}))()

/** Schema of {@link UpdateFileCommentReplyOutput}, for opt-in response validation. */
export const UpdateFileCommentReplyOutputSchema: GenericSchema<UpdateFileCommentReplyOutput> = /*#__PURE__*/ (() => looseObject({
  data: string(),
}))()

/** Schema of {@link GetFileStatisticsOutput}, for opt-in response validation. */
export const GetFileStatisticsOutputSchema: GenericSchema<GetFileStatisticsOutput> = /*#__PURE__*/ (() => looseObject({
  file_token: optional(string()),
  file_type: optional(string()),
  statistics: optional(looseObject({
    uv: optional(number()),
    pv: optional(number()),
    like_count: optional(number()),
    timestamp: optional(number()),
    uv_today: optional(number()),
    pv_today: optional(number()),
    like_count_today: optional(number()),
  })),
}))()

/** Schema of {@link CreateFileSubscriptionOutput}, for opt-in response validation. */
export const CreateFileSubscriptionOutputSchema: GenericSchema<CreateFileSubscriptionOutput> = /*#__PURE__*/ (() => looseObject({
  subscription_id: optional(string()),
  subscription_type: optional(picklist(['comment_update'])),
  is_subcribe: optional(boolean()),
  file_type: optional(picklist(['doc', 'wiki', 'docx'])),
}))()

/** Schema of {@link GetFileSubscriptionOutput}, for opt-in response validation. */
export const GetFileSubscriptionOutputSchema: GenericSchema<GetFileSubscriptionOutput> = /*#__PURE__*/ (() => looseObject({
  subscription_id: string(),
  subscription_type: optional(picklist(['comment_update'])),
  is_subcribe: optional(boolean()),
  file_type: optional(picklist(['doc', 'wiki', 'docx'])),
}))()

/** Schema of {@link PatchFileSubscriptionOutput}, for opt-in response validation. */
export const PatchFileSubscriptionOutputSchema: GenericSchema<PatchFileSubscriptionOutput> = /*#__PURE__*/ (() => looseObject({
  subscription_id: optional(string()),
  subscription_type: optional(picklist(['comment_update'])),
  is_subcribe: optional(boolean()),
  file_type: optional(picklist(['doc', 'wiki', 'docx'])),
}))()

/** Schema of {@link CreateFileVersionOutput}, for opt-in response validation. */
export const CreateFileVersionOutputSchema: GenericSchema<CreateFileVersionOutput> = /*#__PURE__*/ (() => looseObject({
  name: optional(string()),
  version: optional(string()),
  parent_token: optional(string()),
  owner_id: optional(string()),
  creator_id: optional(string()),
  create_time: optional(string()),
  update_time: optional(string()),
  status: optional(picklist(['0', '1', '2'])),
  obj_type: optional(picklist(['docx', 'sheet'])),
  parent_type: optional(picklist(['docx', 'sheet'])),
}))()

/** Schema of {@link DeleteFileVersionOutput}, for opt-in response validation. */
export const DeleteFileVersionOutputSchema: GenericSchema<DeleteFileVersionOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetFileVersionOutput}, for opt-in response validation. */
export const GetFileVersionOutputSchema: GenericSchema<GetFileVersionOutput> = /*#__PURE__*/ (() => looseObject({
  name: optional(string()),
  version: optional(string()),
  parent_token: optional(string()),
  owner_id: optional(string()),
  creator_id: optional(string()),
  create_time: optional(string()),
  update_time: optional(string()),
  status: optional(picklist(['0', '1', '2'])),
  obj_type: optional(picklist(['docx', 'sheet'])),
  parent_type: optional(picklist(['docx', 'sheet'])),
}))()

/** Schema of {@link ListFileVersionOutput}, for opt-in response validation. */
export const ListFileVersionOutputSchema: GenericSchema<ListFileVersionOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    name: optional(string()),
    version: optional(string()),
    parent_token: optional(string()),
    owner_id: optional(string()),
    creator_id: optional(string()),
    create_time: optional(string()),
    update_time: optional(string()),
    status: optional(picklist(['0', '1', '2'])),
    obj_type: optional(picklist(['docx', 'sheet'])),
    parent_type: optional(picklist(['docx', 'sheet'])),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link ListFileViewRecordOutput}, for opt-in response validation. */
export const ListFileViewRecordOutputSchema: GenericSchema<ListFileViewRecordOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    viewer_id: optional(string()),
    name: optional(string()),
    avatar_url: optional(string()),
    last_view_time: optional(string()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link CreateImportTaskOutput}, for opt-in response validation. */
export const CreateImportTaskOutputSchema: GenericSchema<CreateImportTaskOutput> = /*#__PURE__*/ (() => looseObject({
  ticket: optional(string()),
}))()

/** Schema of {@link GetImportTaskOutput}, for opt-in response validation. */
export const GetImportTaskOutputSchema: GenericSchema<GetImportTaskOutput> = /*#__PURE__*/ (() => looseObject({
  result: optional(looseObject({
    ticket: optional(string()),
    type: string(),
    job_status: optional(number()),
    job_error_msg: optional(string()),
    token: optional(string()),
    url: optional(string()),
    extra: optional(array(string())),
  })),
}))()

/** Schema of {@link BatchGetMediaTmpDownloadUrlOutput}, for opt-in response validation. */
export const BatchGetMediaTmpDownloadUrlOutputSchema: GenericSchema<BatchGetMediaTmpDownloadUrlOutput> = /*#__PURE__*/ (() => looseObject({
  tmp_download_urls: optional(array(looseObject({ file_token: string(), tmp_download_url: string() }))),
}))()

/** Schema of {@link UploadMediaAllOutput}, for opt-in response validation. */
export const UploadMediaAllOutputSchema: GenericSchema<UploadMediaAllOutput> = /*#__PURE__*/ (() => looseObject({
  file_token: optional(string()),
}))()

/** Schema of {@link UploadMediaFinishOutput}, for opt-in response validation. */
export const UploadMediaFinishOutputSchema: GenericSchema<UploadMediaFinishOutput> = /*#__PURE__*/ (() => looseObject({
  file_token: optional(string()),
}))()

/** Schema of {@link UploadMediaPartOutput}, for opt-in response validation. */
export const UploadMediaPartOutputSchema: GenericSchema<UploadMediaPartOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link UploadMediaPrepareOutput}, for opt-in response validation. */
export const UploadMediaPrepareOutputSchema: GenericSchema<UploadMediaPrepareOutput> = /*#__PURE__*/ (() => looseObject({
  upload_id: optional(string()),
  block_size: optional(number()),
  block_num: optional(number()),
}))()

/** Schema of {@link BatchQueryMetaOutput}, for opt-in response validation. */
export const BatchQueryMetaOutputSchema: GenericSchema<BatchQueryMetaOutput> = /*#__PURE__*/ (() => looseObject({
  metas: array(looseObject({
    doc_token: string(),
    doc_type: string(),
    title: string(),
    owner_id: string(),
    create_time: string(),
    latest_modify_user: string(),
    latest_modify_time: string(),
    url: string(),
    sec_label_name: optional(string()),
    request_doc_info: optional(looseObject({
      doc_token: string(),
      doc_type: picklist([
        'doc',
        'sheet',
        'bitable',
        'mindnote',
        'file',
        'wiki',
        'docx',
        'folder',
        'synced_block',
        'slides',
      ]),
    })),
  })),
  failed_list: optional(array(looseObject({ token: string(), code: number() }))),
}))()

/** Schema of {@link AuthPermissionMemberOutput}, for opt-in response validation. */
export const AuthPermissionMemberOutputSchema: GenericSchema<AuthPermissionMemberOutput> = /*#__PURE__*/ (() => looseObject({
  auth_result: boolean(),
}))()

/** Schema of {@link BatchCreatePermissionMemberOutput}, for opt-in response validation. */
export const BatchCreatePermissionMemberOutputSchema: GenericSchema<BatchCreatePermissionMemberOutput> = /*#__PURE__*/ (() => looseObject({
  members: optional(array(BatchCreateMemberSchema())),
}))()

/** Schema of {@link CreatePermissionMemberOutput}, for opt-in response validation. */
export const CreatePermissionMemberOutputSchema: GenericSchema<CreatePermissionMemberOutput> = /*#__PURE__*/ (() => looseObject({
  member: optional(MemberSchema()),
}))()

/** Schema of {@link DeletePermissionMemberOutput}, for opt-in response validation. */
export const DeletePermissionMemberOutputSchema: GenericSchema<DeletePermissionMemberOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListPermissionMemberOutput}, for opt-in response validation. */
export const ListPermissionMemberOutputSchema: GenericSchema<ListPermissionMemberOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(BatchCreateMemberSchema())),
}))()

/** Schema of {@link TransferPermissionMemberOwnerOutput}, for opt-in response validation. */
export const TransferPermissionMemberOwnerOutputSchema: GenericSchema<TransferPermissionMemberOwnerOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UpdatePermissionMemberOutput}, for opt-in response validation. */
export const UpdatePermissionMemberOutputSchema: GenericSchema<UpdatePermissionMemberOutput> = /*#__PURE__*/ (() => looseObject({
  member: optional(MemberSchema()),
}))()

/** Schema of {@link GetPermissionPublicOutput}, for opt-in response validation. */
export const GetPermissionPublicOutputSchema: GenericSchema<GetPermissionPublicOutput> = /*#__PURE__*/ (() => looseObject({
  permission_public: optional(PermissionPublicSchema()),
}))()

/** Schema of {@link PatchPermissionPublicOutput}, for opt-in response validation. */
export const PatchPermissionPublicOutputSchema: GenericSchema<PatchPermissionPublicOutput> = /*#__PURE__*/ (() => looseObject({
  permission_public: optional(PermissionPublicSchema()),
}))()

/** Schema of {@link CreatePermissionPublicPasswordOutput}, for opt-in response validation. */
export const CreatePermissionPublicPasswordOutputSchema: GenericSchema<CreatePermissionPublicPasswordOutput> = /*#__PURE__*/ (() => looseObject({
  password: optional(string()),
}))()

/** Schema of {@link DeletePermissionPublicPasswordOutput}, for opt-in response validation. */
export const DeletePermissionPublicPasswordOutputSchema: GenericSchema<DeletePermissionPublicPasswordOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UpdatePermissionPublicPasswordOutput}, for opt-in response validation. */
export const UpdatePermissionPublicPasswordOutputSchema: GenericSchema<UpdatePermissionPublicPasswordOutput> = /*#__PURE__*/ (() => looseObject({
  password: optional(string()),
}))()

/** Schema of {@link RemoveUserSubscriptionOutput}, for opt-in response validation. */
export const RemoveUserSubscriptionOutputSchema: GenericSchema<RemoveUserSubscriptionOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link SubscriptionUserOutput}, for opt-in response validation. */
export const SubscriptionUserOutputSchema: GenericSchema<SubscriptionUserOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link SubscriptionUserStatusOutput}, for opt-in response validation. */
export const SubscriptionUserStatusOutputSchema: GenericSchema<SubscriptionUserStatusOutput> = /*#__PURE__*/ (() => looseObject({
  data: string(),
}))()
