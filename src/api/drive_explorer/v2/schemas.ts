// Generated from catalog/drive_explorer.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { boolean, looseObject, number, optional, record, string } from '../../../core/valibot.ts'
import type { CopyFileOutput, CreateFileOutput } from './file.ts'
import type { DeleteFileDocsOutput } from './file.docs.ts'
import type { DeleteFileSpreadsheetsOutput } from './file.spreadsheets.ts'
import type { CreateFolderOutput } from './folder.ts'
import type { GetFolderChildrenOutput } from './folder.children.ts'
import type { GetFolderMetaOutput } from './folder.meta.ts'
import type { GetRootFolderMetaOutput } from './root_folder.meta.ts'

/** Schema of {@link CopyFileOutput}, for opt-in response validation. */
export const CopyFileOutputSchema: GenericSchema<CopyFileOutput> = /*#__PURE__*/ (() => looseObject({
  folderToken: optional(string()),
  revision: optional(number()),
  token: optional(string()),
  type: optional(string()),
  url: optional(string()),
}))()

/** Schema of {@link CreateFileOutput}, for opt-in response validation. */
export const CreateFileOutputSchema: GenericSchema<CreateFileOutput> = /*#__PURE__*/ (() => looseObject({
  url: optional(string()),
  token: optional(string()),
  revision: optional(number()),
}))()

/** Schema of {@link DeleteFileDocsOutput}, for opt-in response validation. */
export const DeleteFileDocsOutputSchema: GenericSchema<DeleteFileDocsOutput> = /*#__PURE__*/ (() => looseObject({
  id: optional(string()),
  result: optional(boolean()),
}))()

/** Schema of {@link DeleteFileSpreadsheetsOutput}, for opt-in response validation. */
export const DeleteFileSpreadsheetsOutputSchema: GenericSchema<DeleteFileSpreadsheetsOutput> = /*#__PURE__*/ (() => looseObject({
  id: optional(string()),
  result: optional(boolean()),
}))()

/** Schema of {@link CreateFolderOutput}, for opt-in response validation. */
export const CreateFolderOutputSchema: GenericSchema<CreateFolderOutput> = /*#__PURE__*/ (() => looseObject({
  url: optional(string()),
  revision: optional(number()),
  token: optional(string()),
}))()

/** Schema of {@link GetFolderChildrenOutput}, for opt-in response validation. */
export const GetFolderChildrenOutputSchema: GenericSchema<GetFolderChildrenOutput> = /*#__PURE__*/ (() => looseObject({
  parentToken: optional(string()),
  children: optional(record(
    string(),
    looseObject({
      token: optional(string()),
      name: optional(string()),
      type: optional(string()),
      is_shortcut: optional(boolean()),
    }),
  )),
}))()

/** Schema of {@link GetFolderMetaOutput}, for opt-in response validation. */
export const GetFolderMetaOutputSchema: GenericSchema<GetFolderMetaOutput> = /*#__PURE__*/ (() => looseObject({
  id: optional(string()),
  name: optional(string()),
  token: optional(string()),
  createUid: optional(string()),
  editUid: optional(string()),
  parentId: optional(string()),
  ownUid: optional(string()),
}))()

/** Schema of {@link GetRootFolderMetaOutput}, for opt-in response validation. */
export const GetRootFolderMetaOutputSchema: GenericSchema<GetRootFolderMetaOutput> = /*#__PURE__*/ (() => looseObject({
  token: optional(string()),
  id: optional(string()),
  user_id: optional(string()),
}))()
