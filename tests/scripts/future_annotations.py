"""With `from __future__ import annotations` every annotation is kept as the text of its expression, so a
name used before it is defined is no error."""
from __future__ import annotations

import asyncio
from typing import Optional


def connect(host: Host, port: int = 80, *args: bytes, timeout: Optional[float] = None,
            **options: dict[str, "int"]) -> asyncio.Future[list[Host | None]]:
    return host, port


class Host:
    name: str
    parent: Optional[Host] = None
    weights: tuple[int, ...] = (1, -2)
    mode: Literal["a", 'b'] = "a"


print(connect.__annotations__)
print(Host.__annotations__)
print(connect("h", 8080))
limit: 10 ** 3 | ~flags = 5
print(__annotations__)
import __future__

print(__future__.annotations, __future__.all_feature_names[-1])
print(__future__.division.getMandatoryRelease(), __future__.annotations.compiler_flag)
