// Generated from catalog/passport.v1.json by codegen. Do not edit; run `npm run generate`.

export {}
