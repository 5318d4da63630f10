# The frames of asyncio's own files in the traceback of an exception leaving asyncio.run (for a
# table in src/interpreter/modules/asyncio/): file (relative to the stdlib), line, function, the
# source line and its caret columns, as traceback.extract_tb gives them.
import asyncio
import os
import sys
import traceback


async def main():
    raise ValueError("boom")


try:
    asyncio.run(main())
except ValueError as e:
    stdlib = os.path.dirname(os.__file__) + os.sep
    for fs in traceback.extract_tb(e.__traceback__):
        if fs.filename.startswith(stdlib):
            cols = (fs.colno, fs.end_colno) if sys.version_info >= (3, 11) else None
            print(fs.filename[len(stdlib):], fs.lineno, fs.name, repr(fs.line), cols)
