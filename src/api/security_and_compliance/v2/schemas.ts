// Generated from catalog/security_and_compliance.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { DeviceRecordSchema } from './models.ts'
import type { UpdateDeviceApplyRecordOutput } from './device_apply_record.ts'
import type {
  CreateDeviceRecordOutput,
  DeleteDeviceRecordOutput,
  GetDeviceRecordOutput,
  ListDeviceRecordOutput,
  MineDeviceRecordOutput,
  UpdateDeviceRecordOutput,
} from './device_record.ts'

/** Schema of {@link UpdateDeviceApplyRecordOutput}, for opt-in response validation. */
export const UpdateDeviceApplyRecordOutputSchema: GenericSchema<UpdateDeviceApplyRecordOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateDeviceRecordOutput}, for opt-in response validation. */
export const CreateDeviceRecordOutputSchema: GenericSchema<CreateDeviceRecordOutput> = /*#__PURE__*/ (() => looseObject({
  device_record_id: optional(string()),
}))()

/** Schema of {@link DeleteDeviceRecordOutput}, for opt-in response validation. */
export const DeleteDeviceRecordOutputSchema: GenericSchema<DeleteDeviceRecordOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetDeviceRecordOutput}, for opt-in response validation. */
export const GetDeviceRecordOutputSchema: GenericSchema<GetDeviceRecordOutput> = /*#__PURE__*/ (() => looseObject({
  device_record: optional(DeviceRecordSchema()),
}))()

/** Schema of {@link ListDeviceRecordOutput}, for opt-in response validation. */
export const ListDeviceRecordOutputSchema: GenericSchema<ListDeviceRecordOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(DeviceRecordSchema())),
  page_token: string(),
  has_more: boolean(),
}))()

/** Schema of {@link MineDeviceRecordOutput}, for opt-in response validation. */
export const MineDeviceRecordOutputSchema: GenericSchema<MineDeviceRecordOutput> = /*#__PURE__*/ (() => looseObject({
  device_record_id: optional(string()),
  device_ownership: optional(number()),
  device_status: optional(number()),
}))()

/** Schema of {@link UpdateDeviceRecordOutput}, for opt-in response validation. */
export const UpdateDeviceRecordOutputSchema: GenericSchema<UpdateDeviceRecordOutput> = /*#__PURE__*/ (() => looseObject({
}))()
