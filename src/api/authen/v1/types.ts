// Generated from catalog/authen.v1.json by codegen. Do not edit; run `npm run generate`.

export {}
