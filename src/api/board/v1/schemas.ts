// Generated from catalog/board.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, looseObject, optional, picklist, record, string } from '../../../core/valibot.ts'
import { NodeSchema } from './models.ts'
import type { ThemeWhiteboardOutput, UpdateWhiteboardThemeOutput } from './whiteboard.ts'
import type {
  BatchDeleteWhiteboardNodeOutput,
  CreateWhiteboardNodeOutput,
  CreateWhiteboardNodePlantumlOutput,
  ListWhiteboardNodeOutput,
} from './whiteboard.node.ts'

/** Schema of {@link ThemeWhiteboardOutput}, for opt-in response validation. */
export const ThemeWhiteboardOutputSchema: GenericSchema<ThemeWhiteboardOutput> = /*#__PURE__*/ (() => looseObject({
  theme: picklist(['classic', 'minimalist_gray', 'retro', 'vibrant_color', 'minimalist_blue', 'default']),
}))()

/** Schema of {@link UpdateWhiteboardThemeOutput}, for opt-in response validation. */
export const UpdateWhiteboardThemeOutputSchema: GenericSchema<UpdateWhiteboardThemeOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link BatchDeleteWhiteboardNodeOutput}, for opt-in response validation. */
export const BatchDeleteWhiteboardNodeOutputSchema: GenericSchema<BatchDeleteWhiteboardNodeOutput> = /*#__PURE__*/ (() => looseObject({
  client_token: string(),
}))()

/** Schema of {@link CreateWhiteboardNodeOutput}, for opt-in response validation. */
export const CreateWhiteboardNodeOutputSchema: GenericSchema<CreateWhiteboardNodeOutput> = /*#__PURE__*/ (() => looseObject({
  ids: array(string()),
  client_token: optional(string()),
}))()

/** Schema of {@link CreateWhiteboardNodePlantumlOutput}, for opt-in response validation. */
export const CreateWhiteboardNodePlantumlOutputSchema: GenericSchema<CreateWhiteboardNodePlantumlOutput> = /*#__PURE__*/ (() => looseObject({
  node_id: optional(string()),
  extra: optional(record(string(), array(string()))),
}))()

/** Schema of {@link ListWhiteboardNodeOutput}, for opt-in response validation. */
export const ListWhiteboardNodeOutputSchema: GenericSchema<ListWhiteboardNodeOutput> = /*#__PURE__*/ (() => looseObject({
  nodes: optional(array(NodeSchema())),
}))()
