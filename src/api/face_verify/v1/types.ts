// Generated from catalog/face_verify.v1.json by codegen. Do not edit; run `npm run generate`.

export {}
