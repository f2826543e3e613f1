// Generated from catalog/human_authentication.v1.json by codegen. Do not edit; run `npm run generate`.

export {}
