// Generated from catalog/user.v4.json by codegen. Do not edit; run `npm run generate`.

export {}
