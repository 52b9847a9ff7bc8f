// Dapper.AOT generates each Dapper call's reader and parameter code at build time (no Reflection.Emit at run time).
[module: Dapper.DapperAot]
