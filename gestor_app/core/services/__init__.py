"""Services: one module per domain. Each function takes a Session (the caller owns the
transaction through ``Store.transaction()``) and keyword-only arguments."""
